"""The query functions on a hand-made graph with known answers, and on the seed build."""
import datetime

import networkx as nx
import pytest
from query_data import assert_consistent, small_kg

from graphkit.errors import ActorNotFoundError, AmbiguousActorError, QueryError
from graphkit.graph import query as q
from graphkit.graph.lookup import ActorIndex, find_actor
from graphkit.graph.periods import date_span
from graphkit.graph.subgraph import article_records, ego, filter_graph, merge_graphs


@pytest.fixture
def kg():
    return small_kg()


def ids(records):
    return [r.id for r in records]


# ------------------------------------------------------------------ lookup
@pytest.mark.parametrize("name, expected", [
    ("john-kerry", "john-kerry"), ("JOHN-KERRY", "john-kerry"), ("john kerry", "john-kerry"),
    ("Kerry", "john-kerry"), ("the Kerry", "john-kerry"), ("ISR", "israel"), ("isr", "israel"),
    ("Sara Netanyahu", "sara-netanyahu"),
])
def test_actor_by_any_name(kg, name, expected):
    assert q.actor(kg, name).id == expected


def test_surname_shared_by_two_people_is_ambiguous_and_lists_both(kg):
    with pytest.raises(AmbiguousActorError) as err:
        q.actor(kg, "Netanyahu")
    assert "Benjamin Netanyahu (benjamin-netanyahu)" in str(err.value)
    assert "Sara Netanyahu (sara-netanyahu)" in str(err.value)
    assert ids(err.value.candidates) == ["benjamin-netanyahu", "sara-netanyahu"]


def test_unknown_actor_suggests_close_names(kg):
    with pytest.raises(ActorNotFoundError) as err:
        q.actor(kg, "Isreal")
    assert "did you mean: Israel (israel)" in str(err.value)
    with pytest.raises(ActorNotFoundError) as err:
        q.actor(kg, "Nobody At All")
    assert "did you mean" not in str(err.value) and err.value.candidates == []


def test_lookup_kind_disambiguates_and_is_checked():
    from graphkit.models import Actor

    idx = ActorIndex([Actor(id="georgia", name="Georgia", kind="country"), Actor(id="georgia-2", name="Georgia",
                                                                                 kind="location")])
    with pytest.raises(AmbiguousActorError):
        idx.find("Georgia")
    assert idx.find("Georgia", kind="country").id == "georgia"
    with pytest.raises(QueryError, match="unknown actor kind 'state'"):
        idx.find("Georgia", kind="state")
    # an exact name beats an alias of another actor
    actors = [Actor(id="a", name="Hammond", kind="person"), Actor(id="b", name="Philip Hammond", kind="person",
                                                                  aliases=["Hammond"])]
    assert find_actor(actors, "Hammond").id == "a"


def test_actors_by_kind_and_name(kg):
    assert ids(q.actors(kg, kind="country")) == ["qatar", "israel", "egypt"]
    assert ids(q.actors(kg, kind=["person", "location"], name="netan")) == ["benjamin-netanyahu", "sara-netanyahu"]
    assert ids(q.actors(kg, name="kerry")) == ["john-kerry"]
    with pytest.raises(QueryError, match="unknown actor kind 'nation'; choose from person"):
        q.actors(kg, kind="nation")


# ------------------------------------------------------------------ events
@pytest.mark.parametrize("filters, expected", [
    ({"actor": "Kerry"}, ["a1#e0", "a2#e5"]),
    ({"recipient": "Hamas"}, ["a1#e1", "a2#e3", "a2#e4", "a2#e6"]),
    ({"involving": "Gaza"}, ["a1#e1"]),
    ({"type": "ASSAULT"}, ["a1#e1", "a1#e2", "a2#e4"]),
    ({"type": "ASSAULT", "certainty": "asserted"}, ["a1#e1", "a1#e2"]),
    ({"type": ["AGREE", "REQUEST"]}, ["a2#e3", "a2#e6"]),
    ({"label": "SPOKE TO"}, ["a1#e0"]),
    ({"certainty": "negated"}, ["a2#e4"]),
    ({"since": "2014-08"}, ["a2#e3", "a2#e4", "a2#e6"]),              # the week of Aug 4-10 overlaps
    ({"until": "2014-07-24"}, ["a1#e0", "a1#e1", "a1#e2"]),           # July overlaps
    ({"since": "2014-07-25", "until": "2014-07-31"}, ["a1#e2"]),      # only the month-only date
    ({"since": datetime.date(2014, 8, 6), "until": "2014-08-06"}, ["a2#e4", "a2#e6"]),
    ({"article": "a2", "actor": "Israel"}, ["a2#e3", "a2#e4"]),
])
def test_events_filters(kg, filters, expected):
    assert ids(q.events(kg, **filters)) == expected


