"""timeline.html: the events of a build on a time axis, filterable, in one offline file.

The axis is a histogram fitted to the span of the dated events (events without a date of
their own count by their article's date, marked as such; far outliers are counted at the
edges); undated events are grouped by article; cards are added a page (200) at a time as
the list scrolls, so 15,000 events open and scroll smoothly. With no date at all the axis
gives way to a note and the list reads by article. The page is ``assets/timeline.html`` with
``assets/timeline.js`` inline.

The page loads nothing from outside (no script, style, font or image URL). Article-derived
strings are untrusted: they travel only inside a JSON block whose ``<``, ``>`` and ``&`` are
escaped, and the script builds the page with ``textContent`` (never ``innerHTML`` with data),
so markup in an article is shown as text and never runs.

Examples
--------
>>> from graphkit.knowledge import KnowledgeGraph
>>> from graphkit.models import Actor, Article, Event
>>> kg = KnowledgeGraph(
...     articles=[Article(id="a", text="...", published="2014-07-24")],
...     actors=[Actor(id="k", name="Kerry <script>", kind="person")],
...     events=[Event(id="a#e0", type="CONSULT", label="met", actors=["k"], date="2014-07-23",
...                   article="a", sentence="Kerry met <b>him</b>.", start=0, end=1)])
>>> page = generate_timeline(kg)
>>> "<script>" in page.split('id="timeline-data"')[1].split("</script>")[0]
False
>>> timeline_rows(kg)[0]["actors"]
['Kerry <script>']
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

from graphkit.render.files import atomic_write_text

__all__ = ["timeline_rows", "timeline_json", "generate_timeline", "write_timeline"]


def timeline_rows(kg, **filters) -> list[dict]:
    """One flat record per event, in timeline order (see :func:`graphkit.graph.timeline.timeline`)."""
    from graphkit.graph.timeline import timeline

    return [e.as_dict() for e in timeline(kg, **filters)]


def timeline_json(rows) -> str:
    """JSON safe to embed in a ``<script>`` block: ``<``, ``>``, ``&`` and line separators escaped."""
    text = json.dumps(rows, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _page() -> str:
    res = resources.files("graphkit.render").joinpath("assets")
    script = res.joinpath("timeline.js").read_text(encoding="utf-8")
    return res.joinpath("timeline.html").read_text(encoding="utf-8").replace("__SCRIPT__", script.rstrip())


def generate_timeline(kg, **filters) -> str:
    """The self-contained timeline page (``filters`` as for :func:`graphkit.graph.timeline.timeline`)."""
    return _page().replace("__DATA__", timeline_json(timeline_rows(kg, **filters)))


def write_timeline(kg, path, **filters) -> None:
    """Write timeline.html atomically."""
    atomic_write_text(path, generate_timeline(kg, **filters))
