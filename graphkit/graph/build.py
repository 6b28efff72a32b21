"""The NetworkX graph of a corpus, and its actor-to-actor projection.

Nodes: actors (``type="actor"``) and events (``type="event"``). Edges: actor → event
(``role="actor"``), event → recipient (``role="recipient"``), event → location
(``role="location"``).

Examples
--------
>>> from graphkit.models import Actor, Event
>>> actors = [Actor(id="kerry", name="Kerry", kind="person"), Actor(id="qatar", name="Qatar", kind="country")]
>>> events = [Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
...                 article="a", sentence="Kerry spoke to Qatar.", start=6, end=11, score=2.5)]
>>> G = build_graph(actors, events)
>>> sorted(G.nodes(data="type"))
[('a#e0', 'event'), ('kerry', 'actor'), ('qatar', 'actor')]
>>> A = actor_graph(G)
>>> [(u, v, d["label"], d["count"]) for u, v, d in A.edges(data=True)]
[('kerry', 'qatar', 'spoke to', 1)]
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["build_graph", "actor_graph"]


def build_graph(actors, events) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` with actor and event nodes, in a deterministic order."""
    import networkx as nx  # here, not at import: a build that writes JSON only never needs it

    G = nx.MultiDiGraph()
    for a in actors:
        G.add_node(a.id, type="actor", label=a.name, kind=a.kind, code=a.code, sector=a.sector, aliases=list(a.aliases),
                   titles=list(a.titles), affiliations=list(a.affiliations), mentions=len(a.mentions))
    for e in events:
        G.add_node(e.id, type="event", label=e.label, event_type=e.type, mode=e.mode, date=e.date,
                   date_text=e.date_text, reported=e.reported, certainty=e.certainty, article=e.article,
                   sentence=e.sentence, score=e.score, location=e.location, start=e.start, end=e.end)
        for a in e.actors:
            if a in G:
                G.add_edge(a, e.id, key="actor", role="actor")
        for r in e.recipients:
            if r in G:
                G.add_edge(e.id, r, key="recipient", role="recipient")
        if e.location and e.location in G:
            G.add_edge(e.id, e.location, key="location", role="location")
    return G


def _calendar(value) -> str | None:
    """A TIMEX3 value usable for first/last ordering ("2014-07-24", "2014-09", "2009"), else None."""
    if not value or not str(value)[:4].isdigit():
        return None
    return str(value)


def _most_common(values):
    counts: dict = {}
    for v in values:
        if v is not None:
            counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: (counts[v], -values.index(v))) if counts else None


def actor_graph(G: nx.MultiDiGraph, certainty=("asserted",)) -> nx.MultiDiGraph:
    """Project events onto actor → actor relations, one edge per (actor, recipient, label).

    Each edge carries ``label``, ``type`` (the most frequent PLOVER category of its events),
    ``mode``, ``count``, ``first``/``last`` calendar date (TIMEX3 values such as
    ``2014-07-24`` or ``2014-09``; references like ``PAST_REF`` are left out), mean PLOVER
    ``score`` and the ids of its ``events`` in graph order. Only events whose certainty is in
    ``certainty`` count, so by default a denied or hypothetical act draws no edge.

    Examples
    --------
    >>> from graphkit.models import Actor, Event
    >>> actors = [Actor(id=i, name=i.title(), kind="country") for i in ("egypt", "israel", "hamas")]
    >>> ev = lambda n, r, d, c="asserted": Event(id=f"a#e{n}", type="CONSULT", mode="third-party",
    ...     label="mediated", actors=["egypt"], recipients=r, article="a", sentence="s", start=0,
    ...     end=1, date=d, certainty=c, score=2.5)
    >>> A = actor_graph(build_graph(actors, [ev(0, ["israel", "hamas"], "2014-07-15"),
    ...                                      ev(1, ["israel"], "2014-07-24"), ev(2, ["israel"], None, "possible")]))
    >>> d = A.edges["egypt", "israel", "mediated"]
    >>> (d["count"], d["first"], d["last"], d["score"], d["events"])
    (2, '2014-07-15', '2014-07-24', 2.5, ['a#e0', 'a#e1'])
    >>> A.edges["egypt", "hamas", "mediated"]["count"]
    1
    """
    rel: dict[tuple[str, str, str], dict] = defaultdict(
        lambda: {"events": [], "dates": [], "scores": [], "types": [], "modes": []})
    for n, d in G.nodes(data=True):
        if d.get("type") != "event" or d.get("certainty") not in certainty:
            continue
        actors = [u for u, _, k in G.in_edges(n, keys=True) if k == "actor"]
        recips = [v for _, v, k in G.out_edges(n, keys=True) if k == "recipient"]
        for a in actors:
            for r in recips:
                if a == r:
                    continue
                agg = rel[(a, r, d["label"])]
                agg["types"].append(d["event_type"])
                agg["modes"].append(d.get("mode"))
                agg["events"].append(n)
                day = _calendar(d.get("date"))
                if day:
                    agg["dates"].append(day)
                agg["scores"].append(d.get("score") or 0.0)
    import networkx as nx

    P = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        if d.get("type") == "actor":
            P.add_node(n, **d)
    for (a, r, label), agg in sorted(rel.items()):
        dates = sorted(agg["dates"])
        P.add_edge(a, r, key=label, label=label, type=_most_common(agg["types"]),
                   mode=_most_common(agg["modes"]), count=len(agg["events"]),
                   first=dates[0] if dates else None, last=dates[-1] if dates else None,
                   score=round(sum(agg["scores"]) / len(agg["scores"]), 3), events=agg["events"])
    return P
