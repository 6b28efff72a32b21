"""Louvain communities of the relation graph: deterministic, numbered by size."""
from __future__ import annotations

import itertools

import networkx as nx

from graphkit.graph.communities import communities, relation_weights


def _two_cliques() -> nx.MultiDiGraph:
    A = nx.MultiDiGraph()
    for group, n in (("big", 6), ("small", 4)):
        for u, v in itertools.combinations(range(n), 2):
            A.add_edge(f"{group}{u}", f"{group}{v}", count=2)
    A.add_edge("big0", "small0", count=1)
    A.add_node("alone")
    return A


def test_dense_groups_become_communities_largest_first():
    parts = communities(_two_cliques())
    assert {v for v, c in parts.items() if c == 0} == {f"big{i}" for i in range(6)}
    assert {v for v, c in parts.items() if c == 1} == {f"small{i}" for i in range(4)}
    assert "alone" not in parts


def test_same_graph_same_communities_whatever_the_insertion_order():
    A = _two_cliques()
    B = nx.MultiDiGraph()
    B.add_edges_from(reversed(list(A.edges(data=True))))
    assert communities(A) == communities(B) == communities(A)


def test_weights_add_both_directions_and_ignore_self_relations():
    A = nx.MultiDiGraph([("b", "a", {"count": 2}), ("a", "b", {"count": 3}), ("a", "a", {"count": 1})])
    assert relation_weights(A) == {("a", "b"): 5}
    assert communities(nx.MultiDiGraph()) == {}
