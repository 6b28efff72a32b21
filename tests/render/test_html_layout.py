"""The precomputed layout of large maps and the importance ranking behind --max-nodes."""
from __future__ import annotations

import itertools
import math

import networkx as nx

from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Event, Mention
from graphkit.render import layout
from graphkit.render.layout import actor_importance, layout_positions, top_actors


def _kg() -> KnowledgeGraph:
    m = Mention(article="a", start=0, end=1)
    actors = [Actor(id=i, name=i.upper(), kind="person", mentions=[m] * n) for i, n in
              [("a", 0), ("b", 3), ("c", 0), ("d", 0), ("e", 20)]]
    events = [Event(id=f"x#e{k}", type="CONSULT", label="met", actors=[u], recipients=[v], article="x",
                    sentence="s", start=0, end=1) for k, (u, v) in enumerate([("a", "b"), ("a", "c"), ("c", "a")])]
    return KnowledgeGraph(actors=actors, events=events)


def test_importance_counts_events_then_mentions():
    assert actor_importance(_kg()) == {"a": 3.0, "b": 1.3, "c": 2.0, "d": 0.0, "e": 2.0}
    assert top_actors(_kg(), 3) == ["a", "c", "e"]  # c and e tie: by id
    assert top_actors(_kg(), None) == ["a", "c", "e", "b", "d"]


def test_positions_are_deterministic_distinct_and_components_do_not_overlap():
    G = nx.Graph()
    G.add_edges_from(nx.cycle_graph(12).edges())
    G.add_edges_from((f"s{i}", f"s{i + 1}") for i in range(5))
    G.add_nodes_from(f"lone{i}" for i in range(30))
    pos = layout_positions(G)
    assert pos == layout_positions(G) and set(pos) == set(G)
    assert len(set(pos.values())) == len(pos)
    comps = [list(c) for c in nx.connected_components(G)]
    boxes = [(min(pos[v][0] for v in c), min(pos[v][1] for v in c), max(pos[v][0] for v in c),
              max(pos[v][1] for v in c)) for c in comps]
    for (a, b) in itertools.combinations(boxes, 2):
        assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    nearest = min(math.dist(pos[u], pos[v]) for u, v in itertools.combinations(G, 2))
    assert nearest >= layout.UNIT * 0.1


def test_the_most_important_isolated_nodes_come_first():
    G = nx.Graph()
    G.add_nodes_from(["x", "y", "z"])
    pos = layout_positions(G, rank={"z": 5.0, "y": 1.0})
    assert sorted(G, key=lambda v: (pos[v][1], pos[v][0])) == ["z", "y", "x"]


def test_chunked_layout_of_a_large_component(monkeypatch):
    monkeypatch.setattr(layout, "_CHUNK", 8)  # 40 nodes > 4 chunks: the edge-list attraction path
    G = nx.path_graph(40)
    pos = layout_positions(G)
    assert len(set(pos.values())) == 40
    # neighbours end up closer than the average pair
    mean_edge = sum(math.dist(pos[u], pos[v]) for u, v in G.edges()) / G.number_of_edges()
    mean_pair = sum(math.dist(pos[u], pos[v]) for u, v in itertools.combinations(G, 2)) / (40 * 39 / 2)
    assert mean_edge < mean_pair / 2
