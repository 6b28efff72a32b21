"""Picking the tokens of a word list from a Doc's attribute arrays."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.events.scan import tokens_where, words
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
