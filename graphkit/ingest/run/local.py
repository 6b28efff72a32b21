"""Running the pipeline in this process or in worker processes.

:func:`graphkit.ingest.pipeline.extract_doc` is the whole per-article work on one parsed Doc; ``extract_blobs`` runs it
over a batch of articles and returns each article's records serialised (the compact form
that crosses process boundaries and goes into the cache). ``extract_articles`` streams
articles in batches through a *runner* — this process, ``jobs`` worker processes, or a Dask
cluster (:mod:`graphkit.ingest.run.dask`) — skipping the articles the cache already holds, and
yields the records in input order. Every runner calls the same ``extract_blobs``, so every
``jobs`` value and Dask give the same records.

Examples
--------
>>> from graphkit.models import Article
>>> recs = list(extract_articles([Article(id="a", text="Kerry met Netanyahu in Cairo.")]))
>>> [r.article.id for r in recs], sorted(a.name for a in recs[0].actors)
(['a'], ['Cairo', 'Kerry', 'Netanyahu'])
"""
from __future__ import annotations

import collections
import itertools
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator

from graphkit.ingest.pipeline import extract_doc
from graphkit.ingest.prepare.model import load_model
from graphkit.ingest.prepare.sentences import tokenize
from graphkit.models import Article, ArticleRecords, Problem

__all__ = [
    "extract_articles", "collect_blobs", "extract_batch", "extract_blobs", "merge_chunks", "LocalRunner",
    "ProcessRunner", "die_with_parent",
]


def extract_blobs(articles: list[Article], model: str | None = None,
                  batch_size: int = 32, max_chars: int | None = None) -> list[bytes | str]:
    """Parse and extract ``articles`` in this process; one entry per article, in order.

    An entry is the article's records as UTF-8 JSON bytes (:func:`graphkit.ingest.run.codec.encode_records`),
    or, when extraction failed on that article, a ``str`` saying why. This is the unit of work
    of every runner (local, worker processes, Dask workers). Articles longer than ``max_chars``
    (default :data:`graphkit.ingest.prepare.guard.MAX_CHARS`) are parsed in chunks whose records are
    merged back with offsets into the whole text.

    Examples
    --------
    >>> from graphkit.ingest.run.codec import decode_records
    >>> blob, = extract_blobs([Article(id="a", text="Kerry met Netanyahu in Cairo.")])
    >>> sorted(a.name for a in decode_records(blob).actors)
    ['Cairo', 'Kerry', 'Netanyahu']
    """
    from graphkit.ingest.prepare.guard import MAX_CHARS, split_text
    from graphkit.ingest.run.codec import encode_records

    if not articles:
        return []
    nlp = load_model(model)
    limit = max_chars or MAX_CHARS
    pieces: list[tuple[int, int, Article]] = []  # (article index, chunk start, chunk article)
    for i, art in enumerate(articles):
        if len(art.text) <= limit:
            pieces.append((i, 0, art))
        else:
            pieces.extend((i, start, art.model_copy(update={"text": chunk}))
                          for start, chunk in split_text(art.text, limit))
    parts: list[list] = [[] for _ in articles]
    failed: dict[int, str] = {}
    docs = nlp.pipe((tokenize(nlp, piece.text, piece.title if start == 0 else None)
                     for _, start, piece in pieces), batch_size=batch_size)
    for doc, (i, start, piece) in zip(docs, pieces, strict=False):
        if i in failed:
            continue
        try:
            parts[i].append((start, extract_doc(doc, piece)))
        except Exception as err:  # one bad article is a problem report, not a failed build
            failed[i] = f"extraction failed: {type(err).__name__}: {err}"
    out: list[bytes | str] = []
    for i, art in enumerate(articles):
        if i in failed:
            out.append(failed[i])
        elif len(parts[i]) == 1 and parts[i][0][0] == 0 and parts[i][0][1].article.text is art.text:
            out.append(encode_records(parts[i][0][1]))
        else:
            out.append(encode_records(merge_chunks(art, parts[i])))
    return out


