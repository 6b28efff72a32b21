"""Graphs from graphs: an actor's neighbourhood, a filtered view, two builds merged.

Each function returns a new :class:`~graphkit.knowledge.KnowledgeGraph` that saves,
renders and exports like a full build. Its records are consistent: every actor id an event,
an affiliation or a location names is one of its actors, and every article an event or a
mention points at is one of its articles. The input graph is never changed.

Examples
--------
>>> from graphkit.knowledge import KnowledgeGraph
>>> from graphkit.models import Actor, Article, Event, Mention
>>> def ev(i, a, r):
...     return Event(id=f"x#e{i}", type="CONSULT", label="met", actors=[a], recipients=[r],
...                  article="x", sentence="", start=0, end=1)
>>> kg = KnowledgeGraph(articles=[Article(id="x", text="...")],
...                     actors=[Actor(id=i, name=i.title(), kind="person",
...                                   mentions=[Mention(article="x", start=0, end=1)])
...                             for i in ("ann", "bob", "cy", "dee")],
...                     events=[ev(0, "ann", "bob"), ev(1, "bob", "cy"), ev(2, "cy", "dee")])
>>> sub = ego(kg, "Ann", radius=1)
>>> [a.id for a in sub.actors], [e.id for e in sub.events]
(['ann', 'bob'], ['x#e0'])
>>> [a.id for a in ego(kg, "Ann", radius=2).actors]
['ann', 'bob', 'cy']
"""
from __future__ import annotations

from collections import defaultdict

from graphkit.errors import QueryError
from graphkit.graph import query as _q

__all__ = ["subset", "ego", "filter_graph", "merge_graphs", "article_records"]


def _kg(kg, **parts):
    # a graph of the caller's own class (graphkit.knowledge.KnowledgeGraph), not imported here
    return type(kg)(problems=kg.problems, metadata=kg.metadata, **parts)


def subset(kg, actor_ids, events, article_ids=None):
    """A consistent sub-graph: these actors, the events among them, their articles.

    Parameters
    ----------
    kg : KnowledgeGraph
    actor_ids : iterable of str
        The actors to keep (graph order is kept).
    events : iterable of Event
        Candidate events; those with an actor or recipient outside ``actor_ids`` (or, when
        ``article_ids`` is given, from another article) are dropped, and a location outside
        ``actor_ids`` is cleared.
    article_ids : iterable of str, optional
        The articles to keep; actor mentions and quotes elsewhere are dropped. Default: every
        article an event kept comes from or a kept actor is mentioned in.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Article, Event
    >>> kg = KnowledgeGraph(articles=[Article(id="x", text="..."), Article(id="y", text="...")],
    ...                     actors=[Actor(id="ann", name="Ann", kind="person", affiliations=["org"]),
    ...                             Actor(id="org", name="Org", kind="organization")],
    ...                     events=[Event(id="x#e0", type="CONSULT", label="met", actors=["ann"], recipients=["org"],
    ...                                   article="x", sentence="", start=0, end=1)])
    >>> sub = subset(kg, ["ann"], kg.events)
    >>> sub.actors[0].affiliations, sub.events, [a.id for a in sub.articles]
    ([], [], [])
    """
    keep = set(actor_ids)
    arts = None if article_ids is None else set(article_ids)
    kept_events = []
    for e in events:
        if not keep.issuperset(e.actors) or not keep.issuperset(e.recipients):
            continue
        if arts is not None and e.article not in arts:
            continue
        if e.location and e.location not in keep:
            e = e.model_copy(update={"location": None})
        kept_events.append(e)
    kept_actors = []
    for a in kg.actors:
        if a.id not in keep:
            continue
        update = {}
        if any(x not in keep for x in a.affiliations):
            update["affiliations"] = [x for x in a.affiliations if x in keep]
        if arts is not None:
            update["mentions"] = [m for m in a.mentions if m.article in arts]
            update["quotes"] = [q for q in a.quotes if q.article in arts]
        kept_actors.append(a.model_copy(update=update) if update else a)
    if arts is None:
        arts = {e.article for e in kept_events} | {m.article for a in kept_actors for m in a.mentions} \
            | {q.article for a in kept_actors for q in a.quotes}
    return _kg(kg, articles=[a for a in kg.articles if a.id in arts], actors=kept_actors, events=kept_events)


