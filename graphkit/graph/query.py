"""Questions analysts ask of an event graph: plain functions, the graph first.

Each function takes a :class:`~graphkit.knowledge.KnowledgeGraph` and returns records
(:class:`~graphkit.models.Actor`, :class:`~graphkit.models.Event`) or plain values; the same
functions are methods of ``KnowledgeGraph`` (``kg.events(actor="Kerry")``) and subcommands of
``graphkit query``. Actors can be named by id, name, alias, country code or surname
(see :mod:`graphkit.graph.lookup`); unknown or ambiguous names raise a
:class:`~graphkit.errors.QueryError` subclass that lists the candidates.

Every query sees all events, whatever their ``certainty``, unless ``certainty=`` says
otherwise -- except :func:`dyad_series`, which sums asserted events only by default.

Dates are TIMEX3 values of different granularity (``2014-07-24``, ``2014-W30``, ``2014-07``,
``2014``) or null. :func:`date_span` turns one into the days it covers; ``since``/``until``
keep an event when that span overlaps the range, and drop events without the date. Which
date is ``date_by``'s choice (:data:`DATE_BY`): ``"event"``, the event's own date (when it
happened; the default of :func:`events`); ``"report"``, when it was reported (the event's
``reported`` date, else its article's publication date); ``"either"``, the event's date, else
the report's (the default of :func:`timeline`).

Examples
--------
>>> from graphkit.knowledge import KnowledgeGraph
>>> from graphkit.models import Actor, Article, Event
>>> def ev(i, typ, label, a, r, date, score):
...     return Event(id=f"a#e{i}", type=typ, label=label, actors=[a], recipients=[r], date=date,
...                  article="a", sentence="...", start=0, end=1, score=score)
>>> kg = KnowledgeGraph(
...     articles=[Article(id="a", text="...", published="2014-07-24")],
...     actors=[Actor(id="john-kerry", name="John Kerry", kind="person", aliases=["Kerry"]),
...             Actor(id="qatar", name="Qatar", kind="country", code="QAT"),
...             Actor(id="israel", name="Israel", kind="country", code="ISR")],
...     events=[ev(0, "CONSULT", "spoke to", "john-kerry", "qatar", "2014-07-24", 2.5),
...             ev(1, "ACCUSE", "criticized", "qatar", "israel", "2014-07", -2.0),
...             ev(2, "CONSULT", "met", "john-kerry", "israel", "2014-07-25", 2.5)])
>>> [e.label for e in events(kg, actor="Kerry")]
['spoke to', 'met']
>>> [e.id for e in between(kg, "Israel", "QAT")]
['a#e1']
>>> [(a.name, n) for a, n in top_actors(kg, by="events")]
[('Israel', 2), ('John Kerry', 2), ('Qatar', 2)]
>>> dyad_series(kg, "Kerry", "Israel", freq="D")
[SeriesPoint(period='2014-07-25', score=2.5, events=1)]
"""
from __future__ import annotations

from collections import Counter

from graphkit.errors import QueryError
from graphkit.graph.filters import CERTAINTIES, DATE_BY, RANKINGS, event_score
from graphkit.graph.filters import bound as _bound
from graphkit.graph.filters import choice as _choice
from graphkit.graph.filters import dater as _dater
from graphkit.graph.filters import pairs as _pairs
from graphkit.graph.generic import keep_generic
from graphkit.graph.periods import FREQS, date_span
from graphkit.graph.rankings import SeriesPoint, dyad_series, top_actors
from graphkit.models import KINDS, PLOVER_SCORES
from graphkit.names import name_key

__all__ = [
    "actors", "actor", "events", "between", "neighbors", "timeline", "dyad_series", "top_actors", "search",
    "date_span", "event_score", "SeriesPoint", "FREQS", "RANKINGS", "DATE_BY", "CERTAINTIES", "KINDS",
]

