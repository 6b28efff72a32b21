"""The time stage: find time expressions and normalise them to TIMEX3 values.

First version: spaCy's DATE and TIME entities, resolved by dateparser against the
publication date (never the machine's clock: with no publication date, relative values are null).
"""
from __future__ import annotations

import datetime as _dt

from graphkit.models import TimeExpression

__all__ = ["find_timexes"]


def find_timexes(doc, published: str | None) -> list[TimeExpression]:
    """Time expressions of ``doc`` with values anchored at ``published`` (ISO date or None)."""
    import dateparser

    base = _dt.datetime.fromisoformat(published) if published else None
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        value = None
        if base is not None:
            parsed = dateparser.parse(ent.text, languages=["en"],
                                      settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
            value = parsed.date().isoformat() if parsed else None
        out.append(TimeExpression(start=ent.start_char, end=ent.end_char, text=ent.text,
                                  type="TIME" if ent.label_ == "TIME" else "DATE", value=value))
    return out
