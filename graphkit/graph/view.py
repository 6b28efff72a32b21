"""The small graphs :class:`~graphkit.graph.store.GraphStore` hands the query functions.

A :class:`View` holds the records one question needs, with the attributes the functions of
:mod:`graphkit.graph.query` and :mod:`graphkit.graph.subgraph` read; a :class:`Deferred` list
is read from the database only when its records are used, and counted without reading them.

Examples
--------
>>> from graphkit.models import Actor
>>> v = View(actors=[Actor(id="qatar", name="Qatar", kind="country")])
>>> v.actor_index["qatar"].name, len(v.parts().actors)
('Qatar', 1)
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cached_property

from graphkit.graph.codec import GraphParts
from graphkit.graph.lookup import ActorIndex

__all__ = ["View", "Deferred"]


class Deferred(Sequence):
    """Records read on first use, counted without reading them (the articles of a light sub-graph).

    >>> d = Deferred(lambda: 2, lambda: ["a", "b"])
    >>> len(d), d.loaded, list(d), d[1], d.loaded
    (2, False, ['a', 'b'], 'b', True)
    """

    def __init__(self, count: Callable[[], int], read: Callable[[], list]) -> None:
        self._count, self._read = count, read
        self._items: list | None = None
        self.loaded = False

    def _all(self) -> list:
        if self._items is None:
            self._items, self.loaded = self._read(), True
        return self._items

    def __len__(self) -> int:
        return self._count() if self._items is None else len(self._items)

    def __getitem__(self, i):  # an index or a slice, as for a list
        return self._all()[i]

    def __iter__(self) -> Iterator:
        return iter(self._all())


class View:
    """A small graph of records taken from a store: what the query functions need of a graph.

    It has the attributes :mod:`graphkit.graph.query` and :mod:`graphkit.graph.subgraph` read
    (``articles``, ``actors``, ``events``, ``problems``, ``metadata``, ``actor_index``) and the
    constructor :func:`graphkit.graph.subgraph.subset` calls.
    """

    def __init__(self, articles=(), actors=(), events=(), problems=(), metadata=None) -> None:
        self.articles: Sequence = list(articles)
        self.actors, self.events = list(actors), list(events)
        self.problems, self.metadata = list(problems), dict(metadata or {})

    @cached_property
    def actor_index(self) -> dict:
        """Actor id → actor."""
        return {a.id: a for a in self.actors}

    @cached_property
    def _actor_lookup(self) -> ActorIndex:
        return ActorIndex(self.actors)

    def parts(self) -> GraphParts:
        """The records, as :class:`GraphParts` (``KnowledgeGraph(**vars(view.parts()))``)."""
        return GraphParts(list(self.articles), self.actors, self.events, self.problems, self.metadata)
