"""Where query and timeline get their graph: graph.sqlite, graph.json, or articles built first."""
from __future__ import annotations

import pytest
from query_data import small_kg

from graphkit.cli.source import graph_file, open_graph
from graphkit.errors import GraphFormatError
from graphkit.graph.store import GraphStore
from graphkit.knowledge import KnowledgeGraph


def test_a_folder_is_answered_from_its_sqlite_else_its_json(tmp_path):
    small_kg().save(tmp_path, formats=["json"])
    assert isinstance(open_graph(str(tmp_path)), KnowledgeGraph)
    assert graph_file([str(tmp_path)]) == tmp_path / "graph.json"
    small_kg().save(tmp_path, formats=["sqlite"])
    assert isinstance(open_graph(str(tmp_path)), GraphStore)
    assert isinstance(open_graph(str(tmp_path / "graph.json")), KnowledgeGraph)


def test_nothing_to_read_is_a_clear_error(tmp_path):
    assert graph_file([str(tmp_path)]) is None
    with pytest.raises(GraphFormatError, match="no articles to build"):
        open_graph(str(tmp_path))
