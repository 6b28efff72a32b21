"""graphkit timeline: from a graph.json, its folder, or articles; table, CSV, JSON; errors."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from graphkit.cli.main import cli
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event


@pytest.fixture()
def graph_dir(tmp_path):
    kg = KnowledgeGraph(
        articles=[Article(id="a", text="...", published="2014-07-24")],
        actors=[Actor(id="john-kerry", name="John Kerry", kind="person", aliases=["Kerry"]),
                Actor(id="qatar", name="Qatar", kind="country"), Actor(id="hamas", name="Hamas", kind="organization")],
        events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["john-kerry"], recipients=["qatar"],
                      date="2014-07-24", date_text="Thursday", reported="2014-07-24", article="a",
                      sentence="Kerry spoke Thursday to Qatar.", start=6, end=11),
                Event(id="a#e1", type="ASSAULT", label="attacked", actors=["hamas"], reported="2014-07-24",
                      article="a", sentence="Hamas attacked.", start=0, end=5),
                Event(id="a#e2", type="CONSULT", label="met", actors=["john-kerry"], date="2014-07-23",
                      reported="2014-07-24", article="a", sentence="Kerry met him late Wednesday.", start=6, end=9)])
    kg.save(tmp_path, formats=["json"])
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli, ["timeline", *args])


def test_table_is_chronological(graph_dir):
    r = run(str(graph_dir))
    assert r.exit_code == 0, r.output
    assert r.output.index("2014-07-23") < r.output.index("2014-07-24 (Thursday)")
    assert "spoke to" in r.output and "attacked" in r.output


def test_json_from_graph_file_with_filters(graph_dir):
    r = run(str(graph_dir / "graph.json"), "--actor", "Kerry", "--json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert [(x["id"], x["happened"], x["reported"]) for x in rows] == [
        ("a#e2", "2014-07-23", "2014-07-24"), ("a#e0", "2014-07-24", "2014-07-24")]


def test_csv_type_and_date_range(graph_dir):
    r = run(str(graph_dir), "--type", "CONSULT", "--from", "2014-07-24", "--to", "2014-07", "--csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert [(x["happened"], x["event"], x["recipient"]) for x in rows] == [("2014-07-24", "spoke to", "Qatar")]


def test_html_written_with_the_same_filters(graph_dir, tmp_path):
    out = tmp_path / "t.html"
    r = run(str(graph_dir), "--actor", "Hamas", "--html", str(out), "--json")
    assert r.exit_code == 0, r.output
    assert '"a#e1"' in out.read_text(encoding="utf-8") and '"a#e0"' not in out.read_text(encoding="utf-8")


def test_unknown_actor_is_one_line_error(graph_dir):
    r = run(str(graph_dir), "--actor", "Nobody")
    assert r.exit_code == 1 and "no actor named 'Nobody'" in r.output and "Traceback" not in r.output


def test_bad_date_is_a_usage_error(graph_dir):
    r = run(str(graph_dir), "--from", "last week")
    assert r.exit_code == 2 and "--from" in r.output


def test_bad_type_is_an_error(graph_dir):
    r = run(str(graph_dir), "--type", "PARTY")
    assert r.exit_code == 1 and "unknown event type" in r.output


def test_no_events_says_so(graph_dir):
    r = run(str(graph_dir), "--from", "1990", "--to", "1991")
    assert r.exit_code == 0 and "(no events)" in r.output


def test_builds_articles_first(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Talks\nJohn Kerry met Benjamin Netanyahu in Tel Aviv on Wednesday.\n", encoding="utf-8")
    r = run(str(art), "--published", "2014-07-24", "--json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert rows and rows[0]["happened"] == "2014-07-23" and rows[0]["reported"] == "2014-07-24"


def test_without_publication_date_order_is_relative(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Talks\nJohn Kerry met Benjamin Netanyahu in Tel Aviv yesterday.\n", encoding="utf-8")
    r = run(str(art), "--json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert rows and rows[0]["happened"] is None and rows[0]["relative"] == "1 day before publication"
    assert r.stderr.count("warning: none of the 1 articles has a publication date") == 1


def test_date_filters_say_which_date_and_offer_both(tmp_path, seed_out):
    help_text = " ".join(run("-h").output.split())
    assert "the event's own date, else the date it was reported" in help_text and "--date-by" in help_text
    either = json.loads(run(str(seed_out), "--from", "2014-07", "--to", "2014-07-31", "--json").stdout)
    event = json.loads(run(str(seed_out), "--from", "2014-07", "--to", "2014-07-31", "--json",
                           "--date-by", "event").stdout)
    assert event and len(event) < len(either)
    assert all(r["happened"] and r["happened"].startswith("2014-07") for r in event)
    q = CliRunner().invoke(cli, ["query", str(seed_out), "events", "--since", "2014-07", "--until", "2014-07-31",
                                 "--json"])
    assert {r["id"] for r in json.loads(q.stdout)} == {r["id"] for r in event}  # the same filter, both commands
    q = CliRunner().invoke(cli, ["query", str(seed_out), "events", "--since", "2014-07", "--until", "2014-07-31",
                                 "--json", "--date-by", "either"])
    assert {r["id"] for r in json.loads(q.stdout)} == {r["id"] for r in either}


def test_html_honours_date_by(graph_dir, tmp_path):
    """The page shows the events listed: --date-by report keeps the undated a#e1, event drops it and a#e2."""
    for date_by, shown in (("report", {"a#e0", "a#e1", "a#e2"}), ("event", {"a#e0"})):
        out = tmp_path / f"{date_by}.html"
        r = run(str(graph_dir), "--from", "2014-07-24", "--date-by", date_by, "--html", str(out), "--json")
        assert r.exit_code == 0, r.output
        assert {row["id"] for row in json.loads(r.stdout)} == shown
        page = out.read_text(encoding="utf-8")
        assert {i for i in ("a#e0", "a#e1", "a#e2") if f'"{i}"' in page} == shown
