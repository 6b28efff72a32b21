"""The per-article pipeline: parse with spaCy, then the actor, time, event and dating stages.

``extract_doc`` is the whole per-article work on one parsed Doc; ``extract_articles`` runs it
over a stream of articles in batches (``nlp.pipe``), in this process or in ``jobs`` worker
processes that each load the model once. Results come back in input order, so every
``jobs`` value gives the same records.
"""
from __future__ import annotations

import itertools
from typing import Iterable, Iterator

from graphkit.ingest.actors import find_actors
from graphkit.ingest.dates import find_timexes
from graphkit.ingest.dating import date_events
from graphkit.ingest.events import find_events
from graphkit.ingest.nlp import load_model
from graphkit.models import Article, ArticleRecords

__all__ = ["extract_doc", "extract_articles", "extract_batch", "PIPELINE_VERSION"]

#: Bumped whenever extraction changes, so cached results are not reused across versions.
PIPELINE_VERSION = "1"


def extract_doc(doc, article: Article) -> ArticleRecords:
    """Actors, time expressions and dated events of one parsed article."""
    layer = find_actors(doc, article)
    timexes = find_timexes(doc, article.published)
    events, quotes = find_events(doc, article, layer, timexes)
    events = date_events(doc, events, timexes, article.published)
    actors = {aid: a.model_copy(deep=True) for aid, a in layer.actors.items()}
    for q in quotes:
        if q.speaker in actors:
            actors[q.speaker].quotes.append(q)
    return ArticleRecords(
        article=article.model_copy(update={"timexes": timexes}),
        actors=list(actors.values()), events=events,
    )


def extract_batch(articles: list[Article], model: str | None = None,
                  batch_size: int = 32) -> list[ArticleRecords]:
    """Parse and extract a list of articles in this process."""
    nlp = load_model(model)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    return [extract_doc(doc, art) for doc, art in zip(docs, articles)]


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _work(args):
    articles, model, batch_size = args
    return extract_batch(articles, model, batch_size)


def extract_articles(articles: Iterable[Article], model: str | None = None, jobs: int = 1,
                     batch_size: int = 32) -> Iterator[ArticleRecords]:
    """Yield one :class:`ArticleRecords` per article, in input order.

    Parameters
    ----------
    articles : iterable of Article
        Read lazily; at most a few batches are held in memory.
    model : str, optional
        spaCy model name (see :func:`graphkit.ingest.nlp.load_model`).
    jobs : int
        Worker processes; 1 parses in this process.
    batch_size : int
        Articles per ``nlp.pipe`` batch and per task sent to a worker.
    """
    if jobs <= 1:
        nlp = load_model(model)
        stream = iter(articles)
        for chunk in _chunks(stream, batch_size):
            docs = nlp.pipe((a.text for a in chunk), batch_size=batch_size)
            for doc, art in zip(docs, chunk):
                yield extract_doc(doc, art)
        return
    import multiprocessing as mp

    load_model(model)  # fail early, in this process, if the model is missing
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs) as pool:
        tasks = ((chunk, model, batch_size) for chunk in _chunks(articles, batch_size))
        for result in pool.imap(_work, tasks):
            yield from result
