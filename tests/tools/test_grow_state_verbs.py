"""tools/grow_state_verbs.py: verbs of states, feelings and thought, from WordNet (skipped without it)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_state_verbs")


def test_grown_list_is_what_the_shipped_list_holds(wn):
    words = grow.state_verbs(wn)
    assert set(words) == word_list("state_verbs")
    assert {"be", "remain", "become", "need", "want", "know", "have"} <= set(words)
    assert not {"privatise", "cut", "raise", "sign", "visit", "impose", "send"} & set(words)  # acts to promise


def test_a_verb_is_a_state_by_most_of_its_uses(wn):
    assert grow.state_share(wn, "seem") == 1.0
    assert grow.state_share(wn, "cut") < 0.5
