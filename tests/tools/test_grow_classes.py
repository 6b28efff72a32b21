"""tools/grow_classes.py: the argument classes grown from WordNet (skipped without it)."""
from __future__ import annotations

from tests.tools.conftest import load_tool


def test_the_force_class_takes_the_armed_services(wn):
    classes = load_tool("grow_classes")
    roots, lexnames = classes.CLASSES["force"]
    words = set(classes.class_words(wn, roots, lexnames))
    assert {"army", "navy", "battalion", "soldier"} <= words
