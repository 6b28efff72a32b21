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
keep an event when that span overlaps the range, and drop undated events.

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

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from graphkit.errors import QueryError
from graphkit.graph.periods import FREQS, date_span, next_period, period_label, period_start
from graphkit.models import KINDS, PLOVER_SCORES
from graphkit.names import name_key

__all__ = [
    "actors", "actor", "events", "between", "neighbors", "timeline", "dyad_series", "top_actors",
    "date_span", "event_score", "SeriesPoint", "FREQS", "RANKINGS",
]

#: Orderings of :func:`top_actors`.
RANKINGS = ("degree", "pagerank", "events")
CERTAINTIES = ("asserted", "possible", "negated")


class SeriesPoint(NamedTuple):
    """One period of a :func:`dyad_series`: its label, summed PLOVER score and event count."""

    period: str
    score: float
    events: int


# ------------------------------------------------------------------ dates
def _bound(value, name: str, end: bool) -> _dt.date | None:
    if value is None or value == "":
        return None
    span = date_span(value)
    if span is None:
        raise QueryError(f"{name}={value!r} is not a date; use YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY")
    return span[1] if end else span[0]


def event_score(event) -> float:
    """The event's PLOVER score, or its category's score when the record carries none.

    >>> from graphkit.models import Event
    >>> event_score(Event(id="e", type="ASSAULT", label="shelled", article="a", sentence="", start=0, end=1))
    -9.0
    """
    return event.score or PLOVER_SCORES.get(event.type, 0.0)


# ------------------------------------------------------------------ actors
def _choice(value, allowed, name: str) -> set[str] | None:
    """None, or the set of values asked for (a string or an iterable), each checked."""
    if value is None:
        return None
    values = {value} if isinstance(value, str) else set(value)
    bad = sorted(v for v in values if v not in allowed)
    if bad:
        raise QueryError(f"unknown {name} {bad[0]!r}; choose from {', '.join(allowed)}")
    return values


def actors(kg, kind=None, name: str | None = None, sector=None) -> list:
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
           certainty=None, involving=None, article=None) -> list:
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
        Keep dated events whose :func:`date_span` overlaps this range; ``until="2014-07"``
        includes all of July. Undated events are dropped when either is given.
    certainty : str or iterable of str, optional
        ``asserted``, ``possible``, ``negated``.
    involving : str, optional
        An actor in any role (actor, recipient or location).
    article : str, optional
        An article id.

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
    """
    aid, rid, inv = _id(kg, actor), _id(kg, recipient), _id(kg, involving)
    types = _choice(type, PLOVER_SCORES, "event type")
    certs = _choice(certainty, CERTAINTIES, "certainty")
    labels = None if label is None else {x.lower() for x in ([label] if isinstance(label, str) else label)}
    lo, hi = _bound(since, "since", False), _bound(until, "until", True)
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
            span = date_span(e.date)
            if span is None or (lo is not None and span[1] < lo) or (hi is not None and span[0] > hi):
                continue
        out.append(e)
    return out


def between(kg, a, b, **filters) -> list:
    """Events from ``a`` to ``b`` and from ``b`` to ``a`` (as actor and recipient), in graph order.

    ``filters`` are those of :func:`events` (``type``, ``label``, ``since``, ``until``, ``certainty``).

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


def _pairs(kg, evs) -> Iterable[tuple[str, str, object]]:
    """(source, target, event) for each actor-recipient pair of each event, self-pairs skipped."""
    for e in evs:
        for s in e.actors:
            for t in e.recipients:
                if s != t:
                    yield s, t, e


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
    ...                     events=[ev(0, "ann", "bob"), ev(1, "cy", "ann", "ACCUSE", "criticized"), ev(2, "cy", "ann")])
    >>> [a.id for a in neighbors(kg, "Ann")]
    ['cy', 'bob']
    >>> [a.id for a in neighbors(kg, "Ann", relation="criticized")], [a.id for a in neighbors(kg, "Ann", direction="out")]
    (['cy'], ['bob'])
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


def timeline(kg, actor=None, type=None, since=None, until=None) -> list:
    """The events in chronological order, optionally those involving ``actor`` only.

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
    """
    from graphkit.graph.timeline import timeline as _timeline

    return _timeline(kg, actor=_id(kg, actor), type=type, since=since, until=until)