def ego(kg, actor, radius: int = 1, certainty=None):
    """The actors within ``radius`` event links of ``actor``, and the events among them.

    A link is an event both take part in, as actors or recipients (so ``radius=1`` keeps every
    event of ``actor``). ``radius=0`` keeps the actor alone with its events that involve no one
    else. As in ``networkx.ego_graph``, the result is induced: it has every event whose
    actors and recipients are all in the neighbourhood.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> kg = KnowledgeGraph(actors=[Actor(id="ann", name="Ann", kind="person"),
    ...                             Actor(id="bob", name="Bob", kind="person")],
    ...                     events=[Event(id="x#e0", type="AID", label="aided", actors=["ann"], recipients=["bob"],
    ...                                   article="x", sentence="", start=0, end=1)])
    >>> ego(kg, "Bob", radius=1)
    <KnowledgeGraph 0 articles, 2 actors, 1 events>
    """
    if not isinstance(radius, int) or radius < 0:
        raise QueryError(f"radius must be a whole number >= 0, not {radius!r}")
    start = _q.actor(kg, actor).id
    evs = _q.events(kg, certainty=certainty)
    adj: dict[str, set] = defaultdict(set)
    for e in evs:
        members = {*e.actors, *e.recipients}
        for m in members:
            adj[m] |= members
    seen, frontier = {start}, {start}
    for _ in range(radius):
        frontier = {n for f in frontier for n in adj[f]} - seen
        if not frontier:
            break
        seen |= frontier
    return subset(kg, seen, evs)


def filter_graph(kg, kind=None, actors=None, type=None, label=None, since=None, until=None,
                 certainty=None, articles=None, date_by: str = "event", generic: bool | None = None):
    """The part of the graph that passes every filter given.

    Parameters
    ----------
    kind : str or iterable of str, optional
        Keep actors of these kinds only.
    actors : iterable of str, optional
        Keep these actors only (any names).
    type, label, since, until, certainty
        Keep the events that pass, as in :func:`graphkit.graph.query.events`; then keep only
        the actors taking part in them.
    date_by : {"event", "report", "either"}
        The date ``since``/``until`` look at: the event's own date (when it happened, the default),
        when it was reported (its article's publication date), or the event's else the report's.
    articles : iterable of str, optional
        Keep these articles only (ids), with the actors mentioned or acting in them.
    generic : bool, optional
        False: drop the unnamed groups known by a common noun ("police", :mod:`graphkit.graph.generic`)
        and so the events they take part in; True: keep those groups only; None (default): all.

    Events are kept when all their actors and recipients are kept.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Event
    >>> def ev(i, t, a, r):
    ...     return Event(id=f"x#e{i}", type=t, label=t.lower(), actors=[a], recipients=[r],
    ...                  article="x", sentence="", start=0, end=1)
    >>> kg = KnowledgeGraph(actors=[Actor(id="isr", name="Israel", kind="country"),
    ...                             Actor(id="ham", name="Hamas", kind="organization"),
    ...                             Actor(id="egy", name="Egypt", kind="country")],
    ...                     events=[ev(0, "ASSAULT", "isr", "ham"), ev(1, "CONSULT", "egy", "isr")])
    >>> [a.id for a in filter_graph(kg, kind="country").actors]
    ['isr', 'egy']
    >>> [a.id for a in filter_graph(kg, type="ASSAULT").actors]
    ['isr', 'ham']
    >>> from graphkit.models import Article
    >>> dated = KnowledgeGraph(articles=[Article(id="x", text="...", published="2014-07-24")], actors=kg.actors,
    ...                        events=kg.events)  # the events carry no date of their own
    >>> len(filter_graph(dated, since="2014").events), len(filter_graph(dated, since="2014", date_by="report").events)
    (0, 2)
    """
    keep = {a.id for a in _q.actors(kg, kind=kind, generic=generic)}
    if actors is not None:
        keep &= {_q.actor(kg, a).id for a in ([actors] if isinstance(actors, str) else actors)}
    arts = None if articles is None else set([articles] if isinstance(articles, str) else articles)
    if arts is not None:
        unknown = sorted(arts - {a.id for a in kg.articles})
        if unknown:
            raise QueryError(f"no article with id {unknown[0]!r}")
    evs = _q.events(kg, type=type, label=label, since=since, until=until, certainty=certainty, date_by=date_by)
    if arts is not None:
        evs = [e for e in evs if e.article in arts]
        keep &= {a.id for a in kg.actors if any(m.article in arts for m in a.mentions)} | {
            i for e in evs for i in (*e.actors, *e.recipients, e.location) if i}
    if any(v is not None for v in (type, label, since, until, certainty)):
        keep &= {i for e in evs if keep.issuperset((*e.actors, *e.recipients))
                 for i in (*e.actors, *e.recipients, e.location) if i}
    return subset(kg, keep, evs, article_ids=arts)


