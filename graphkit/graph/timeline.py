"""The timeline: events in chronological order, with happened-on kept apart from reported-on.

An event's place on the timeline is the first day of its happened-on date (``Event.date``,
any TIMEX3 granularity) or, when it has none, its reported-on date (the publication date).
Events of articles with no known publication date cannot be placed on the calendar: they
come after the dated ones, article by article, ordered by their offset from publication
("1 day before publication").

Examples
--------
>>> from graphkit.knowledge import KnowledgeGraph
>>> from graphkit.models import Actor, Article, Event
>>> def ev(i, date, reported="2014-07-24", art="a", off=None):
...     return Event(id=f"{art}#e{i}", type="CONSULT", label="met", actors=["kerry"], date=date,
...                  reported=reported, date_offset_days=off, article=art, sentence="...", start=0, end=1)
>>> kg = KnowledgeGraph(
...     articles=[Article(id="a", text="...", published="2014-07-24"), Article(id="b", text="...")],
...     actors=[Actor(id="kerry", name="John Kerry", kind="person", aliases=["Kerry"])],
...     events=[ev(0, "2014-07-24"), ev(1, None), ev(2, "2014-07-23"), ev(3, None, None, "b", -1)])
>>> [(e.id, e.when, e.relative) for e in timeline(kg)]
[('a#e2', '2014-07-23', None), ('a#e0', '2014-07-24', None), ('a#e1', None, 'reported 2014-07-24'),
 ('b#e3', None, '1 day before publication')]
>>> [e.id for e in timeline(kg, since="2014-07-24")]
['a#e0', 'a#e1']
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from graphkit.errors import QueryError
from graphkit.graph.periods import date_span
from graphkit.models import PLOVER_TYPES, Event

__all__ = ["TimelineEntry", "timeline", "relative_label", "parse_bound", "iter_dicts"]


@dataclass(frozen=True)
class TimelineEntry:
    """One event on the timeline.

    ``when`` is the happened-on TIMEX3 value (None if the article does not say), ``reported``
    the publication date, ``day`` the calendar day used for ordering (None when neither is
    known), ``relative`` a phrase for events not placed by a happened-on date.
    """

    event: Event
    when: str | None
    reported: str | None
    day: _dt.date | None
    relative: str | None
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    title: str | None = None
    _order: tuple = field(default=(), repr=False, compare=False)

    @property
    def id(self) -> str:
        """The event id."""
        return self.event.id

    def as_dict(self) -> dict:
        """A flat, JSON-ready record (used by the CLI and timeline.html)."""
        e = self.event
        return {
            "id": e.id, "happened": self.when, "happened_text": e.date_text, "reported": self.reported,
            "day": self.day.isoformat() if self.day else None, "relative": self.relative,
            "type": e.type, "mode": e.mode, "label": e.label, "actors": list(self.actors),
            "recipients": list(self.recipients), "actor_ids": list(e.actors), "recipient_ids": list(e.recipients),
            "certainty": e.certainty, "article": e.article, "title": self.title, "sentence": e.sentence,
            "score": e.score,
        }


def relative_label(offset_days: int | None) -> str:
    """How an event stands to its article's (unknown) publication date.

    >>> relative_label(-1), relative_label(0), relative_label(3), relative_label(None)
    ('1 day before publication', 'on the day of publication', '3 days after publication', 'reported (date unknown)')
    """
    if offset_days is None:
        return "reported (date unknown)"
    if offset_days == 0:
        return "on the day of publication"
    n = abs(offset_days)
    return f"{n} day{'s' if n != 1 else ''} {'before' if offset_days < 0 else 'after'} publication"


def parse_bound(value, name: str = "date") -> tuple[_dt.date, _dt.date] | None:
    """A ``--from``/``--to`` bound (``2014``, ``2014-07``, ``2014-07-24``, a date) as a span of days.

    >>> [d.isoformat() for d in parse_bound("2014-07")]
    ['2014-07-01', '2014-07-31']
    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value, value
    span = date_span(str(value).strip())
    if span is None:
        raise QueryError(f"{name} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return span


def _types(type) -> set[str] | None:
    if type is None or type == "":
        return None
    items = [type] if isinstance(type, str) else list(type)
    out = set()
    for item in items:
        for t in str(item).split(","):
            t = t.strip().upper()
            if not t:
                continue
            if t not in PLOVER_TYPES:
                raise QueryError(f"unknown event type {t!r}; choose from {', '.join(PLOVER_TYPES)}")
            out.add(t)
    return out or None


def _actor_id(kg, actor) -> str | None:
    if actor is None or actor == "":
        return None
    if actor in kg.actor_index:
        return actor
    from graphkit.graph.lookup import find_actor

    return find_actor(kg.actors, actor).id


def timeline(kg, actor=None, type=None, since=None, until=None) -> list[TimelineEntry]:
    """The events of ``kg`` in chronological order.

    Parameters
    ----------
    kg : KnowledgeGraph
    actor : str, optional
        Only events this actor takes part in (as actor or recipient): an id or a name.
    type : str or iterable of str, optional
        PLOVER categories to keep ("CONSULT", or "CONSULT,AID").
    since, until : str or datetime.date, optional
        Keep events whose happened-on date (else reported-on date) overlaps the range; events
        with neither are dropped when a bound is given.

    Returns
    -------
    list of TimelineEntry
        Dated events by their first day (coarser dates before finer ones on the same day), then
        events of articles with no publication date, by article and offset from publication.
    """
    who = _actor_id(kg, actor)
    types = _types(type)
    lo, hi = parse_bound(since, "--from"), parse_bound(until, "--to")
    names = {a.id: a.name for a in kg.actors}
    articles = {a.id: a for a in kg.articles}
    art_order = {a.id: i for i, a in enumerate(kg.articles)}
    out = []
    for n, e in enumerate(kg.events):
        if who and who not in e.actors and who not in e.recipients:
            continue
        if types and e.type not in types:
            continue
        art = articles.get(e.article)
        reported = e.reported or (art.published if art else None)
        span = date_span(e.date) if e.date else None
        relative = None
        if span is None:
            rspan = date_span(reported) if reported else None
            if rspan is not None:
                span = rspan
                relative = f"reported {reported}"
            else:
                relative = relative_label(e.date_offset_days) if e.date_offset_days is not None or not e.date \
                    else e.date
        if lo or hi:
            if span is None:
                continue
            if lo and span[1] < lo[0]:
                continue
            if hi and span[0] > hi[1]:
                continue
        order: tuple  # dated entries sort before undated ones, each by its own key
        if span is not None:
            width = (span[1] - span[0]).days
            order = (0, span[0], relative is not None, -width, art_order.get(e.article, 0), n)
        else:
            order = (1, _dt.date.max, art_order.get(e.article, 0), e.date_offset_days or 0, n)
        out.append(TimelineEntry(
            event=e, when=e.date, reported=reported,
            day=span[0] if span else None, relative=relative,
            actors=tuple(names.get(a, a) for a in e.actors), recipients=tuple(names.get(r, r) for r in e.recipients),
            title=art.title if art else None, _order=order))
    out.sort(key=lambda x: x._order)
    return out


def iter_dicts(entries: Iterable[TimelineEntry]) -> Iterable[dict]:
    """The entries as flat records."""
    for x in entries:
        yield x.as_dict()
