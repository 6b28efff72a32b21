"""Picking the tokens of a word list from a Doc's attribute arrays."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.events.scan import predicate, tokens_where, words
from graphkit.ingest.events.triggers import lemma_of


def _doc(words_, lemmas, pos):
    return Doc(Vocab(), words=words_, lemmas=lemmas, pos=pos)


def test_words_match_the_token_attributes():
    doc = _doc(["Allegations", "BY", "Howard", "Found"], ["Allegation", "", "Howard", "find"],
               ["NOUN", "ADP", "PROPN", "VERB"])
    w = words(doc)
    assert w.pos == [t.pos_ for t in doc]
    assert w.lemma == [lemma_of(t) for t in doc] == ["allegation", "by", "howard", "find"]
    assert w.lower == [t.text.lower() for t in doc]


def test_an_untagged_token_has_an_empty_part_of_speech():
    doc = Doc(Vocab(), words=["calls", "grew"])
    assert words(doc).pos == ["", ""]
    assert tokens_where(doc, "NOUN", {"calls"}) == []


def test_tokens_where_filters_by_part_of_speech_and_lemma_in_text_order():
    doc = _doc(["calls", "call", "pressure", "called"], ["call", "call", "pressure", "call"],
               ["NOUN", "VERB", "NOUN", "VERB"])
    assert [t.i for t in tokens_where(doc, "NOUN", {"call", "pressure"})] == [0, 2]
    assert [t.i for t in tokens_where(doc, "VERB", {"call"})] == [1, 3]


def test_a_new_doc_is_read_afresh():
    first = _doc(["calls"], ["call"], ["NOUN"])
    second = _doc(["found", "it"], ["find", "it"], ["VERB", "PRON"])
    assert words(first).lemma == ["call"]
    assert words(second).lemma == ["find", "it"]
    assert words(first).lemma == ["call"]


def _parsed(words_, lemmas, deps, heads):
    return Doc(Vocab(), words=words_, lemmas=lemmas, deps=deps, heads=heads)


def test_the_predicate_of_a_subject_is_its_verb_and_adjective_complement():
    doc = _parsed(["the", "strike", "entered", "its", "day"], ["the", "strike", "enter", "its", "day"],
                  ["det", "nsubj", "ROOT", "poss", "dobj"], [1, 2, 2, 4, 2])
    assert predicate(doc[1]) == {"enter"}
    assert predicate(doc[4]) == set()  # an object is no subject
    doc = _parsed(["the", "retaliation", "was", "swift"], ["the", "retaliation", "be", "swift"],
                  ["det", "nsubj", "ROOT", "acomp"], [1, 2, 2, 2])
    assert predicate(doc[1]) == {"be", "swift"}


def test_a_modal_negated_or_any_subject_has_no_predicate():
    doc = _parsed(["the", "strike", "could", "spread"], ["the", "strike", "could", "spread"],
                  ["det", "nsubj", "aux", "ROOT"], [1, 3, 3, 3])
    assert predicate(doc[1]) == set()
    doc = _parsed(["the", "strike", "did", "not", "spread"], ["the", "strike", "do", "not", "spread"],
                  ["det", "nsubj", "aux", "neg", "ROOT"], [1, 4, 4, 4, 4])
    assert predicate(doc[1]) == set()
    doc = _parsed(["any", "retaliation", "was", "swift"], ["any", "retaliation", "be", "swift"],
                  ["det", "nsubj", "ROOT", "acomp"], [1, 2, 2, 2])
    assert predicate(doc[1]) == set()