def article_records(kg) -> list:
    """One :class:`~graphkit.models.ArticleRecords` per article, as a build would have produced.

    Each holds the article's events and the actors it mentions or whose events, locations and
    affiliations it names, with mentions and quotes restricted to that article; actor ids stay
    the graph's. An actor no article refers to goes with the first article.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Article, Mention
    >>> kg = KnowledgeGraph(articles=[Article(id="x", text="Ann"), Article(id="y", text="Ann")],
    ...                     actors=[Actor(id="ann", name="Ann", kind="person",
    ...                                   mentions=[Mention(article="x", start=0, end=3),
    ...                                             Mention(article="y", start=0, end=3)])])
    >>> [(r.article.id, len(r.actors[0].mentions)) for r in article_records(kg)]
    [('x', 1), ('y', 1)]
    """
    from graphkit.models import ArticleRecords

    index = kg.actor_index
    first: dict[str, dict[str, int]] = defaultdict(dict)  # article -> actor id -> first offset
    for a in kg.actors:
        for m in [*a.mentions, *a.quotes]:
            seen = first[m.article]
            seen[a.id] = min(seen.get(a.id, m.start), m.start)
    by_article: dict[str, list] = defaultdict(list)
    for e in kg.events:
        by_article[e.article].append(e)
        seen = first[e.article]
        for i in (*e.actors, *e.recipients, *([e.location] if e.location else [])):
            seen.setdefault(i, e.start)
    for seen in first.values():
        for i in list(seen):
            for aff in index[i].affiliations if i in index else ():
                seen.setdefault(aff, 1 << 62)
    placed = {i for seen in first.values() for i in seen}
    if kg.articles:
        for a in kg.actors:
            if a.id not in placed:
                first[kg.articles[0].id].setdefault(a.id, 1 << 62)
    out = []
    for art in kg.articles:
        seen = first.get(art.id, {})
        ids = sorted((i for i in seen if i in index), key=lambda i: seen[i])
        recs = [index[i].model_copy(update={
            "mentions": [m for m in index[i].mentions if m.article == art.id],
            "quotes": [q for q in index[i].quotes if q.article == art.id]}) for i in ids]
        out.append(ArticleRecords(article=art, actors=recs, events=by_article.get(art.id, [])))
    return out


def merge_graphs(*graphs):
    """One graph from graphs built separately, actors merged as a single build would.

    The per-article records of every graph (:func:`article_records`) go, in order, into one
    fresh :class:`~graphkit.graph.merge.Corpus`. An article present in several graphs (same
    id) is taken from the first. Problems are concatenated; metadata of the first wins.

    Examples
    --------
    >>> from graphkit.knowledge import KnowledgeGraph
    >>> from graphkit.models import Actor, Article, Mention
    >>> def one(art):
    ...     return KnowledgeGraph(articles=[Article(id=art, text="John Kerry")],
    ...                           actors=[Actor(id="kerry", name="John Kerry", kind="person",
    ...                                         mentions=[Mention(article=art, start=0, end=10)])])
    >>> both = merge_graphs(one("x"), one("y"))
    >>> [(a.id, len(a.mentions)) for a in both.actors], len(both.articles)
    ([('john-kerry', 2)], 2)
    """
    from graphkit.graph.merge import Corpus

    if not graphs:
        raise QueryError("merge_graphs needs at least one graph")
    corpus, done, problems, metadata = Corpus(), set(), [], {}
    for kg in graphs:
        for rec in article_records(kg):
            if rec.article.id not in done:
                done.add(rec.article.id)
                corpus.add(rec)
        problems.extend(kg.problems)
        metadata = {**kg.metadata, **metadata}
    return type(graphs[0])(articles=corpus.articles, actors=list(corpus.actors.values()), events=corpus.events,
                           problems=problems, metadata=metadata)