@pytest.mark.parametrize("bad, message", [
    ({"type": "FIGHT"}, "unknown event type 'FIGHT'"),
    ({"certainty": "likely"}, "unknown certainty 'likely'"),
    ({"since": "last week"}, "since='last week' is not a date"),
    ({"actor": "Nobody"}, "no actor named 'Nobody'"),
])
def test_events_bad_values(kg, bad, message):
    with pytest.raises(QueryError, match=message):
        q.events(kg, **bad)


def test_between_both_directions_and_filters(kg):
    assert ids(q.between(kg, "Israel", "Hamas")) == ["a1#e1", "a1#e2", "a2#e3", "a2#e4"]
    assert ids(q.between(kg, "Hamas", "Israel", certainty="asserted", type="ASSAULT")) == ["a1#e1", "a1#e2"]
    assert q.between(kg, "Kerry", "Israel") == []


def test_neighbors(kg):
    assert ids(q.neighbors(kg, "Israel")) == ["hamas", "egypt"]            # 4 events, then 1
    assert ids(q.neighbors(kg, "Israel", direction="out")) == ["hamas"]
    assert ids(q.neighbors(kg, "Israel", direction="in")) == ["egypt", "hamas"]   # 1 each: by name
    assert ids(q.neighbors(kg, "Israel", relation="ASSAULT")) == ["hamas"]
    assert ids(q.neighbors(kg, "Kerry", relation=["met", "spoke to"])) == ["benjamin-netanyahu", "qatar"]
    assert q.neighbors(kg, "Gaza") == []
    with pytest.raises(QueryError, match="unknown direction"):
        q.neighbors(kg, "Israel", direction="up")


def test_timeline_is_chronological(kg):
    entries = q.timeline(kg)
    assert sorted(x.id for x in entries) == sorted(ids(kg.events))
    assert [x.day for x in entries] == sorted(x.day for x in entries)
    undated = next(x for x in entries if x.id == "a2#e5")
    assert undated.when is None and undated.reported == "2014-08-10"   # placed by its article's date
    assert [x.id for x in q.timeline(kg, actor="Kerry")] == ["a1#e0", "a2#e5"]
    assert [x.id for x in q.timeline(kg, type="ASSAULT", since="2014-07-10", until="2014-07-31")] == ["a1#e2", "a1#e1"]
    with pytest.raises(AmbiguousActorError):
        q.timeline(kg, actor="Netanyahu")


# ------------------------------------------------------------------ series
def test_dyad_series_monthly_both_directions_asserted_only(kg):
    assert q.dyad_series(kg, "Israel", "Hamas", freq="M") == [("2014-07", -18.0, 2), ("2014-08", 2.5, 1)]


def test_dyad_series_counts_negated_when_asked(kg):
    assert q.dyad_series(kg, "Israel", "Hamas", freq="M", certainty=None)[-1] == ("2014-08", -6.5, 2)


def test_dyad_series_directed(kg):
    assert q.dyad_series(kg, "Hamas", "Israel", freq="M", directed=True) == [("2014-07", -9.0, 1)]
    assert q.dyad_series(kg, "Israel", "Hamas", freq="Y", directed=True) == [("2014", -6.5, 2)]


def test_dyad_series_weekly_fills_gaps_and_skips_coarse_dates(kg):
    # the month-only rocket fire (2014-07) cannot go into a week: skipped
    assert q.dyad_series(kg, "Israel", "Hamas", freq="W") == [
        ("2014-W30", -9.0, 1), ("2014-W31", 0.0, 0), ("2014-W32", 2.5, 1)]
    assert q.dyad_series(kg, "Israel", "Hamas", freq="W", fill=False) == [("2014-W30", -9.0, 1), ("2014-W32", 2.5, 1)]


