"""graph.gexf with time: events carry their dates as start/end so Gephi's timeline plays the graph.

Examples
--------
>>> iso_bounds("2014-09")
('2014-09-01', '2014-09-30')
>>> iso_bounds("2014-07-23TEV")
('2014-07-23', '2014-07-23')
>>> iso_bounds("PRESENT_REF") is None
True
"""
from __future__ import annotations

import calendar
import io
import re

import networkx as nx

from graphkit.render.files import atomic_write_bytes
from graphkit.render.flatten import flatten_graph
from graphkit.render.graphml import export_graph
from graphkit.render.style import kind_color, type_color

__all__ = ["iso_bounds", "generate_gexf", "write_gexf", "read_gexf", "parse_gexf"]


def iso_bounds(value: str | None) -> tuple[str, str] | None:
    """First and last day of a TIMEX3 date value (day, month or year), else None."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m or (m.end() < len(value) and value[m.end()] not in "T"):
        return None
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if d:
        return (f"{y:04d}-{mo:02d}-{d:02d}",) * 2
    if mo:
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    return f"{y:04d}-01-01", f"{y:04d}-12-31"


def _timed(kg):
    G = export_graph(kg)
    G.graph["mode"] = "dynamic"
    first: dict[str, str] = {}
    for n, d in G.nodes(data=True):
        if d.get("type") == "event":
            b = iso_bounds(d.get("date") or d.get("reported"))
            if b:
                d["start"], d["end"] = b
                for nb in list(G.predecessors(n)) + list(G.successors(n)):
                    first[nb] = min(first.get(nb, b[0]), b[0])
            d["viz"] = {"color": _rgba(type_color(d.get("event_type"))), "size": 6.0}
        else:
            d["viz"] = {"color": _rgba(kind_color(d.get("kind"))), "size": 10.0 + 2.0 * min(G.degree(n), 20)}
    for n, start in first.items():
        G.nodes[n]["start"] = start
    for u, v, k, d in G.edges(keys=True, data=True):
        ev = u if G.nodes[u].get("type") == "event" else v
        if "start" in G.nodes[ev]:
            d["start"], d["end"] = G.nodes[ev]["start"], G.nodes[ev]["end"]
    return G


def _rgba(hex_color: str) -> dict:
    h = hex_color.lstrip("#")
    return {"r": int(h[0:2], 16), "g": int(h[2:4], 16), "b": int(h[4:6], 16), "a": 1.0}


def generate_gexf(kg) -> str:
    """The GEXF 1.2 text (dynamic mode, date time format) of a knowledge graph."""
    G = flatten_graph(_timed(kg), keep=("viz", "start", "end"))
    buf = io.BytesIO()
    nx.write_gexf(G, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    return buf.getvalue().decode("utf-8")


def write_gexf(kg, path) -> None:
    """Write graph.gexf atomically."""
    atomic_write_bytes(path, generate_gexf(kg).encode("utf-8"))


def parse_gexf(text: str):
    """A NetworkX graph from GEXF text."""
    return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


def read_gexf(path):
    """A NetworkX graph from a GEXF file."""
    return nx.read_gexf(path)
