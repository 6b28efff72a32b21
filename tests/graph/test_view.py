"""View and Deferred: the small graphs GraphStore hands the query functions."""
from __future__ import annotations

from graphkit.graph.view import Deferred, View
from graphkit.models import Article


def test_deferred_counts_without_reading_and_reads_once():
    reads, counts = [], []
    d = Deferred(lambda: counts.append(1) or 3, lambda: reads.append(1) or ["x", "y", "z"])
    assert len(d) == 3 and not d.loaded and reads == []
    assert d[1:] == ["y", "z"] and list(d) == ["x", "y", "z"] and "y" in d
    assert len(d) == 3 and reads == [1] and counts == [1]  # read once; then counted from the records


def test_a_view_with_deferred_articles_gives_plain_lists_to_a_graph():
    view = View(actors=[], events=[])
    view.articles = Deferred(lambda: 1, lambda: [Article(id="a", text="")])
    parts = view.parts()
    assert type(parts.articles) is list and [a.id for a in parts.articles] == ["a"]
