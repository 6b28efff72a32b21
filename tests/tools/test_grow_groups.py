"""tools/grow_groups.py: plural nouns for groups that act by force or crime, from WordNet (skipped without it)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_groups")


def test_grown_list_is_what_the_shipped_list_holds(wn):
    words = grow.grow(wn)
    assert set(words) == word_list("group_wordnet")
    assert {"kidnappers", "gunmen", "looters", "hijackers"} <= set(words)
    assert not {"bombers", "runners", "hoods", "boxers"} & set(words)  # first a plane, an athlete...
