"""``KnowledgeGraph``: the records of a build, their NetworkX graph, saving and loading.

Examples
--------
>>> from graphkit.models import Actor, Article, Event
>>> kg = KnowledgeGraph(
...     articles=[Article(id="a", text="Kerry spoke to Qatar.", published="2014-07-24")],
...     actors=[Actor(id="kerry", name="Kerry", kind="person"),
...             Actor(id="qatar", name="Qatar", kind="country", code="QAT")],
...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
...                   article="a", sentence="Kerry spoke to Qatar.", start=6, end=11, score=2.5)])
>>> kg.graph.number_of_nodes(), kg.graph.number_of_edges()
(3, 2)
>>> KnowledgeGraph.from_json(kg.to_json()).to_json() == kg.to_json()
True
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from graphkit.errors import QueryError
from graphkit.graph import query, subgraph
from graphkit.graph.build import actor_graph, build_graph
from graphkit.graph.codec import dump_graph, parse_graph, read_graph
from graphkit.graph.lookup import ActorIndex
from graphkit.models import Actor, Article, Event, Problem
from graphkit.render import write_outputs

__all__ = ["KnowledgeGraph", "RecordList"]


class RecordList(list):
    """A list of records that is also a query: ``kg.actors`` lists, ``kg.actors(kind="person")`` selects.

    Calling it runs :func:`graphkit.graph.query.actors` (or ``events``) on the owning graph.
    Copies and pickles are plain lists.

    Examples
    --------
    >>> from graphkit.models import Actor
    >>> kg = KnowledgeGraph(actors=[Actor(id="qatar", name="Qatar", kind="country")])
    >>> len(kg.actors), [a.id for a in kg.actors(kind="country")], kg.actors(kind="person")
    (1, ['qatar'], [])
    """

    def __init__(self, items=(), owner=None, query: str = "") -> None:
        super().__init__(items)
        self._owner, self._query = owner, query

    def __call__(self, *args, **kwargs):
        if self._owner is None:
            raise TypeError("this record list belongs to no graph")
        return getattr(query, self._query)(self._owner, *args, **kwargs)

    def __reduce__(self):
        return (list, (list(self),))

    def __copy__(self):
        return list(self)

    def __deepcopy__(self, memo):
        import copy

        return copy.deepcopy(list(self), memo)


class KnowledgeGraph:
    """Articles, actors and events of a build, with ``.graph`` the NetworkX ``MultiDiGraph``.

    Queries (functions of :mod:`graphkit.graph.query` and :mod:`graphkit.graph.subgraph`, also
    the ``graphkit query`` subcommands): ``actors(...)``, ``actor(name)``, ``events(...)``, ``search(text)``,
    ``between(a, b)``, ``neighbors(actor)``, ``timeline(...)``, ``dyad_series(a, b)``,
    ``top_actors(by=...)``; ``ego(actor, radius)``, ``filter(...)`` and ``merge(other)`` return
    new graphs.

    Examples
    --------
    >>> from graphkit.models import Actor, Event
    >>> kg = KnowledgeGraph(
    ...     actors=[Actor(id="john-kerry", name="John Kerry", kind="person", aliases=["Kerry"]),
    ...             Actor(id="qatar", name="Qatar", kind="country", code="QAT")],
    ...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["john-kerry"], recipients=["qatar"],
    ...                   date="2014-07-24", article="a", sentence="...", start=0, end=1, score=2.5)])
    >>> [e.label for e in kg.between("QAT", "Kerry")], [a.name for a in kg.neighbors("Qatar")]
    (['spoke to'], ['John Kerry'])
    >>> kg.dyad_series("Kerry", "Qatar", freq="W")
    [SeriesPoint(period='2014-W30', score=2.5, events=1)]
    >>> kg.ego("Qatar", radius=0)
    <KnowledgeGraph 0 articles, 1 actors, 0 events>
    """

    def __init__(self, articles: Iterable[Article] = (), actors: Iterable[Actor] = (),
                 events: Iterable[Event] = (), problems: Iterable[Problem] = (),
                 metadata: dict | None = None) -> None:
        self.articles: list[Article] = list(articles)
        self.actors = actors
        self.events = events
        self.problems: list[Problem] = list(problems)
        self.metadata: dict = dict(metadata or {})

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph {len(self.articles)} articles, {len(self.actors)} actors, "
                f"{len(self.events)} events>")

    def __setstate__(self, state: dict) -> None:
        # pickles and copies carry the record lists as plain lists: make them queries of this graph
        self.__dict__.update(state)
        self.actors, self.events = state.get("_actors", ()), state.get("_events", ())

    @property
    def actors(self) -> RecordList:
        """The actors (a list; call it to select: ``kg.actors(kind="person", name="kerry")``)."""
        return self._actors

    @actors.setter
    def actors(self, value: Iterable[Actor]) -> None:
        self._actors = RecordList(value, self, "actors")
        for cached in ("graph", "actor_index", "_actor_lookup"):  # derived from the actors
            self.__dict__.pop(cached, None)

    @property
    def events(self) -> RecordList:
        """The events (a list; call it to select: ``kg.events(actor="Kerry", type="CONSULT")``)."""
        return self._events

    @events.setter
    def events(self, value: Iterable[Event]) -> None:
        self._events = RecordList(value, self, "events")
        self.__dict__.pop("graph", None)

    @cached_property
    def graph(self):
        """The NetworkX ``MultiDiGraph`` of actor and event nodes."""
        return build_graph(self.actors, self.events)

    def actor_graph(self):
        """The actor → actor projection (one edge per relation label, with counts and dates)."""
        return actor_graph(self.graph)

    @cached_property
    def actor_index(self) -> dict[str, Actor]:
        """Actor id to actor."""
        return {a.id: a for a in self.actors}

    @cached_property
    def _actor_lookup(self):
        return ActorIndex(self.actors)

    # ------------------------------------------------------------------ queries
    # One core, two faces: each method is a function of graphkit.graph.query / .subgraph.
    def actor(self, name: str, kind: str | None = None) -> Actor:
        """The one actor with this id, name, alias, code or surname (see :func:`graphkit.graph.query.actor`)."""
        return query.actor(self, name, kind=kind)

    def between(self, a: str, b: str, **filters) -> list[Event]:
        """Events from ``a`` to ``b`` and from ``b`` to ``a`` (see :func:`graphkit.graph.query.between`)."""
        return query.between(self, a, b, **filters)

    def neighbors(self, actor: str, relation=None, direction: str = "both", certainty=None) -> list[Actor]:
        """Actors linked to ``actor`` by events (see :func:`graphkit.graph.query.neighbors`)."""
        return query.neighbors(self, actor, relation=relation, direction=direction, certainty=certainty)

    def timeline(self, actor: str | None = None, type=None, since=None, until=None, date_by: str = "either") -> list:
        """The events in date order, as timeline entries (see :func:`graphkit.graph.query.timeline`)."""
        return query.timeline(self, actor=actor, type=type, since=since, until=until, date_by=date_by)

    def dyad_series(self, a: str, b: str, freq: str = "M", directed: bool = False, certainty="asserted",
                    fill: bool = True) -> list:
        """PLOVER score per period between two actors (see :func:`graphkit.graph.query.dyad_series`)."""
        return query.dyad_series(self, a, b, freq=freq, directed=directed, certainty=certainty, fill=fill)

    def search(self, text: str, **filters) -> list[Event]:
        """Events whose sentence or label matches ``text`` (see :func:`graphkit.graph.query.search`)."""
        return query.search(self, text, **filters)

    def top_actors(self, by: str = "degree", n: int | None = 10, kind=None, certainty=None,
                   generic: bool | None = None) -> list[tuple]:
        """The most central actors with their value (see :func:`graphkit.graph.query.top_actors`;
        ``generic=False`` leaves out unnamed groups such as "police")."""
        return query.top_actors(self, by=by, n=n, kind=kind, certainty=certainty, generic=generic)

    def ego(self, actor: str, radius: int = 1, certainty=None) -> KnowledgeGraph:
        """The neighbourhood of ``actor`` as a new graph (see :func:`graphkit.graph.subgraph.ego`)."""
        return subgraph.ego(self, actor, radius=radius, certainty=certainty)

    def filter(self, kind=None, actors=None, type=None, label=None, since=None, until=None,
               certainty=None, articles=None, date_by: str = "event", generic: bool | None = None) -> KnowledgeGraph:
        """The part passing every filter, as a new graph (see :func:`graphkit.graph.subgraph.filter_graph`;
        ``since``/``until`` by the event's own date, or the report's as ``date_by`` says;
        ``generic=False`` drops unnamed groups such as "police" and their events)."""
        return subgraph.filter_graph(self, kind=kind, actors=actors, type=type, label=label, since=since, until=until,
                                     certainty=certainty, articles=articles, date_by=date_by, generic=generic)

    def merge(self, *others: KnowledgeGraph) -> KnowledgeGraph:
        """This graph and others built separately, actors merged as one build would
        (see :func:`graphkit.graph.subgraph.merge_graphs`)."""
        for other in others:
            if not isinstance(other, KnowledgeGraph):
                raise QueryError(f"merge takes KnowledgeGraph objects, not {type(other).__name__}")
        return subgraph.merge_graphs(self, *others)

    # ------------------------------------------------------------------ io
    def to_json(self) -> str:
        """The graph.json text (format ``graphkit/1``)."""
        return dump_graph(self)

    @classmethod
    def from_json(cls, text: str) -> KnowledgeGraph:
        """A graph from graph.json text."""
        return cls(**vars(parse_graph(text)))

    @classmethod
    def load(cls, path) -> KnowledgeGraph:
        """A graph from a graph.json file (or a folder holding one), or from a graph.sqlite file."""
        p = Path(path)
        if p.suffix == ".sqlite":
            from graphkit.graph.store import read_sqlite

            return cls(**vars(read_sqlite(p)))
        return cls(**vars(read_graph(p / "graph.json" if p.is_dir() else p)))

    def save(self, directory, formats: Iterable[str] | None = None, **options) -> dict[str, Path]:
        """Write the outputs into ``directory``; returns format → path written."""
        return write_outputs(self, directory, formats=formats, **options)

    def _repr_html_(self) -> str:
        from graphkit.render.html import generate_notebook_html  # pyvis and IPython, on use only

        return generate_notebook_html(self)
