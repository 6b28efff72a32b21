"""tools/grow_workers.py: plural nouns for people by the work they do, from WordNet (skipped without it)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_workers")


def test_grown_lists_are_what_the_shipped_lists_hold(wn):
    for name, seeds in grow.SEEDS.items():
        assert set(grow.grow(wn, seeds)) == word_list(name)
    assert {"dockworkers", "miners", "seamen", "farmers"} <= word_list("worker_nouns")
    assert {"exporters", "producers"} <= word_list("trader_nouns")
    assert {"delegates", "negotiators"} <= word_list("delegate_nouns")
    assert not {"plants", "troops", "tourists"} & word_list("worker_nouns")
