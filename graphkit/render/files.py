"""Writing output files atomically: one file (a temporary name, then a rename), or several together.

An interrupted build (an exception, Ctrl-C, ``kill -9``) leaves the previous file intact,
never a truncated one: the new bytes go to a hidden ``.NAME.XXXX.tmp`` file that is synced to
disk and then renamed over ``NAME`` in one step. Every failure is an :class:`OutputError`
with a one-line message. The temporary file a killed write leaves behind is removed by the
next successful write of the same file.

**Several outputs together** (:func:`output_lock`, :func:`new_stage`, :func:`commit`): a lock per
output folder, a staging folder, one swap.

A build's outputs (graph.json, GraphML, GEXF, the two HTML pages) belong together: a reader
must never see the graph.json of one build beside the graph.html of another. So every save

1. takes the folder's lock (``.graphkit.lock``, an ``fcntl`` lock released by the kernel
   when the process ends, however it ends; the file is removed when the save is done); a
   second build into the same folder fails at once with :class:`OutputError` instead of
   mixing its files with the first's;
2. writes all the files into a hidden staging folder inside the output folder
   (``.graphkit-save-XXXX``) -- a full disk or an error there leaves the old outputs whole;
3. marks the staging folder complete, then moves every file into place with signals
   (Ctrl-C, ``kill``) held back until the last rename is done.

A process killed with ``kill -9`` between the marking and the last rename leaves a complete
staging folder: the next save into the folder (or :func:`recover`) finishes those renames
first, and removes any incomplete staging folder, so the outputs are always one build's.

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
>>> out = p.parent
>>> with output_lock(out):
...     stage = new_stage(out)
...     atomic_write_text(stage / "a.txt", "new a")
...     atomic_write_text(stage / "x.txt", "new x")
...     commit(stage, out, ["a.txt", "x.txt"])
>>> sorted(f.name for f in out.iterdir()), p.read_text()
(['a.txt', 'x.txt'], 'new x')
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from graphkit.errors import OutputError

try:  # POSIX; elsewhere saves are staged and swapped but not locked
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

__all__ = ["atomic_write_text", "atomic_write_bytes", "ensure_dir", "xml_safe", "TEMP_SUFFIX",
           "LOCK_NAME", "STAGE_PREFIX", "output_lock", "new_stage", "commit", "recover"]

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


# ---------------------------------------------------------------- several files together

try:  # POSIX; elsewhere saves are staged and swapped but not locked
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]


#: The lock file in an output folder.
LOCK_NAME = ".graphkit.lock"
#: Staging folders start with this (hidden) prefix.
STAGE_PREFIX = ".graphkit-save-"
_DONE = ".complete"
_held: dict[str, tuple[int, int, int]] = {}  # folder -> (fd, depth, thread id)
_guard = threading.Lock()


@contextlib.contextmanager
def output_lock(directory) -> Iterator[Path]:
    """Hold the lock of an output folder (re-entrant in the thread that holds it).

    Raises
    ------
    OutputError
        When another process (or thread) holds it.
    """
    d = Path(directory)
    key = os.path.realpath(d)
    me = threading.get_ident()
    with _guard:
        held = _held.get(key)
        if held is not None:
            if held[2] != me:
                raise _busy(d)
            _held[key] = (held[0], held[1] + 1, me)
            fd = None
        else:
            fd = _acquire(d)
            _held[key] = (fd, 1, me)
    try:
        yield d
    finally:
        with _guard:
            fd0, depth, _ = _held[key]
            if depth > 1:
                _held[key] = (fd0, depth - 1, me)
            else:
                del _held[key]
                _release(d, fd0)


def _busy(d: Path) -> OutputError:
    return OutputError(f"another graphkit build is writing into {d} (it holds {d / LOCK_NAME}); "
                       "wait for it to finish or choose another output folder")


def _acquire(d: Path) -> int:
    """An open, locked descriptor of ``d/LOCK_NAME`` (the file that is there now, not one unlinked)."""
    path = d / LOCK_NAME
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise OutputError(f"cannot lock output folder {d}: {err.strerror or err}") from err
        if fcntl is None:  # pragma: no cover
            return fd
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise _busy(d) from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # the holder removed it as we locked it: lock the current file


def _release(d: Path, fd: int) -> None:
    """Remove the lock file (still holding it, so no one locks a file about to vanish) and unlock."""
    try:
        os.unlink(d / LOCK_NAME)
    except OSError:
        pass
    os.close(fd)


def new_stage(directory) -> Path:
    """A new, empty staging folder inside ``directory``."""
    try:
        return Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=directory))
    except OSError as err:
        raise OutputError(f"cannot write into {directory}: {err.strerror or err}") from err


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM/SIGHUP back (main thread only), then deliver the first one that came."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    wanted = [s for s in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, s)]
    old = {}
    for name in wanted:
        num = getattr(signal, name)
        old[num] = signal.signal(num, lambda n, _frame: caught.append(n))
    try:
        yield
    finally:
        for num, handler in old.items():
            signal.signal(num, handler)
        if caught:
            signal.raise_signal(caught[0])


def commit(stage: Path, directory, names: list[str]) -> None:
    """Move the files ``names`` from ``stage`` into ``directory`` together, then remove ``stage``."""
    out = Path(directory)
    try:
        atomic_write_text(stage / _DONE, "\n".join(names) + "\n")
        _sync_dir(stage)
        with _signals_held():
            _finish(stage, out)
    except OSError as err:
        raise OutputError(f"cannot write into {out}: {err.strerror or err}") from err


def _finish(stage: Path, out: Path) -> None:
    names = (stage / _DONE).read_text(encoding="utf-8").split()
    for name in names:
        if (stage / name).exists():
            os.replace(stage / name, out / name)
    _sync_dir(out)
    shutil.rmtree(stage, ignore_errors=True)


def recover(directory) -> None:
    """Finish the swap of a complete staging folder a killed save left; remove incomplete ones.

    Call it holding the folder's lock (:func:`output_lock`).
    """
    out = Path(directory)
    for stage in sorted(out.glob(STAGE_PREFIX + "*")):
        if not stage.is_dir():
            continue
        try:
            if (stage / _DONE).is_file():
                with _signals_held():
                    _finish(stage, out)
            else:
                shutil.rmtree(stage, ignore_errors=True)
        except OSError as err:
            raise OutputError(f"cannot finish an interrupted save in {out}: {err.strerror or err}") from err