def test_dyad_series_daily(kg):
    days = q.dyad_series(kg, "Israel", "Hamas", freq="D")
    assert len(days) == 13 and days[0] == ("2014-07-24", -9.0, 1) and days[-1] == ("2014-08-05", 2.5, 1)
    assert sum(p.events for p in days) == 2
    assert q.dyad_series(kg, "Kerry", "Benjamin Netanyahu", freq="D") == []  # their one event is undated


def test_dyad_series_bad_freq(kg):
    with pytest.raises(QueryError, match="unknown freq 'Q'"):
        q.dyad_series(kg, "Israel", "Hamas", freq="Q")


@pytest.mark.parametrize("value, first, last", [
    ("2014-07-24T10:00", "2014-07-24", "2014-07-24"), ("2014-07-23TEV", "2014-07-23", "2014-07-23"),
    ("2014-W01", "2013-12-30", "2014-01-05"), ("2014-12", "2014-12-01", "2014-12-31"),
    ("2012-02", "2012-02-01", "2012-02-29"), ("2014-Q4", "2014-10-01", "2014-12-31"),
    ("2014-H1", "2014-01-01", "2014-06-30"), ("2014-SU", "2014-06-01", "2014-08-31"), ("2014", "2014-01-01",
                                                                                       "2014-12-31"),
])
def test_date_span(value, first, last):
    assert [d.isoformat() for d in date_span(value)] == [first, last]


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "PAST_REF", "XXXX-07", "P8Y", "2014-02-30", "2014-W60",
                                   "201X"])
def test_date_span_none(value):
    assert date_span(value) is None


# ------------------------------------------------------------------ rankings
def test_top_actors_by_events(kg):
    top = q.top_actors(kg, by="events", n=3)
    assert [(a.id, v) for a, v in top] == [("hamas", 5), ("israel", 5), ("john-kerry", 2)]


def test_top_actors_by_degree_and_kind(kg):
    assert [(a.id, v) for a, v in q.top_actors(kg, by="degree", n=None)] == [
        ("egypt", 2), ("hamas", 2), ("israel", 2), ("john-kerry", 2),
        ("benjamin-netanyahu", 1), ("qatar", 1), ("gaza", 0), ("sara-netanyahu", 0)]
    assert [a.id for a, _ in q.top_actors(kg, by="degree", kind="country")] == ["egypt", "israel", "qatar"]


def test_top_actors_pagerank_matches_networkx(kg, monkeypatch):
    G = nx.DiGraph()
    G.add_nodes_from(a.id for a in kg.actors)
    for e in kg.events:
        for s in e.actors:
            for t in e.recipients:
                w = G.get_edge_data(s, t, {"weight": 0})["weight"]
                G.add_edge(s, t, weight=w + 1)
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    expected = _pagerank_python(G, weight="weight")
    got = dict((a.id, v) for a, v in q.top_actors(kg, by="pagerank", n=None))
    assert got.keys() == expected.keys()
    assert all(abs(got[k] - expected[k]) < 1e-5 for k in got)
    assert max(got, key=got.get) == "hamas"
    # without scipy networkx's pagerank raises ImportError: the pure-Python one answers the same

    def no_scipy(*a, **k):
        raise ImportError("scipy")

    monkeypatch.setattr(nx, "pagerank", no_scipy)
    again = dict((a.id, v) for a, v in q.top_actors(kg, by="pagerank", n=None))
    assert all(abs(again[k] - expected[k]) < 1e-5 for k in got)


def test_top_actors_bad_ranking(kg):
    with pytest.raises(QueryError, match="unknown ranking 'closeness'"):
        q.top_actors(kg, by="closeness")


# ------------------------------------------------------------------ sub-graphs
def test_ego_radius_one_has_every_event_of_the_actor(kg):
    sub = ego(kg, "Kerry", radius=1)
    assert ids(sub.actors) == ["john-kerry", "qatar", "benjamin-netanyahu"]
    assert ids(sub.events) == ["a1#e0", "a2#e5"]
    assert ids(sub.articles) == ["a1", "a2"]
    assert sub.actor("Benjamin Netanyahu").affiliations == []          # israel is not in the ego graph
    assert kg.actor("Benjamin Netanyahu").affiliations == ["israel"]   # the input is unchanged
    assert_consistent(sub)


