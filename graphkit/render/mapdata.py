"""The data of graph.html: an explicit pyvis ``Network`` plus what tooltips and filters need.

The network holds two views in one: actor nodes with actor → actor relation edges (ids
``r0``, ``r1``, ...) and event nodes with role edges (actor → event → recipient, ids ``x0``, ...).
The page shows one view at a time. Tooltips are not strings here: the page builds them as DOM
elements from ``node_info``, ``edge_info`` and ``events`` with ``textContent``, so article text
is never parsed as HTML.

Examples
--------
>>> from graphkit.models import Actor, Event
>>> from graphkit.knowledge import KnowledgeGraph
>>> kg = KnowledgeGraph(
...     actors=[Actor(id="kerry", name="Kerry", kind="person"), Actor(id="qatar", name="Qatar", kind="country"),
...             Actor(id="oslo", name="Oslo", kind="location")],
...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
...                   date="2014-07-24", article="a", sentence="Kerry spoke to Qatar.", start=6, end=14)])
>>> data = map_data(kg)
>>> data["counts"]
{'actors': 3, 'relations': 1, 'events': 1, 'roles': 2}
>>> [n["id"] for n in data["nodes"]]
['kerry', 'qatar', 'oslo', 'a#e0']
>>> map_data(kg, max_nodes=2)["counts"]
{'actors': 2, 'relations': 1, 'events': 1, 'roles': 2}
"""
from __future__ import annotations

from typing import NamedTuple

import networkx as nx
from pyvis.network import Network

from graphkit.models import PLOVER_SCORES
from graphkit.render.gexf import iso_bounds
from graphkit.render.layout import actor_importance, layout_positions, top_actors
from graphkit.render.style import (
    EVENT_COLOR,
    EVENT_SHAPE,
    KIND_SHAPES,
    actor_size,
    edge_width,
    kind_color,
    score_color,
    type_color,
)

__all__ = ["PHYSICS_LIMIT", "EVIDENCE_CHARS", "build_network", "map_data"]

#: Past this many nodes (actors and events) the layout is precomputed and physics is off.
PHYSICS_LIMIT = 300
#: Evidence sentences longer than this are cut (with an ellipsis) in the page.
EVIDENCE_CHARS = 400


class _Ids(list):
    """pyvis keeps node ids in a list and tests membership per node and edge; make that O(1)."""

    def __init__(self):
        super().__init__()
        self._set = set()

    def append(self, item):
        self._set.add(item)
        super().append(item)

    def __contains__(self, item):
        return item in self._set


def _network() -> Network:
    net = Network(directed=True, cdn_resources="in_line")
    net.node_ids = _Ids()
    net.get_nodes = lambda: net.node_ids
    return net


