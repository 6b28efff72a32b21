"""GraphStore: the query API answered from graph.sqlite, the same as from the loaded graph."""
from __future__ import annotations

import sqlite3

import pytest
from query_data import assert_consistent, small_kg

from graphkit.errors import ActorNotFoundError, AmbiguousActorError, GraphFormatError, QueryError
from graphkit.graph.store import Deferred, GraphStore, View, read_sqlite
from graphkit.knowledge import KnowledgeGraph

NAMES = ["Kerry", "john-kerry", "Israel", "ISR", "Hamas", "Egypt", "Gaza", "Netanyahu", "Qatar"]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    kg = small_kg()
    path = tmp_path_factory.mktemp("store") / "graph.sqlite"
    kg.save(path.parent, formats=["sqlite"])
    return kg, GraphStore(path, KnowledgeGraph)


def _same(both, method, *args, **kw):
    """The graph's and the store's answers to ``method(*args, **kw)`` are the same (or the same error)."""
    def run(src, **extra):
        try:
            out = getattr(src, method)(*args, **kw, **extra)
        except Exception as err:  # the same error, with the same message
            return ("error", type(err).__name__, str(err))
        return out.to_json() if hasattr(out, "to_json") else out

    kg, st = both
    assert run(kg) == run(st, **({"full": True} if method == "actors" else {}))


@pytest.mark.parametrize("name", NAMES)
def test_actor_queries_agree(both, name):
    kg, st = both
    _same(both, "actor", name)
    _same(both, "events", actor=name)
    _same(both, "events", involving=name, since="2014-08")
    _same(both, "events", recipient=name, type="ASSAULT")
    _same(both, "neighbors", name)
    _same(both, "neighbors", name, direction="in", relation="ASSAULT")
    _same(both, "timeline", actor=name)
    for radius in (0, 1, 2):
        _same(both, "ego", name, radius=radius)
    for other in NAMES:
        _same(both, "between", name, other)
        _same(both, "dyad_series", name, other, freq="W")


@pytest.mark.parametrize("filters", [
    {}, {"type": "ASSAULT"}, {"type": ["AGREE", "REQUEST"], "certainty": "asserted"}, {"since": "2014-08"},
    {"until": "2014-07"}, {"since": "2014-W32", "until": "2014-08-06"}, {"label": "Shelled"}, {"article": "a2"},
    {"certainty": ["negated"]}, {"since": "July"}, {"type": "PARTY"},
    {"since": "2014-08", "date_by": "report"}, {"until": "2014-07-24", "date_by": "either"},
    {"since": "2014-07", "date_by": "day"},
])
def test_event_filters_agree(both, filters):
    kg, st = both
    _same(both, "events", **filters)
    if "article" not in filters:  # filter() takes articles=[...]
        _same(both, "filter", **filters)
        _same(both, "filter", kind="country", **filters)
    if "type" in filters or "date_by" in filters:
        _same(both, "timeline", **{k: v for k, v in filters.items() if k in ("type", "since", "until", "date_by")})
    _same(both, "between", "Israel", "Hamas", **filters)


@pytest.mark.parametrize("kw", [
    {}, {"kind": "country"}, {"kind": ["person", "location"]}, {"name": "ne"}, {"name": "the U.S."},
    {"kind": "planet"},
])
def test_actor_lists_and_rankings_agree(both, kw):
    kg, st = both
    _same(both, "actors", **kw)
    kinds = {k: v for k, v in kw.items() if k == "kind"}
    for by in ("degree", "events", "pagerank"):
        _same(both, "top_actors", by=by, n=4, **kinds)
        _same(both, "top_actors", by=by, n=None, certainty="asserted", **kinds)


def test_filters_by_actor_and_article_agree(both):
    kg, st = both
    _same(both, "filter", actors=["Kerry", "QAT"])
    _same(both, "filter", kind="country", actors="Hamas")
    _same(both, "filter", articles=["a1"])
    _same(both, "filter", articles="zz")
    assert_consistent(st.filter(articles=["a2"], type="ASSAULT"))


@pytest.mark.parametrize("text", ["shelled", "SHELLED", "fire*", '"fired rockets"', "rockets OR met", "qq", '"x'])
def test_search_agrees(both, text):
    kg, st = both
    _same(both, "search", text)
    _same(both, "search", text, actor="Israel")


def test_a_search_finds_the_events_with_the_word(both):
    kg, st = both
    assert [e.label for e in st.search("rockets")] == ["fired rockets at"]
    with pytest.raises(QueryError, match="cannot search"):
        st.search('"unbalanced')


def test_unknown_and_ambiguous_names_list_candidates_as_the_graph_does(both):
    kg, st = both
    with pytest.raises(ActorNotFoundError, match="did you mean"):
        st.actor("Kery")
    kg2 = KnowledgeGraph(actors=[*kg.actors, kg.actor("Kerry").model_copy(update={"id": "kerry-2"})])
    with pytest.raises(AmbiguousActorError):
        kg2.actor("Kerry")


def test_the_whole_graph_reads_back(both, tmp_path):
    kg, st = both
    assert st.load().to_json() == kg.to_json()
    assert KnowledgeGraph(**vars(read_sqlite(st.path))).to_json() == kg.to_json()
    assert "7 events" in repr(st)


