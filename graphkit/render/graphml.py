"""graph.graphml for Gephi and yEd: the flattened actor-event graph.

Every node has a ``label`` and a ``kind`` (the actor kind, or ``event``); every edge a
``type`` (its role: ``actor``, ``recipient``, ``location`` or ``recipient+location``), a ``label`` (the event's
relation label), a ``date`` when the event has one and a ``weight``. Edge ids are unique
and stable, and every attribute key is declared once with one type.

Examples
--------
>>> from graphkit.models import Actor, Event
>>> from graphkit.knowledge import KnowledgeGraph
>>> kg = KnowledgeGraph(
...     actors=[Actor(id="kerry", name="Kerry", kind="person", aliases=["John Kerry"]),
...             Actor(id="qatar", name="Qatar", kind="country")],
...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
...                   date="2014-07-24", article="a", sentence="Kerry spoke to Qatar.", start=6, end=14)])
>>> G = parse_graphml(generate_graphml(kg))
>>> G.nodes["kerry"]["aliases"], G.nodes["a#e0"]["kind"]
('John Kerry', 'event')
>>> sorted((u, v, d["type"], d["label"], d["date"], d["weight"]) for u, v, d in G.edges(data=True))
[('a#e0', 'qatar', 'recipient', 'spoke to', '2014-07-24', 1.0),
 ('kerry', 'a#e0', 'actor', 'spoke to', '2014-07-24', 1.0)]
"""
from __future__ import annotations

import io

import networkx as nx

from graphkit.graph.generic import generic_of
from graphkit.render.files import atomic_write_bytes
from graphkit.render.flatten import flatten_graph

__all__ = ["export_graph", "generate_graphml", "write_graphml", "read_graphml", "parse_graphml"]


def export_graph(kg) -> nx.MultiDiGraph:
    """The graph every file export writes: actor and event nodes, labelled and typed.

    Actor nodes also carry ``events`` (how many events they take part in) and ``generic`` (an unnamed
    group such as "police", :mod:`graphkit.graph.generic`, for Gephi's filters); event nodes keep the
    trigger's character offsets as ``char_start``/``char_end`` (``start``/``end`` mean time in GEXF).
    Edges are keyed ``e0``, ``e1``, ... in the graph's deterministic order; there are no parallel
    edges (Gephi would merge them): an event whose recipient is also its location has one
    edge to it, of type ``recipient+location``.
    """
    G = kg.graph
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        attrs = dict(d)
        attrs.setdefault("label", n)
        if attrs.get("type") == "event":
            attrs["kind"] = "event"
            attrs["char_start"] = attrs.pop("start", None)
            attrs["char_end"] = attrs.pop("end", None)
        else:
            attrs["events"] = G.degree(n)
            attrs["generic"] = generic_of(attrs.get("kind", ""), attrs.get("label", ""))  # "police": filterable
        H.add_node(n, **attrs)
    key_of: dict[tuple, str] = {}
    for u, v, role, d in G.edges(keys=True, data=True):
        role = d.get("role", role)
        if (u, v) in key_of:  # Gephi merges parallel edges: one edge holds both roles
            e = H.edges[u, v, key_of[u, v]]
            e["type"] = f"{e['type']}+{role}"
            continue
        key_of[u, v] = f"e{len(key_of)}"
        ev = G.nodes[v] if G.nodes[v].get("type") == "event" else G.nodes[u]
        H.add_edge(u, v, key=key_of[u, v], type=role, label=ev.get("label", role),
                   event_type=ev.get("event_type"), date=ev.get("date") or ev.get("reported"),
                   certainty=ev.get("certainty"), weight=1.0)
    return H


def generate_graphml(kg) -> str:
    """The GraphML text of a knowledge graph (UTF-8, every key typed)."""
    buf = io.BytesIO()
    nx.write_graphml(flatten_graph(export_graph(kg)), buf, encoding="utf-8", prettyprint=True,
                     named_key_ids=False)
    return buf.getvalue().decode("utf-8")


def write_graphml(kg, path) -> None:
    """Write graph.graphml atomically."""
    atomic_write_bytes(path, generate_graphml(kg).encode("utf-8"))


def parse_graphml(text: str) -> nx.MultiDiGraph:
    """A NetworkX graph from GraphML text."""
    return nx.parse_graphml(text, force_multigraph=True)


def read_graphml(path) -> nx.MultiDiGraph:
    """A NetworkX graph from a GraphML file."""
    return nx.read_graphml(path, force_multigraph=True)
