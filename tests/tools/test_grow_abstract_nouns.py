"""tools/grow_abstract_nouns.py: nouns that name no party and nothing one can strike (skipped without WordNet)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_abstract_nouns")


def test_abstractions_are_kept_and_parties_places_and_things_left_out(wn):
    words = set(grow.grow(wn))
    assert {"desire", "surplus", "mentality", "deadline"} <= words
    # a person or a place among the first senses, a group anywhere, or first a thing
    assert not {"target", "position", "force", "competition", "industry", "tanker", "minister"} & words


def test_grown_list_is_what_is_shipped(wn):
    assert word_list("abstract_nouns") == frozenset(grow.grow(wn))
