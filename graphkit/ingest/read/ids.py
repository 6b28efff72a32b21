"""Unique article ids: the one renaming rule every reader and runner applies.

Two inputs that give the same article id would mix their records (event ids repeat, graph
nodes collide), so the later one is renamed ``id~2`` (``~3``, ...) with a warning. The rule
is applied once per build, in input order, over all inputs together: files, records given
to :func:`graphkit.build`, and the shards a Dask build reads on its workers (the driver
renames, :mod:`graphkit.ingest.run.dask`), so every way of building gives the same ids.

Examples
--------
>>> ids = IdRenamer()
>>> [ids.rename(i) for i in ["dup", "x1", "dup", "dup", "dup~2"]]
[None, None, 'dup~2', 'dup~3', 'dup~2~2']
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from graphkit.models import Article, Problem

__all__ = ["IdRenamer", "unique_articles", "renamed_message", "rename_article"]


def renamed_message(old: str, new: str) -> str:
    """The warning of a renamed article (also added to the article's ``warnings``)."""
    return f"article id {old!r} already used; renamed {new!r}"


class IdRenamer:
    """Remembers the ids seen so far; :meth:`rename` gives the new id of a repeat (else None)."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def rename(self, aid: str) -> str | None:
        """None when ``aid`` is new (it is then taken), else the first free ``aid~N`` (taken too)."""
        n = self._seen.get(aid, 0) + 1
        self._seen[aid] = n
        if n == 1:
            return None
        new = f"{aid}~{n}"
        while new in self._seen:
            n += 1
            new = f"{aid}~{n}"
        self._seen[new] = 1
        return new


def rename_article(article: Article, new: str) -> Article:
    """``article`` under the id ``new``, with the renaming warning."""
    msg = renamed_message(article.id, new)
    return article.model_copy(update={"id": new, "warnings": [*article.warnings, msg]})


def unique_articles(articles: Iterable[Article], renamer: IdRenamer, sink: list[Problem]) -> Iterator[Article]:
    """``articles`` with repeated ids renamed (a non-fatal problem each), in order.

    >>> sink = []
    >>> [a.id for a in unique_articles([Article(id="a", text="x"), Article(id="a", text="y")], IdRenamer(), sink)]
    ['a', 'a~2']
    >>> sink[0].reason
    "article id 'a' already used; renamed 'a~2'"
    """
    for a in articles:
        new = renamer.rename(a.id)
        if new is not None:
            sink.append(Problem(source=a.source or a.id, reason=renamed_message(a.id, new), fatal=False))
            a = rename_article(a, new)
        yield a
