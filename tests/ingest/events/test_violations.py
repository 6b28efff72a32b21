"""A violation told by a speaker is the speaker's accusation of the violator."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.violations import defies, reported_violations


class _Layer:
    """Actors at token indices; no bodies, so a party's own side is itself."""

    def __init__(self, at):
        self._at = at
        self.actors = {}
        self.token_actor = dict(at)

    def at(self, i):
        return self._at.get(i)


def _said(vocab, verb, obj, neg=False):
    # Canada said Washington [did not] <verb> the <obj>
    words = ["Canada", "said", "Washington"] + (["did", "not"] if neg else []) + [verb, "the", obj]
    v = len(words) - 3
    heads = [1, 1, v] + ([v, v] if neg else []) + [1, v + 2, v]
    deps = ["nsubj", "ROOT", "nsubj"] + (["aux", "neg"] if neg else []) + ["ccomp", "det", "dobj"]
    pos = ["PROPN", "VERB", "PROPN"] + (["AUX", "PART"] if neg else []) + ["VERB", "DET", "NOUN"]
    lemmas = ["Canada", "say", "Washington"] + (["do", "not"] if neg else []) + [verb, "the", obj]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas), v


@pytest.mark.parametrize("verb,obj,want", [("violate", "accord", True), ("breach", "agreement", True),
                                           ("break", "ceasefire", True), ("break", "record", False),
                                           ("sign", "accord", False)])
def test_defying_follows_the_lexicon_sense_with_its_object(vocab, verb, obj, want):
    doc, v = _said(vocab, verb, obj)
    assert defies(doc[v]) is want


def test_a_said_violation_accuses_the_violator(vocab):
    doc, v = _said(vocab, "violate", "accord")
    (c,) = reported_violations(doc, _Layer({0: "can", 2: "usa"}), lambda t: (["can"], doc[1]))
    assert (c.trig.type, c.extra["actors"], c.extra["recipients"], c.extra["alleged"]) == (
        "ACCUSE", ["can"], ["usa"], True)


def test_a_denied_violation_or_one_without_a_speaker_accuses_no_one(vocab):
    doc, v = _said(vocab, "violate", "accord", neg=True)
    assert reported_violations(doc, _Layer({0: "can", 2: "usa"}), lambda t: (["can"], doc[1])) == []
    doc, v = _said(vocab, "violate", "accord")
    assert reported_violations(doc, _Layer({0: "can", 2: "usa"}), lambda t: ([], None)) == []


def test_the_charge_replaces_the_violation_read_by_the_model(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    text = "Canada said the United States was violating the free trade agreement."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    got = {(e.type, names[e.actors[0]], e.certainty) for e in recs.events}
    assert got == {("ACCUSE", "Canada", "asserted")}
