"""One flattening step before every export: lists joined, None dropped, one type per key.

NetworkX's GraphML writer rejects None, lists, dicts and datetimes; its GEXF writer rejects
mixed types for one key; and XML 1.0 cannot carry most control characters, which scraped
article text sometimes holds (:func:`graphkit.render.files.xml_safe` replaces them).
Every exporter calls :func:`flatten_graph` first.

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

from graphkit.render.files import xml_safe

__all__ = ["SEP", "flatten_value", "flatten_attrs", "flatten_graph"]

SEP = "; "


def flatten_value(value):
    """A value GraphML and GEXF accept (str, int, float, bool), or None to drop it.

    >>> flatten_value(["x", None, 2]), flatten_value({"a": 1}), flatten_value([]), flatten_value("a\\x03")
    ('x; 2', 'a=1', None, 'a\ufffd')
    """
    if value is None:
        return None
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else None
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return xml_safe(SEP.join(f"{k}={flatten_value(v)}" for k, v in value.items() if v is not None)) or None
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(flatten_value(v)) for v in value if v is not None]
        return SEP.join(items) if items else None
    return xml_safe(str(value))


def flatten_attrs(data: dict, keep=()) -> dict:
    """The flat copy of one attribute dict: keys in ``keep`` copied untouched, None dropped."""
    out = {}
    for k, v in data.items():
        fv = v if k in keep else flatten_value(v)
        if fv is not None:
            out[xml_safe(str(k))] = fv
    return out


def flatten_graph(G, keep=()) -> nx.MultiDiGraph:
    """A copy of ``G`` whose node, edge and graph attributes are all flat and typed consistently.

    Keys in ``keep`` are copied untouched (e.g. GEXF's ``viz``, ``start``, ``end``). A key that
    holds several types becomes float (int and float mixed) or str (anything else mixed).
    Node ids, keys and attribute names are made XML-safe too.
    """
    H = G.__class__()
    H.graph.update(flatten_attrs(G.graph, keep))
    for n, d in G.nodes(data=True):
        H.add_node(_safe_id(n), **flatten_attrs(d, keep))
    if G.is_multigraph():
        for u, v, key, d in G.edges(keys=True, data=True):
            H.add_edge(_safe_id(u), _safe_id(v), key=_safe_id(key), **flatten_attrs(d, keep))
    else:
        for u, v, d in G.edges(data=True):
            H.add_edge(_safe_id(u), _safe_id(v), **flatten_attrs(d, keep))
    _mixed_to_one([d for _, d in H.nodes(data=True)], keep)
    _mixed_to_one([d for *_, d in H.edges(data=True)], keep)
    return H


def _safe_id(n):
    return xml_safe(n) if isinstance(n, str) else n


def _mixed_to_one(items, keep) -> None:
    types: dict[str, set] = {}
    for d in items:
        for k, v in d.items():
            if k not in keep:
                types.setdefault(k, set()).add(type(v))
    for k, kinds in types.items():
        if len(kinds) <= 1:
            continue
        cast = float if kinds <= {int, float} else str
        for d in items:
            if k in d:
                d[k] = cast(d[k])
