"""Lookup tables built from registry packages, kept on disk between runs.

Some tables take most of a process's start-up to build (the places gazetteer reads ~34,000
GeoNames cities and ~5,000 ISO 3166-2 subdivisions: about 0.6 s, in every worker process).
:func:`cached_table` builds such a table once and keeps it as JSON in the data cache folder:
``$GRAPHKIT_DATA_CACHE`` if set, else ``~/.cache/graphkit``; ``GRAPHKIT_DATA_CACHE=off`` turns
the cache off. A table's file name holds a digest of everything it is built from (the version
strings given and the bytes of the source files given), so a new package version or a change in
the code that builds it makes a new table; a missing, unreadable or corrupt file is rebuilt, and
a folder that cannot be written only means the table is built each time. Nothing is downloaded.

Examples
--------
>>> import os, tempfile
>>> os.environ["GRAPHKIT_DATA_CACHE"] = tempfile.mkdtemp()
>>> calls = []
>>> def build():
...     calls.append(1)
...     return {"kent": "GBR"}
>>> cached_table("demo", build, versions=("1",)), cached_table("demo", build, versions=("1",))
({'kent': 'GBR'}, {'kent': 'GBR'})
>>> len(calls)  # built once, then read back
1
>>> _ = os.environ.pop("GRAPHKIT_DATA_CACHE")
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = ["cached_table", "data_cache_dir", "DATA_CACHE_ENV"]

DATA_CACHE_ENV = "GRAPHKIT_DATA_CACHE"
_FORMAT = "1"  # bumped if the file layout changes


def data_cache_dir() -> Path | None:
    """The data cache folder, or None when ``GRAPHKIT_DATA_CACHE=off``."""
    env = os.environ.get(DATA_CACHE_ENV, "").strip()
    if env.lower() == "off":
        return None
    return Path(env) if env else Path.home() / ".cache" / "graphkit"


def _digest(name: str, versions: Iterable[str], sources: Iterable[str | os.PathLike]) -> str:
    h = hashlib.sha256(f"{_FORMAT}\0{name}".encode())
    for v in versions:
        h.update(b"\0v" + str(v).encode())
    for src in sources:
        h.update(b"\0s" + Path(src).read_bytes())
    return h.hexdigest()[:20]


def cached_table(name: str, build: Callable[[], dict[str, str]], versions: Iterable[str] = (),
                 sources: Iterable[str | os.PathLike] = ()) -> dict[str, str]:
    """The ``str -> str`` table ``build()`` returns, read from the data cache when it holds it.

    Parameters
    ----------
    name : str
        The table's name (part of its file name).
    build : callable
        Builds the table; called when the cache has no valid copy.
    versions : iterable of str
        Versions of the data the table comes from (package versions).
    sources : iterable of paths
        Files of the code that builds the table; their bytes are part of the table's key.
    """
    folder = data_cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / f"{name}-{_digest(name, versions, sources)}.json"
    except OSError:
        return build()
    try:
        with open(path, encoding="utf-8") as fh:
            table = json.load(fh)
        if isinstance(table, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            return table
    except (OSError, ValueError):
        pass
    table = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    except OSError:
        pass
    return table


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and one rename, so
    a concurrent reader (another worker) sees the old file or the whole new one. (The ingest layer
    may not import :mod:`graphkit.render.files`, whose atomic writers do the same for outputs.)"""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
