"""Neo4j bulk-import CSVs: headers neo4j-admin understands, counts equal to the graph."""
import csv

from click.testing import CliRunner

from graphkit.cli.main import cli
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event, Mention
from graphkit.render.neo4j import FILES, generate_neo4j, import_command, write_neo4j


def small_kg():
    m = Mention(article="a", start=0, end=5, text="Kerry")
    return KnowledgeGraph(
        articles=[Article(id="a", text="Kerry spoke to Qatar; in Doha, Kerry met Abbas.", published="2014-07-24"),
                  Article(id="b", text="Nothing here.")],
        actors=[Actor(id="kerry", name="Kerry", kind="person", aliases=["John Kerry", "Secretary; Kerry"],
                      affiliations=["united-states"], mentions=[m, m]),
                Actor(id="united-states", name="United States", kind="country", code="USA"),
                Actor(id="qatar", name="Qatar", kind="country", code="QAT"),
                Actor(id="abbas", name="Abbas", kind="person"),
                Actor(id="doha", name="Doha", kind="location")],
        events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
                      article="a", sentence="Kerry spoke to Qatar;\nin Doha.", start=6, end=11, score=2.5),
                Event(id="a#e1", type="CONSULT", label="met", actors=["kerry"], recipients=["abbas"],
                      location="doha", article="a", sentence="Kerry met Abbas.", start=36, end=39, score=2.5)])


def rows(text):
    return list(csv.reader(text.splitlines(keepends=True)))


def test_headers_use_neo4j_admin_columns():
    files = generate_neo4j(small_kg())
    assert tuple(files) == FILES
    for name in ("actors.csv", "events.csv"):
        header = rows(files[name])[0]
        assert header[0] == "id:ID" and header[-1] == ":LABEL"
    assert rows(files["articles.csv"])[0][0] == "id:ID(Article)"
    for name in ("roles.csv", "affiliations.csv"):
        assert rows(files[name])[0] == [":START_ID", ":END_ID", ":TYPE"]
    assert rows(files["reported_in.csv"])[0] == [":START_ID", ":END_ID(Article)", ":TYPE"]
    assert rows(files["mentioned_in.csv"])[0][-1] == ":TYPE"


def test_counts_match_the_graph():
    kg = small_kg()
    G = kg.graph
    files = generate_neo4j(kg)
    actors, events = rows(files["actors.csv"])[1:], rows(files["events.csv"])[1:]
    assert len(actors) + len(events) == G.number_of_nodes()
    assert {r[0] for r in actors} == {n for n, d in G.nodes(data=True) if d["type"] == "actor"}
    roles = rows(files["roles.csv"])[1:]
    assert len(roles) == G.number_of_edges() == 5
    assert sorted(map(tuple, roles)) == sorted((u, v, k.upper()) for u, v, k in G.edges(keys=True))
    assert rows(files["affiliations.csv"])[1:] == [["kerry", "united-states", "AFFILIATED_WITH"]]
    assert len(rows(files["reported_in.csv"])) - 1 == len(kg.events)
    assert rows(files["mentioned_in.csv"])[1:] == [["kerry", "a", "2", "MENTIONED_IN"]]
    assert [r[0] for r in rows(files["articles.csv"])[1:]] == ["a", "b"]


def test_labels_and_typed_values():
    files = generate_neo4j(small_kg())
    header, *actors = rows(files["actors.csv"])
    by_id = {r[0]: dict(zip(header, r, strict=False)) for r in actors}
    assert by_id["kerry"][":LABEL"] == "Actor;Person"
    assert by_id["qatar"][":LABEL"] == "Actor;Country"
    aliases = next(h for h in header if h.startswith("aliases"))
    assert aliases == "aliases:string[]"
    assert by_id["kerry"][aliases].split(";") == ["John Kerry", "Secretary, Kerry"]
    header, *events = rows(files["events.csv"])
    ev = dict(zip(header, events[0], strict=False))
    assert ev[":LABEL"] == "Event;CONSULT"
    assert ev["sentence"] == "Kerry spoke to Qatar;\nin Doha."  # multi-line fields survive quoting
    assert "score:float" in header and "start:int" in header


def test_write_and_cli(tmp_path):
    kg = small_kg()
    written = write_neo4j(kg, tmp_path / "n")
    assert sorted(p.name for p in (tmp_path / "n").iterdir() if not p.name.startswith(".")) == sorted(FILES)
    cmd = import_command(written)
    assert cmd.startswith("neo4j-admin database import full") and "--multiline-fields=true" in cmd
    assert f"--nodes={tmp_path / 'n' / 'actors.csv'}" in cmd
    assert f"--relationships={tmp_path / 'n' / 'roles.csv'}" in cmd
    kg.save(tmp_path / "out", formats=["json"])
    r = CliRunner().invoke(cli, ["export", "neo4j", str(tmp_path / "out" / "graph.json"), str(tmp_path / "cli")])
    assert r.exit_code == 0, r.output
    assert "neo4j-admin database import full" in r.output
    for name in FILES:
        assert (tmp_path / "cli" / name).read_text() == (tmp_path / "n" / name).read_text()


def test_cli_missing_graph_is_usage_error(tmp_path):
    r = CliRunner().invoke(cli, ["export", "neo4j", str(tmp_path / "none.json"), str(tmp_path / "d")])
    assert r.exit_code == 2 and "Traceback" not in r.output


# -- issue 19 item 6: a bare CR (or any character) in a field or an id never splits a row ------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_nasty = st.text(alphabet=st.sampled_from(list("ab,;\"'\r\n\t \u2028\u0085é\u202e")), min_size=1, max_size=12)


@given(name=_nasty, ident=_nasty, sentence=_nasty, title=_nasty)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_in_fields_and_ids_reads_back_row_for_row(tmp_path_factory, name, ident, sentence, title):
    from graphkit.knowledge import KnowledgeGraph
    from graphkit.models import Actor, Article, Event
    from graphkit.render.neo4j import write_neo4j

    kg = KnowledgeGraph(
        articles=[Article(id="a" + ident, text="x", title=title)],
        actors=[Actor(id="k" + ident, name=name, kind="person"), Actor(id="q", name="Qatar", kind="country")],
        events=[Event(id="e" + ident, type="CONSULT", label="met", actors=["k" + ident], recipients=["q"],
                      article="a" + ident, sentence=sentence, start=0, end=1)])
    out = tmp_path_factory.mktemp("neo")
    written = write_neo4j(kg, out)
    with open(written["actors.csv"], newline="", encoding="utf-8") as fh:
        header, *rows = list(csv.reader(fh))
    assert sorted(r[0] for r in rows) == sorted(["k" + ident, "q"])
    assert {r[0]: r[header.index("label")] for r in rows}["k" + ident] == name
    with open(written["events.csv"], newline="", encoding="utf-8") as fh:
        header, *rows = list(csv.reader(fh))
    assert [(r[0], r[header.index("sentence")]) for r in rows] == [("e" + ident, sentence)]
    with open(written["articles.csv"], newline="", encoding="utf-8") as fh:
        header, *rows = list(csv.reader(fh))
    assert [(r[0], r[1]) for r in rows] == [("a" + ident, title)]
    with open(written["roles.csv"], newline="", encoding="utf-8") as fh:
        assert len(list(csv.reader(fh))) == 3
