"""Quotation marks glued to the next word become tokens of their own (graphkit.ingest.prepare.marks)."""
import pytest
import spacy

from graphkit.ingest.prepare.marks import split_glued_marks
from graphkit.ingest.prepare.sentences import tokenize


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def words(doc):
    return [t.text for t in doc if not t.is_space]


def test_closing_mark_glued_to_the_speaker_is_cut_with_its_comma(blank):
    doc = split_glued_marks(blank.make_doc('"They go the other way,"Carlucci said.'))
    assert words(doc)[-6:] == ["way", ",", '"', "Carlucci", "said", "."]
    assert doc.text == '"They go the other way,"Carlucci said.'


def test_mark_after_a_full_stop_and_an_opening_mark_after_a_colon_are_cut(blank):
    doc = split_glued_marks(blank.make_doc('"Yes."He left. He said:"We won."'))
    assert '"' in words(doc) and "He" in words(doc) and "We" in words(doc)
    assert not any(w.startswith('"') and len(w) > 1 for w in words(doc))


def test_a_mark_between_letters_is_an_apostrophe_and_stays(blank):
    doc = split_glued_marks(blank.make_doc('Japan"s view is clear.'))
    assert words(doc)[0] == 'Japan"s'


def test_tokenize_cuts_the_glued_mark_and_keeps_offsets(blank):
    text = '"No deal,"Baker said.\n    He left.'
    doc = tokenize(blank, text)
    assert "Baker" in words(doc) and doc.text == text
    assert [t.text for t in doc if t.is_sent_start] == ['"', "He"]


@pytest.mark.model
def test_the_speaker_of_a_glued_quotation_is_the_subject(nlp):
    doc = nlp(tokenize(nlp, '"Indeed, they tend to go in the other direction,"Carlucci said.'))
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Carlucci"]


def test_a_dotted_abbreviation_keeps_its_stop(blank):
    doc = split_glued_marks(blank.make_doc('He said the U.S."Trade" law.'))
    assert "U.S." in words(doc) and '"' in words(doc)
