"""tools/grow_happening_nouns.py: nouns of happenings that are no attack (skipped without WordNet)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_happening_nouns")


def test_happenings_are_kept_and_attacks_parties_and_things_left_out(wn):
    words = set(grow.grow(wn))
    assert {"strike", "slump", "earthquake", "lawsuit", "crisis"} <= words
    # first an attack or a fight, among the first senses a person, group, place or thing, or any sense a party
    # ("forces" are troops)
    assert not {"attack", "raid", "war", "riot", "gunfire", "bomb", "missile", "rebel", "army", "force"} & words


def test_grown_list_is_what_is_shipped(wn):
    assert word_list("happening_nouns") == frozenset(grow.grow(wn))
