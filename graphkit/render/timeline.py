"""timeline.html: the events of a build in date order, one offline file."""
from __future__ import annotations

import html
import json

from graphkit.render.files import atomic_write_text

__all__ = ["timeline_rows", "generate_timeline", "write_timeline"]


def timeline_rows(kg) -> list[dict]:
    """One row per event, sorted by happened-on date (else reported-on), with names resolved."""
    names = {a.id: a.name for a in kg.actors}
    rows = []
    for e in kg.events:
        rows.append({
            "date": e.date, "reported": e.reported, "type": e.type, "label": e.label,
            "actors": [names.get(a, a) for a in e.actors], "recipients": [names.get(r, r) for r in e.recipients],
            "certainty": e.certainty, "article": e.article, "sentence": e.sentence, "id": e.id,
        })
    rows.sort(key=lambda r: (r["date"] or r["reported"] or "9999", r["article"], r["id"]))
    return rows


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>graphkit timeline</title>
<style>body{{font-family:sans-serif;margin:16px}}td,th{{border-bottom:1px solid #ddd;padding:4px;vertical-align:top}}</style>
</head><body><h3>graphkit timeline</h3><table id="t"><thead><tr><th>date</th><th>actor</th><th>event</th>
<th>recipient</th><th>certainty</th><th>evidence</th></tr></thead><tbody>{rows}</tbody></table>
<script>var events = {data};</script></body></html>
"""


def generate_timeline(kg) -> str:
    """The self-contained timeline page."""
    rows = timeline_rows(kg)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in (
            r["date"] or f'reported {r["reported"] or "?"}', ", ".join(r["actors"]), f'{r["label"]} ({r["type"]})',
            ", ".join(r["recipients"]), r["certainty"], r["sentence"])) + "</tr>"
        for r in rows)
    data = json.dumps(rows, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
    return _PAGE.format(rows=body, data=data)


def write_timeline(kg, path) -> None:
    """Write timeline.html atomically."""
    atomic_write_text(path, generate_timeline(kg))
