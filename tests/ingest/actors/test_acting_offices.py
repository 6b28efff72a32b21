"""actors.acting_offices: a ministry named by its portfolio that takes part in a clause is an actor."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.actors.acting_offices import is_acting


def _doc(words, heads, deps):
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_a_ministry_subject_after_the_acts():
    doc = _doc(["But", "the", "Finance", "Ministry", "asked", "for", "figures"], [4, 3, 3, 4, 4, 4, 5],
               ["cc", "det", "compound", "nsubj", "ROOT", "prep", "pobj"])
    assert is_acting(doc, 2, 4)


def test_a_ministry_object_of_a_preposition_acts():
    doc = _doc(["Houses", "complained", "to", "the", "Finance", "Ministry"], [1, 1, 1, 5, 5, 2],
               ["nsubj", "ROOT", "prep", "det", "compound", "pobj"])
    assert is_acting(doc, 4, 6)


def test_a_ministry_in_a_title_does_not_act():
    doc = _doc(["The", "Foreign", "Ministry", "spokesman", "said"], [3, 2, 3, 4, 4],
               ["det", "compound", "compound", "nsubj", "ROOT"])
    assert not is_acting(doc, 1, 3)


def test_an_office_without_the_or_of_one_word_does_not_act():
    doc = _doc(["Finance", "Ministry", "asked"], [1, 2, 2], ["compound", "nsubj", "ROOT"])
    assert not is_acting(doc, 0, 2)
    doc = _doc(["the", "State", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"])
    assert not is_acting(doc, 1, 2)  # "State" alone: an office, not a ministry or department
