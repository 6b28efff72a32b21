"""graph.graphml for Gephi and yEd: the flattened actor-event graph.

Examples
--------
>>> from graphkit.models import Actor
>>> from graphkit.graph.knowledge import KnowledgeGraph
>>> kg = KnowledgeGraph(actors=[Actor(id="kerry", name="Kerry", kind="person", aliases=["John Kerry"])])
>>> G = parse_graphml(generate_graphml(kg))
>>> G.nodes["kerry"]["aliases"]
'John Kerry'
"""
from __future__ import annotations

import io

import networkx as nx

from graphkit.render.files import atomic_write_bytes
from graphkit.render.flatten import flatten_graph

__all__ = ["export_graph", "generate_graphml", "write_graphml", "read_graphml", "parse_graphml"]


def export_graph(kg):
    """The graph every file export writes: actor and event nodes, with labels on everything."""
    G = kg.graph.copy()
    for n, d in G.nodes(data=True):
        d.setdefault("label", n)
    for u, v, k, d in G.edges(keys=True, data=True):
        d.setdefault("label", d.get("role", k))
    return G


def generate_graphml(kg) -> str:
    """The GraphML text of a knowledge graph."""
    buf = io.BytesIO()
    nx.write_graphml(flatten_graph(export_graph(kg)), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def write_graphml(kg, path) -> None:
    """Write graph.graphml atomically."""
    atomic_write_bytes(path, generate_graphml(kg).encode("utf-8"))


def parse_graphml(text: str):
    """A NetworkX graph from GraphML text."""
    return nx.parse_graphml(text, force_multigraph=True)


def read_graphml(path):
    """A NetworkX graph from a GraphML file."""
    return nx.read_graphml(path, force_multigraph=True)
