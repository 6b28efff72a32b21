"""Delegates at a named body's meeting act for it (graphkit.ingest.actors.gatherings)."""

from tests.ingest.actors.test_find import make_doc, run


def _delegates(vocab, holder, ent):
    # Delegates at the <holder> meeting rejected the plan .
    rows = [("Delegates", 5, "nsubj", "NOUN", "NNS", "O"), ("at", 0, "prep", "ADP", "IN", "O"),
            ("the", 4, "det", "DET", "DT", "O"), (holder, 4, "compound", "PROPN", "NNP", ent),
            ("meeting", 1, "pobj", "NOUN", "NN", "O"), ("rejected", 5, "ROOT", "VERB", "VBD", "O"),
            ("the", 7, "det", "DET", "DT", "O"), ("plan", 5, "dobj", "NOUN", "NN", "O"),
            (".", 5, "punct", "PUNCT", ".", "O")]
    doc = make_doc(vocab, rows=rows)
    for tok, lemma in zip(doc, ["delegate", "at", "the", holder, "meeting", "reject", "the", "plan", "."], strict=True):
        tok.lemma_ = lemma
    return run(doc)


def test_delegates_at_a_named_bodys_meeting_are_that_body(vocab):
    layer, by = _delegates(vocab, "OPEC", "B-ORG")
    assert layer.at(0) is not None and layer.at(0) == layer.at(3)


def test_delegates_at_a_meeting_of_no_named_body_stay_unread(vocab):
    layer, _ = _delegates(vocab, "annual", "O")
    assert layer.at(0) is None
