"""Writing output files atomically: a temporary name in the same folder, then a rename.

An interrupted build (an exception, Ctrl-C, ``kill -9``) leaves the previous file intact,
never a truncated one: the new bytes go to a hidden ``.NAME.XXXX.tmp`` file that is synced to
disk and then renamed over ``NAME`` in one step. Every failure is an :class:`OutputError`
with a one-line message. The temporary file a killed write leaves behind is removed by the
next successful write of the same file.

:func:`xml_safe` is the one place that decides how text XML 1.0 cannot carry is written.

Examples
--------
>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
>>> atomic_write_text(p, "hello")
>>> p.read_text()
'hello'
>>> xml_safe("bell\\x07 and \\ud800")
'bell\\ufffd and \\ufffd'
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from graphkit.errors import OutputError

__all__ = ["atomic_write_text", "atomic_write_bytes", "ensure_dir", "xml_safe", "TEMP_SUFFIX"]

#: Ending of the temporary files (hidden, next to their target) while they are written.
TEMP_SUFFIX = ".tmp"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by U+FFFD (length unchanged).

    XML 1.0 cannot carry C0 control characters other than tab, newline and carriage return,
    nor U+FFFE, U+FFFF or lone surrogates, not even escaped; the GraphML and GEXF writers
    must pass every string through this.

    >>> xml_safe("tab\\tnew\\nline")
    'tab\\tnew\\nline'
    >>> xml_safe("nul\\x00")
    'nul\\ufffd'
    """
    if not isinstance(text, str) or not _XML_ILLEGAL.search(text):
        return text
    return _XML_ILLEGAL.sub("\ufffd", text)


def _why(err: OSError) -> str:
    return err.strerror or str(err)


def ensure_dir(directory) -> Path:
    """Create ``directory`` if needed; a clear :class:`OutputError` if it is a file or not writable.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "f"
    >>> _ = f.write_text("x")
    >>> ensure_dir(f)
    Traceback (most recent call last):
    graphkit.errors.OutputError: output path ... is a file, not a folder
    """
    d = Path(directory)
    if d.exists() and not d.is_dir():
        raise OutputError(f"output path {d} is a file, not a folder")
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot create output folder {d}: {_why(err)}") from err
    if not os.access(d, os.W_OK | os.X_OK):
        raise OutputError(f"output folder {d} is not writable")
    return d


def atomic_write_bytes(path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    Raises
    ------
    OutputError
        When the folder is missing or not writable, the disk is full, or ``path`` is a folder;
        the previous content of ``path`` is then untouched and no temporary file is left.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as err:
        raise OutputError(f"cannot write {path}: {_why(err)}") from err
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(err, OSError):
            raise OutputError(f"cannot write {path}: {_why(err)}") from err
        raise
    _sync_dir(path.parent)
    _remove_stale(path)


def _remove_stale(path: Path) -> None:
    """Remove the temporary files an earlier, killed write of ``path`` left behind."""
    for stale in path.parent.glob(f".{_glob_escape(path.name)}.*{TEMP_SUFFIX}"):
        try:
            stale.unlink()
        except OSError:
            pass


def _glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _sync_dir(directory: Path) -> None:
    """Make the rename durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically.

    Lone surrogates, which UTF-8 cannot encode, are written as U+FFFD instead of failing.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = re.sub("[\ud800-\udfff]", "\ufffd", text).encode("utf-8")
    atomic_write_bytes(path, data)
