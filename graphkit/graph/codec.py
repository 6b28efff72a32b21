"""The graph.json codec: the interchange format ``graphkit/1`` (see graph-json.md).

``dump_graph`` turns a graph's records into text, ``parse_graph`` and ``read_graph`` turn text
or a file back into :class:`GraphParts`, the keyword arguments of
:class:`graphkit.knowledge.KnowledgeGraph`. The text is deterministic: the same graph gives
the same bytes.

Reading is fast and still checks every record: the whole document is parsed and validated in
one pass by pydantic's compiled core (``model_validate_json``), not record by record in Python,
with the garbage collector paused meanwhile.
A file that fails that pass (another format, a broken or foreign record) is read again the
slow way, which names the problem in a :class:`~graphkit.errors.GraphFormatError`.

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

import gc
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

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


class _Metadata(BaseModel):
    model_config = ConfigDict(extra="allow")

    problems: list[Problem] = []


class _Document(BaseModel):
    """The whole graph.json document, validated in one pass (unknown top-level keys are ignored)."""

    model_config = ConfigDict(extra="ignore")

    format: Literal["graphkit/1"]
    metadata: _Metadata | None = None
    articles: list[Article] = []
    actors: list[Actor] = []
    events: list[Event] = []


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many objects are made (records hold no cycles).

    Otherwise it runs again and again over the growing heap: two thirds of the time of a load.
    The new records are then frozen out of the collector's scans (``gc.freeze``): they are still
    freed by reference counting when dropped, but the first collection after a big load, and
    every full one later, no longer walks millions of immutable records.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
            gc.enable()


def _fast(text: str | bytes) -> GraphParts | None:
    """The records of a well-formed document, validated by pydantic-core; None if anything is off."""
    try:
        with _no_gc():
            doc = _Document.model_validate_json(text)
    except (ValidationError, ValueError):
        return None
    if not all(math.isfinite(e.score) for e in doc.events):  # NaN is no JSON number: the slow path says so
        return None
    meta = doc.metadata or _Metadata()
    return GraphParts(articles=doc.articles, actors=doc.actors, events=doc.events, problems=meta.problems,
                      metadata=dict(meta.model_extra or {}))


def parse_graph(text: str | bytes) -> GraphParts:
    """The records of graph.json text; :class:`GraphFormatError` if it is not one.

    >>> parse_graph('{"format": "graphkit/1", "actors": [{"id": "x", "name": "X", "kind": "planet"}]}')
    Traceback (most recent call last):
    ...
    graphkit.errors.GraphFormatError: graph.json has an invalid record: 1 validation error for Actor...
    """
    parts = _fast(text)
    if parts is not None:
        return parts
    return _parse_slowly(text)


def _parse_slowly(text: str | bytes) -> GraphParts:
    """Record by record, so that an error names what is wrong."""
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
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as err:
        raise GraphFormatError(f"cannot read graph file {path}: {err.strerror or err}") from err
    parts = _fast(data)
    if parts is not None:
        return parts
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise GraphFormatError(f"not a graph.json file: {path} is not UTF-8 text") from err
    return _parse_slowly(text)
