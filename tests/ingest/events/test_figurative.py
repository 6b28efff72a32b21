"""Acts named only in a comparison (graphkit.ingest.events.figurative) on hand-built Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.figurative import in_comparison


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows])


def test_the_object_of_like_is_a_likeness(vocab):
    # "it was like killing the messenger" / "it was like a war"
    doc = _doc(vocab, [("it", 1, "nsubj"), ("was", 1, "ROOT"), ("like", 1, "prep"), ("killing", 2, "pcomp"),
                       ("the", 5, "det"), ("messenger", 3, "dobj")])
    assert in_comparison(doc[3])
    doc = _doc(vocab, [("it", 1, "nsubj"), ("was", 1, "ROOT"), ("like", 1, "prep"), ("a", 4, "det"),
                       ("war", 2, "pobj")])
    assert in_comparison(doc[4])


def test_as_if_and_as_though_are_unreal_but_as_alone_is_a_time(vocab):
    rows = [("they", 1, "nsubj"), ("acted", 1, "ROOT"), ("as", 5, "mark"), ("if", 5, "mark"),
            ("they", 5, "nsubj"), ("won", 1, "advcl")]
    assert in_comparison(_doc(vocab, rows)[5])
    rows[3] = ("though", 5, "mark")
    assert in_comparison(_doc(vocab, rows)[5])
    # "they celebrated as troops attacked": a time, the attack happened
    doc = _doc(vocab, [("they", 1, "nsubj"), ("celebrated", 1, "ROOT"), ("as", 4, "mark"), ("troops", 4, "nsubj"),
                       ("attacked", 1, "advcl")])
    assert not in_comparison(doc[4])


def test_a_main_verb_or_another_preposition_is_no_comparison(vocab):
    doc = _doc(vocab, [("rebels", 1, "nsubj"), ("killed", 1, "ROOT"), ("soldiers", 1, "dobj"), ("after", 1, "prep"),
                       ("talks", 3, "pobj")])
    assert not in_comparison(doc[1])
    assert not in_comparison(doc[4])
