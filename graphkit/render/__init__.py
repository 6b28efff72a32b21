"""Render: one module per output format, each with write_/generate_ (and read_/parse_ where it reads back).

The formats, their files and writers are registered in :mod:`graphkit.render.formats`.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from graphkit.render.formats import DEFAULT_FORMATS, FORMATS, OUTPUTS

__all__ = ["write_outputs", "FORMATS", "OUTPUTS", "DEFAULT_FORMATS"]


def write_outputs(kg, directory, formats: Iterable[str] | str | None = None, **options) -> dict[str, Path]:
    """Write the chosen formats (default :data:`DEFAULT_FORMATS`) of ``kg`` into ``directory``.

    ``formats`` is a list of names or one comma-separated string (``"json,html"``).
    ``options`` maps a format name to keyword arguments of its writer (``html={"max_nodes": 50}``).
    Returns format -> path written. The files change together or not at all
    (:mod:`graphkit.render.files`): they are written into a staging folder and moved into place
    in one step, under the folder's lock; a second build writing into the same folder at the
    same time fails with :class:`~graphkit.errors.OutputError`.
    """
    from graphkit.errors import OptionError
    from graphkit.render import files

    if isinstance(formats, str):
        formats = [f.strip() for f in formats.split(",") if f.strip()]
    chosen = list(formats or DEFAULT_FORMATS)
    unknown = [f for f in chosen if not isinstance(f, str) or f not in OUTPUTS]
    if unknown:
        raise OptionError(f"unknown format {unknown[0]!r}; choose from {', '.join(OUTPUTS)}")
    out = files.ensure_dir(directory)
    with files.output_lock(out):
        files.recover(out)
        stage = files.new_stage(out)
        try:
            for fmt in chosen:
                OUTPUTS[fmt].writer()(kg, stage / OUTPUTS[fmt].filename, **options.get(fmt, {}))
            files.commit(stage, out, [OUTPUTS[fmt].filename for fmt in chosen])
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return {fmt: out / OUTPUTS[fmt].filename for fmt in chosen}
