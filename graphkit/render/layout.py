"""Importance ranking and a deterministic precomputed layout for large maps.

Past a few hundred nodes the browser's physics simulation makes a map slow to open, so
graph.html ships positions computed here: a Fruchterman-Reingold layout of each connected
component (seeded, vectorised with numpy, memory bounded by chunking), the components then
packed on shelves, largest first. The same graph always gives the same positions.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph([("a", "b"), ("b", "c")]); G.add_node("z")
>>> pos = layout_positions(G)
>>> sorted(pos) == ["a", "b", "c", "z"], pos == layout_positions(G)
(True, True)
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["actor_importance", "top_actors", "layout_positions", "UNIT"]

#: Pixels between neighbouring nodes in a precomputed layout.
UNIT = 90.0
_CHUNK = 512


def actor_importance(kg) -> dict[str, float]:
    """Importance of each actor: the events it takes part in, plus a tenth of its mentions.

    >>> from graphkit.models import Actor, Mention
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> kg = KnowledgeGraph(actors=[Actor(id="x", name="X", kind="person",
    ...                                   mentions=[Mention(article="a", start=0, end=1)] * 5)])
    >>> actor_importance(kg)
    {'x': 0.5}
    """
    G = kg.graph
    return {a.id: G.degree(a.id) + len(a.mentions) / 10.0 for a in kg.actors}


def top_actors(kg, n: int | None, importance: dict | None = None) -> list[str]:
    """Ids of the ``n`` most important actors (all when ``n`` is None), most important first.

    Ties are broken by id, so the choice is deterministic. ``importance`` saves recomputing
    :func:`actor_importance`.
    """
    imp = importance if importance is not None else actor_importance(kg)
    ranked = sorted(imp, key=lambda a: (-imp[a], a))
    return ranked if n is None else ranked[:n]


def _fruchterman_reingold(n: int, edges: np.ndarray, seed: int, iterations: int = 50) -> np.ndarray:
    """Positions (n × 2, in the unit square) of a connected graph given as an edge index array.

    Repulsion between all pairs is computed in row chunks (memory ``_CHUNK × n``, single
    precision); attraction only along the edges.
    """
    if n == 1:
        return np.zeros((1, 2))
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    k = math.sqrt(1.0 / n)
    k2 = np.float32(k * k)
    t = max(float(np.ptp(pos[:, 0])), float(np.ptp(pos[:, 1]))) * 0.1
    dt = t / (iterations + 1)
    a, b = edges[:, 0], edges[:, 1]
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
        for lo in range(0, n, _CHUNK):
            hi = min(lo + _CHUNK, n)
            dx = x[lo:hi, None] - x[None, :]
            dy = y[lo:hi, None] - y[None, :]
            force = k2 / np.maximum(dx * dx + dy * dy, np.float32(1e-4))
            disp[lo:hi, 0] = (dx * force).sum(axis=1, dtype=np.float64)
            disp[lo:hi, 1] = (dy * force).sum(axis=1, dtype=np.float64)
        if len(edges):
            d = pos[a] - pos[b]
            pull = d * (np.maximum(np.sqrt((d ** 2).sum(axis=1)), 0.01) / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += (np.bincount(b, pull[:, axis], minlength=n)
                                  - np.bincount(a, pull[:, axis], minlength=n))
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 0.01)
        pos += disp * (t / length)[:, None]
        t -= dt
    return pos


def _component_positions(G, nodes: list, seed: int) -> np.ndarray:
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(i, index[v]) for i, u in enumerate(nodes) for v in G[u] if index.get(v, -1) > i],
                     dtype=int).reshape(-1, 2)
    n = len(nodes)
    pos = _fruchterman_reingold(n, edges, seed, iterations=max(15, min(50, 50_000_000 // (n * n))))
    pos -= pos.min(axis=0)
    span = max(float(pos.max()), 1e-9)
    side = 1.6 * math.sqrt(len(nodes)) if len(nodes) > 1 else 0.0
    return pos / span * side


def layout_positions(G, seed: int = 7, unit: float = UNIT, rank: dict | None = None) -> dict:
    """Deterministic ``{node: (x, y)}`` pixel positions for an undirected view of ``G``.

    ``G`` should be a graph, not a subgraph view (whose node order can follow a set's).

    Components are laid out separately and packed on shelves, largest first; ties go to the
    component holding the node of highest ``rank`` (a number per node, higher first), then to
    the order of ``G``'s nodes. Isolated nodes thus fill a grid after them, most important first.
    """
    U = nx.Graph()
    U.add_nodes_from(G.nodes())
    U.add_edges_from((u, v) for u, v in G.edges() if u != v)
    order = {v: i for i, v in enumerate(U.nodes())}
    comps = [sorted(c, key=order.__getitem__) for c in nx.connected_components(U)]
    rank = rank or {}
    comps.sort(key=lambda c: (-len(c), -max(rank.get(v, 0.0) for v in c), order[c[0]]))
    boxes = []
    for c in comps:
        if len(c) == 1:
            p = [(0.0, 0.0)]
        elif len(c) == 2:
            p = [(0.0, 0.0), (1.6, 0.0)]
        else:
            p = _component_positions(U, c, seed).tolist()
        # a lone node gets a wider cell: its label is wider than its shape
        boxes.append((c, p, max(x for x, _ in p) + (1.8 if len(c) == 1 else 1.0), max(y for _, y in p) + 1.0))
    width = math.sqrt(sum(w * h for _, _, w, h in boxes)) * 1.2
    pos: dict = {}
    x = y = row_h = 0.0
    for c, p, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for v, (px, py) in zip(c, p, strict=False):
            pos[v] = (round((x + px) * unit - width * unit / 2), round((y + py) * unit - width * unit / 2))
        x += w
        row_h = max(row_h, h)
    return pos
