"""Saved HTML pages: main text, title and date through trafilatura.

trafilatura (with htmldate) is the maintained extractor for news pages; it strips menus,
footers and scripts and reads the publication date from the page's metadata.
"""
from __future__ import annotations

from graphkit.ingest.dates_iso import parse_published
from graphkit.models import Article, Problem

__all__ = ["parse_html"]


def parse_html(html: str, id: str, source: str | None = None,
               problems: list[Problem] | None = None) -> Article | None:
    """An article from a saved HTML page, or None (with a problem) when it has no main text."""
    import trafilatura

    sink = problems if problems is not None else []
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        sink.append(Problem(source=source or id, reason="no article text found in the HTML page"))
        return None
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    return Article(id=id, text=text, title=title, published=parse_published(date), source=source, url=url)
