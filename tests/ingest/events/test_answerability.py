"""Holding a party responsible or accountable blames it (ACCUSE); holding captive, forecast or negated does not."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.answerability import held_to_blame
from tests.ingest.events.test_blame import _Layer


def _held(vocab, pred="responsible", dep="oprd", aux=None, neg=False):
    # Iran [will] [not] held Iraq <pred> for the attack
    pre = ([aux] if aux else []) + (["not"] if neg else [])
    n = len(pre)
    words = ["Iran"] + pre + ["held", "Iraq", pred, "for", "the", "attack"]
    v = 1 + n
    heads = [v] + [v] * n + [v, v, v, v + 2, v + 5, v + 3]
    deps = (["nsubj"] + (["aux"] if aux else []) + (["neg"] if neg else [])
            + ["ROOT", "dobj", dep, "prep", "det", "pobj"])
    pos = (["PROPN"] + (["AUX"] if aux else []) + (["PART"] if neg else [])
           + ["VERB", "PROPN", "ADJ", "ADP", "DET", "NOUN"])
    tags = [""] + (["MD"] if aux else []) + ([""] if neg else []) + [""] * 6
    lemmas = ["Iran"] + pre + ["hold", "Iraq", pred, "for", "the", "attack"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    return doc, doc[v]


@pytest.mark.parametrize("pred,dep", [("responsible", "oprd"), ("accountable", "ccomp"), ("responsible", "advcl")])
def test_holding_a_party_responsible_blames_it(vocab, pred, dep):
    doc, verb = _held(vocab, pred, dep)
    got = held_to_blame(verb, _Layer({0: "irn", 2 + 0: "irq"}))
    assert got is not None and (got.trig.type, got.extra["recipients"]) == ("ACCUSE", ["irq"])


@pytest.mark.parametrize("kw", [{"pred": "captive"}, {"aux": "will"}, {"neg": True}])
def test_holding_captive_forecast_or_negated_blames_no_one(vocab, kw):
    doc, verb = _held(vocab, **kw)
    iraq = next(t.i for t in doc if t.text == "Iraq")
    assert held_to_blame(verb, _Layer({0: "irn", iraq: "irq"})) is None


def test_holding_oneself_responsible_blames_no_one(vocab):
    doc, verb = _held(vocab)
    assert held_to_blame(verb, _Layer({0: "irn", 2: "irn"})) is None
