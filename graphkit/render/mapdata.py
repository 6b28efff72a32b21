"""The data of graph.html: an explicit pyvis ``Network`` plus what tooltips and filters need.

The network holds two views in one: actor nodes with actor → actor relation edges (one per
ordered pair of actors, ids ``r0``, ``r1``, ...) and event nodes with role edges (actor → event →
recipient, ids ``x0``, ...). The page shows one view at a time. Tooltips and the side panel are
not strings here: the page builds them as DOM elements from ``node_info``, ``edge_info`` and
``events`` with ``textContent``, so article text is never parsed as HTML.

The page opens on the *focus* view (:mod:`graphkit.render.focus`): the strongest actors with a
relation, in tiers of 150, 300 and 600 actors, each with its own compact layout; "all" draws
every actor of the map (``nodes``, ``edges``), isolated ones included. Actors carry their
Louvain community (:mod:`graphkit.graph.communities`) for the page's community colouring.

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
>>> [(t["ids"], sorted(t["events"])) for t in data["focus"]]
[(['kerry', 'qatar'], ['a#e0'])]
>>> data["node_info"]["kerry"]["community"], data["node_info"]["oslo"].get("community")
(0, None)
>>> map_data(kg, max_nodes=2)["counts"]
{'actors': 2, 'relations': 1, 'events': 1, 'roles': 2}
"""
from __future__ import annotations

from typing import NamedTuple

import networkx as nx
from pyvis.network import Network

from graphkit.graph.communities import communities
from graphkit.graph.generic import is_generic
from graphkit.models import PLOVER_SCORES
from graphkit.render.focus import TIERS, event_positions, focus_actors, focus_tier, relation_strength
from graphkit.render.gexf import iso_bounds
from graphkit.render.layout import actor_importance, layout_positions, top_actors
from graphkit.render.style import (
    EVENT_COLOR,
    EVENT_SHAPE,
    KIND_SHAPES,
    actor_size,
    community_color,
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
    relations = _pairs((u, v, d) for u, v, d in kg.actor_graph().edges(data=True) if u in keep and v in keep)
    return _Selection(actors, events, keep, importance, relations)


def _pairs(relations) -> list[tuple[str, str, dict]]:
    """One relation per ordered pair of actors, from the per-label relations of the actor graph.

    Its ``labels`` are ``(label, events)`` pairs, most events first; ``type`` the category of
    most events, ``score`` the event-weighted mean score, ``first``/``last`` the date span.
    """
    by_pair: dict[tuple[str, str], list[dict]] = {}
    for u, v, d in relations:
        by_pair.setdefault((u, v), []).append(d)
    out = []
    for (u, v), ds in by_pair.items():
        ds = sorted(ds, key=lambda d: (-d["count"], d["label"]))
        count = sum(d["count"] for d in ds)
        firsts = sorted(d["first"] for d in ds if d.get("first"))
        lasts = sorted(d["last"] for d in ds if d.get("last"))
        types: dict[str, int] = {}
        for d in ds:
            types[d["type"]] = types.get(d["type"], 0) + d["count"]
        out.append((u, v, {
            "labels": [(d["label"], d["count"]) for d in ds], "label": _pair_label(ds), "count": count,
            "type": max(types, key=lambda t: (types[t], t)),
            "score": round(sum(_score(d) * d["count"] for d in ds) / count, 3),
            "first": firsts[0] if firsts else None, "last": lasts[-1] if lasts else None,
            "events": list(dict.fromkeys(x for d in ds for x in d["events"]))}))
    return out


def _pair_label(ds) -> str:
    """``met ×3 · attacked`` (up to three labels, then ``+N``)."""
    parts = [d["label"] + (f" ×{d['count']}" if d["count"] > 1 else "") for d in ds[:3]]
    return " · ".join(parts) + (f" · +{len(ds) - 3}" if len(ds) > 3 else "")


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
    """A relation's mean PLOVER score, or its category's when the events carry none."""
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


def _event_record(e, names, published) -> dict:
    """An event as the page needs it; ``d0``/``d1`` its date span, by its article's date (``pub``) if it has none."""
    b = iso_bounds(e.date)
    reported = e.reported or published.get(e.article)
    pub = b is None and reported is not None and iso_bounds(reported) is not None
    if pub:
        b = iso_bounds(reported)
    return {"id": e.id, "type": e.type, "mode": e.mode, "label": e.label, "date": e.date,
            "reported": reported, "certainty": e.certainty, "article": e.article,
            "sentence": _cut(e.sentence), "score": PLOVER_SCORES.get(e.type, 0.0),
            "actors": [names.get(a, a) for a in e.actors], "recipients": [names.get(r, r) for r in e.recipients],
            "a": list(e.actors), "r": list(e.recipients),
            "d0": b[0] if b else None, "d1": b[1] if b else None, "pub": pub}


def _actor_info(a, names, by_actor, community, strength) -> dict:
    """What the tooltip and side panel show of an actor (``sector`` when the actor record has one).

    Empty fields are left out: a big corpus has tens of thousands of actors, most with none.
    """
    info = {"name": a.name, "kind": a.kind, "events": by_actor.get(a.id, [])}
    if is_generic(a):  # an unnamed group ("police"): the map can hide it
        info["generic"] = True
    extra = {"code": getattr(a, "code", None), "sector": getattr(a, "sector", None), "titles": a.titles[:8],
             "affiliations": [names.get(x, x) for x in a.affiliations][:8], "aliases": a.aliases[:8],
             "community": community.get(a.id), "strength": strength.get(a.id, 0)}
    info.update((k, v) for k, v in extra.items() if v or v == 0 and k == "community")
    return info


def _focus(A, events, strength, importance, names, tiers) -> list[dict]:
    """The page's focus views: for each tier size, its actors, positions, sizes, label fonts and event places."""
    out: list[dict] = []
    for n in sorted(set(tiers)):
        ids = focus_actors(A, n, strength, importance)
        if not ids or (out and len(ids) <= len(out[-1]["ids"])):
            break
        tier = focus_tier(A, ids, strength, names)
        shown = set(ids)
        tier["events"] = event_positions(
            ((e.id, [*e.actors, *e.recipients]) for e in events
             if len(shown.intersection([*e.actors, *e.recipients])) > 1), tier["pos"])
        out.append(tier)
    return out


def _options(physics: bool, n_actors: int, n_events: int) -> dict:
    return {
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "font": {"size": 12, "align": "horizontal", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "smooth": {"type": "continuous"} if physics else False, "color": {"inherit": False},
                  "selectionWidth": 2, "hoverWidth": 1.5},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics,
                        "hideEdgesOnZoom": not physics},
        "layout": {"randomSeed": 7, "improvedLayout": physics and n_actors + n_events <= 100},
        "physics": ({"enabled": True, "solver": "barnesHut", "stabilization": {"iterations": 300, "fit": True}}
                    if physics else {"enabled": False}),
    }


