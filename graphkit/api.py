"""The Python face of ``graphkit build``.

Examples
--------
>>> from graphkit.models import Article
>>> kg = build([Article(id="a", text="Kerry met Netanyahu in Cairo on Monday.", published="2014-07-24")])
>>> sorted(a.name for a in kg.actors)
['Cairo', 'Kerry', 'Netanyahu']
"""
from __future__ import annotations

from typing import Iterable

from graphkit.graph.knowledge import KnowledgeGraph
from graphkit.graph.merge import Corpus
from graphkit.ingest.dates_iso import parse_published
from graphkit.ingest.pipeline import PIPELINE_VERSION, extract_articles
from graphkit.ingest.readers import read_articles
from graphkit.models import Article, Problem

__all__ = ["build", "iter_inputs"]


def iter_inputs(inputs, published: str | None, problems: list[Problem]) -> Iterable[Article]:
    """Articles from paths, ``Article`` records or record dicts (mixed freely)."""
    if isinstance(inputs, (str, bytes)) or not isinstance(inputs, Iterable):
        inputs = [inputs]
    default = parse_published(published) if published else None
    paths = []
    for item in inputs:
        if isinstance(item, Article):
            yield item if item.published or not default else item.model_copy(update={"published": default})
        elif isinstance(item, dict):
            from graphkit.ingest.readers import _record

            art = _record(item, str(item.get("id", "record")), problems, "record")
            if art is not None:
                yield art if art.published or not default else art.model_copy(update={"published": default})
        else:
            paths.append(item)
    if paths:
        yield from read_articles(paths, published=published, problems=problems)


def build(inputs, published: str | None = None, model: str | None = None, jobs: int = 1,
          batch_size: int = 32, progress=None) -> KnowledgeGraph:
    """Read articles, extract actors, events and dates, and merge them into a :class:`KnowledgeGraph`.

    Parameters
    ----------
    inputs : path, Article, dict, or an iterable of them
        Files, folders, ``-`` for stdin, or records ``{id, title?, text, published?, source?, url?}``.
    published : str, optional
        Publication date for articles that carry none (ISO ``YYYY-MM-DD``).
    model : str, optional
        spaCy model name; default from ``GRAPHKIT_MODEL``, else the installed English model.
    jobs : int
        Worker processes.
    """
    problems: list[Problem] = []
    corpus = Corpus()
    for records in extract_articles(iter_inputs(inputs, published, problems), model=model, jobs=jobs,
                                    batch_size=batch_size):
        corpus.add(records)
        if progress is not None:
            progress(records)
    return KnowledgeGraph(
        articles=corpus.articles, actors=list(corpus.actors.values()), events=corpus.events,
        problems=problems, metadata={"pipeline": PIPELINE_VERSION},
    )
