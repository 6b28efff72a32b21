"""Saying another party is responsible for a harm is accusing it."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.blame import blamed_for, reported_blame


class _Layer:
    """Actors at token indices; no bodies, so a party's own side is itself."""

    def __init__(self, at):
        self._at = at
        self.actors = {}
        self.token_actor = dict(at)

    def at(self, i):
        return self._at.get(i)


def _said(vocab, obj, pred="responsible", neg=False):
    # Iran said Iraq was [not] responsible for the <obj>  /  Iraq was to blame for the <obj>
    to = ["to"] if pred == "blame" else []
    words = ["Iran", "said", "Iraq", "was"] + (["not"] if neg else []) + to + [pred, "for", "the", obj]
    p = len(words) - 4
    heads = [1, 1, 3, 1] + ([3] if neg else []) + ([p] if to else []) + [3, p, p + 3, p + 1]
    deps = (["nsubj", "ROOT", "nsubj", "ccomp"] + (["neg"] if neg else []) + (["aux"] if to else [])
            + ["xcomp" if to else "acomp", "prep", "det", "pobj"])
    pos = (["PROPN", "VERB", "PROPN", "AUX"] + (["PART"] if neg else []) + (["PART"] if to else [])
           + ["VERB" if to else "ADJ", "ADP", "DET", "NOUN"])
    lemmas = ["Iran", "say", "Iraq", "be"] + (["not"] if neg else []) + to + [pred, "for", "the", obj]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("obj,pred,want", [("attack", "responsible", True), ("bombing", "blame", True),
                                           ("aggression", "responsible", True), ("trade", "responsible", False),
                                           ("policy", "blame", False)])
def test_only_a_harm_is_blamed(vocab, obj, pred, want):
    doc = _said(vocab, obj, pred)
    assert (blamed_for(doc[3]) is not None) is want


def test_said_responsibility_for_a_harm_accuses_the_party(vocab):
    doc = _said(vocab, "attack")
    (c,) = reported_blame(doc, _Layer({0: "irn", 2: "irq"}), lambda t: (["irn"], doc[1]))
    assert (c.trig.type, c.extra["actors"], c.extra["recipients"]) == ("ACCUSE", ["irn"], ["irq"])


def test_denied_responsibility_or_ones_own_accuses_no_one(vocab):
    doc = _said(vocab, "attack", neg=True)
    assert reported_blame(doc, _Layer({0: "irn", 2: "irq"}), lambda t: (["irn"], doc[1])) == []
    doc = _said(vocab, "attack")
    assert reported_blame(doc, _Layer({0: "irn", 2: "irn"}), lambda t: (["irn"], doc[1])) == []


def test_a_spokesman_blaming_a_country_for_an_attack_is_his_country_accusing(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    text = "A spokesman for the Iranian government said Iraq was responsible for the attack."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    got = {(e.type, names[e.actors[0]], e.certainty) for e in recs.events if e.type == "ACCUSE"}
    assert got == {("ACCUSE", "Iran", "asserted")}


@pytest.mark.parametrize("obj,want", [("crimes", True), ("aggression", True), ("troops", False), ("funds", False)])
def test_saying_another_committed_a_harm_accuses_it(vocab, obj, want):
    # Iran said Iraq committed <obj>
    doc = Doc(vocab, words=["Iran", "said", "Iraq", "committed", obj], heads=[1, 1, 3, 1, 3],
              deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj"], pos=["PROPN", "VERB", "PROPN", "VERB", "NOUN"],
              lemmas=["Iran", "say", "Iraq", "commit", obj.rstrip("s") if obj != "aggression" else obj])
    got = reported_blame(doc, _Layer({0: "irn", 2: "irq"}), lambda t: (["irn"], doc[1]))
    assert [(c.extra["actors"], c.extra["recipients"]) for c in got] == ([(["irn"], ["irq"])] if want else [])


@pytest.mark.parametrize("obj,want", [("mistake", True), ("error", True), ("arrest", False), ("attack", False)])
def test_saying_another_made_an_error_accuses_it(vocab, obj, want):
    # Iran said Iraq made a <obj>: an error blames its maker; arrests and attacks made are no error
    doc = Doc(vocab, words=["Iran", "said", "Iraq", "made", "a", obj], heads=[1, 1, 3, 1, 5, 3],
              deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj"],
              pos=["PROPN", "VERB", "PROPN", "VERB", "DET", "NOUN"], lemmas=["Iran", "say", "Iraq", "make", "a", obj])
    got = reported_blame(doc, _Layer({0: "irn", 2: "irq"}), lambda t: (["irn"], doc[1]))
    assert [(c.extra["actors"], c.extra["recipients"]) for c in got] == ([(["irn"], ["irq"])] if want else [])
