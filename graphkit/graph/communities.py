"""Communities of actors: Louvain modularity clusters of the relation graph, deterministic.

Actors that act on one another more than on the rest fall in one community. The clusters come
from networkx's Louvain method with a fixed seed on an undirected view of the actor → actor
relations (weight: number of events), built in a fixed node and edge order, so the same graph
always gives the same communities. Communities are numbered by size, largest first (ties: the
smallest actor id first); actors with no relation belong to none.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph([("a", "b", {"count": 3}), ("b", "c", {"count": 2}), ("c", "a", {"count": 1}),
...                     ("x", "y", {"count": 4}), ("y", "z", {"count": 1}), ("c", "x", {"count": 1})])
>>> G.add_node("alone")
>>> communities(G)
{'a': 0, 'b': 0, 'c': 0, 'x': 1, 'y': 1, 'z': 1}
"""
from __future__ import annotations

import networkx as nx

__all__ = ["SEED", "communities", "relation_weights"]

#: The Louvain method's random seed: fixed, so the partition never changes between runs.
SEED = 7


def relation_weights(A) -> dict[tuple[str, str], int]:
    """Events between each unordered pair of actors (``count`` of every relation, both directions).

    >>> G = nx.MultiDiGraph([("b", "a", {"count": 2}), ("a", "b", {"count": 1}), ("a", "a", {"count": 5})])
    >>> relation_weights(G)
    {('a', 'b'): 3}
    """
    out: dict[tuple[str, str], int] = {}
    for u, v, d in A.edges(data=True):
        if u == v:
            continue
        key = (u, v) if u < v else (v, u)
        out[key] = out.get(key, 0) + int(d.get("count", 1))
    return dict(sorted(out.items()))


def communities(A, seed: int = SEED, resolution: float = 1.0) -> dict[str, int]:
    """``{actor id: community number}`` of the actors of relation graph ``A`` that have a relation.

    Parameters
    ----------
    A : networkx.MultiDiGraph
        The actor → actor relation graph (:meth:`KnowledgeGraph.actor_graph`); ``count`` weighs an edge.
    seed : int
        Louvain's random seed (fixed by default).
    resolution : float
        Louvain's resolution: above 1, smaller communities.

    Returns
    -------
    dict
        Community 0 is the largest; actor ids in sorted order.
    """
    weights = relation_weights(A)
    U = nx.Graph()
    U.add_nodes_from(sorted({n for pair in weights for n in pair}))
    U.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    if not U.number_of_nodes():
        return {}
    parts = nx.community.louvain_communities(U, weight="weight", resolution=resolution, seed=seed)
    ordered = sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p[0]))
    return dict(sorted((n, i) for i, p in enumerate(ordered) for n in p))
