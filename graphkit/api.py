"""The Python face of ``graphkit build``.

Examples
--------
>>> from graphkit.models import Article
>>> kg = build([Article(id="a", text="Kerry met Netanyahu in Cairo on Monday.", published="2014-07-24")])
>>> sorted(a.name for a in kg.actors)
['Cairo', 'Kerry', 'Netanyahu']
"""
from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from graphkit.graph.merge import Corpus
from graphkit.ingest.read.published import parse_published
from graphkit.ingest.read.readers import read_articles
from graphkit.ingest.pipeline import PIPELINE_VERSION
from graphkit.ingest.run.local import extract_articles
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Article, ArticleRecords, Problem

__all__ = ["build", "iter_inputs", "expand_globs"]

_GLOB = ("*", "?", "[")


def expand_globs(paths: Iterable) -> list:
    """Paths with shell patterns (``corpus/*.jsonl.gz``) expanded, in sorted order.

    A pattern that matches nothing is kept as it is, so the reader reports it as missing.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for n in ("b", "a"): _ = (d / f"{n}.jsonl").write_text("")
    >>> [p.name for p in map(pathlib.Path, expand_globs([str(d / "*.jsonl")]))]
    ['a.jsonl', 'b.jsonl']
    """
    out = []
    for p in paths:
        s = os.fspath(p) if isinstance(p, (str, os.PathLike)) else p
        if isinstance(s, str) and s != "-" and any(c in s for c in _GLOB) and not Path(s).exists():
            found = sorted(glob.glob(s, recursive=True))
            out.extend(found or [s])
        else:
            out.append(p)
    return out


def iter_inputs(inputs, published: str | None, problems: list[Problem]) -> Iterable[Article]:
    """Articles from paths (globs allowed), ``Article`` records or record dicts (mixed freely)."""
    if isinstance(inputs, (str, bytes, os.PathLike)) or not isinstance(inputs, Iterable):
        inputs = [inputs]
    default = parse_published(published) if published else None
    paths = []
    for item in inputs:
        if isinstance(item, Article):
            yield item if item.published or not default else item.model_copy(update={"published": default})
        elif isinstance(item, dict):
            from graphkit.ingest.read.records import _record

            art = _record(item, str(item.get("id", "record")), problems, "record")
            if art is not None:
                yield art if art.published or not default else art.model_copy(update={"published": default})
        else:
            paths.append(item)
    if paths:
        yield from read_articles(expand_globs(paths), published=published, problems=problems)


def _shards(inputs) -> list[str] | None:
    """The files of ``inputs`` when they are several JSON/JSONL shards (a Dask bag's partitions)."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if not isinstance(inputs, (list, tuple)) or not all(isinstance(p, (str, os.PathLike)) for p in inputs):
        return None
    files = [str(p) for p in expand_globs(inputs)]
    from graphkit.ingest.read.registry import reader_for

    if len(files) < 2 or not all(os.path.isfile(f) and reader_for(f).layout != "article" for f in files):
        return None
    return files


def build(inputs, published: str | None = None, model: str | None = None, jobs: int = 1,
          batch_size: int = 32, progress: Callable[[ArticleRecords], None] | None = None,
          cache=None, dask: str | None = None, scheduler: str | None = None,
          client=None, stats: dict | None = None) -> KnowledgeGraph:
    """Read articles, extract actors, events and dates, and merge them into a :class:`KnowledgeGraph`.

    Articles stream through in batches: memory holds the graph being built, not the corpus.

    Parameters
    ----------
    inputs : path, Article, dict, or an iterable of them
        Files, folders, globs (``'corpus/*.jsonl.gz'``), ``-`` for stdin, or records
        ``{id, title?, text, published?, source?, url?}``.
    published : str, optional
        Publication date for articles that carry none (ISO ``YYYY-MM-DD``).
    model : str, optional
        spaCy model name; default from ``GRAPHKIT_MODEL``, else the installed English model.
    jobs : int
        Worker processes (the result is the same for every value).
    batch_size : int
        Articles per batch (per ``nlp.pipe`` call and per task sent to a worker).
    progress : callable, optional
        Called with each article's records as they are merged.
    cache : path or RecordCache, optional
        The incremental cache: articles already in it are not parsed again.
    dask : str, optional
        ``"local"`` or ``"local:N"``: run the per-article work on a new local Dask cluster.
        Several JSON/JSONL files (a glob of shards) are then read on the workers as a
        ``dask.bag``, one partition per file (:func:`graphkit.ingest.run.dask.extract_shards`).
    scheduler : str, optional
        ``"tcp://HOST:8786"``: run it on a running Dask cluster.
    client : distributed.Client, optional
        Run it on this Dask client (takes precedence over ``dask`` and ``scheduler``).
    stats : dict, optional
        Filled with the counts ``parsed``, ``cached``, ``failed``.
    """
    from graphkit.ingest.prepare.model import default_model_name, load_model
    from graphkit.ingest.run.cache import RecordCache

    model = model or default_model_name()
    if client is None and not dask and not scheduler:
        load_model(model)  # a missing model is an error before anything else starts
    problems: list[Problem] = []
    corpus = Corpus()
    own_cache = cache is not None and not isinstance(cache, RecordCache)
    store = RecordCache(cache, model=model) if own_cache else cache
    runner, closers = None, []
    try:
        if client is not None or dask or scheduler:
            from graphkit.ingest.run.dask import DaskRunner, connect

            if client is None:
                client, cluster = connect(dask, scheduler)
                closers = [c for c in (client, cluster) if c is not None]
            runner = DaskRunner(client, model=model, batch_size=batch_size)
        shards = _shards(inputs) if runner is not None else None
        if shards:
            from graphkit.ingest.run.dask import extract_shards

            stream = extract_shards(shards, client, model=model, batch_size=batch_size, published=published,
                                    cache=store, problems=problems, stats=stats)
        else:
            stream = extract_articles(iter_inputs(inputs, published, problems), model=model, jobs=jobs,
                                      batch_size=batch_size, cache=store, runner=runner,
                                      problems=problems, stats=stats)
        for records in stream:
            corpus.add(records)
            if progress is not None:
                progress(records)
    finally:
        for c in closers:
            c.close()
        if own_cache:
            store.close()
    return KnowledgeGraph(
        articles=corpus.articles, actors=list(corpus.actors.values()), events=corpus.events,
        problems=problems, metadata={"pipeline": PIPELINE_VERSION},
    )
