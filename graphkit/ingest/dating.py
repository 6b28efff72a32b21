"""Dating events: which time expression tells when an event happened.

First version: the first DATE expression in the event's sentence, else none (the event
then counts as reported on the publication date).
"""
from __future__ import annotations

from graphkit.models import Event, TimeExpression

__all__ = ["date_events"]


def date_events(doc, events: list[Event], timexes: list[TimeExpression],
                published: str | None) -> list[Event]:
    """Return the events with ``date``/``date_text`` set from the governing time expression."""
    out = []
    for ev in events:
        sent = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        sent = sent.sent if sent is not None else None
        best = None
        if sent is not None:
            best = next((t for t in timexes if t.type == "DATE" and t.value
                         and sent.start_char <= t.start < sent.end_char), None)
        if best is not None:
            ev = ev.model_copy(update={"date": best.value, "date_text": best.text})
        out.append(ev)
    return out
