"""Full-text search: user words as FTS5 queries, and the in-memory index graph.json uses."""
from __future__ import annotations

import pytest
from query_data import small_kg

from graphkit.errors import QueryError
from graphkit.graph.fts import fts_query, match_events


def test_fts_queries_and_in_memory_matching():
    assert fts_query("Gaza  ceasefire") == '"Gaza" "ceasefire"'
    assert fts_query("peace OR truce") == "peace OR truce"
    kg = small_kg()
    assert match_events(kg.events, "shelled") == [1]
    assert match_events([], "anything") == []


def test_a_broken_query_is_a_query_error():
    with pytest.raises(QueryError, match="cannot search for"):
        match_events(small_kg().events, '"unbalanced')
