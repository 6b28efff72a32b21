"""graph.html: the interactive relationship map (pyvis / vis-network), one offline file.

The pyvis ``Network`` is built explicitly (:mod:`graphkit.render.mapdata`) and embedded in
graphkit's own template (``assets/map.html``) with vis-network's script and stylesheet inline,
taken from the installed pyvis package, so the page needs no network: no CDN, no external URL,
and a Content-Security-Policy that allows no request and no inline event handler. The data are
a JSON block (``<``, ``>``, ``&``, U+2028 and U+2029 escaped) that the page parses; tooltips and
the side panel are DOM elements filled with ``textContent``.

The page opens on the strongest related actors (150; "Show" offers 300, 600 and all), the top
labels placed clear of each other; a click lists every event of an actor or relation in the
side panel; actors not drawn are listed there and found by the search; nodes can be coloured
by kind or by community; the date range filters relations by event date (an undated event by
its article's date, marked "article date").

Examples
--------
>>> from graphkit.models import Actor, Event
>>> from graphkit.knowledge import KnowledgeGraph
>>> kg = KnowledgeGraph(
...     actors=[Actor(id="x", name="<script>alert(1)</script>", kind="person"),
...             Actor(id="y", name="Y", kind="country")],
...     events=[Event(id="a#e0", type="CONSULT", label="met", actors=["x"], recipients=["y"],
...                   article="a", sentence="<img src=x onerror=alert(1)>", start=0, end=3)])
>>> page = generate_html(kg)
>>> "<script>alert" in page, "<img src=x" in page, "http://" in page, "https://" in page
(False, False, False, False)
>>> print(embed_json({"a": "</script>\\u2028&"}))
{"a":"\\u003c/script\\u003e\\u2028\\u0026"}
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from graphkit.errors import OutputError
from graphkit.models import PLOVER_TYPES
from graphkit.render.files import atomic_write_text
from graphkit.render.mapdata import PHYSICS_LIMIT, build_network, map_data
from graphkit.render.style import (
    COMMUNITY_COLORS,
    EVENT_COLOR,
    EVENT_SHAPE,
    KIND_COLORS,
    KIND_SHAPES,
    TONES,
    type_color,
)

__all__ = ["build_network", "embed_json", "vis_assets", "generate_html", "write_html", "generate_notebook_html"]

_URL = re.compile(r"\b(https?):(//)", re.I)
_SVG_NS = "http://www.w3.org/2000/svg"
_SOURCE_MAP = re.compile(r"^\s*(//|/\*)# sourceMappingURL=.*$", re.M)
_TOKEN = re.compile(r"\{\{(\w+)\}\}")


def embed_json(data) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>``, ``&``, U+2028, U+2029 escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet from the installed pyvis package, with no URL left.

    vis-network's script names addresses in licence notes, a licence field and an error
    message (their ``http://`` is dropped, leaving plain text) and uses the SVG namespace,
    which must keep its value: it is written with ``\\u002f`` escapes, the same string to
    JavaScript but no address in the file. Nothing is fetched from anywhere.
    """
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as err:
        raise OutputError(f"vis-network is missing from the pyvis package at {lib}: {err}") from err
    js = js.replace(f'"{_SVG_NS}"', '"' + _SVG_NS.replace("/", "\\u002f", 2) + '"')
    js = _URL.sub("", js).replace("</script", "<\\/script")
    js = _SOURCE_MAP.sub("", js)
    css = _SOURCE_MAP.sub("", re.sub(r"url\((?![\"']?data:)[^)]*\)", "none", css))
    return js, css


@cache
def _asset(name: str) -> str:
    return resources.files("graphkit.render").joinpath("assets", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _legend() -> str:
    esc = html.escape
    items = [f'<li><span class="gk-sw {esc(KIND_SHAPES[k])}" style="background:{esc(c)}"></span>{esc(k)}</li>'
             for k, c in KIND_COLORS.items()]
    items.append(f'<li><span class="gk-sw {EVENT_SHAPE}" style="background:{EVENT_COLOR}"></span>event '
                 '(with event nodes)</li>')
    tones = [f'<li><span class="gk-line" style="border-color:{esc(c)}"></span>{esc(t)}</li>' for t, c in TONES]
    return ("<ul>" + "".join(items) + "</ul><h2>Relations</h2><ul>" + "".join(tones)
            + "<li>width: number of events</li><li>dashed: possible, negated or location</li></ul>"
            + "<p>Size: events shared with other actors. Labels: the strongest actors; zoom in for more. "
            + "Hover a relation for its label; click an actor or relation for all its events.</p>")


def generate_html(kg, title: str = "graphkit map", max_nodes: int | None = None,
                  physics_limit: int = PHYSICS_LIMIT) -> str:
    """The self-contained HTML page of the relationship map.

    Parameters
    ----------
    kg : KnowledgeGraph
    title : str
        Page title (escaped).
    max_nodes : int, optional
        Keep only the ``max_nodes`` most important actors (and the events touching them).
    physics_limit : int
        Past this many nodes, positions are precomputed and physics is off.
    """
    data = map_data(kg, max_nodes=max_nodes, physics_limit=physics_limit)
    data["type_colors"] = {t: type_color(t) for t in PLOVER_TYPES}
    data["community_colors"] = list(COMMUNITY_COLORS)
    vis_js, vis_css = vis_assets()
    map_js = _asset("map.js")
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(map_js)
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           + "form-action 'none'; base-uri 'none'")
    parts = {"title": html.escape(title), "csp": csp, "vis_css": vis_css, "map_css": _asset("map.css"),
             "legend": _legend(), "data": embed_json(data), "vis_js": vis_js, "map_js": map_js}
    return _TOKEN.sub(lambda m: parts[m[1]], _asset("map.html"))


def write_html(kg, path, title: str = "graphkit map", max_nodes: int | None = None) -> None:
    """Write graph.html atomically (``max_nodes``: keep the N most important actors)."""
    atomic_write_text(path, generate_html(kg, title=title, max_nodes=max_nodes))


def generate_notebook_html(kg, max_nodes: int | None = None, height: int = 600) -> str:
    """The map as an ``<iframe srcdoc>`` for Jupyter: inline, sandboxed, no CDN."""
    return (f'<iframe style="width:100%;height:{int(height)}px;border:0" sandbox="allow-scripts" srcdoc="'
            + html.escape(generate_html(kg, max_nodes=max_nodes), quote=True) + '"></iframe>')
