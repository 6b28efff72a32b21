"""graph.html: the interactive relationship map (pyvis / vis-network), one offline file.

The pyvis ``Network`` is built explicitly from the actor → actor projection; its data are
embedded in graphkit's own template with vis-network's script inline, so the page needs no
network. Every string from an article is escaped before it reaches the page.
"""
from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

from graphkit.render.files import atomic_write_text
from graphkit.render.style import KIND_SHAPES, kind_color, score_color

__all__ = ["build_network", "generate_html", "write_html", "generate_notebook_html", "vis_assets"]


def vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, from the pyvis package (nothing is downloaded)."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    return js, css


def build_network(kg):
    """The pyvis ``Network`` of the actor → actor projection."""
    from pyvis.network import Network

    A = kg.actor_graph()
    net = Network(directed=True, cdn_resources="remote")
    deg = dict(A.degree())
    for n, d in A.nodes(data=True):
        tip = "\n".join([d.get("label", n), d.get("kind", "")] + list(d.get("titles") or []))
        net.add_node(n, label=d.get("label", n), title=tip, color=kind_color(d.get("kind")),
                     shape=KIND_SHAPES.get(d.get("kind"), "dot"), size=10 + 3 * min(deg.get(n, 0), 15))
    for u, v, k, d in A.edges(keys=True, data=True):
        net.add_edge(u, v, label=d["label"], title=f'{d["label"]} ×{d["count"]}',
                     color=score_color(d.get("score")), width=1 + min(d["count"], 8))
    return net


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>{css}
body{{font-family:sans-serif;margin:0}}#map{{width:100%;height:92vh;border-top:1px solid #ddd}}</style>
</head><body><h3 style="margin:8px">{title}</h3><div id="map"></div>
<script>{js}</script>
<script>
var data = {data};
var network = new vis.Network(document.getElementById("map"),
  {{nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}}, data.options);
</script></body></html>
"""


def generate_html(kg, title: str = "graphkit map") -> str:
    """The self-contained HTML page of the relationship map."""
    net = build_network(kg)
    nodes, edges, *_ = net.get_network_data()
    data = {"nodes": nodes, "edges": edges,
            "options": {"edges": {"arrows": "to", "font": {"size": 10}}, "physics": {"stabilization": True}}}
    js, css = vis_assets()
    payload = json.dumps(data, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
    return _PAGE.format(title=html.escape(title), css=css, js=js, data=payload)


def write_html(kg, path, title: str = "graphkit map") -> None:
    """Write graph.html atomically."""
    atomic_write_text(path, generate_html(kg, title=title))


def generate_notebook_html(kg) -> str:
    """The map as an ``<iframe srcdoc>`` for Jupyter (no CDN)."""
    return ('<iframe style="width:100%;height:600px;border:0" sandbox="allow-scripts" srcdoc="'
            + html.escape(generate_html(kg), quote=True) + '"></iframe>')
