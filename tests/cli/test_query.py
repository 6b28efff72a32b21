"""``graphkit query``: the same answers as the Python API, as a table, CSV or JSON."""
import csv
import io
import json
import re

import pytest
from click.testing import CliRunner
from query_data import small_kg

from graphkit.cli.main import cli
from graphkit.cli.query import query
from graphkit.knowledge import KnowledgeGraph

SUBCOMMANDS = sorted(query.commands)


@pytest.fixture
def graph(tmp_path):
    small_kg().save(tmp_path / "g", formats=["json"])
    return str(tmp_path / "g" / "graph.json")


def run(*args):
    return CliRunner().invoke(cli, ["query", *args])


def test_query_is_in_the_readme_with_every_subcommand():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "graphkit query" in readme
    for cmd in SUBCOMMANDS:
        assert re.search(rf"graphkit query \S+ {cmd}\b", readme), cmd


@pytest.mark.parametrize("cmd", SUBCOMMANDS)
def test_every_subcommand_has_help_with_an_example(cmd, graph):
    r = run(graph, cmd, "-h")
    assert r.exit_code == 0, r.output
    assert "Example:" in r.output and "graphkit query output/" in r.output


def test_actors_table(graph):
    r = run(graph, "actors", "--kind", "country")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split() == ["id", "name", "kind", "code", "sector", "aliases", "affiliations", "mentions"]
    assert [ln.split()[0] for ln in lines[2:]] == ["qatar", "israel", "egypt"]
    assert lines[3].split() == ["israel", "Israel", "country", "ISR", "2"]


def test_actors_by_cameo_sector(tmp_path):
    from graphkit.models import Actor

    kg = KnowledgeGraph(actors=[Actor(id="p", name="police", kind="organization", sector="COP", code="GBRCOP"),
                                Actor(id="t", name="troops", kind="group", sector="MIL"),
                                Actor(id="g", name="United Kingdom", kind="country", code="GBR")])
    kg.save(tmp_path / "s", formats=["json"])
    r = run(str(tmp_path / "s" / "graph.json"), "actors", "--sector", "cop", "--sector", "MIL", "--json")
    assert r.exit_code == 0, r.output
    assert [a["id"] for a in json.loads(r.output)] == ["p", "t"]


def test_actors_csv_and_json_agree_with_the_api(graph):
    kg = KnowledgeGraph.load(graph)
    r = run(graph, "actors", "--name", "netanyahu", "--csv")
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert [row["id"] for row in rows] == ["benjamin-netanyahu", "sara-netanyahu"]
    assert rows[0]["affiliations"] == "israel"
    r = run(graph, "actors", "--kind", "person", "--json", "--full")
    assert json.loads(r.output) == [a.model_dump(mode="json") for a in kg.actors(kind="person")]
    r = run(graph, "actors", "--kind", "person", "--json")  # compact: mentions and quotes counted
    assert json.loads(r.output) == [{**a.model_dump(mode="json", exclude={"mentions", "quotes"}),
                                     "mentions": len(a.mentions), "quotes": len(a.quotes)}
                                    for a in kg.actors(kind="person")]


def test_actor_finds_by_alias_and_reports_ambiguity(graph):
    r = run(graph, "actor", "Kerry", "--json")
    assert r.exit_code == 0 and json.loads(r.output)[0]["id"] == "john-kerry"
    r = run(graph, "actor", "Netanyahu")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "Error: 'Netanyahu' matches 2 actors: Benjamin Netanyahu (benjamin-netanyahu), Sara Netanyahu" in r.output
    r = run(graph, "actor", "Isreal")
    assert r.exit_code == 1 and "did you mean: Israel (israel)" in r.output


def test_events_filters_and_json(graph):
    r = run(graph, "events", "--actor", "Israel", "--type", "assault", "--certainty", "asserted", "--json")
    assert r.exit_code == 0, r.output
    assert [e["id"] for e in json.loads(r.output)] == ["a1#e1"]
    r = run(graph, "events", "--since", "2014-08", "--csv")
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert [row["id"] for row in rows] == ["a2#e3", "a2#e4", "a2#e6"]
    assert rows[2]["actors"] == "Egypt" and rows[2]["recipients"] == "Israel; Hamas"


def test_events_none_found_says_so(graph):
    r = run(graph, "events", "--label", "invaded")
    assert r.exit_code == 0 and r.stdout == "" and "(no results)" in r.stderr
    assert json.loads(run(graph, "events", "--label", "invaded", "--json").output) == []


def test_bad_values(graph):
    r = run(graph, "events", "--type", "FIGHT")
    assert r.exit_code == 2 and "'FIGHT' is not one of" in r.output
    r = run(graph, "events", "--since", "soon")
    assert r.exit_code == 1 and "Error: since='soon' is not a date" in r.output
    r = run("missing.json", "actors")
    assert r.exit_code == 2


