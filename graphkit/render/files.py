"""Writing output files atomically: a temporary name in the same folder, then a rename.

An interrupted build leaves the previous file intact, never a truncated one.

Examples
--------
>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
>>> atomic_write_text(p, "hello")
>>> p.read_text()
'hello'
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from graphkit.errors import OutputError

__all__ = ["atomic_write_text", "atomic_write_bytes", "ensure_dir"]


def ensure_dir(directory) -> Path:
    """Create ``directory`` if needed; a clear error if it is a file or not writable."""
    d = Path(directory)
    if d.exists() and not d.is_dir():
        raise OutputError(f"output path {d} is a file, not a folder")
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot create output folder {d}: {err.strerror or err}") from err
    if not os.access(d, os.W_OK):
        raise OutputError(f"output folder {d} is not writable")
    return d


def atomic_write_bytes(path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from err
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))
