"""Sentences wholly in quotation marks (graphkit.ingest.actors.quotations)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.quotations import quoted_only_sentences


def test_quoted_only_sentences_are_those_wholly_between_quotation_marks(vocab):
    words = ["A", "said", ":", '"', "B", "won", ".", "C", "lost", ".", '"', "D", "left", "."]
    spaces = [True, False, True, False, True, False, True, True, False, False, True, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=[1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0])
    assert quoted_only_sentences(doc) == {7}


def test_a_quotation_left_open_closes_at_a_paragraph_that_opens_without_a_mark(vocab):
    words = ['"', "B", "won", ".", "\n    ", "He", "left", ".", "\n    ", '"', "C", "lost", "."]
    doc = Doc(vocab, words=words, sent_starts=[1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0])
    assert quoted_only_sentences(doc) == {0, 9}


def test_a_quotation_runs_on_into_a_paragraph_that_opens_with_a_mark(vocab):
    words = ['"', "B", "won", ".", "\n    ", '"', "C", "lost", ".", "He", "left", "."]
    doc = Doc(vocab, words=words, sent_starts=[1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0])
    assert quoted_only_sentences(doc) == {0, 5, 9}
