"""``graphkit query`` answers the same from graph.sqlite as from graph.json, for every subcommand.

Each subcommand runs twice on the same build: once on the folder (answered from graph.sqlite,
without loading the graph) and once on its graph.json (loaded whole, the Python API), and the
outputs must be identical, as JSON and as a table. On the seed, and on 300 Reuters articles
(built once per session from ../shared; skipped when it is absent).
"""
from __future__ import annotations

import gzip
import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import shared_path
from query_data import small_kg

from graphkit.cli.main import cli
from graphkit.cli.query import query
from graphkit.cli.source import open_graph as _open
from graphkit.graph.store import GraphStore
from graphkit.knowledge import KnowledgeGraph


def _run(*args) -> tuple[int, str]:
    r = CliRunner().invoke(cli, ["query", *args])
    return r.exit_code, r.output  # stdout and stderr: error messages must agree too


def _calls(kg: KnowledgeGraph, tmp) -> list[list[str]]:
    """Argument lists that exercise every subcommand on this graph, with real names from it."""
    top = [a for a, _ in kg.top_actors(by="events", n=4)]
    a, b = top[0], top[1]
    pair = next(((x, y) for x in top for y in top if x.id != y.id and kg.between(x.id, y.id)), (a, b))
    word = max((w.strip('.,"') for e in kg.events for w in e.sentence.split()), key=len)
    country = next((x for x in kg.actors if x.kind == "country" and x.code), a)
    year = next((e.date[:4] for e in kg.events if e.date and e.date[:4].isdigit()), "2014")
    art = kg.events[0].article
    return [
        ["actors"], ["actors", "--kind", "country"], ["actors", "--name", a.name.split()[0]],
        ["actors", "--kind", "person", "--full"],
        ["actor", a.name], ["actor", a.id, "--full"], ["actor", country.code], ["actor", "Nobody At All"],
        ["actor", "Xq"],
        ["events"], ["events", "--actor", a.id], ["events", "--involving", b.name, "--since", year],
        ["events", "--recipient", pair[1].id, "--type", "ASSAULT", "--type", "CONSULT"],
        ["events", "--until", f"{year}-06", "--certainty", "asserted"], ["events", "--since", "nonsense"],
        ["between", pair[0].id, pair[1].id], ["between", pair[1].name, pair[0].id, "--certainty", "asserted"],
        ["neighbors", a.id], ["neighbors", b.id, "--direction", "in"], ["neighbors", a.id, "--relation", "CONSULT"],
        ["top"], ["top", "--by", "pagerank", "-n", "5"], ["top", "--by", "events", "--kind", "country", "--full"],
        ["series", pair[0].id, pair[1].id], ["series", pair[0].id, pair[1].id, "--freq", "D", "--directed"],
        ["ego", a.id], ["ego", b.id, "--radius", "2"], ["ego", a.id, "--radius", "0"],
        ["filter", "--kind", "country"], ["filter", "--type", "ASSAULT", "--since", year],
        ["filter", "--article", art], ["filter", "--actor", a.id, "--actor", b.id],
        ["filter", "--kind", "country", "--type", "ASSAULT"], ["filter", "--since", year, "--date-by", "report"],
        ["filter", "--kind", "person", "--until", year, "--date-by", "either", "--certainty", "asserted"],
        ["filter", "--kind", "country", "--since", year, "--date-by", "event"],
        ["search", word], ["search", word, "--actor", a.id], ["search", f"{word[:3]}*"],
        ["search", '"unbalanced'],
    ]


def _compare(folder, kg, tmp) -> int:
    assert isinstance(_open(str(folder)), GraphStore)
    assert isinstance(_open(str(folder / "graph.json")), KnowledgeGraph)
    calls = _calls(kg, tmp)
    assert {c[0] for c in calls} == set(query.commands)
    checked = 0
    for args in calls:
        for fmt in ("--json", "--table", "--csv"):
            via_store = _run(str(folder), *args, fmt)
            via_json = _run(str(folder / "graph.json"), *args, fmt)
            assert via_store == via_json, (args, fmt)
            checked += via_store[0] == 0 and via_store[1].strip() not in ("", "[]")
    return checked


