"""News outlets (graphkit.ingest.events.outlets) on hand-built Docs."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.outlets import names_an_outlet, to_an_outlet

_SPOKE = Trigger("CONSULT", None, "spoke to")


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows])


def _spoke_to(vocab, *party, trig=_SPOKE):
    # Clarke spoke to <party ...>: party rows are (word, head, dep, pos), heads counted from 0
    doc = _doc(vocab, [("Clarke", 1, "nsubj", "PROPN"), ("spoke", 1, "ROOT", "VERB"), ("to", 1, "prep", "ADP"), *party])
    return SimpleNamespace(kind="verb", head=doc[1], trig=trig)


def test_a_broadcaster_anywhere_in_the_name_is_an_outlet(vocab):
    # Clarke spoke to BBC Radio Scotland
    c = _spoke_to(vocab, ("BBC", 5, "compound", "PROPN"), ("Radio", 5, "compound", "PROPN"),
                  ("Scotland", 2, "pobj", "PROPN"))
    assert to_an_outlet(c)
    # Clarke spoke to the BBC's Today programme
    c = _spoke_to(vocab, ("the", 4, "det", "DET"), ("BBC", 7, "poss", "PROPN"), ("'s", 4, "case", "PART"),
                  ("Today", 7, "compound", "PROPN"), ("programme", 2, "pobj", "NOUN"))
    assert to_an_outlet(c)


def test_a_title_word_counts_only_at_the_end_of_a_proper_name(vocab):
    # Clarke spoke to the Times / the Post Office union / UN observers
    assert to_an_outlet(_spoke_to(vocab, ("the", 4, "det", "DET"), ("Times", 2, "pobj", "PROPN")))
    c = _spoke_to(vocab, ("the", 6, "det", "DET"), ("Post", 5, "compound", "PROPN"),
                  ("Office", 6, "compound", "PROPN"), ("union", 2, "pobj", "NOUN"))
    assert not to_an_outlet(c)
    doc = _doc(vocab, [("UN", 1, "compound", "PROPN"), ("observers", 1, "ROOT", "NOUN")])
    assert not names_an_outlet(doc[1])


def test_a_party_or_another_act_stays(vocab):
    # Clarke spoke to Bush
    assert not to_an_outlet(_spoke_to(vocab, ("Bush", 2, "pobj", "PROPN")))
    # Clarke criticised the BBC: the outlet is the target of an accusation, not a channel
    c = _spoke_to(vocab, ("the", 4, "det", "DET"), ("BBC", 2, "pobj", "PROPN"),
                  trig=Trigger("ACCUSE", None, "criticized"))
    assert not to_an_outlet(c)
    # a verb with no party at all is no interview ("the ministers met")
    doc = _doc(vocab, [("ministers", 1, "nsubj", "NOUN"), ("met", 1, "ROOT", "VERB")])
    assert not to_an_outlet(SimpleNamespace(kind="verb", head=doc[1], trig=Trigger("CONSULT", None, "met")))


def test_a_person_of_an_outlet_is_no_outlet(vocab):
    # Clarke met the BBC's director general
    doc = _doc(vocab, [("Clarke", 1, "nsubj", "PROPN"), ("met", 1, "ROOT", "VERB"), ("the", 3, "det", "DET"),
                       ("BBC", 6, "poss", "PROPN"), ("'s", 3, "case", "PART"), ("director", 6, "compound", "NOUN"),
                       ("general", 1, "dobj", "NOUN")])
    assert not to_an_outlet(SimpleNamespace(kind="verb", head=doc[1], trig=Trigger("CONSULT", None, "met")))