# ------------------------------------------------------------------ actors
def actors(kg, kind=None, name: str | None = None, sector=None, generic: bool | None = None) -> list:
    """Actors of the given kind(s) and CAMEO sector(s) whose name or an alias contains ``name``.

    Parameters
    ----------
    kg : KnowledgeGraph
    kind : str or iterable of str, optional
        ``person``, ``organization``, ``country``, ``location``, ``group``.
    name : str, optional
        Part of a name or alias (case, dots and a leading "the" do not matter).
    sector : str or iterable of str, optional
        CAMEO sectors (``GOV``, ``MIL``, ``COP``, ``OPP``...; case does not matter).
    generic : bool, optional
        False: named actors only, without the unnamed groups known by a common noun ("police",
        :mod:`graphkit.graph.generic`); True: those groups only; None (default): all.

    Returns
    -------
    list of Actor
        In the graph's order.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor
    >>> kg = KnowledgeGraph(actors=[Actor(id="us", name="United States", kind="country", aliases=["U.S."]),
    ...                             Actor(id="un", name="U.N.", kind="organization")])
    >>> [a.id for a in actors(kg, name="u.s")], [a.id for a in actors(kg, kind="organization")]
    (['us'], ['un'])
    >>> kg = KnowledgeGraph(actors=[Actor(id="p", name="police", kind="organization", sector="COP", code="GBRCOP")])
    >>> [a.id for a in actors(kg, sector="cop")], actors(kg, sector="MIL")
    (['p'], [])
    >>> kg = KnowledgeGraph(actors=[Actor(id="p", name="police", kind="group"),
    ...                             Actor(id="h", name="Hamas", kind="group")])
    >>> [a.id for a in actors(kg, generic=False)], [a.id for a in actors(kg, generic=True)]
    (['h'], ['p'])
    """
    kinds = _choice(kind, KINDS, "actor kind")
    sectors = None if sector is None else {s.upper() for s in ([sector] if isinstance(sector, str) else sector)}
    key = name_key(name) if name else None
    out = []
    for a in kg.actors:
        if kinds is not None and a.kind not in kinds:
            continue
        if sectors and (a.sector or "") not in sectors:
            continue
        if key and not any(key in name_key(n) for n in (a.name, *a.aliases)):
            continue
        if not keep_generic(a, generic):
            continue
        out.append(a)
    return out


def actor(kg, name: str, kind: str | None = None):
    """The one actor with this id, name, alias, country code or surname.

    Raises :class:`~graphkit.errors.ActorNotFoundError` or
    :class:`~graphkit.errors.AmbiguousActorError`, whose messages list the candidates.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor
    >>> kg = KnowledgeGraph(actors=[Actor(id="john-kerry", name="John Kerry", kind="person")])
    >>> actor(kg, "Kerry").id
    'john-kerry'
    """
    return kg._actor_lookup.find(name, kind=kind)


def _id(kg, name) -> str | None:
    return None if name is None else actor(kg, name).id


