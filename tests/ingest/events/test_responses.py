"""An act named as what another act responds to keeps its own certainty."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.responses import responded_to


def _doc(vocab, verb: str, lemma: str) -> Doc:
    # Peru has yet to <verb> to the invitation
    return Doc(vocab, words=["Peru", "has", "yet", "to", verb, "to", "the", "invitation"],
               heads=[1, 1, 1, 4, 1, 4, 7, 5],
               deps=["nsubj", "ROOT", "advmod", "aux", "xcomp", "prep", "det", "pobj"],
               pos=["PROPN", "VERB", "ADV", "PART", "VERB", "ADP", "DET", "NOUN"],
               lemmas=["Peru", "have", "yet", "to", lemma, "to", "the", "invitation"])


def test_what_is_replied_to_was_made(vocab):
    doc = _doc(vocab, "reply", "reply")
    assert responded_to(doc[5], doc[7])
    assert assess(doc[7]).certainty == "asserted"


def test_other_verbs_pass_their_negation(vocab):
    doc = _doc(vocab, "agree", "agree")
    assert not responded_to(doc[5], doc[7])
    assert assess(doc[7]).certainty == "negated"


def test_rejected_object_was_made(vocab):
    # Iran did not accept the offer
    doc = Doc(vocab, words=["Iran", "did", "not", "accept", "the", "offer"], heads=[3, 3, 3, 3, 5, 3],
              deps=["nsubj", "aux", "neg", "ROOT", "det", "dobj"], pos=["PROPN", "AUX", "PART", "VERB", "DET", "NOUN"],
              lemmas=["Iran", "do", "not", "accept", "the", "offer"])
    assert responded_to(doc[5], doc[5])
    assert assess(doc[5]).certainty == "asserted"