# ------------------------------------------------------------------ series and rankings
def dyad_series(kg, a, b, freq: str = "M", directed: bool = False, certainty="asserted",
                fill: bool = True) -> list[SeriesPoint]:
    """The PLOVER conflict-cooperation score of the events between two actors, summed per period.

    Parameters
    ----------
    kg : KnowledgeGraph
    a, b : str
        The two actors (any name).
    freq : {"D", "W", "M", "Y"}
        Day (``2014-07-24``), ISO week (``2014-W30``), month (``2014-07``) or year (``2014``).
    directed : bool
        False (default): events both ways (a → b and b → a). True: only a → b.
    certainty : str or iterable of str, optional
        Default ``asserted``: negated and possible events do not count. None counts all.
    fill : bool
        Include the empty periods between the first and the last (score 0, 0 events).

    Returns
    -------
    list of SeriesPoint
        ``(period, score, events)`` in time order. Each event counts with :func:`event_score`.
        An event is put in the period that holds its whole :func:`date_span`: a month-only date
        counts in a monthly or yearly series, but is skipped in a daily or weekly one, as are
        undated events and references such as ``PRESENT_REF``.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> def ev(i, typ, a, r, d):
    ...     return Event(id=f"e{i}", type=typ, label=typ.lower(), actors=[a], recipients=[r], date=d,
    ...                  article="x", sentence="", start=0, end=1)
    >>> kg = KnowledgeGraph(actors=[Actor(id="isr", name="Israel", kind="country"),
    ...                             Actor(id="ham", name="Hamas", kind="organization")],
    ...                     events=[ev(0, "ASSAULT", "isr", "ham", "2014-07-08"), ev(1, "ASSAULT", "ham", "isr", "2014-07"),
    ...                             ev(2, "AGREE", "isr", "ham", "2014-09-26"), ev(3, "RETREAT", "ham", "isr", None)])
    >>> for p in dyad_series(kg, "Israel", "Hamas", freq="M"):
    ...     print(p.period, p.score, p.events)
    2014-07 -18.0 2
    2014-08 0.0 0
    2014-09 2.5 1
    >>> dyad_series(kg, "Israel", "Hamas", freq="W", directed=True, fill=False)
    [SeriesPoint(period='2014-W28', score=-9.0, events=1), SeriesPoint(period='2014-W39', score=2.5, events=1)]
    """
    if str(freq).upper() not in FREQS:
        raise QueryError(f"unknown freq {freq!r}; choose from {', '.join(FREQS)}")
    freq = str(freq).upper()
    x, y = _id(kg, a), _id(kg, b)
    found = events(kg, actor=x, recipient=y, certainty=certainty)
    if not directed:
        seen = {id(e) for e in found}
        found += [e for e in events(kg, actor=y, recipient=x, certainty=certainty) if id(e) not in seen]
    sums: dict[_dt.date, list] = defaultdict(lambda: [0.0, 0])
    for e in found:
        span = date_span(e.date)
        if span is None or period_label(span[0], freq) != period_label(span[1], freq):
            continue
        start = period_start(span[0], freq)
        agg = sums[start]
        agg[0] += event_score(e)
        agg[1] += 1
    if not sums:
        return []
    days = sorted(sums)
    if fill:
        day, last, days = days[0], days[-1], []
        while day <= last:
            days.append(day)
            day = next_period(day, freq)
    return [SeriesPoint(period_label(d, freq), round(sums[d][0], 6) if d in sums else 0.0,
                        sums[d][1] if d in sums else 0) for d in days]


def _pagerank(nodes, weights: dict[tuple[str, str], int], alpha: float = 0.85) -> dict[str, float]:
    import networkx as nx

    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    G.add_weighted_edges_from((s, t, w) for (s, t), w in weights.items())
    if G.number_of_nodes() == 0:
        return {}
    try:
        return nx.pagerank(G, alpha=alpha, weight="weight")
    except ImportError:  # networkx computes pagerank with scipy, which graphkit does not require
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(G, alpha=alpha, weight="weight")


def top_actors(kg, by: str = "degree", n: int | None = 10, kind=None, certainty=None) -> list[tuple]:
    """The most central actors.

    Parameters
    ----------
    by : {"degree", "pagerank", "events"}
        ``degree``: how many distinct actors it has events with (either direction);
        ``pagerank``: PageRank of the actor → recipient graph weighted by event counts;
        ``events``: how many events it takes part in (as actor, recipient or location).
    n : int or None
        How many (None: all).
    kind : str or iterable of str, optional
        Only actors of these kinds.

    Returns
    -------
    list of (Actor, value)
        Highest value first; ties by name.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> def ev(i, a, r):
    ...     return Event(id=f"e{i}", type="CONSULT", label="met", actors=[a], recipients=[r],
    ...                  article="x", sentence="", start=0, end=1)
    >>> kg = KnowledgeGraph(actors=[Actor(id=i, name=i.title(), kind="person") for i in ("ann", "bob", "cy")],
    ...                     events=[ev(0, "ann", "bob"), ev(1, "ann", "cy"), ev(2, "ann", "cy")])
    >>> [(a.id, v) for a, v in top_actors(kg, by="degree", n=2)]
    [('ann', 2), ('bob', 1)]
    >>> [(a.id, v) for a, v in top_actors(kg, by="events")]
    [('ann', 3), ('cy', 2), ('bob', 1)]
    >>> top_actors(kg, by="pagerank")[0][0].id
    'cy'
    """
    if by not in RANKINGS:
        raise QueryError(f"unknown ranking {by!r}; choose from {', '.join(RANKINGS)}")
    chosen = actors(kg, kind=kind)
    evs = events(kg, certainty=certainty)
    if by == "events":
        counts: Counter = Counter()
        for e in evs:
            for i in {*e.actors, *e.recipients, *([e.location] if e.location else [])}:
                counts[i] += 1
        value = dict(counts)
    elif by == "degree":
        linked: dict[str, set] = defaultdict(set)
        for s, t, _ in _pairs(kg, evs):
            linked[s].add(t)
            linked[t].add(s)
        value = {i: len(v) for i, v in linked.items()}
    else:
        weights: Counter = Counter((s, t) for s, t, _ in _pairs(kg, evs))
        value = {i: round(v, 6) for i, v in _pagerank([a.id for a in kg.actors], weights).items()}
    ranked = sorted(((a, value.get(a.id, 0)) for a in chosen), key=lambda av: (-av[1], av[0].name, av[0].id))
    return ranked if n is None else ranked[:n]
