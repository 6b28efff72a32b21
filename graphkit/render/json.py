"""graph.json: writes the interchange format ``graphkit/1`` (codec in :mod:`graphkit.graph.codec`).

Examples
--------
>>> import tempfile, pathlib
>>> from graphkit.graph.codec import GraphParts, read_graph
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
>>> write_json(GraphParts(), path)
>>> read_graph(path)
GraphParts(articles=[], actors=[], events=[], problems=[], metadata={})
"""
from __future__ import annotations

from graphkit.graph.codec import dump_graph
from graphkit.render.files import atomic_write_text

__all__ = ["generate_json", "write_json"]


def generate_json(kg) -> str:
    """The graph.json text of a graph (see :func:`graphkit.graph.codec.dump_graph`)."""
    return dump_graph(kg)


def write_json(kg, path) -> None:
    """Write graph.json to ``path`` atomically."""
    atomic_write_text(path, dump_graph(kg))
