"""The graph.json codec: one validated pass for graphkit's files, clear errors for others."""
from __future__ import annotations

import gc
import json

import pytest
from query_data import small_kg

from graphkit.errors import GraphFormatError
from graphkit.graph.codec import dump_graph, parse_graph, read_graph


def _doc(**changes) -> dict:
    data = json.loads(dump_graph(small_kg()))
    data.update(changes)
    return data


def test_a_written_graph_reads_back_to_the_same_records_and_bytes(tmp_path):
    kg = small_kg()
    text = dump_graph(kg)
    (tmp_path / "graph.json").write_text(text, encoding="utf-8")
    parts = read_graph(tmp_path / "graph.json")
    assert parts.actors == kg.actors and parts.events == kg.events and parts.articles == kg.articles
    assert dump_graph(parts) == text
    assert parse_graph(text.encode("utf-8")) == parts


def test_the_garbage_collector_is_running_again_after_a_read():
    assert gc.isenabled()
    parse_graph(dump_graph(small_kg()))
    assert gc.isenabled()
    with pytest.raises(GraphFormatError):
        parse_graph("{")
    assert gc.isenabled()


@pytest.mark.parametrize("text, message", [
    ("{", "not a graph.json file: Expecting property name"),
    ('{"format": "graphkit/2"}', "format must be 'graphkit/1'"),
    ("[1, 2]", "format must be 'graphkit/1'"),
])
def test_foreign_files_get_a_clear_error(text, message):
    with pytest.raises(GraphFormatError, match=message):
        parse_graph(text)


def test_a_bad_record_is_named():
    data = _doc()
    data["actors"][0]["kind"] = "planet"
    with pytest.raises(GraphFormatError, match="(?s)graph.json has an invalid record: .*Actor.*kind"):
        parse_graph(json.dumps(data))
    data = _doc()
    data["events"][0]["colour"] = "red"  # unknown fields are refused, as before
    with pytest.raises(GraphFormatError, match="(?s)invalid record.*colour"):
        parse_graph(json.dumps(data))


def test_unknown_top_level_keys_and_missing_metadata_are_accepted():
    data = _doc(extra={"x": 1})
    del data["metadata"]
    parts = parse_graph(json.dumps(data))
    assert parts.metadata == {} and parts.problems == [] and len(parts.events) == len(small_kg().events)


def test_metadata_keeps_its_keys_and_problems_apart():
    kg = small_kg()
    kg.metadata = {"pipeline": "1", "note": [1, 2]}
    parts = parse_graph(dump_graph(kg))
    assert parts.metadata == {"pipeline": "1", "note": [1, 2]}


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(GraphFormatError, match="cannot read graph file"):
        read_graph(tmp_path / "missing.json")
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"format": "graphkit/1", "x": "caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(GraphFormatError, match="not UTF-8"):
        read_graph(bad)
