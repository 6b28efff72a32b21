"""Demands read from "X said Y must/should ..." (graphkit.ingest.events.demands) on hand-built spaCy Docs."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.demands import demand_modal, forecast


class _Layer:
    def __init__(self, actors):
        self._actors = actors

    def at(self, i):
        return self._actors.get(i)


def _said(vocab, subject, modal, verb, lemma, obj=None):
    # X said <subject> <modal> <verb> [<obj>]
    words = ["X", "said", subject, modal, verb] + ([obj] if obj else [])
    heads = [1, 1, 4, 4, 1] + ([4] if obj else [])
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp"] + (["dobj"] if obj else [])
    lemmas = ["X", "say", subject, modal, lemma] + ([obj] if obj else [])
    pos = ["PROPN", "VERB", "PROPN", "AUX", "VERB"] + (["NOUN"] if obj else [])
    return Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_what_an_actor_must_do_is_a_demand_on_it(vocab):
    doc = _said(vocab, "Israel", "must", "withdraw", "withdraw")
    assert demand_modal(doc[4], _Layer({2: "isr"})).text == "must"


def test_a_subject_no_one_can_ask_makes_no_demand(vocab):
    doc = _said(vocab, "Israel", "must", "withdraw", "withdraw")
    assert demand_modal(doc[4], _Layer({})) is None


@pytest.mark.parametrize("verb,lemma,obj,expected", [("rise", "rise", None, True), ("post", "post", "profit", True),
                                                     ("open", "open", "market", False),
                                                     ("increase", "increase", "imports", False)])
def test_a_change_without_object_or_a_result_is_a_forecast(vocab, verb, lemma, obj, expected):
    doc = _said(vocab, "Japan", "should", verb, lemma, obj)
    assert forecast(doc[4]) is expected
    assert (demand_modal(doc[4], _Layer({2: "jpn"})) is None) is expected


def _ought(vocab, verb, lemma, obj=None):
    # X said Japan ought to <verb> [<obj>]: the parser heads the clause with "ought"
    words = ["X", "said", "Japan", "ought", "to", verb] + ([obj] if obj else [])
    heads = [1, 1, 3, 1, 5, 3] + ([5] if obj else [])
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "aux", "xcomp"] + (["dobj"] if obj else [])
    lemmas = ["X", "say", "Japan", "ought", "to", lemma] + ([obj] if obj else [])
    pos = ["PROPN", "VERB", "PROPN", "AUX", "PART", "VERB"] + (["NOUN"] if obj else [])
    return Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_what_an_actor_ought_to_do_is_a_demand_on_it(vocab):
    doc = _ought(vocab, "cut", "cut", "surplus")
    assert demand_modal(doc[3], _Layer({2: "jpn"})).text == "ought"


def test_what_ought_to_happen_to_a_thing_is_a_forecast(vocab):
    doc = _ought(vocab, "rise", "rise")
    assert demand_modal(doc[3], _Layer({2: "jpn"})) is None
