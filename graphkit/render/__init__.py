"""Render: one module per output format, each with write_/generate_ (and read_/parse_ where it reads back).

The formats, their files and writers are registered in :mod:`graphkit.render.formats`.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.render.formats import DEFAULT_FORMATS, FORMATS, OUTPUTS

__all__ = ["write_outputs", "FORMATS", "OUTPUTS", "DEFAULT_FORMATS"]


def write_outputs(kg, directory, formats: Iterable[str] | None = None, **options) -> dict[str, Path]:
    """Write the chosen formats (default :data:`DEFAULT_FORMATS`) of ``kg`` into ``directory``.

    ``options`` maps a format name to keyword arguments of its writer (``html={"max_nodes": 50}``).
    Returns format -> path written.
    """
    from graphkit.render.files import ensure_dir

    chosen = list(formats or DEFAULT_FORMATS)
    unknown = [f for f in chosen if f not in OUTPUTS]
    if unknown:
        raise GraphkitError(f"unknown format {unknown[0]!r}; choose from {', '.join(OUTPUTS)}")
    out = ensure_dir(directory)
    written = {}
    for fmt in chosen:
        output = OUTPUTS[fmt]
        path = out / output.filename
        output.writer()(kg, path, **options.get(fmt, {}))
        written[fmt] = path
    return written