# ------------------------------------------------------------------ events
def events(kg, actor=None, recipient=None, type=None, label=None, since=None, until=None,
           certainty=None, involving=None, article=None, date_by: str = "event") -> list:
    """Events matching every filter given, in the graph's order.

    Parameters
    ----------
    kg : KnowledgeGraph
    actor, recipient : str, optional
        An actor (by any name) among the event's actors (sources) / recipients (targets).
    type : str or iterable of str, optional
        PLOVER categories (``CONSULT``, ``ASSAULT``, ...).
    label : str or iterable of str, optional
        Relation labels (``"spoke to"``), compared without regard to case.
    since, until : str or datetime.date, optional
        Keep events whose date (by default the event's own: when it happened, not when it was
        reported) overlaps this range; ``until="2014-07"`` includes all of July. Events without
        that date are dropped when either is given.
    certainty : str or iterable of str, optional
        ``asserted``, ``possible``, ``negated``.
    involving : str, optional
        An actor in any role (actor, recipient or location).
    article : str, optional
        An article id.
    date_by : {"event", "report", "either"}
        The date ``since``/``until`` look at: the event's (default), the report's (the event's
        ``reported`` date, else its article's publication date), or the event's else the report's.

    Returns
    -------
    list of Event

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> kg = KnowledgeGraph(
    ...     actors=[Actor(id="israel", name="Israel", kind="country"), Actor(id="gaza", name="Gaza", kind="location")],
    ...     events=[Event(id="a#e0", type="ASSAULT", label="shelled", actors=["israel"], recipients=["gaza"],
    ...                   date="2014-07-20", article="a", sentence="Israel shelled Gaza.", start=7, end=14)])
    >>> [e.id for e in events(kg, recipient="Gaza", since="2014-07", until="2014-07-20")]
    ['a#e0']
    >>> events(kg, since="2014-07-21")
    []
    >>> events(kg, since="2014-07-21", date_by="report")  # the article has no publication date
    []
    """
    aid, rid, inv = _id(kg, actor), _id(kg, recipient), _id(kg, involving)
    types = _choice(type, PLOVER_SCORES, "event type")
    certs = _choice(certainty, CERTAINTIES, "certainty")
    labels = None if label is None else {x.lower() for x in ([label] if isinstance(label, str) else label)}
    lo, hi = _bound(since, "since", False), _bound(until, "until", True)
    date_of = _dater(kg, date_by)
    out = []
    for e in kg.events:
        if aid is not None and aid not in e.actors:
            continue
        if rid is not None and rid not in e.recipients:
            continue
        if inv is not None and inv not in e.actors and inv not in e.recipients and inv != e.location:
            continue
        if (types is not None and e.type not in types) or (certs is not None and e.certainty not in certs):
            continue
        if (labels is not None and e.label.lower() not in labels) or (article is not None and e.article != article):
            continue
        if lo is not None or hi is not None:
            span = date_span(date_of(e))
            if span is None or (lo is not None and span[1] < lo) or (hi is not None and span[0] > hi):
                continue
        out.append(e)
    return out


def between(kg, a, b, **filters) -> list:
    """Events from ``a`` to ``b`` and from ``b`` to ``a`` (as actor and recipient), in graph order.

    ``filters`` are those of :func:`events` (``type``, ``label``, ``since``, ``until``, ``date_by``,
    ``certainty``).

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> def ev(i, a, r):
    ...     return Event(id=f"e{i}", type="CONSULT", label="met", actors=[a], recipients=[r],
    ...                  article="x", sentence="", start=0, end=1)
    >>> kg = KnowledgeGraph(actors=[Actor(id=i, name=i.title(), kind="person") for i in ("ann", "bob", "cy")],
    ...                     events=[ev(0, "ann", "bob"), ev(1, "bob", "ann"), ev(2, "ann", "cy")])
    >>> [e.id for e in between(kg, "Ann", "Bob")]
    ['e0', 'e1']
    """
    x, y = _id(kg, a), _id(kg, b)
    return [e for e in events(kg, **filters)
            if (x in e.actors and y in e.recipients) or (y in e.actors and x in e.recipients)]


def neighbors(kg, actor, relation=None, direction: str = "both", certainty=None) -> list:
    """The actors linked to ``actor`` by events, most events first.

    Parameters
    ----------
    actor : str
    relation : str or iterable of str, optional
        Relation labels (``"met"``) or PLOVER categories (``"CONSULT"``).
    direction : {"both", "out", "in"}
        ``out``: actors it acts on; ``in``: actors acting on it.
    certainty : str or iterable of str, optional

    Returns
    -------
    list of Actor
        Ordered by the number of linking events (descending), then by name.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> def ev(i, a, r, t="CONSULT", label="met"):
    ...     return Event(id=f"e{i}", type=t, label=label, actors=[a], recipients=[r],
    ...                  article="x", sentence="", start=0, end=1)
    >>> kg = KnowledgeGraph(actors=[Actor(id=i, name=i.title(), kind="person") for i in ("ann", "bob", "cy")],
    ...                     events=[ev(0, "ann", "bob"), ev(1, "cy", "ann", "ACCUSE", "criticized"),
    ...                             ev(2, "cy", "ann")])
    >>> [a.id for a in neighbors(kg, "Ann")]
    ['cy', 'bob']
    >>> [a.id for a in neighbors(kg, "Ann", relation="criticized")]
    ['cy']
    >>> [a.id for a in neighbors(kg, "Ann", direction="out")]
    ['bob']
    """
    if direction not in ("both", "out", "in"):
        raise QueryError(f"unknown direction {direction!r}; choose from both, out, in")
    me = _id(kg, actor)
    rel = None if relation is None else {x.lower() for x in ([relation] if isinstance(relation, str) else relation)}
    counts: Counter = Counter()
    for s, t, e in _pairs(kg, events(kg, involving=me, certainty=certainty)):
        if rel is not None and e.label.lower() not in rel and e.type.lower() not in rel:
            continue
        if s == me and direction != "in":
            counts[t] += 1
        elif t == me and direction != "out":
            counts[s] += 1
    index = kg.actor_index
    return sorted((index[i] for i in counts if i in index), key=lambda a: (-counts[a.id], a.name, a.id))


