"""Acts restated by an "as" clause (graphkit.ingest.events.restatements), on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.restatements import restated


def _cut_as(vocab, subject=None):
    # Japan cut rates as (it) agreed with Mexico
    words = ["Japan", "cut", "rates", "as", *([subject] if subject else []), "agreed", "with", "Mexico"]
    n = len(words)
    agreed = 5 if subject else 4
    heads = [1, 1, 1, agreed, *([agreed] if subject else []), 1, agreed, agreed + 1]
    deps = ["nsubj", "ROOT", "dobj", "mark", *(["nsubj"] if subject else []), "advcl", "prep", "pobj"]
    tags = ["NNP", "VBD", "NNS", "IN", *(["PRP"] if subject else []), "VBD", "IN", "NNP"]
    assert len(heads) == n
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_a_subjectless_as_clause_restates_and_a_finite_one_does_not(vocab):
    doc = _cut_as(vocab)
    assert restated(doc[4])
    doc = _cut_as(vocab, "it")
    assert not restated(doc[5])
    assert not restated(doc[1])  # the main clause


def test_an_agreement_restated_by_as_is_no_event(vocab):
    # Japan cut rates as agreed with Mexico: the agreement is recalled; "and agreed with Mexico" tells it
    from graphkit.ingest.events.find import find_events
    from graphkit.models import Article
    from tests.ingest.events.test_find import parse

    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("cut", 1, "ROOT", "VERB", "cut"),
            ("rates", 1, "dobj", "NOUN", "rate"), ("as", 4, "mark", "SCONJ", "as"),
            ("agreed", 1, "advcl", "VERB", "agree"), ("with", 4, "prep", "ADP", "with"),
            ("Mexico", 5, "pobj", "PROPN", "Mexico")]
    parties = {0: ("jpn", "country"), 6: ("mex", "country")}
    for mark, dep, told in (("as", "advcl", False), ("and", "conj", True)):
        rows[3], rows[4] = (mark, 4 if mark == "as" else 1, "mark" if mark == "as" else "cc", "SCONJ", mark), (
            "agreed", 1, dep, "VERB", "agree")
        doc, layer = parse(vocab, rows, parties)
        doc[4].tag_ = "VBN"
        events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
        assert any(e.type == "AGREE" for e in events) is told