def map_data(kg, max_nodes: int | None = None, physics_limit: int = PHYSICS_LIMIT, tiers=TIERS) -> dict:
    """Everything graph.html embeds: vis nodes/edges/options, focus views, tooltip data, filter choices, counts.

    ``tiers`` are the sizes of the focus views (the first is the page's first view).
    """
    sel = _select(kg, max_nodes)
    actors, events, keep, importance, relations = sel
    physics = len(actors) + len(events) <= physics_limit
    positions = {}
    if not physics:
        positions = layout_positions(_map_graph(kg, actors, events), rank=importance)
    net = build_network(kg, max_nodes=max_nodes, positions=positions, _sel=sel)
    nodes, edges = net.nodes, net.edges
    names = {a.id: a.name for a in kg.actors}
    published = {a.id: a.published for a in kg.articles if a.published}
    ev_index = {e.id: i for i, e in enumerate(events)}
    by_actor: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        for x in dict.fromkeys([*e.actors, *e.recipients, *([e.location] if e.location else [])]):
            by_actor.setdefault(x, []).append(i)
    R = nx.MultiDiGraph()
    R.add_edges_from((u, v, {"count": d["count"]}) for u, v, d in relations)
    strength = relation_strength(R)
    community = communities(R)
    node_info: dict[str, dict] = {a.id: _actor_info(a, names, by_actor, community, strength) for a in actors}
    for e in events:
        node_info[e.id] = {"event": ev_index[e.id]}
    edge_info = {}
    for edge, (u, v, d) in zip((x for x in edges if x["id"].startswith("r")), relations, strict=False):
        edge_info[edge["id"]] = {"from": names.get(u, u), "to": names.get(v, v), "label": d["label"],
                                 "labels": d["labels"], "type": d["type"], "count": d["count"], "score": d["score"],
                                 "first": d.get("first"), "last": d.get("last"),
                                 "events": [ev_index[x] for x in d["events"] if x in ev_index]}
    for edge, (_, _, role, e) in zip((x for x in edges if x["id"].startswith("x")), _roles(events, keep), strict=False):
        edge_info[edge["id"]] = {"role": role, "events": [ev_index[e.id]]}
    records = [_event_record(e, names, published) for e in events]
    dates = sorted(d for r in records for d in (r["d0"], r["d1"]) if d)
    return {
        "nodes": nodes, "edges": edges, "options": _options(physics, len(actors), len(events)), "physics": physics,
        "focus": _focus(R, events, strength, importance, names, tiers),
        "communities": _community_legend(community, strength, names),
        "events": records, "node_info": node_info, "edge_info": edge_info,
        "types": sorted({e.type for e in events}), "dates": [dates[0], dates[-1]] if dates else None,
        "counts": {"actors": len(actors), "relations": sum(1 for x in edges if x["id"].startswith("r")),
                   "events": len(events), "roles": sum(1 for x in edges if x["id"].startswith("x"))},
    }


def _community_legend(community: dict, strength: dict, names: dict, n: int = 10) -> list[dict]:
    """The ``n`` largest communities: number, colour, size and their three strongest actors' names."""
    members: dict[int, list[str]] = {}
    for a, c in community.items():
        members.setdefault(c, []).append(a)
    out = []
    for c in sorted(members)[:n]:
        top = sorted(members[c], key=lambda a: (-strength.get(a, 0), a))[:3]
        out.append({"id": c, "color": community_color(c), "size": len(members[c]),
                    "names": [names.get(a, a) for a in top]})
    return out