def _shift(node, by: int) -> None:
    """Add ``by`` to the ``start``/``end`` offsets of every record in a dumped structure."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            node["start"] += by
            node["end"] += by
        for v in node.values():
            if isinstance(v, (dict, list)):
                _shift(v, by)
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, (dict, list)):
                _shift(v, by)


def merge_chunks(article: Article, parts: list[tuple[int, ArticleRecords]]) -> ArticleRecords:
    """One article's records from the records of its chunks (``(start offset, records)`` pairs).

    Offsets are shifted into the whole text, actors with the same local id are merged
    (mentions and quotes joined, names and titles united) and events renumbered.

    Examples
    --------
    >>> from graphkit.models import Actor, Mention
    >>> art = Article(id="a", text="Kerry spoke. Kerry left.")
    >>> def part(start, text):
    ...     m = Mention(article="a", start=0, end=5, text="Kerry")
    ...     return start, ArticleRecords(article=Article(id="a", text=text),
    ...                                  actors=[Actor(id="kerry", name="Kerry", kind="person", mentions=[m])])
    >>> rec = merge_chunks(art, [part(0, "Kerry spoke. "), part(13, "Kerry left.")])
    >>> [(m.start, m.end) for m in rec.actors[0].mentions], rec.article.text == art.text
    ([(0, 5), (13, 18)], True)
    """
    timexes: list = []
    actors: dict[str, dict] = {}
    events: list = []
    prefix = f"{article.id}#e"
    for start, rec in parts:
        d = rec.model_dump()
        _shift(d, start)
        timexes.extend(d["article"].get("timexes", []))
        for a in d["actors"]:
            into = actors.get(a["id"])
            if into is None:
                actors[a["id"]] = a
                continue
            for k, v in a.items():
                if isinstance(v, list) and isinstance(into.get(k), list):
                    if v and isinstance(v[0], dict):
                        into[k].extend(v)
                    else:
                        into[k].extend(x for x in v if x not in into[k])
        for e in d["events"]:
            if e["id"].startswith(prefix) and e["id"][len(prefix):].isdigit():
                e["id"] = f"{prefix}{len(events)}"
            elif start:
                e["id"] = f"{e['id']}@{start}"
            events.append(e)
    warnings = list(article.warnings)
    for _, rec in parts:
        warnings.extend(w for w in rec.article.warnings if w not in warnings)
    return ArticleRecords.model_validate({
        "article": {**article.model_dump(), "timexes": timexes, "warnings": warnings},
        "actors": list(actors.values()), "events": events,
    })


def extract_batch(articles: list[Article], model: str | None = None,
                  batch_size: int = 32) -> list[ArticleRecords]:
    """Parse and extract a list of articles in this process (failures raise)."""
    nlp = load_model(model)
    docs = nlp.pipe((tokenize(nlp, a.text, a.title) for a in articles), batch_size=batch_size)
    return [extract_doc(doc, art) for doc, art in zip(docs, articles, strict=False)]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class LocalRunner:
    """Runs batches in this process, lazily (when their result is asked for)."""

    window = 1

    def __init__(self, model: str | None = None, batch_size: int = 32) -> None:
        self.model, self.batch_size = model, batch_size
        load_model(model)

    def submit(self, articles: list[Article]):
        return articles

    def result(self, handle) -> list[bytes | str]:
        return extract_blobs(handle, self.model, self.batch_size)

    def close(self) -> None:
        pass


#: How often (seconds) a worker checks that the process that started it is alive.
WATCH_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _warm(model, parent: int | None = None):
    """Worker initializer: exit with the parent, then load the model once."""
    if parent is not None:
        die_with_parent(parent)
    load_model(model)


def die_with_parent(parent: int) -> None:
    """Make this (worker) process exit when the process ``parent`` dies, however it dies.

    On Linux the kernel sends SIGTERM on the parent's death (``prctl(PR_SET_PDEATHSIG)``);
    everywhere a daemon thread checks every :data:`WATCH_SECONDS` that the parent is still
    the parent (an orphan is re-parented) and exits if not. A ``kill -9`` of a ``--jobs N``
    build thus leaves no worker behind.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the watchdog does it
            pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)

    def watch():
        while True:
            time.sleep(WATCH_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="graphkit-parent-watch", daemon=True).start()


