"""tools/grow_control_verbs.py: object-control verbs from WordNet's frame 24 (skipped without WordNet)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_control_verbs")


def test_grown_list_is_what_is_shipped(wn):
    assert set(grow.object_control_verbs(wn)) == set(word_list("object_control_verbs"))


def test_using_and_promising_are_no_object_control(wn):
    words = set(grow.object_control_verbs(wn))
    assert {"urge", "prompt", "induce", "persuade"} <= words
    assert not {"use", "employ", "promise"} & words
