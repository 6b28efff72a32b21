"""graph.json: the interchange format ``graphkit/1`` (see graph-json.md).

Four verbs as in networkx: ``write_json``, ``generate_json``, ``read_json``, ``parse_json``.
The text is deterministic: the same graph gives the same bytes.
"""
from __future__ import annotations

import json

from graphkit.errors import GraphFormatError
from graphkit.models import Actor, Article, Event, Problem

__all__ = ["FORMAT", "generate_json", "write_json", "parse_json", "read_json"]

FORMAT = "graphkit/1"


def generate_json(kg) -> str:
    """The graph.json text of a :class:`~graphkit.graph.knowledge.KnowledgeGraph`."""
    data = {
        "format": FORMAT,
        "metadata": {**kg.metadata, "problems": [p.model_dump(mode="json") for p in kg.problems]},
        "articles": [a.model_dump(mode="json") for a in kg.articles],
        "actors": [a.model_dump(mode="json") for a in kg.actors],
        "events": [e.model_dump(mode="json") for e in kg.events],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_json(kg, path) -> None:
    """Write graph.json to ``path`` atomically."""
    from graphkit.render.files import atomic_write_text

    atomic_write_text(path, generate_json(kg))


def parse_json(text: str):
    """A :class:`KnowledgeGraph` from graph.json text."""
    from graphkit.graph.knowledge import KnowledgeGraph

    try:
        data = json.loads(text)
    except ValueError as err:
        raise GraphFormatError(f"not a graph.json file: {err}") from err
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GraphFormatError(f"not a graph.json file: format must be {FORMAT!r}")
    try:
        meta = dict(data.get("metadata") or {})
        problems = [Problem(**p) for p in meta.pop("problems", [])]
        return KnowledgeGraph(
            articles=[Article(**a) for a in data.get("articles", [])],
            actors=[Actor(**a) for a in data.get("actors", [])],
            events=[Event(**e) for e in data.get("events", [])],
            problems=problems, metadata=meta,
        )
    except (TypeError, ValueError) as err:
        raise GraphFormatError(f"graph.json has an invalid record: {err}") from err


def read_json(path):
    """A :class:`KnowledgeGraph` from a graph.json file."""
    try:
        with open(path, encoding="utf-8") as fh:
            return parse_json(fh.read())
    except OSError as err:
        raise GraphFormatError(f"cannot read graph file {path}: {err.strerror or err}") from err
