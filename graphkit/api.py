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

from graphkit.errors import OptionError
from graphkit.graph.merge import Corpus
from graphkit.ingest.actors.dictionaries import load_dictionaries
from graphkit.ingest.pipeline import PIPELINE_VERSION
from graphkit.ingest.read.ids import IdRenamer, unique_articles
from graphkit.ingest.read.published import parse_published
from graphkit.ingest.read.readers import read_articles
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


def _published(published) -> str | None:
    """The default publication date, checked: a value that is not a date is an :class:`OptionError`."""
    if published is None or published == "":
        return None
    default = parse_published(published) if isinstance(published, str) else None
    if default is None:
        raise OptionError(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    return default


def _cleaned(article: Article, problems: list[Problem]) -> Article:
    """An ``Article`` given as it is, with the characters the readers replace replaced too
    (controls, bidirectional controls: :func:`graphkit.ingest.read.decode.clean_text`)."""
    from graphkit.ingest.read.decode import clean_text

    text, n = clean_text(article.text)
    if not n:
        return article
    msg = f"{n} control or invalid character(s) replaced"
    problems.append(Problem(source=article.source or article.id, reason=msg, fatal=False))
    return article.model_copy(update={"text": text, "warnings": [*article.warnings, msg]})


def iter_inputs(inputs, published: str | None, problems: list[Problem]) -> Iterable[Article]:
    """Articles from paths (globs allowed), ``Article`` records or record dicts (mixed freely).

    One input (a path, an ``Article`` or a dict) may be given alone. Repeated article ids are
    renamed ``id~2`` ... over all the inputs together (:mod:`graphkit.ingest.read.ids`).

    >>> [a.id for a in iter_inputs([{"id": "a", "text": "A."}, {"id": "a", "text": "B."}], None, [])]
    ['a', 'a~2']
    >>> [a.id for a in iter_inputs({"id": "one", "text": "A."}, None, [])]
    ['one']
    """
    if isinstance(inputs, (str, bytes, os.PathLike, dict, Article)) or not isinstance(inputs, Iterable):
        inputs = [inputs]
    default = _published(published)
    renamer = IdRenamer()
    paths = []
    for n, item in enumerate(inputs, 1):
        if isinstance(item, Article):
            art: Article | None = _cleaned(item, problems)
        elif isinstance(item, dict):
            from graphkit.ingest.read.records import _record

            art = _record(item, str(item.get("id", f"record {n}")), problems, f"record-{n}")
        elif isinstance(item, (str, bytes, os.PathLike)):
            paths.append(os.fsdecode(item) if isinstance(item, bytes) else item)
            continue
        else:
            raise OptionError(f"cannot build from {type(item).__name__} {item!r:.60}: give paths, "
                              "Article records or dicts with a 'text'")
        if art is not None:
            art = art if art.published or not default else art.model_copy(update={"published": default})
            yield from unique_articles([art], renamer, problems)
    if paths:
        yield from read_articles(expand_globs(paths), published=published, problems=problems, renamer=renamer)


def _stream(inputs, published, model, jobs, batch_size, store, dask, scheduler, client, stats, problems,
            closers: list):
    """The records of ``inputs``, from this process, worker processes or Dask (clients to close go to ``closers``)."""
    runner = None
    if client is not None or dask or scheduler:
        from graphkit.ingest.run.dask import DaskRunner, connect

        if client is None:
            client, cluster = connect(dask, scheduler)
            closers.extend(c for c in (client, cluster) if c is not None)
        runner = DaskRunner(client, model=model, batch_size=batch_size)
    shards = _shards(inputs) if runner is not None else None
    if shards:
        from graphkit.ingest.run.dask import extract_shards

        return extract_shards(shards, client, model=model, batch_size=batch_size, published=published,
                              cache=store, problems=problems, stats=stats)
    return extract_articles(iter_inputs(inputs, published, problems), model=model, jobs=jobs,
                            batch_size=batch_size, cache=store, runner=runner, problems=problems, stats=stats)


def _check_count(name: str, value) -> None:
    """A count option must be a whole number of at least 1 (else :class:`OptionError`)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise OptionError(f"{name} must be a whole number of at least 1, not {value!r}")


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
          client=None, stats: dict | None = None, actor_dictionaries=None) -> KnowledgeGraph:
    """Read articles, extract actors, events and dates, and merge them into a :class:`KnowledgeGraph`.

    Articles stream through in batches: memory holds the graph being built, not the corpus.

    Parameters
    ----------
    inputs : path, Article, dict, or an iterable of them
        Files, folders, globs (``'corpus/*.jsonl.gz'``), ``-`` for stdin, or records
        ``{id, title?, text, published?, source?, url?}``. Repeated article ids are renamed
        ``id~2``, ``id~3`` ... with a warning, so two articles never share records.
    published : str, optional
        Publication date for articles that carry none (ISO ``YYYY-MM-DD``); anything else
        raises :class:`~graphkit.errors.OptionError`.
    model : str, optional
        spaCy model name; default from ``GRAPHKIT_MODEL``, else the installed English model.
    jobs : int
        Worker processes (the result is the same for every value), at least 1.
    batch_size : int
        Articles per batch (per ``nlp.pipe`` call and per task sent to a worker), at least 1.
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
    actor_dictionaries : list of paths, optional
        Phoenix/PETRARCH dictionaries: actors take their names, codes and sectors (``ingest.actors.dictionaries``).

    Raises
    ------
    OptionError
        A value above that graphkit cannot use.
    """
    from graphkit.ingest.prepare.model import default_model_name, load_model
    from graphkit.ingest.run.cache import RecordCache

    _check_count("batch_size", batch_size)
    _check_count("jobs", jobs)
    _published(published)
    model, coder = model or default_model_name(), load_dictionaries(actor_dictionaries or ())
    if client is None and not dask and not scheduler:
        load_model(model)  # a missing model is an error before anything else starts
    problems: list[Problem] = []
    corpus = Corpus()
    own_cache = cache is not None and not isinstance(cache, RecordCache)
    store = RecordCache(cache, model=model) if own_cache else cache
    closers: list = []
    try:
        stream = _stream(inputs, published, model, jobs, batch_size, store, dask, scheduler, client, stats,
                         problems, closers)
        for records in map(coder.apply, stream) if len(coder) else stream:
            corpus.add(records)
            if progress is not None:
                progress(records)
    finally:
        for c in closers:
            c.close()
        if store is not None:
            problems.extend(store.problems)
        if own_cache:
            store.close()
    return KnowledgeGraph(
        articles=corpus.articles, actors=list(corpus.actors.values()), events=corpus.events,
        problems=problems, metadata={"pipeline": PIPELINE_VERSION},
    )
