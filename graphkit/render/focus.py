"""The map's first view: the actors that matter, laid out compactly with readable labels.

A corpus of thousands of articles names tens of thousands of actors, most of them once and
in no relation. The first view draws only the ``n`` actors with the most events shared with
another actor (their relation *strength*), each of them with a relation inside the view,
laid out (deterministically) so that the view fits a laptop screen at about 1:1 and the
labels of the top actors, sized by strength, do not overlap. Larger tiers (``n`` = 300, 600,
...) are laid out the same way for the page's "show more" control.

Label boxes are estimated from the text (a generous average glyph width of a sans-serif
font), where vis-network draws them: centred under the node. The page measures the real
boxes; the browser tests and the benchmark check that the top labels do not overlap.

Examples
--------
>>> import networkx as nx
>>> A = nx.MultiDiGraph([("us", "jp", {"count": 5}), ("jp", "us", {"count": 2}), ("us", "uk", {"count": 1}),
...                      ("fr", "de", {"count": 1})])
>>> A.add_node("alone")
>>> strength = relation_strength(A)
>>> strength
{'de': 1, 'fr': 1, 'jp': 7, 'uk': 1, 'us': 8}
>>> focus_actors(A, 3, strength)
['us', 'jp', 'uk']
>>> tier = focus_tier(A, ["us", "jp", "uk"], strength, {"us": "United States", "jp": "Japan", "uk": "Britain"})
>>> sorted(tier["pos"]) == ["jp", "uk", "us"], tier["labels"]["us"] > tier["labels"]["uk"]
(True, True)
>>> label_overlaps(tier["pos"], tier["labels"], tier["sizes"], {"us": "United States", "jp": "Japan", "uk": "Britain"})
[]
"""
from __future__ import annotations

import itertools
import math
from collections import defaultdict

import networkx as nx

from graphkit.graph.communities import relation_weights
from graphkit.render.layout import layout_positions

__all__ = ["TIERS", "LABELS", "relation_strength", "focus_actors", "focus_tier", "label_box", "label_overlaps",
           "event_positions"]

#: Sizes of the views the page offers before "all": the first is the default.
TIERS = (150, 300, 600)
#: Actors labelled from the start in a view (by strength); others get a label when zoomed in.
LABELS = 40
#: Canvas pixels between nodes in a view, so that 150 nodes fit about 950 x 700 at 1:1.
_SPACING = 66.0
_ASPECT = 1.35
#: Gap (canvas pixels) kept between label boxes.
_GAP = 4.0


def relation_strength(A) -> dict[str, int]:
    """Events each actor shares with another actor (relations in either direction), by actor id."""
    out: dict[str, int] = defaultdict(int)
    for (u, v), w in relation_weights(A).items():
        out[u] += w
        out[v] += w
    return dict(sorted(out.items()))


def _ranked(strength: dict, importance: dict | None) -> list[str]:
    imp = importance or {}
    return sorted(strength, key=lambda a: (-strength[a], -imp.get(a, 0.0), a))


def focus_actors(A, n: int, strength: dict, importance: dict | None = None) -> list[str]:
    """The ``n`` strongest actors of relation graph ``A``, each with a relation to another of them.

    The ``n`` strongest are taken (ties: ``importance``, then id); those without a relation
    among them are dropped and the next strongest actors related to the view fill their places.
    The result is in order of strength.
    """
    adj: dict[str, set] = defaultdict(set)
    for u, v in relation_weights(A):
        adj[u].add(v)
        adj[v].add(u)
    ranked = _ranked(strength, importance)
    chosen = set(ranked[:n])
    keep = {a for a in chosen if adj[a] & chosen}
    for a in ranked[n:]:
        if len(keep) >= n:
            break
        if adj[a] & keep:
            keep.add(a)
    return [a for a in ranked if a in keep]


def _char_em(c: str) -> float:
    if c.isspace():
        return 0.34
    if c.isupper() or c in "mwMW@%":
        return 0.74
    if c in "iljtf.,;:'!|()[]":
        return 0.36
    return 0.6


