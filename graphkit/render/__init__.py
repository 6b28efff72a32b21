"""Render: one module per output format, each with write_/generate_ (and read_/parse_ where it reads back)."""
from __future__ import annotations

import shutil
from pathlib import Path

__all__ = ["write_outputs", "FORMATS"]

FORMATS: dict[str, str] = {
    "json": "graph.json", "graphml": "graph.graphml", "gexf": "graph.gexf",
    "html": "graph.html", "timeline": "timeline.html",
}


def write_outputs(kg, directory, formats=None, **options) -> dict[str, Path]:
    """Write the chosen formats (default all) of ``kg`` into ``directory``; returns format → path.

    ``formats`` is a list of names or one comma-separated string (``"json,html"``). The files
    change together or not at all (:mod:`graphkit.render.files`): they are written into a
    staging folder and moved into place in one step, under the folder's lock; a second
    build writing into the same folder at the same time fails with :class:`OutputError`.
    """
    import importlib

    from graphkit.errors import OptionError
    from graphkit.render import files

    if isinstance(formats, str):
        formats = [f.strip() for f in formats.split(",") if f.strip()]
    chosen = list(formats or FORMATS)
    unknown = [f for f in chosen if not isinstance(f, str) or f not in FORMATS]
    if unknown:
        raise OptionError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    out = files.ensure_dir(directory)
    with files.output_lock(out):
        files.recover(out)
        stage = files.new_stage(out)
        try:
            for fmt in chosen:
                # graphkit.render.<format>.write_<format>, imported on use: the map's module pulls in
                # pyvis (and with it IPython), which a json-only save can skip
                writer = getattr(importlib.import_module(f"graphkit.render.{fmt}"), f"write_{fmt}")
                writer(kg, stage / FORMATS[fmt], **options.get(fmt, {}))
            files.commit(stage, out, [FORMATS[fmt] for fmt in chosen])
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return {fmt: out / FORMATS[fmt] for fmt in chosen}