def test_views_are_graphs_for_the_query_functions(both):
    kg, st = both
    view = st.view(["israel"], st.events(actor="Israel"))
    assert isinstance(view, View) and [a.id for a in view.actors] == ["israel"]
    assert [e.id for e in view.events] == [e.id for e in kg.events(actor="Israel")]
    assert {a.id for a in view.articles} == {e.article for e in view.events}
    assert all(a.text == "" for a in view.articles)  # views read no text unless asked


def test_counts_and_names(both):
    kg, st = both
    assert st.counts()["john-kerry"] == (len(kg.actor("Kerry").mentions), len(kg.actor("Kerry").quotes))
    assert st.actor_names(["qatar", "nobody"]) == {"qatar": "Qatar"}


def test_other_files_are_refused_clearly(tmp_path):
    with pytest.raises(GraphFormatError, match="no such file"):
        GraphStore(tmp_path / "none.sqlite")
    (tmp_path / "text.sqlite").write_text("hello")
    with pytest.raises(GraphFormatError, match="not a graph.sqlite file"):
        GraphStore(tmp_path / "text.sqlite")
    con = sqlite3.connect(tmp_path / "other.sqlite")
    con.execute("CREATE TABLE graph_info (key TEXT, value TEXT)")
    con.execute("INSERT INTO graph_info VALUES ('format', 'someone-else/3')")
    con.commit()
    con.close()
    with pytest.raises(GraphFormatError, match="format must be 'graphkit-sqlite/1'"):
        GraphStore(tmp_path / "other.sqlite")


@pytest.mark.parametrize("call", [("ego", ("Israel",), {}), ("ego", ("Kerry",), {"radius": 2}),
                                  ("filter", (), {"kind": "country"}), ("filter", (), {"type": "ASSAULT"}),
                                  ("filter", (), {"articles": ["a2"]})])
def test_light_sub_graphs_have_the_same_records_but_no_text_or_mentions(both, call):
    kg, st = both
    method, args, kw = call
    whole = getattr(kg, method)(*args, **kw)
    light = getattr(st, method)(*args, **kw, text=False)
    assert [a.id for a in light.articles] == [a.id for a in whole.articles]
    assert [a.id for a in light.actors] == [a.id for a in whole.actors]
    assert [e.id for e in light.events] == [e.id for e in whole.events]
    assert all(a.text == "" for a in light.articles)


@pytest.mark.parametrize("call", [("ego", ("Israel",), {}),
                                  ("filter", (), {"kind": ["country", "organization"], "type": "AGREE"}),
                                  ("filter", (), {"since": "2014-08", "date_by": "report"})])
def test_a_light_sub_graph_counts_its_articles_without_reading_them(both, call):
    kg, st = both
    method, args, kw = call
    light = getattr(GraphStore(st.path), method)(*args, **kw, text=False)  # a View (not made a KnowledgeGraph)
    assert isinstance(light.articles, Deferred) and not light.articles.loaded
    assert len(light.articles) == len(getattr(kg, method)(*args, **kw).articles) > 0
    assert not light.articles.loaded  # counted in SQL
    assert [a.published for a in light.articles] == [a.published for a in getattr(kg, method)(*args, **kw).articles]
    assert light.articles.loaded


def test_filter_by_report_date_keeps_undated_events_of_dated_articles(both):
    kg, st = both
    by_event = st.filter(since="2014-08", text=False)
    by_report = st.filter(since="2014-08", date_by="report", text=False)
    assert {e.id for e in by_report.events} == {e.id for e in kg.events if e.article == "a2"}
    assert {e.id for e in by_event.events} != {e.id for e in by_report.events}
    with pytest.raises(QueryError, match="unknown date_by"):
        st.filter(since="2014", date_by="day")


def test_report_dates_filtered_in_sql_and_without_the_report_day_columns(both, tmp_path):
    """Report days are stored per event; a file written before they were still answers the same."""
    kg, st = both
    old = tmp_path / "graph.sqlite"
    with sqlite3.connect(st.path) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    with sqlite3.connect(old) as con:
        con.execute("DROP INDEX events_report_days")
        con.execute("ALTER TABLE events DROP COLUMN report_last_day")
        con.execute("ALTER TABLE events DROP COLUMN report_first_day")
    con.close()
    days = dict(st.db.execute("SELECT id, report_first_day FROM events"))
    assert days["a2#e5"] == "2014-08-10" and days["a1#e0"] == "2014-07-24"  # the articles' publication dates
    for date_by in ("event", "report", "either"):
        for bounds in ({"since": "2014-08"}, {"until": "2014-07-31"}, {"since": "2014-08-06", "until": "2014-08-10"}):
            want = [e.id for e in kg.events(**bounds, date_by=date_by)]
            for store in (st, GraphStore(old, KnowledgeGraph)):
                assert [e.id for e in store.events(**bounds, date_by=date_by)] == want, (date_by, bounds)
                got = store.filter(**bounds, date_by=date_by).to_json()
                assert got == kg.filter(**bounds, date_by=date_by).to_json()