def label_box(x: float, y: float, text: str, font: float, size: float) -> tuple[float, float, float, float]:
    """``(left, top, right, bottom)`` of a label vis-network draws under a node at ``(x, y)`` (generous).

    >>> [round(v, 1) for v in label_box(0, 0, "Ab", 10, 5)]
    [-7.7, 7.0, 7.7, 20.0]
    """
    w = sum(_char_em(c) for c in text) * font + 2.0
    top = y + size + 2.0
    return (x - w / 2, top, x + w / 2, top + font * 1.3)


def label_overlaps(pos: dict, fonts: dict, sizes: dict, names: dict, gap: float = 0.0) -> list[tuple[str, str]]:
    """Pairs of labelled nodes whose label boxes (:func:`label_box`) overlap, grown by ``gap``."""
    boxes = {v: label_box(pos[v][0], pos[v][1], names.get(v, v), fonts[v], sizes.get(v, 10.0)) for v in fonts}
    return [(a, b) for a, b in itertools.combinations(sorted(boxes), 2) if _overlap(boxes[a], boxes[b], gap)]


def _overlap(p, q, gap: float = _GAP) -> bool:
    return p[0] < q[2] + gap and q[0] < p[2] + gap and p[1] < q[3] + gap and q[1] < p[3] + gap


def _spiral(step: float = 9.0, turns: int = 4000):
    """Offsets around a point, nearest first: ``(0, 0)``, then a sunflower spiral."""
    golden = math.pi * (3 - math.sqrt(5))
    yield 0.0, 0.0
    for k in range(1, turns):
        r = step * math.sqrt(k)
        yield r * math.cos(k * golden), r * math.sin(k * golden)


def _declutter(pos: dict, order: list, fonts: dict, sizes: dict, names: dict) -> None:
    """Move labelled nodes, strongest first, to the nearest spot where their label is clear (in place).

    Each labelled node keeps its place if its label box and shape overlap no label or shape
    already placed; otherwise it moves to the nearest free spot on a spiral around its place.
    Deterministic; no two labels overlap afterwards.
    """
    placed: list[tuple[float, float, float, float]] = []
    for v in order:
        if v not in fonts:
            continue
        x, y = pos[v]
        size = sizes.get(v, 10.0)
        for dx, dy in _spiral():
            lab = label_box(x + dx, y + dy, names.get(v, v), fonts[v], size)
            shape = (x + dx - size, y + dy - size, x + dx + size, y + dy + size)
            if not any(_overlap(lab, p) or _overlap(shape, p) for p in placed):
                break
        pos[v] = (x + dx, y + dy)
        placed += [lab, shape]


def focus_tier(A, ids: list, strength: dict, names: dict, labels: int = LABELS) -> dict:
    """Positions, node sizes and label fonts of one view of the actors ``ids`` (strongest first).

    Returns ``{"ids", "pos": {id: (x, y)}, "sizes": {id: size}, "labels": {id: font}}``: the
    ``labels`` strongest actors get a font of 13 to 24 px by strength; every node a size of
    7 to 24 by strength. The layout takes about ``66**2`` square pixels per actor, or four
    times the area of the labels if that is more; then labelled actors move, strongest first,
    to the nearest spot where their label overlaps no other label or labelled node.
    """
    shown = set(ids)
    U = nx.Graph()
    U.add_nodes_from(ids)
    U.add_edges_from((u, v) for u, v in relation_weights(A) if u in shown and v in shown)
    raw = layout_positions(U, rank={v: float(strength.get(v, 0)) for v in ids}) if ids else {}
    if ids:
        _even_out(raw, max(nx.connected_components(U), key=lambda c: (len(c), -min(ids.index(v) for v in c))))
    top = max((strength.get(v, 0) for v in ids), default=1) or 1
    sizes = {v: round(7.0 + 17.0 * math.sqrt(strength.get(v, 0) / top), 1) for v in ids}
    fonts = {v: round(13.0 + 11.0 * math.sqrt(strength.get(v, 0) / top), 1) for v in ids[:labels]}
    label_area = sum((b[2] - b[0]) * (b[3] - b[1]) for b in
                     (label_box(0, 0, names.get(v, v), f, 0) for v, f in fonts.items()))
    pos = _fit(raw, max(_SPACING ** 2 * len(ids), 4.0 * label_area))
    _declutter(pos, ids, fonts, sizes, names)
    return {"ids": list(ids), "pos": {v: (round(pos[v][0]), round(pos[v][1])) for v in ids},
            "sizes": sizes, "labels": fonts}