def test_ego_radius_zero_and_two(kg):
    alone = ego(kg, "Kerry", radius=0)
    assert ids(alone.actors) == ["john-kerry"] and alone.events == []
    two = ego(kg, "Qatar", radius=2)
    assert ids(two.actors) == ["john-kerry", "qatar", "benjamin-netanyahu"]
    with pytest.raises(QueryError, match="radius"):
        ego(kg, "Kerry", radius=-1)


def test_ego_clears_locations_outside_and_keeps_compound_events(kg):
    sub = ego(kg, "Egypt", radius=1)
    assert ids(sub.actors) == ["israel", "hamas", "egypt"]
    assert ids(sub.events) == ["a1#e1", "a1#e2", "a2#e3", "a2#e4", "a2#e6"]
    assert sub.events[0].location is None and kg.events[1].location == "gaza"
    assert_consistent(sub)


def test_filter_by_kind(kg):
    sub = filter_graph(kg, kind="country")
    assert ids(sub.actors) == ["qatar", "israel", "egypt"] and sub.events == []
    sub = filter_graph(kg, kind=["country", "organization"])
    assert ids(sub.events) == ["a1#e1", "a1#e2", "a2#e3", "a2#e4", "a2#e6"]
    assert_consistent(sub)


def test_filter_by_events_keeps_their_actors(kg):
    sub = filter_graph(kg, type="ASSAULT", certainty="asserted")
    assert ids(sub.events) == ["a1#e1", "a1#e2"]
    assert ids(sub.actors) == ["israel", "hamas", "gaza"]
    assert sub.events[0].location == "gaza"
    assert_consistent(sub)


def test_filter_by_article_trims_mentions(kg):
    sub = filter_graph(kg, articles=["a2"])
    assert ids(sub.articles) == ["a2"]
    assert ids(sub.events) == ["a2#e3", "a2#e4", "a2#e5", "a2#e6"]
    assert "qatar" not in ids(sub.actors) and "sara-netanyahu" in ids(sub.actors)
    assert all(m.article == "a2" for a in sub.actors for m in a.mentions)
    assert_consistent(sub)
    with pytest.raises(QueryError, match="no article with id 'zz'"):
        filter_graph(kg, articles=["zz"])


def test_filter_by_date_says_which_date(kg):
    """since/until by the event's own date by default; by the report's (the publication date) on request."""
    by_event = filter_graph(kg, since="2014-08")
    by_report = filter_graph(kg, since="2014-08", date_by="report")
    either = filter_graph(kg, since="2014-08", date_by="either")
    assert ids(by_report.events) == [e.id for e in kg.events if e.article == "a2"]
    assert "a2#e5" in ids(by_report.events) and "a2#e5" not in ids(by_event.events)  # undated, reported in August
    assert ids(either.events) == ids(by_report.events)
    assert kg.filter(since="2014-08", date_by="report").to_json() == by_report.to_json()
    with pytest.raises(QueryError, match="unknown date_by"):
        filter_graph(kg, since="2014", date_by="day")


def test_filter_by_actor_names(kg):
    sub = filter_graph(kg, actors=["Kerry", "QAT"])
    assert ids(sub.actors) == ["john-kerry", "qatar"] and ids(sub.events) == ["a1#e0"]


def test_subgraphs_save_and_render(kg, tmp_path):
    from graphkit.knowledge import KnowledgeGraph

    sub = ego(kg, "Israel", radius=1)
    written = sub.save(tmp_path / "ego")
    assert sorted(written) == ["gexf", "graphml", "html", "json", "sqlite", "timeline"]
    assert all(p.stat().st_size > 0 for p in written.values())
    again = KnowledgeGraph.load(tmp_path / "ego")
    assert again.to_json() == sub.to_json()
    assert nx.read_graphml(written["graphml"]).number_of_nodes() == sub.graph.number_of_nodes()


def test_article_records_restrict_mentions(kg):
    recs = article_records(kg)
    assert [r.article.id for r in recs] == ["a1", "a2"]
    a1 = recs[0]
    assert ids(a1.events) == ["a1#e0", "a1#e1", "a1#e2"]
    assert "egypt" not in ids(a1.actors) and "gaza" in ids(a1.actors)
    assert all(m.article == "a1" for a in a1.actors for m in a.mentions)


