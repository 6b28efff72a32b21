"""One flattening step before every export: lists joined, None dropped, one type per key.

NetworkX's GraphML writer rejects None, lists and dicts; its GEXF writer rejects mixed
types for one key. Every exporter calls :func:`flatten_graph` first.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", aliases=["A", "B"], code=None, n=1)
>>> G.add_node("b", n="x")
>>> H = flatten_graph(G)
>>> H.nodes["a"]
{'aliases': 'A; B', 'n': '1'}
>>> H.nodes["b"]
{'n': 'x'}
"""
from __future__ import annotations

import datetime as _dt

import networkx as nx

__all__ = ["flatten_value", "flatten_graph"]

SEP = "; "


def flatten_value(value):
    """A value GraphML and GEXF accept (str, int, float, bool), or None to drop it."""
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return SEP.join(f"{k}={flatten_value(v)}" for k, v in value.items() if v is not None) or None
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(flatten_value(v)) for v in value if v is not None]
        return SEP.join(items) if items else None
    return str(value)


def flatten_graph(G, keep=()) -> nx.MultiDiGraph:
    """A copy of ``G`` whose node, edge and graph attributes are all flat and typed consistently.

    Keys in ``keep`` are copied untouched (e.g. GEXF's ``viz``, ``start``, ``end``).
    """
    H = G.__class__()
    for k, v in G.graph.items():
        fv = v if k in keep else flatten_value(v)
        if fv is not None:
            H.graph[k] = fv
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: (v if k in keep else flatten_value(v)) for k, v in d.items()
                         if (v if k in keep else flatten_value(v)) is not None})
    if G.is_multigraph():
        for u, v, key, d in G.edges(keys=True, data=True):
            H.add_edge(u, v, key=key, **{k: (x if k in keep else flatten_value(x)) for k, x in d.items()
                                         if (x if k in keep else flatten_value(x)) is not None})
    else:
        for u, v, d in G.edges(data=True):
            H.add_edge(u, v, **{k: (x if k in keep else flatten_value(x)) for k, x in d.items()
                                if (x if k in keep else flatten_value(x)) is not None})
    _mixed_to_str([d for _, d in H.nodes(data=True)], keep)
    _mixed_to_str([d for *_, d in H.edges(data=True)], keep)
    return H


def _mixed_to_str(items, keep) -> None:
    types: dict[str, set] = {}
    for d in items:
        for k, v in d.items():
            if k not in keep:
                types.setdefault(k, set()).add(type(v))
    for k, kinds in types.items():
        if len(kinds) <= 1:
            continue
        if kinds <= {int, float}:
            for d in items:
                if k in d:
                    d[k] = float(d[k])
        else:
            for d in items:
                if k in d:
                    d[k] = str(d[k])
