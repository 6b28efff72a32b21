"""Elliptical clauses ("..., as did X") on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.ellipsis import elided_verb


def _doc(vocab, rows):
    words, heads, deps, pos, lemmas = zip(*rows, strict=True)
    return Doc(vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), lemmas=list(lemmas))


def test_as_did_skips_the_reporting_verb(vocab):
    # Blair said he offered his congratulations, as did Howard
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("said", 1, "ROOT", "VERB", "say"),
            ("he", 3, "nsubj", "PRON", "he"), ("offered", 1, "ccomp", "VERB", "offer"),
            ("congratulations", 3, "dobj", "NOUN", "congratulation"), (",", 1, "punct", "PUNCT", ","),
            ("as", 7, "mark", "SCONJ", "as"), ("did", 1, "advcl", "VERB", "do"),
            ("Howard", 7, "nsubj", "PROPN", "Howard")]
    assert elided_verb(_doc(vocab, rows)[7]).text == "offered"


def test_did_without_as_or_subject_is_no_ellipsis(vocab):
    # Blair praised Brown because Howard did
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("praised", 1, "ROOT", "VERB", "praise"),
            ("Brown", 1, "dobj", "PROPN", "Brown"), ("because", 5, "mark", "SCONJ", "because"),
            ("Howard", 5, "nsubj", "PROPN", "Howard"), ("did", 1, "advcl", "VERB", "do")]
    doc = _doc(vocab, rows)
    assert elided_verb(doc[5]) is None
    assert elided_verb(doc[1]) is None
