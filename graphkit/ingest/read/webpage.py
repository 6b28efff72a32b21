"""Saved HTML pages: main text, title and date through trafilatura.

trafilatura (with htmldate) is the maintained extractor for news pages; it strips menus,
footers and scripts and reads the publication date from the page's metadata. A page it
cannot parse, or one without main text, is a problem, not a crash.

Examples
--------
>>> parse_html("<html><head><script>var x = 1;</script></head><body></body></html>", id="p") is None
True
"""
from __future__ import annotations

from graphkit.ingest.read.decode import clean_text
from graphkit.ingest.read.published import parse_published
from graphkit.models import Article, Problem

__all__ = ["parse_html"]


def _clean(value) -> str | None:
    return clean_text(str(value))[0] if value else None


def parse_html(html: str, id: str, source: str | None = None,
               problems: list[Problem] | None = None) -> Article | None:
    """An article from a saved HTML page, or None (with a problem) when it has no main text.

    Parameters
    ----------
    html : str
        The page.
    id : str
        The article id.
    source : str, optional
        Where the page came from (for problem reports).
    problems : list, optional
        Receives a :class:`Problem` when the page has no article text or cannot be parsed.
    """
    import trafilatura

    sink = problems if problems is not None else []
    src = source or id
    html, _ = clean_text(html)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html) if text and text.strip() else None
    except Exception as err:  # lxml and trafilatura raise many types on broken markup
        sink.append(Problem(source=src, reason=f"cannot parse the HTML page: {type(err).__name__}: {err}"))
        return None
    if not text or not text.strip():
        sink.append(Problem(source=src, reason="no article text found in the HTML page"))
        return None
    text = clean_text(text)[0]
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    return Article(id=id, text=text, title=_clean(title), published=parse_published(date),
                   source=source, url=_clean(url))
