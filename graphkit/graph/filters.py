"""The filters the queries share: choices checked, date bounds, which date an event has, scores.

Plain functions below :mod:`graphkit.graph.query` and :mod:`graphkit.graph.rankings`.

Examples
--------
>>> choice("asserted", CERTAINTIES, "certainty"), bound("2014-07", "until", end=True)
({'asserted'}, datetime.date(2014, 7, 31))
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

from graphkit.errors import QueryError
from graphkit.graph.periods import date_span
from graphkit.models import PLOVER_SCORES

__all__ = ["RANKINGS", "CERTAINTIES", "DATE_BY", "bound", "dater", "event_score", "choice", "pairs"]

#: Orderings of :func:`top_actors`.
RANKINGS = ("degree", "pagerank", "events")
CERTAINTIES = ("asserted", "possible", "negated")
#: The dates ``since``/``until`` can filter by: the event's own, the report's, the event's else the report's.
DATE_BY = ("event", "report", "either")


def bound(value, name: str, end: bool) -> _dt.date | None:
    if value is None or value == "":
        return None
    span = date_span(value)
    if span is None:
        raise QueryError(f"{name}={value!r} is not a date; use YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY")
    return span[1] if end else span[0]


def dater(kg, date_by: str):
    """The function giving an event's date value for ``date_by`` (see :data:`DATE_BY`)."""
    if date_by not in DATE_BY:
        raise QueryError(f"unknown date_by {date_by!r}; choose from {', '.join(DATE_BY)}")
    if date_by == "event":
        return lambda e: e.date
    published = {a.id: a.published for a in kg.articles}

    def reported(e):
        return e.reported or published.get(e.article)

    if date_by == "report":
        return reported
    return lambda e: e.date if date_span(e.date) else reported(e)


def event_score(event) -> float:
    """The event's PLOVER score, or its category's score when the record carries none.

    >>> from graphkit.models import Event
    >>> event_score(Event(id="e", type="ASSAULT", label="shelled", article="a", sentence="", start=0, end=1))
    -9.0
    """
    return event.score or PLOVER_SCORES.get(event.type, 0.0)


def choice(value, allowed, name: str) -> set[str] | None:
    """None, or the set of values asked for (a string or an iterable), each checked."""
    if value is None:
        return None
    if not isinstance(value, (str, Iterable)) or isinstance(value, (bytes, dict)):
        raise QueryError(f"{name} must be a string or a list of strings, not {value!r}")
    values = {value} if isinstance(value, str) else set(value)
    bad = sorted(map(repr, (v for v in values if not isinstance(v, str) or v not in allowed)))
    if bad:
        raise QueryError(f"unknown {name} {bad[0]}; choose from {', '.join(allowed)}")
    return values


def pairs(kg, evs) -> Iterable[tuple[str, str, Any]]:
    """(source, target, event) for each actor-recipient pair of each event, self-pairs skipped."""
    for e in evs:
        for s in e.actors:
            for t in e.recipients:
                if s != t:
                    yield s, t, e