def _even_out(pos: dict, nodes) -> None:
    """Spread a hub-and-spoke component evenly over its disc (in place), keeping each node's direction.

    A force layout packs the many actors around a few hubs into a dense core. Each node keeps
    its angle around the component's centre and gets the radius ``R * sqrt(q)``, ``q`` its
    rank among the distances to the centre (``R`` the largest): a disc of uniform density, the
    order from the centre kept.
    """
    nodes = sorted(nodes, key=str)
    if len(nodes) < 4:
        return
    cx = sum(pos[v][0] for v in nodes) / len(nodes)
    cy = sum(pos[v][1] for v in nodes) / len(nodes)
    dist = {v: math.hypot(pos[v][0] - cx, pos[v][1] - cy) for v in nodes}
    radius = max(dist.values()) or 1.0
    for k, v in enumerate(sorted(nodes, key=lambda v: (dist[v], str(v)))):
        angle = math.atan2(pos[v][1] - cy, pos[v][0] - cx)
        r = radius * math.sqrt((k + 0.5) / len(nodes))
        pos[v] = (cx + r * math.cos(angle), cy + r * math.sin(angle))


def _fit(raw: dict, area: float) -> dict:
    """Scale positions into a box of about ``area`` square pixels with aspect ``_ASPECT``, centred."""
    if not raw:
        return {}
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    h = math.sqrt(area / _ASPECT)
    w = h * _ASPECT
    sx = w / (max(xs) - min(xs)) if max(xs) > min(xs) else 1.0
    sy = h / (max(ys) - min(ys)) if max(ys) > min(ys) else 1.0
    sx, sy = min(sx, 2.0 * sy), min(sy, 2.0 * sx)  # fill the box, stretching the layout at most twofold
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {v: ((x - cx) * sx, (y - cy) * sy) for v, (x, y) in raw.items()}


def event_positions(events, pos: dict) -> dict[str, tuple[int, int]]:
    """Places of event nodes near their participants in view ``pos``: centroid plus a sunflower spiral.

    ``events`` are ``(id, participant ids)`` pairs; events with no participant in ``pos`` get none.
    The k-th event of the same participants goes ``11 * sqrt(k)`` pixels from the centroid, at
    k golden angles, so a thousand events between two actors make a disc, not a line.

    >>> event_positions([("e0", ["a", "b"]), ("e1", ["a", "b"]), ("e2", ["z"])], {"a": (0, 0), "b": (100, 0)})
    {'e0': (50, 12), 'e1': (39, -13)}
    """
    seen: dict[tuple, int] = defaultdict(int)
    out = {}
    golden = math.pi * (3 - math.sqrt(5))
    for eid, parts in events:
        here = sorted({p for p in parts if p in pos})
        if not here:
            continue
        key = tuple(here)
        k = seen[key] = seen[key] + 1
        cx = sum(pos[p][0] for p in here) / len(here)
        cy = sum(pos[p][1] for p in here) / len(here)
        r = 12.0 * math.sqrt(k) if len(here) > 1 else 40.0 + 8.0 * math.sqrt(k)
        angle = math.pi / 2 + (k - 1) * golden
        out[eid] = (round(cx + r * math.cos(angle)), round(cy + r * math.sin(angle)))
    return out