def timeline(kg, actor=None, type=None, since=None, until=None, date_by: str = "either") -> list:
    """The events in chronological order, optionally those involving ``actor`` only.

    ``since``/``until`` keep the events whose date overlaps the range: by default (``date_by=
    "either"``) the event's own date, else the date it was reported (see :data:`DATE_BY`).

    The work is done by :func:`graphkit.graph.timeline.timeline` (happened-on dates first,
    else the reported-on date; events with neither last); ``actor`` is resolved here, so an
    unknown or ambiguous name lists the candidates.

    Returns
    -------
    list of TimelineEntry
        Each with ``.event`` (the :class:`~graphkit.models.Event`), ``.id``, ``.when``
        (happened-on value), ``.reported``, ``.day`` (the day used for ordering) and ``.relative``.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> def ev(i, d):
    ...     return Event(id=f"e{i}", type="CONSULT", label="met", actors=["ann"], date=d,
    ...                  article="x", sentence="", start=0, end=1)
    >>> kg = KnowledgeGraph(actors=[Actor(id="ann", name="Ann Lee", kind="person")],
    ...                     events=[ev(0, "2014-07-24"), ev(1, "2014-07-02"), ev(2, "2014-07-23")])
    >>> [(x.id, x.when) for x in timeline(kg, actor="Lee", since="2014-07-10")]
    [('e2', '2014-07-23'), ('e0', '2014-07-24')]
    >>> timeline(kg, since="2014-07-10", date_by="report")  # none says when it was reported
    []
    """
    from graphkit.graph.timeline import timeline as _timeline

    who = _id(kg, actor)
    if date_by == "either" or (since is None and until is None):
        _dater(kg, date_by)  # an unknown date_by is an error even without bounds
        return _timeline(kg, actor=who, type=type, since=since, until=until)
    date_of = _dater(kg, date_by)
    lo, hi = _bound(since, "since", False), _bound(until, "until", True)
    out = []
    for x in _timeline(kg, actor=who, type=type):
        span = date_span(date_of(x.event))
        if span is not None and (lo is None or span[1] >= lo) and (hi is None or span[0] <= hi):
            out.append(x)
    return out


def search(kg, text: str, **filters) -> list:
    """Events whose sentence or label matches ``text``, in graph order.

    The match is SQLite FTS5's (the full-text index of graph.sqlite): words in any case and
    order, all required; ``"a phrase"``, ``prefix*``, ``OR`` and ``NOT`` as FTS5 reads them.
    ``filters`` are those of :func:`events`.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> kg = KnowledgeGraph(actors=[Actor(id="ann", name="Ann", kind="person")],
    ...                     events=[Event(id=f"e{i}", type="AGREE", label="agreed", actors=["ann"], article="x",
    ...                                   sentence=s, start=0, end=1)
    ...                             for i, s in enumerate(["Ann agreed to a ceasefire.", "Ann agreed to talks."])])
    >>> [e.id for e in search(kg, "Ceasefire")], [e.id for e in search(kg, "agreed", actor="Ann")]
    (['e0'], ['e0', 'e1'])
    """
    from graphkit.graph.fts import match_events

    found = [kg.events[i] for i in match_events(kg.events, text)]
    if not any(v is not None for v in filters.values()):
        return found
    keep = {id(e) for e in events(kg, **filters)}
    return [e for e in found if id(e) in keep]
