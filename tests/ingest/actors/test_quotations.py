"""Sentences wholly in quotation marks (graphkit.ingest.actors.quotations)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.quotations import quoted_only_sentences


def test_quoted_only_sentences_are_those_wholly_between_quotation_marks(vocab):
    words = ["A", "said", ":", '"', "B", "won", ".", "C", "lost", ".", '"', "D", "left", "."]
    spaces = [True, False, True, False, True, False, True, True, False, False, True, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=[1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0])
    assert quoted_only_sentences(doc) == {7}