class ProcessRunner:
    """Runs batches in ``jobs`` worker processes, each loading the model once.

    At most ``window`` batches are in flight, so memory stays bounded however long the input.
    The workers exit when this process dies (:func:`die_with_parent`).
    """

    def __init__(self, jobs: int, model: str | None = None, batch_size: int = 32) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        self.model, self.batch_size = model, batch_size
        self.window = 2 * jobs + 1
        load_model(model)  # fail early, in this process; forked workers inherit it
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
        self._pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_warm, initargs=(model, os.getpid()))

    def submit(self, articles: list[Article]):
        return self._pool.submit(extract_blobs, articles, self.model, self.batch_size)

    def result(self, handle) -> list[bytes | str]:
        return handle.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def collect_blobs(names, keys, hits, fresh, cache, counts: dict, problems) -> list[bytes]:
    """The serialised records of one batch, in order: cached ones from ``hits``, the rest from ``fresh``.

    ``names`` are the batch's ``(id, source)`` pairs and ``keys`` their cache keys (None
    without a cache); ``fresh`` holds :func:`extract_blobs` entries for the articles not in
    ``hits``, in order. Failures become problems; new records are stored in the cache and
    committed before the batch is handed on, so an interruption keeps them.

    Examples
    --------
    >>> counts, problems = {}, []
    >>> collect_blobs([("a", None), ("b", "b.txt"), ("c", None)], ["ka", "kb", "kc"], {"ka": b"A"},
    ...               [b"B?", "extraction failed: boom"], None, counts, problems)
    [b'A', b'B?']
    >>> counts, problems[0].reason
    ({'cached': 1, 'parsed': 1, 'failed': 1}, 'c: extraction failed: boom')
    """
    fresh = iter(fresh)
    blobs, new = [], []
    for (aid, source), key in zip(names, keys, strict=False):
        blob = hits.get(key) if key is not None else None
        if blob is None:
            blob = next(fresh)
            if isinstance(blob, str):
                counts["failed"] = counts.get("failed", 0) + 1
                if problems is not None:
                    problems.append(Problem(source=source or aid, reason=f"{aid}: {blob}"))
                continue
            counts["parsed"] = counts.get("parsed", 0) + 1
            if key is not None:
                new.append((key, blob))
        else:
            counts["cached"] = counts.get("cached", 0) + 1
        blobs.append(blob)
    if cache is not None and new:
        cache.put_many(new)
    return blobs


def extract_articles(articles: Iterable[Article], model: str | None = None, jobs: int = 1,
                     batch_size: int = 32, cache=None, runner=None,
                     problems: list[Problem] | None = None,
                     stats: dict | None = None) -> Iterator[ArticleRecords]:
    """Yield one :class:`ArticleRecords` per article, in input order.

    Parameters
    ----------
    articles : iterable of Article
        Read lazily; at most a few batches are held in memory.
    model : str, optional
        spaCy model name (see :func:`graphkit.ingest.prepare.model.load_model`).
    jobs : int
        Worker processes; 1 parses in this process. Ignored when ``runner`` is given.
    batch_size : int
        Articles per ``nlp.pipe`` batch and per task sent to a worker.
    cache : RecordCache, optional
        Articles found in it are not parsed again; new records are stored, one commit per batch.
    runner : optional
        Where batches run: anything with ``submit(articles)``, ``result(handle)``, ``close()``
        and a ``window`` (batches in flight), e.g. :class:`graphkit.ingest.run.dask.DaskRunner`.
    problems : list, optional
        Receives the :class:`Problem` records of the guard's checks and of every article whose
        extraction failed (skipped).
    stats : dict, optional
        Updated with the counts ``parsed``, ``cached``, ``failed`` and ``skipped`` (articles
        :func:`graphkit.ingest.prepare.guard.check_article` rejects: empty, not English, ...).
    """
    from graphkit.errors import OptionError
    from graphkit.ingest.run.codec import decode_records

    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise OptionError(f"batch_size must be a whole number of at least 1, not {batch_size!r}")
    own = runner is None
    if own:
        runner = LocalRunner(model, batch_size) if jobs <= 1 else ProcessRunner(jobs, model, batch_size)
    counts = stats if stats is not None else {}
    for k in ("parsed", "cached", "failed", "skipped"):
        counts.setdefault(k, 0)
    pending: collections.deque = collections.deque()

    def finish(entry):
        batch, keys, hits, handle = entry
        fresh = runner.result(handle) if handle is not None else ()
        names = [(a.id, a.source) for a in batch]
        for blob in collect_blobs(names, keys, hits, fresh, cache, counts, problems):
            yield decode_records(blob)

    def checked(stream):
        from graphkit.ingest.prepare.guard import check_article

        for art in stream:
            found = check_article(art)
            if problems is not None:
                problems.extend(found)
            if any(p.fatal for p in found):
                counts["skipped"] += 1
                continue
            yield art

    try:
        for batch in _chunks(checked(articles), batch_size):
            keys = [cache.key(a) for a in batch] if cache is not None else [None] * len(batch)
            hits = cache.get_many(keys) if cache is not None else {}
            todo = [a for a, k in zip(batch, keys, strict=False) if k not in hits]
            handle = runner.submit(todo) if todo else None
            pending.append((batch, keys, hits, handle))
            while len(pending) >= runner.window:
                yield from finish(pending.popleft())
        while pending:
            yield from finish(pending.popleft())
    finally:
        if own:
            runner.close()