def _summary(kg):
    return (sorted((a.name, a.kind, len(a.mentions)) for a in kg.actors),
            sorted((e.id, e.type, tuple(e.actors), tuple(e.recipients), e.location) for e in kg.events))


def test_merge_of_two_halves_equals_the_whole(kg):
    one, two = filter_graph(kg, articles=["a1"]), filter_graph(kg, articles=["a2"])
    merged = merge_graphs(one, two)
    assert _summary(merged) == _summary(kg)
    assert ids(merged.articles) == ["a1", "a2"]
    assert merged.actor("Benjamin Netanyahu").affiliations == ["israel"]
    assert_consistent(merged)


def test_merge_with_itself_keeps_one_copy_of_each_article(kg):
    merged = merge_graphs(kg, kg)
    assert _summary(merged) == _summary(kg)


# ------------------------------------------------------------------ the seed build
def test_seed_queries_agree_with_the_records(seed_kg):
    kerry = seed_kg.actor("Kerry")
    assert kerry.name == "John Kerry" and kerry.kind == "person"
    for a in seed_kg.actors:
        assert all(a.id in e.actors for e in q.events(seed_kg, actor=a.id))
        assert len(q.events(seed_kg, involving=a.id)) == dict(
            (x.id, v) for x, v in q.top_actors(seed_kg, by="events", n=None))[a.id]
    for e in seed_kg.events:
        for s in e.actors:
            for t in e.recipients:
                if s != t:
                    assert e in q.between(seed_kg, t, s) and e in q.between(seed_kg, s, t)
    assert ids(q.actors(seed_kg, kind="country")) == [a.id for a in seed_kg.actors if a.kind == "country"]


def test_seed_ego_and_filter_are_consistent_and_render(seed_kg, tmp_path):
    top, _ = q.top_actors(seed_kg, by="events", n=1)[0]
    sub = ego(seed_kg, top.id, radius=1)
    assert top.id in ids(sub.actors)
    assert set(ids(sub.events)) >= set(ids(q.events(seed_kg, involving=top.id))) - {
        e.id for e in seed_kg.events if e.location == top.id}
    assert_consistent(sub)
    assert_consistent(filter_graph(seed_kg, kind=["country", "organization"]))
    assert (sub.save(tmp_path, formats=["json", "html"])["html"]).stat().st_size > 0


def test_seed_dyad_series_sums_the_between_events(seed_kg):
    pairs = {(s, t) for e in seed_kg.events if e.certainty == "asserted" and e.date
             for s in e.actors for t in e.recipients if s != t}
    for s, t in sorted(pairs):
        series = q.dyad_series(seed_kg, s, t, freq="Y")
        total = sum(q.event_score(e) for e in q.between(seed_kg, s, t, certainty="asserted")
                    if date_span(e.date))
        assert sum(p.score for p in series) == pytest.approx(total)


SEED_PARTS = 3


def test_seed_merge_of_separate_builds_equals_one_build():
    """Articles built in two runs and merged give the actors and events of one run over all of them."""
    from conftest import SEEDS

    import graphkit

    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    paras = [p for p in text.split("\n") if p.strip()]
    size = -(-len(paras) // SEED_PARTS)
    records = [{"id": f"part{i}", "text": "\n".join(paras[i * size:(i + 1) * size]), "published": "2014-07-24"}
               for i in range(SEED_PARTS)]
    whole = graphkit.build(records)
    merged = graphkit.build(records[:1]).merge(graphkit.build(records[1:]))
    assert len(merged.events) == len(whole.events)
    assert sorted((a.name, a.kind) for a in merged.actors) == sorted((a.name, a.kind) for a in whole.actors)
    assert _summary(merged) == _summary(whole)
    assert_consistent(merged)


def test_dyad_series_counts_an_event_once_and_accepts_lower_case_freq():
    from graphkit.knowledge import KnowledgeGraph
    from graphkit.models import Actor, Event

    kg = KnowledgeGraph(actors=[Actor(id="a", name="Ann", kind="person"), Actor(id="b", name="Bob", kind="person")],
                        events=[Event(id="x#e0", type="COOPERATE", label="worked with", actors=["a", "b"],
                                      recipients=["a", "b"],
                                      date="2014-07-24", article="x", sentence="", start=0, end=1)])
    assert q.dyad_series(kg, "Ann", "Bob", freq="d") == [("2014-07-24", 9.5, 1)]
