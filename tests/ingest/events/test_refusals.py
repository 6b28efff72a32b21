"""When the negation of a cooperative act is a refusal."""
from __future__ import annotations

from graphkit.ingest.events.certainty import Assessment
from graphkit.ingest.events.refusals import negation_refuses
from tests.ingest.events.test_find import parse


def _did_not(vocab, verb):
    rows = [("Peru", 3, "nsubj", "PROPN", "Peru"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
            (verb, 3, "ROOT", "VERB", verb), ("it", 3, "dobj", "PRON", "it")]
    return parse(vocab, rows, {})[0][3]


def test_not_accepting_refuses_not_offering_does_not(vocab):
    assert negation_refuses(_did_not(vocab, "accept"), Assessment("negated"))
    assert not negation_refuses(_did_not(vocab, "offer"), Assessment("negated"))
    assert not negation_refuses(_did_not(vocab, "propose"), Assessment("negated"))


def test_a_negated_purpose_refuses_nothing(vocab):
    assert not negation_refuses(_did_not(vocab, "accept"), Assessment("negated", purpose=True))
