"""The actor-event graph and its actor -> actor projection."""
from __future__ import annotations

import pytest

from graphkit.graph.build import actor_graph, build_graph
from graphkit.models import Actor, Event


def _actors(*ids):
    return [Actor(id=i, name=i.title(), kind="country") for i in ids]


def _event(n, typ, label, actors, recipients, date=None, certainty="asserted", score=0.0, location=None, mode=None):
    return Event(id=f"a#e{n}", type=typ, mode=mode, label=label, actors=actors, recipients=recipients,
                 article="a", sentence="s", start=n, end=n + 1, date=date, certainty=certainty, score=score,
                 location=location)


def test_build_graph_roles():
    G = build_graph(_actors("kerry", "qatar", "cairo"),
                    [_event(0, "CONSULT", "spoke to", ["kerry"], ["qatar"], location="cairo")])
    assert G.nodes["a#e0"]["event_type"] == "CONSULT"
    assert {(u, v, k) for u, v, k in G.edges(keys=True)} == {
        ("kerry", "a#e0", "actor"), ("a#e0", "qatar", "recipient"), ("a#e0", "cairo", "location")}


def test_unknown_ids_draw_no_edges():
    G = build_graph(_actors("kerry"), [_event(0, "CONSULT", "met", ["kerry"], ["ghost"])])
    assert list(G.out_edges("a#e0")) == []


def test_actor_graph_aggregates_per_label():
    events = [
        _event(0, "CONSULT", "spoke to", ["kerry"], ["qatar", "turkey"], "2014-07-24", score=2.5),
        _event(1, "CONSULT", "spoke to", ["kerry"], ["qatar"], "2014-07-20", score=2.5),
        _event(2, "CONSULT", "met", ["kerry"], ["qatar"], "PAST_REF", score=2.5),
        _event(3, "ACCUSE", "criticized", ["kerry"], ["qatar"], score=-2.0),
    ]
    A = actor_graph(build_graph(_actors("kerry", "qatar", "turkey"), events))
    spoke = A.edges["kerry", "qatar", "spoke to"]
    assert (spoke["count"], spoke["first"], spoke["last"], spoke["type"]) == (2, "2014-07-20", "2014-07-24", "CONSULT")
    assert spoke["events"] == ["a#e0", "a#e1"]
    assert A.edges["kerry", "turkey", "spoke to"]["count"] == 1
    met = A.edges["kerry", "qatar", "met"]
    assert (met["first"], met["last"]) == (None, None)  # a reference, not a calendar date
    assert A.edges["kerry", "qatar", "criticized"]["score"] == -2.0
    assert A.number_of_edges("kerry", "qatar") == 3


def test_mean_score_and_majority_type():
    events = [_event(0, "AGREE", "accepted", ["israel"], ["egypt"], score=2.5),
              _event(1, "CONCEDE", "accepted", ["israel"], ["egypt"], score=4.5),
              _event(2, "CONCEDE", "accepted", ["israel"], ["egypt"], score=4.5)]
    d = actor_graph(build_graph(_actors("israel", "egypt"), events)).edges["israel", "egypt", "accepted"]
    assert d["type"] == "CONCEDE"
    assert d["score"] == pytest.approx((2.5 + 4.5 + 4.5) / 3, abs=1e-3)


def test_certainty_filter_and_self_loops():
    events = [_event(0, "ACCUSE", "blamed", ["psaki"], ["israel"], certainty="negated", score=-2.0),
              _event(1, "ASSAULT", "attacked", ["israel"], ["israel"], score=-9.0)]
    G = build_graph(_actors("psaki", "israel"), events)
    assert actor_graph(G).number_of_edges() == 0
    A = actor_graph(G, certainty=("asserted", "negated"))
    assert list(A.edges(keys=True)) == [("psaki", "israel", "blamed")]


def test_actor_nodes_keep_their_attributes():
    A = actor_graph(build_graph(_actors("qatar"), []))
    assert A.nodes["qatar"]["kind"] == "country" and A.number_of_edges() == 0


def test_seed_actor_graph_reads_kerry_spoke_to_qatar(seed_kg):
    A = seed_kg.actor_graph()
    names = {n: d.get("label") for n, d in A.nodes(data=True)}
    edges = {(names[u], names[v], k) for u, v, k in A.edges(keys=True)}
    assert ("John Kerry", "Qatar", "spoke to") in edges
    assert ("John Kerry", "Turkey", "spoke to") in edges
    assert ("Egypt", "Israel", "mediated") in edges
    assert not [e for e in edges if e[0] in ("Jen Psaki", "United States") and e[1] == "Israel" and e[2] == "blamed"]
