"""Time clauses whose event is yet to come."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.horizon import future_time_clause, present_clause


def _until(vocab, aux: str, tag: str) -> Doc:
    # Iran vowed to fight until Saddam <aux> toppled
    return Doc(vocab, words=["Iran", "vowed", "to", "fight", "until", "Saddam", aux, "toppled"],
               heads=[1, 1, 3, 1, 7, 7, 7, 3],
               deps=["nsubj", "ROOT", "aux", "xcomp", "mark", "nsubjpass", "auxpass", "advcl"],
               tags=["NNP", "VBD", "TO", "VB", "IN", "NNP", tag, "VBN"],
               lemmas=["Iran", "vow", "to", "fight", "until", "Saddam", "be", "topple"])


def test_present_passive_after_until_is_not_asserted(vocab):
    doc = _until(vocab, "is", "VBZ")
    assert future_time_clause(doc[7], {"until"})
    assert assess(doc[7]).certainty == "possible"


def test_past_after_until_is_a_fact(vocab):
    doc = _until(vocab, "was", "VBD")
    assert not present_clause(doc[7])
    assert assess(doc[7]).certainty == "asserted"


def test_present_after_when_needs_a_future_main_clause(vocab):
    # Iran attacks when Iraq withdraws  (a habit, not told as yet to come)
    doc = Doc(vocab, words=["Iran", "attacks", "when", "Iraq", "withdraws"], heads=[1, 1, 4, 4, 1],
              deps=["nsubj", "ROOT", "mark", "nsubj", "advcl"], tags=["NNP", "VBZ", "WRB", "NNP", "VBZ"])
    assert present_clause(doc[4])
    assert not future_time_clause(doc[4], {"when"})
    assert future_time_clause(doc[4], {"until"})