def test_every_subcommand_both_ways_on_a_small_graph(tmp_path):
    kg = small_kg()
    kg.save(tmp_path, formats=["json", "sqlite"])
    assert _compare(tmp_path, kg, tmp_path) > 40


@pytest.mark.model
def test_every_subcommand_both_ways_on_the_seed(seed_out, seed_kg, tmp_path):
    assert (seed_out / "graph.sqlite").is_file()
    assert _compare(seed_out, seed_kg, tmp_path) > 40


@pytest.fixture(scope="session")
def reuters300(tmp_path_factory):
    """300 Reuters articles built once per session into a folder with graph.json and graph.sqlite."""
    import graphkit

    path = shared_path("corpora", "reuters-21578.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for _, line in zip(range(300), fh, strict=False)]
    out = tmp_path_factory.mktemp("r300")
    kg = graphkit.build(records)
    kg.save(out, formats=["json", "sqlite"])
    return out, kg


@pytest.mark.shared
@pytest.mark.model
def test_every_subcommand_both_ways_on_300_reuters_articles(reuters300, tmp_path):
    out, kg = reuters300
    assert len(kg.articles) == 300
    assert _compare(out, kg, tmp_path) > 50


def test_a_stale_sqlite_is_not_used(tmp_path):
    kg = small_kg()
    kg.save(tmp_path, formats=["sqlite"])
    kg.save(tmp_path, formats=["json"])  # written after: the database may be out of date
    assert isinstance(_open(str(tmp_path)), KnowledgeGraph)
    assert isinstance(_open(str(tmp_path / "graph.sqlite")), GraphStore)  # named explicitly


def test_sub_graphs_from_the_store_are_written_like_any_build(tmp_path):
    kg = small_kg()
    kg.save(tmp_path / "g", formats=["json", "sqlite"])
    code, _ = _run(str(tmp_path / "g"), "ego", "Israel", "-o", str(tmp_path / "ego"), "--format", "json,sqlite")
    assert code == 0
    again = KnowledgeGraph.load(tmp_path / "ego" / "graph.sqlite")
    assert again.to_json() == kg.ego("Israel").to_json() == KnowledgeGraph.load(tmp_path / "ego").to_json()


@pytest.mark.model
def test_query_builds_articles_first_like_timeline(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(__file__, folder / "not-an-article.py")  # not read: only .txt/.json/... are articles
    (folder / "a.json").write_text(json.dumps({"id": "a", "text": "Kerry met Netanyahu in Cairo.",
                                               "published": "2014-07-24"}), encoding="utf-8")
    code, out = _run(str(folder), "actors", "--json")
    assert code == 0, out
    assert {r["name"] for r in json.loads(out)} >= {"Kerry", "Netanyahu"}


def test_compact_json_rows_count_mentions_and_full_lists_them(tmp_path):
    kg = small_kg()
    kg.save(tmp_path, formats=["json", "sqlite"])
    kerry = kg.actor("Kerry")
    for where in (tmp_path, tmp_path / "graph.json"):
        compact = json.loads(_run(str(where), "actor", "Kerry", "--json")[1])[0]
        assert "mentions" in compact and not isinstance(compact["mentions"], list)
        full = json.loads(_run(str(where), "actor", "Kerry", "--json", "--full")[1])[0]
        assert compact["mentions"] == len(kerry.mentions) and compact["quotes"] == len(kerry.quotes)
        assert full == kerry.model_dump(mode="json")
        top = json.loads(_run(str(where), "top", "--json")[1])
        assert all(isinstance(r["mentions"], int) for r in top)


def test_one_warning_when_no_article_has_a_date_both_ways(tmp_path):
    kg = small_kg()
    kg.articles = [a.model_copy(update={"published": None}) for a in kg.articles]
    kg.save(tmp_path, formats=["json", "sqlite"])
    for where in (tmp_path, tmp_path / "graph.json"):
        r = CliRunner().invoke(cli, ["query", str(where), "events", "--actor", "Kerry"])
        assert r.exit_code == 0 and r.stderr.count("warning: none of the 2 articles has a publication date") == 1
    r = CliRunner().invoke(cli, ["query", str(small_kg_folder(tmp_path)), "events"])
    assert "warning" not in r.stderr


def small_kg_folder(tmp_path):
    small_kg().save(tmp_path / "dated", formats=["sqlite"])
    return tmp_path / "dated"
