"""Whether a noun belongs to the place it is in (graphkit.ingest.events.belonging)."""
from spacy.tokens import Doc

from graphkit.ingest.events.belonging import of_where_they_are


def test_officials_belong_where_they_are_but_diplomats_and_economists_do_not(vocab):
    words = ["officials", "police", "diplomats", "embassy", "economists", "dealers", "market"]
    lemmas = ["official", "police", "diplomat", "embassy", "economist", "dealer", "market"]
    doc = Doc(vocab, words=words, lemmas=lemmas)
    assert [of_where_they_are(t) for t in doc] == [True, True, False, False, False, False, False]
