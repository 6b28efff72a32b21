"""The per-article pipeline, stage by stage: read, prepare, actors, time, events.

This module shows the order of the stages and nothing else. Each stage is a subpackage of
:mod:`graphkit.ingest` exporting its entry point:

1. :mod:`~graphkit.ingest.read` -- bytes to :class:`~graphkit.models.Article` (files, records, pages);
2. :mod:`~graphkit.ingest.prepare` -- Article to a parsed spaCy ``Doc`` (guard, model, sentences);
3. :mod:`~graphkit.ingest.actors` -- the actors and their mentions;
4. :mod:`~graphkit.ingest.time` -- time expressions resolved against the publication date;
5. :mod:`~graphkit.ingest.events` -- PLOVER events, their roles, certainty, quotes and dates.

:mod:`~graphkit.ingest.run` runs :func:`extract_doc` over many articles (this process, worker
processes or Dask) with a cache.

Examples
--------
>>> from graphkit.models import Article
>>> from graphkit.ingest.prepare import load_model, tokenize
>>> nlp = load_model(None)
>>> art = Article(id="a", text="Kerry met Netanyahu in Cairo.")
>>> recs = extract_doc(nlp(tokenize(nlp, art.text, None)), art)
>>> sorted(a.name for a in recs.actors)
['Cairo', 'Kerry', 'Netanyahu']
"""
from __future__ import annotations

from graphkit.ingest.actors import find_actors
from graphkit.ingest.events import date_events, find_events
from graphkit.ingest.events.quotes import doc_text
from graphkit.ingest.events.regions import drop_regions
from graphkit.ingest.time import find_timexes
from graphkit.models import Article, ArticleRecords

__all__ = ["extract_doc", "PIPELINE_VERSION"]

#: Bumped whenever extraction changes, so cached results are not reused across versions.
PIPELINE_VERSION = "1"


def extract_doc(doc, article: Article) -> ArticleRecords:
    """Actors, time expressions and dated events of one parsed article."""
    layer = find_actors(doc, article)
    timexes = find_timexes(doc, article.published, doc_text(doc, article))
    events, quotes = find_events(doc, article, layer, timexes)
    events = drop_regions(date_events(doc, events, timexes, article.published), layer.actors)
    said: dict[str, list] = {}
    for q in quotes:
        if q.speaker in layer.actors:
            said.setdefault(q.speaker, []).append(q)
    actors = {aid: a.model_copy(update={"quotes": [*a.quotes, *said[aid]]}) if aid in said else a
              for aid, a in layer.actors.items()}
    return ArticleRecords(
        article=article.model_copy(update={"timexes": timexes}),
        actors=list(actors.values()), events=events,
    )


