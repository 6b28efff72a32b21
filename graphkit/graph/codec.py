"""The graph.json codec: the interchange format ``graphkit/1`` (see graph-json.md).

``dump_graph`` turns a graph's records into text, ``parse_graph`` and ``read_graph`` turn text
or a file back into :class:`GraphParts`, the keyword arguments of
:class:`graphkit.knowledge.KnowledgeGraph`. The text is deterministic: the same graph gives
the same bytes.

Examples
--------
>>> from graphkit.models import Actor
>>> parts = GraphParts(actors=[Actor(id="qatar", name="Qatar", kind="country", code="QAT")])
>>> text = dump_graph(parts)
>>> parse_graph(text) == parts
True
>>> parse_graph('{"format": "other"}')
Traceback (most recent call last):
...
graphkit.errors.GraphFormatError: not a graph.json file: format must be 'graphkit/1'
>>> parse_graph('{"format": "graphkit/1", "events": [{"score": NaN}]}')
Traceback (most recent call last):
...
graphkit.errors.GraphFormatError: not a graph.json file: NaN is not a JSON number
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from graphkit.errors import GraphFormatError
from graphkit.models import Actor, Article, Event, Problem

__all__ = ["FORMAT", "GraphParts", "dump_graph", "parse_graph", "read_graph"]

FORMAT = "graphkit/1"


@dataclass
class GraphParts:
    """The records of one graph: what graph.json holds."""

    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)


def dump_graph(graph) -> str:
    """The graph.json text of anything with ``articles``, ``actors``, ``events``, ``problems`` and ``metadata``."""
    data = {
        "format": FORMAT,
        "metadata": {**graph.metadata, "problems": [p.model_dump(mode="json") for p in graph.problems]},
        "articles": [a.model_dump(mode="json") for a in graph.articles],
        "actors": [a.model_dump(mode="json") for a in graph.actors],
        "events": [e.model_dump(mode="json") for e in graph.events],
    }
    try:
        return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    except ValueError as err:  # NaN or infinity: JSON has no such numbers
        raise GraphFormatError(f"cannot write graph.json: a value is not a finite number ({err})") from None


def parse_graph(text: str) -> GraphParts:
    """The records of graph.json text; :class:`GraphFormatError` if it is not one."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except ValueError as err:
        raise GraphFormatError(f"not a graph.json file: {err}") from err
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GraphFormatError(f"not a graph.json file: format must be {FORMAT!r}")
    try:
        meta = dict(data.get("metadata") or {})
        problems = [Problem(**p) for p in meta.pop("problems", [])]
        return GraphParts(
            articles=[Article(**a) for a in data.get("articles", [])],
            actors=[Actor(**a) for a in data.get("actors", [])],
            events=[Event(**e) for e in data.get("events", [])],
            problems=problems, metadata=meta,
        )
    except (TypeError, ValueError) as err:
        raise GraphFormatError(f"graph.json has an invalid record: {err}") from err


def _no_constant(name: str):
    """``NaN``, ``Infinity`` and ``-Infinity`` are not JSON: refuse them rather than write them back."""
    raise ValueError(f"{name} is not a JSON number")


def read_graph(path) -> GraphParts:
    """The records of a graph.json file."""
    try:
        with open(path, encoding="utf-8") as fh:
            return parse_graph(fh.read())
    except OSError as err:
        raise GraphFormatError(f"cannot read graph file {path}: {err.strerror or err}") from err
