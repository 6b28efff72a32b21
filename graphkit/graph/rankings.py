"""Series and rankings: the PLOVER score between two actors over time, the most central actors.

Functions of a :class:`~graphkit.knowledge.KnowledgeGraph`, graph first; :mod:`graphkit.graph.query`
offers them too (this module does not import it: it selects events itself, as ``query.events`` would).

Examples
--------
>>> from graphkit.knowledge import KnowledgeGraph
>>> from graphkit.models import Actor, Event
>>> kg = KnowledgeGraph(actors=[Actor(id="ann", name="Ann", kind="person"), Actor(id="bob", name="Bob", kind="person")],
...                     events=[Event(id="e0", type="AID", label="aided", actors=["ann"], recipients=["bob"],
...                                   date="2014-07-24", article="x", sentence="", start=0, end=1)])
>>> dyad_series(kg, "Ann", "Bob", freq="Y"), [(a.id, v) for a, v in top_actors(kg, by="events")]
([SeriesPoint(period='2014', score=10.0, events=1)], [('ann', 1), ('bob', 1)])
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from typing import NamedTuple

from graphkit.errors import QueryError
from graphkit.graph.filters import CERTAINTIES, RANKINGS, choice, event_score, pairs
from graphkit.graph.generic import keep_generic
from graphkit.graph.periods import FREQS, date_span, next_period, period_label, period_start
from graphkit.models import KINDS

__all__ = ["SeriesPoint", "dyad_series", "top_actors"]


def _id(kg, name) -> str:
    """The id of the actor called ``name`` (as :func:`graphkit.graph.query.actor`)."""
    return kg._actor_lookup.find(name).id


def _events(kg, certainty, actor=None, recipient=None) -> list:
    """The events of these certainties (and this actor and recipient), as ``query.events`` selects them."""
    certs = choice(certainty, CERTAINTIES, "certainty")
    return [e for e in kg.events if (certs is None or e.certainty in certs)
            and (actor is None or actor in e.actors) and (recipient is None or recipient in e.recipients)]


class SeriesPoint(NamedTuple):
    """One period of a :func:`dyad_series`: its label, summed PLOVER score and event count."""

    period: str
    score: float
    events: int


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
    ...                     events=[ev(0, "ASSAULT", "isr", "ham", "2014-07-08"),
    ...                             ev(1, "ASSAULT", "ham", "isr", "2014-07"),
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
    found = _events(kg, certainty, actor=x, recipient=y)
    if not directed:
        seen = {id(e) for e in found}
        found += [e for e in _events(kg, certainty, actor=y, recipient=x) if id(e) not in seen]
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


def top_actors(kg, by: str = "degree", n: int | None = 10, kind=None, certainty=None,
               generic: bool | None = None) -> list[tuple]:
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
    generic : bool, optional
        False: without the unnamed groups known by a common noun ("police": who matters among the
        named actors, :mod:`graphkit.graph.generic`); True: those groups only; None: all.

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
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
        raise QueryError(f"n must be a whole number of at least 0 (or None for all), not {n!r}")
    kinds = choice(kind, KINDS, "actor kind")
    chosen = [a for a in kg.actors if (kinds is None or a.kind in kinds) and keep_generic(a, generic)]
    evs = _events(kg, certainty)
    if by == "events":
        counts: Counter = Counter()
        for e in evs:
            for i in {*e.actors, *e.recipients, *([e.location] if e.location else [])}:
                counts[i] += 1
        value = dict(counts)
    elif by == "degree":
        linked: dict[str, set] = defaultdict(set)
        for s, t, _ in pairs(kg, evs):
            linked[s].add(t)
            linked[t].add(s)
        value = {i: len(v) for i, v in linked.items()}
    else:
        weights: Counter = Counter((s, t) for s, t, _ in pairs(kg, evs))
        value = {i: round(v, 6) for i, v in _pagerank([a.id for a in kg.actors], weights).items()}
    ranked = sorted(((a, value.get(a.id, 0)) for a in chosen), key=lambda av: (-av[1], av[0].name, av[0].id))
    return ranked if n is None else ranked[:n]
