"""tools/grow_transitive_verbs.py: verbs every WordNet frame of which has an object (skipped without WordNet)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_transitive_verbs")


def test_grown_list_is_what_is_shipped(wn):
    assert set(grow.transitive_verbs(wn)) == set(word_list("transitive_verbs"))


def test_a_verb_with_an_intransitive_frame_is_not_listed(wn):
    words = set(grow.transitive_verbs(wn))
    assert {"jail", "arrest", "detain", "imprison"} <= words
    assert not {"escape", "kill", "go", "resign"} & words
