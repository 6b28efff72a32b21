"""graph.gexf with time: events carry their dates as start/end so Gephi's timeline plays the graph.

The graph is the one GraphML gets (:func:`graphkit.render.graphml.export_graph`), in GEXF 1.2
dynamic mode with ``timeformat="date"``: an event node lives over the days of its date (a
month-precision date spans the month), its edges over the same days, and an actor appears at
its first dated event. Undated elements are present all the time. Nodes carry ``viz`` colours
(actor kind, event tone) and sizes (importance). The edge ``type`` of GraphML is called
``role`` here, since GEXF reserves ``type`` for directed/undirected.

Examples
--------
>>> iso_bounds("2014-09")
('2014-09-01', '2014-09-30')
>>> iso_bounds("2014-07-23TEV")
('2014-07-23', '2014-07-23')
>>> iso_bounds("PRESENT_REF") is None
True
>>> from graphkit.models import Actor, Event
>>> from graphkit.knowledge import KnowledgeGraph
>>> kg = KnowledgeGraph(
...     actors=[Actor(id="kerry", name="Kerry", kind="person"), Actor(id="qatar", name="Qatar", kind="country")],
...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
...                   date="2014-07", article="a", sentence="Kerry spoke to Qatar.", start=6, end=14)])
>>> G = parse_gexf(generate_gexf(kg))
>>> G.nodes["a#e0"]["start"], G.nodes["a#e0"]["end"], G.nodes["kerry"]["start"]
('2014-07-01', '2014-07-31', '2014-07-01')
>>> G.nodes["qatar"]["viz"]["color"]
{'r': 89, 'g': 161, 'b': 79, 'a': 1.0}
"""
from __future__ import annotations

import calendar
import io
import re

import networkx as nx

from graphkit.render.files import atomic_write_bytes
from graphkit.render.flatten import flatten_graph
from graphkit.render.graphml import export_graph
from graphkit.render.layout import actor_importance
from graphkit.render.style import actor_size, hex_to_rgb, kind_color, type_color

__all__ = ["iso_bounds", "timed_graph", "generate_gexf", "write_gexf", "read_gexf", "parse_gexf"]

_TIMEX_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def iso_bounds(value: str | None) -> tuple[str, str] | None:
    """First and last day of a TIMEX3 date value (day, month or year), else None."""
    if not value:
        return None
    m = _TIMEX_DATE.match(value)
    if not m or (m.end() < len(value) and value[m.end()] not in "T"):
        return None
    y, mo, d = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if d:
            calendar.weekday(y, mo, d)
            return (f"{y:04d}-{mo:02d}-{d:02d}",) * 2
        if mo:
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    except (ValueError, calendar.IllegalMonthError):
        return None
    return f"{y:04d}-01-01", f"{y:04d}-12-31"


def _rgba(hex_color: str) -> dict:
    r, g, b = hex_to_rgb(hex_color)
    return {"r": r, "g": g, "b": b, "a": 1.0}


def timed_graph(kg) -> nx.MultiDiGraph:
    """The export graph with GEXF ``start``/``end`` times and ``viz`` colours and sizes."""
    G = export_graph(kg)
    G.graph["mode"] = "dynamic"
    importance = actor_importance(kg)
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
            d["viz"] = {"color": _rgba(kind_color(d.get("kind"))),
                        "size": actor_size(importance.get(n, 0.0))}
    for n, start in first.items():
        if G.nodes[n].get("type") != "event":
            G.nodes[n]["start"] = start
    for u, v, _k, d in G.edges(keys=True, data=True):
        d["role"] = d.pop("type")
        ev = G.nodes[u] if G.nodes[u].get("type") == "event" else G.nodes[v]
        if "start" in ev:
            d["start"], d["end"] = ev["start"], ev["end"]
    return G


def generate_gexf(kg) -> str:
    """The GEXF 1.2 text (dynamic mode, date time format) of a knowledge graph."""
    G = flatten_graph(timed_graph(kg), keep=("viz", "start", "end"))
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
