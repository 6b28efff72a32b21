"""Render: one module per output format, each with write_/generate_ (and read_/parse_ where it reads back)."""
from __future__ import annotations

from pathlib import Path

from graphkit.errors import GraphkitError

__all__ = ["write_outputs", "FORMATS"]

FORMATS: dict[str, str] = {
    "json": "graph.json", "graphml": "graph.graphml", "gexf": "graph.gexf",
    "html": "graph.html", "timeline": "timeline.html", "sqlite": "graph.sqlite",
}


def write_outputs(kg, directory, formats=None, **options) -> dict[str, Path]:
    """Write the chosen formats (default all) of ``kg`` into ``directory``; returns format → path."""
    import importlib

    from graphkit.render.files import ensure_dir

    chosen = list(formats or FORMATS)
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise GraphkitError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    out = ensure_dir(directory)
    written = {}
    for fmt in chosen:
        path = out / FORMATS[fmt]
        # graphkit.render.<format>.write_<format>, imported on use: the map's module pulls in
        # pyvis (and with it IPython), which a json-only save can skip
        writer = getattr(importlib.import_module(f"graphkit.render.{fmt}"), f"write_{fmt}")
        writer(kg, path, **options.get(fmt, {}))
        written[fmt] = path
    return written
