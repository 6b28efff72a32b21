"""A progress bar for long builds: articles done, articles/s and ETA (rich), on a terminal only.

:func:`build_progress` is a context manager yielding the callback :func:`graphkit.api.build`
takes as ``progress``. When the stream is not a terminal, or ``quiet`` is set, the callback
does nothing and nothing is printed. The total, for the ETA, is estimated cheaply from the
inputs (:func:`estimate_total`: one article per text/HTML file, one per line of JSON Lines, as the
reader registry :mod:`graphkit.ingest.read.registry` lays them out);
when it cannot be, the bar shows the count and rate without an ETA.

Examples
--------
>>> import io
>>> with build_progress(total=3, stream=io.StringIO()) as tick:   # not a terminal: silent
...     for _ in range(3):
...         tick(None)
>>> tick.done
3
"""
from __future__ import annotations

import contextlib
import gzip
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["build_progress", "estimate_total", "Ticker"]


class Ticker:
    """The progress callback: counts articles and advances the bar, if there is one."""

    def __init__(self, progress=None, task=None) -> None:
        self.done = 0
        self._progress, self._task = progress, task

    def __call__(self, records) -> None:
        self.done += 1
        if self._progress is not None and (self.done % 8 == 0):
            self._progress.update(self._task, completed=self.done)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=self.done,
                                  total=max(self.done, self._progress.tasks[0].total or 0))


def _count_lines(path: Path) -> int:
    from graphkit.ingest.read.registry import is_compressed

    opener = gzip.open if is_compressed(path.name) else open
    n = 0
    with opener(path, "rb") as fh:
        for line in fh:
            if line.strip():
                n += 1
    return n


def estimate_total(inputs: Iterable) -> int | None:
    """How many articles ``inputs`` (paths, globs, records) hold, or None when unknown.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("x")
    >>> _ = (d / "b.jsonl").write_text('{"text": "y"}\\n{"text": "z"}\\n')
    >>> estimate_total([d])
    3
    >>> estimate_total(["-"]) is None
    True
    """
    from graphkit.api import expand_globs
    from graphkit.ingest.read.readers import iter_files
    from graphkit.ingest.read.registry import reader_for

    if isinstance(inputs, (str, bytes, os.PathLike)):
        inputs = [inputs]
    total = 0
    for item in expand_globs(list(inputs)):
        if isinstance(item, dict) or not isinstance(item, (str, os.PathLike)):
            total += 1
            continue
        if item == "-" or not Path(item).exists():
            return None
        for f in iter_files(Path(item)):
            layout = reader_for(f.name).layout
            if layout == "lines":
                total += _count_lines(f)
            elif layout == "records":
                return None  # a JSON list: counting means parsing it
            else:
                total += 1
    return total


@contextlib.contextmanager
def build_progress(total: int | None = None, quiet: bool = False, stream=None) -> Iterator[Ticker]:
    """A progress callback for :func:`graphkit.api.build`; a live bar on a terminal.

    The bar (and rich's refresh thread) starts with the first article merged, after the worker
    processes of ``--jobs`` have been forked, so no thread is running when they are.

    Parameters
    ----------
    total : int, optional
        Expected article count (for the ETA).
    quiet : bool
        No bar, whatever the stream.
    stream : file, optional
        Where the bar goes (default stderr); nothing is drawn unless it is a terminal.
    """
    stream = stream if stream is not None else sys.stderr
    if quiet or not getattr(stream, "isatty", lambda: False)():
        yield Ticker()
        return
    ticker = _LiveTicker(total, stream)
    try:
        yield ticker
    finally:
        ticker.stop()


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-:--:--"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class _LiveTicker(Ticker):
    """Starts a rich bar on the first article; shows count, articles/s, elapsed time and ETA.

    Rate and ETA are measured from the start of the build (the ticker's creation), not from
    when the bar appeared.
    """

    def __init__(self, total, stream) -> None:
        super().__init__()
        self._total, self._stream = total, stream
        self._t0 = time.monotonic()

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn

        columns = [TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                   TextColumn("{task.fields[rate]} articles/s  {task.fields[elapsed]}  ETA {task.fields[eta]}")]
        self._progress = Progress(*columns, console=Console(file=self._stream), transient=True,
                                  refresh_per_second=4)
        self._progress.start()
        self._task = self._progress.add_task("build", total=self._total, rate="-", elapsed="0:00:00",
                                             eta="-:--:--")

    def __call__(self, records) -> None:
        if self._progress is None:
            self._start()
        self.done += 1
        if self.done % 8 == 0 or self.done == 1:
            self._update()

    def _update(self) -> None:
        elapsed = time.monotonic() - self._t0
        rate = self.done / elapsed if elapsed > 0 else None
        left = (self._total - self.done) / rate if rate and self._total and self._total >= self.done else None
        self._progress.update(self._task, completed=self.done, rate=f"{rate:.1f}" if rate else "-",
                              elapsed=_clock(elapsed), eta=_clock(left))

    def stop(self) -> None:
        if self._progress is not None:
            self._update()
            self.finish()
            self._progress.stop()