def _cut(text: str, n: int = EVIDENCE_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


class _Selection(NamedTuple):
    actors: list
    events: list
    keep: set
    importance: dict
    relations: list


def _select(kg, max_nodes) -> _Selection:
    importance = actor_importance(kg)
    keep = set(top_actors(kg, max_nodes, importance=importance))
    actors = [a for a in kg.actors if a.id in keep]
    events = [e for e in kg.events
              if any(x in keep for x in [*e.actors, *e.recipients]) or (e.location in keep)]
    relations = [(u, v, d) for u, v, d in kg.actor_graph().edges(data=True) if u in keep and v in keep]
    return _Selection(actors, events, keep, importance, relations)


def build_network(kg, max_nodes: int | None = None, positions: dict | None = None,
                  _sel: _Selection | None = None) -> Network:
    """The pyvis ``Network`` of the map: actor and event nodes, relation and role edges.

    ``max_nodes`` keeps the most important actors (and the events that touch them);
    ``positions`` (``{id: (x, y)}``) fixes nodes where given.
    """
    actors, events, keep, importance, relations = _sel or _select(kg, max_nodes)
    positions = positions or {}
    net = _network()

    def place(n):
        return dict(zip("xy", positions[n], strict=False)) if n in positions else {}

    for a in actors:
        net.add_node(a.id, label=a.name, shape=KIND_SHAPES.get(a.kind, "dot"), color=kind_color(a.kind),
                     size=actor_size(importance.get(a.id, 0.0)), **place(a.id))
    for e in events:
        net.add_node(e.id, label=e.label, shape=EVENT_SHAPE, hidden=True,
                     color={"background": EVENT_COLOR, "border": type_color(e.type)},
                     borderWidth=2 if e.certainty == "asserted" else 1,
                     shapeProperties={"borderDashes": e.certainty != "asserted"},
                     font={"size": 11}, **place(e.id))
    for i, (u, v, d) in enumerate(relations):
        net.add_edge(u, v, id=f"r{i}", label=d["label"], color=score_color(_score(d)),
                     width=edge_width(d["count"]))
    for i, (u, v, role, e) in enumerate(_roles(events, keep)):
        net.add_edge(u, v, id=f"x{i}", hidden=True, width=1.5,
                     color="#999999" if role == "actor" else type_color(e.type),
                     dashes=role == "location" or e.certainty != "asserted")
    return net


def _score(relation: dict) -> float:
    """The relation's mean PLOVER score, or its category's when the events carry none."""
    return relation.get("score") or PLOVER_SCORES.get(relation.get("type") or "", 0.0)


def _roles(events, keep):
    for e in events:
        for a in e.actors:
            if a in keep:
                yield a, e.id, "actor", e
        for r in e.recipients:
            if r in keep:
                yield e.id, r, "recipient", e
        if e.location and e.location in keep:
            yield e.id, e.location, "location", e


def _map_graph(kg, actors, events):
    """The actor-event graph of the map's nodes, in a deterministic order (not a subgraph view)."""
    ids = [*(a.id for a in actors), *(e.id for e in events)]
    shown = set(ids)
    H = nx.Graph()
    H.add_nodes_from(ids)
    H.add_edges_from((u, v) for u in ids for v in kg.graph[u] if v in shown)
    return H


def _event_record(e, names) -> dict:
    b = iso_bounds(e.date or e.reported)
    return {"id": e.id, "type": e.type, "mode": e.mode, "label": e.label, "date": e.date,
            "reported": e.reported, "certainty": e.certainty, "article": e.article,
            "sentence": _cut(e.sentence), "score": PLOVER_SCORES.get(e.type, 0.0),
            "actors": [names.get(a, a) for a in e.actors], "recipients": [names.get(r, r) for r in e.recipients],
            "d0": b[0] if b else None, "d1": b[1] if b else None}


def map_data(kg, max_nodes: int | None = None, physics_limit: int = PHYSICS_LIMIT) -> dict:
    """Everything graph.html embeds: vis nodes/edges/options, tooltip data, filter choices, counts."""
    sel = _select(kg, max_nodes)
    actors, events, keep, importance, relations = sel
    physics = len(actors) + len(events) <= physics_limit
    positions = {}
    if not physics:
        positions = layout_positions(_map_graph(kg, actors, events), rank=importance)
    net = build_network(kg, max_nodes=max_nodes, positions=positions, _sel=sel)
    nodes, edges = net.nodes, net.edges
    names = {a.id: a.name for a in kg.actors}
    ev_index = {e.id: i for i, e in enumerate(events)}
    by_actor: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        for x in dict.fromkeys([*e.actors, *e.recipients, *([e.location] if e.location else [])]):
            by_actor.setdefault(x, []).append(i)
    node_info = {a.id: {"name": a.name, "kind": a.kind, "code": a.code, "sector": a.sector,
                        "titles": a.titles[:8],
                        "affiliations": [names.get(x, x) for x in a.affiliations][:8], "aliases": a.aliases[:8],
                        "events": by_actor.get(a.id, [])} for a in actors}
    for e in events:
        node_info[e.id] = {"event": ev_index[e.id]}
    edge_info = {}
    for edge, (u, v, d) in zip((x for x in edges if x["id"].startswith("r")), relations, strict=False):
        edge_info[edge["id"]] = {"from": names.get(u, u), "to": names.get(v, v), "label": d["label"],
                                 "type": d["type"], "count": d["count"], "score": _score(d),
                                 "first": d.get("first"), "last": d.get("last"),
                                 "events": [ev_index[x] for x in d["events"] if x in ev_index]}
    for edge, (u, v, role, e) in zip((x for x in edges if x["id"].startswith("x")), _roles(events, keep), strict=False):
        edge_info[edge["id"]] = {"role": role, "events": [ev_index[e.id]]}
    dates = sorted(d for e in events for d in (iso_bounds(e.date or e.reported) or ()))
    options = {
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "font": {"size": 10, "align": "middle"},
                  "smooth": {"type": "continuous"} if physics else False, "color": {"inherit": False}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics,
                        "hideEdgesOnZoom": not physics},
        "layout": {"randomSeed": 7, "improvedLayout": physics and len(actors) + len(events) <= 100},
        "physics": ({"enabled": True, "solver": "barnesHut", "stabilization": {"iterations": 300, "fit": True}}
                    if physics else {"enabled": False}),
    }
    return {
        "nodes": nodes, "edges": edges, "options": options, "physics": physics,
        "events": [_event_record(e, names) for e in events], "node_info": node_info, "edge_info": edge_info,
        "types": sorted({e.type for e in events}), "dates": [dates[0], dates[-1]] if dates else None,
        "counts": {"actors": len(actors), "relations": sum(1 for x in edges if x["id"].startswith("r")),
                   "events": len(events), "roles": sum(1 for x in edges if x["id"].startswith("x"))},
    }
