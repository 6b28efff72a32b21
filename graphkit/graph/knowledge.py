"""``KnowledgeGraph``: the records of a build, their NetworkX graph, saving and loading.

Examples
--------
>>> from graphkit.models import Actor, Article, Event
>>> kg = KnowledgeGraph(
...     articles=[Article(id="a", text="Kerry spoke to Qatar.", published="2014-07-24")],
...     actors=[Actor(id="kerry", name="Kerry", kind="person"), Actor(id="qatar", name="Qatar", kind="country", code="QAT")],
...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
...                   article="a", sentence="Kerry spoke to Qatar.", start=6, end=11, score=2.5)])
>>> kg.graph.number_of_nodes(), kg.graph.number_of_edges()
(3, 2)
>>> KnowledgeGraph.from_json(kg.to_json()).to_json() == kg.to_json()
True
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Iterable

from graphkit.graph.build import actor_graph, build_graph
from graphkit.models import Actor, Article, Event, Problem

__all__ = ["KnowledgeGraph"]




class KnowledgeGraph:
    """Articles, actors and events of a build, with ``.graph`` the NetworkX ``MultiDiGraph``."""

    def __init__(self, articles: Iterable[Article] = (), actors: Iterable[Actor] = (),
                 events: Iterable[Event] = (), problems: Iterable[Problem] = (),
                 metadata: dict | None = None) -> None:
        self.articles: list[Article] = list(articles)
        self.actors: list[Actor] = list(actors)
        self.events: list[Event] = list(events)
        self.problems: list[Problem] = list(problems)
        self.metadata: dict = dict(metadata or {})

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph {len(self.articles)} articles, {len(self.actors)} actors, "
                f"{len(self.events)} events>")

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

    # ------------------------------------------------------------------ io
    def to_json(self) -> str:
        """The graph.json text (format ``graphkit/1``)."""
        from graphkit.render.json import generate_json

        return generate_json(self)

    @classmethod
    def from_json(cls, text: str) -> "KnowledgeGraph":
        """A graph from graph.json text."""
        from graphkit.render.json import parse_json

        return parse_json(text)

    @classmethod
    def load(cls, path) -> "KnowledgeGraph":
        """A graph from a graph.json file (or a folder holding one)."""
        from graphkit.render.json import read_json

        p = Path(path)
        return read_json(p / "graph.json" if p.is_dir() else p)

    def save(self, directory, formats: Iterable[str] | None = None, **options) -> dict[str, Path]:
        """Write the outputs into ``directory``; returns format → path written."""
        from graphkit.render import write_outputs

        return write_outputs(self, directory, formats=formats, **options)

    def _repr_html_(self) -> str:
        from graphkit.render.html import generate_notebook_html

        return generate_notebook_html(self)