def test_between_both_ways(graph):
    r = run(graph, "between", "Hamas", "Israel", "--json")
    assert [e["id"] for e in json.loads(r.output)] == ["a1#e1", "a1#e2", "a2#e3", "a2#e4"]


def test_neighbors(graph):
    r = run(graph, "neighbors", "Israel", "--direction", "in", "--csv")
    assert [row["id"] for row in csv.DictReader(io.StringIO(r.output))] == ["egypt", "hamas"]


def test_top(graph):
    r = run(graph, "top", "--by", "events", "-n", "2")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split() == ["rank", "events", "id", "name", "kind"]
    assert [ln.split()[:3] for ln in lines[2:]] == [["1", "5", "hamas"], ["2", "5", "israel"]]


def test_series(graph):
    r = run(graph, "series", "Israel", "Hamas", "--freq", "w", "--csv")
    assert r.output.splitlines() == ["period,score,events", "2014-W30,-9,1", "2014-W31,0,0", "2014-W32,2.5,1"]
    r = run(graph, "series", "Hamas", "Israel", "--directed", "--json")
    assert json.loads(r.output) == [{"period": "2014-07", "score": -9.0, "events": 1}]


def test_ego_writes_files_that_load_back(graph, tmp_path):
    out = tmp_path / "ego"
    r = run(graph, "ego", "Kerry", "--radius", "1", "-o", str(out), "--format", "json,html")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("2 articles, 3 actors, 2 events")
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["graph.html", "graph.json"]
    sub = KnowledgeGraph.load(out)
    assert sub.to_json() == KnowledgeGraph.load(graph).ego("Kerry").to_json()


def test_ego_json_is_a_graph_file(graph):
    r = run(graph, "ego", "Qatar", "--json")
    sub = KnowledgeGraph.from_json(r.output)
    assert [a.id for a in sub.actors] == ["john-kerry", "qatar"] and [e.id for e in sub.events] == ["a1#e0"]


def test_ego_table_lists_its_events(graph):
    r = run(graph, "ego", "Qatar")
    assert r.exit_code == 0
    assert "a1#e0" in r.output and "spoke to" in r.output and "a2#e5" not in r.output


def test_filter(graph, tmp_path):
    r = run(graph, "filter", "--type", "ASSAULT", "--certainty", "asserted", "--json")
    sub = KnowledgeGraph.from_json(r.output)
    assert [e.id for e in sub.events] == ["a1#e1", "a1#e2"]
    r = run(graph, "filter", "--kind", "country", "--kind", "organization", "--article", "a2", "-o",
            str(tmp_path / "f"))
    assert r.exit_code == 0, r.output
    sub = KnowledgeGraph.load(tmp_path / "f")
    assert [a.id for a in sub.articles] == ["a2"] and [e.id for e in sub.events] == ["a2#e3", "a2#e4", "a2#e6"]


def test_query_the_seed_output(seed_out):
    r = run(str(seed_out), "actor", "Kerry", "--csv")
    assert r.exit_code == 0, r.output
    assert list(csv.DictReader(io.StringIO(r.output)))[0]["name"] == "John Kerry"
    r = run(str(seed_out), "top", "--by", "degree", "-n", "3", "--json")
    assert len(json.loads(r.output)) == 3


def test_a_file_that_is_not_a_graph_is_a_one_line_error(tmp_path):
    (tmp_path / "x.json").write_text('{"hello": 1}', encoding="utf-8")
    r = run(str(tmp_path / "x.json"), "actors")
    assert r.exit_code == 1 and "Error: not a graph.json file" in r.output and "Traceback" not in r.output
    r = run(str(tmp_path), "actors")                  # a folder without graph.json nor articles
    assert r.exit_code == 1 and "graph.json" in r.output and "Traceback" not in r.output


def test_no_generic_leaves_out_unnamed_groups(tmp_path):
    from tests.graph.test_generic import police_kg

    police_kg().save(tmp_path / "p", formats=["json", "sqlite"])
    for src in (str(tmp_path / "p"), str(tmp_path / "p" / "graph.json")):
        r = run(src, "actors", "--no-generic", "--json")
        assert r.exit_code == 0, r.output
        assert [a["id"] for a in json.loads(r.output)] == ["egy", "ham", "idf"]
        r = run(src, "actors", "--generic", "--json")
        assert [a["id"] for a in json.loads(r.output)] == ["police", "prot"]
        r = run(src, "top", "--no-generic", "-n", "2", "--json")
        assert [a["id"] for a in json.loads(r.output)] == ["ham", "egy"]
        r = run(src, "filter", "--no-generic", "-o", str(tmp_path / "named"))
        assert r.exit_code == 0 and "3 actors, 2 events" in r.output
