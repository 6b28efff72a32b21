"""Predictions (graphkit.ingest.events.predictions) on hand-built Docs."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.predictions import no_doer, predicted_content

_DEMANDED = Trigger("REQUEST", None, "demanded")


def _said(vocab, subj, pos):
    # he said <subj> should fall
    doc = Doc(vocab, words=["he", "said", subj, "should", "fall"], heads=[1, 1, 4, 4, 1],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], pos=["PRON", "VERB", pos, "AUX", "VERB"],
              lemmas=["he", "say", subj.lower(), "should", "fall"])
    return SimpleNamespace(kind="demand", head=doc[1], start=doc[3], content=doc[4], trig=_DEMANDED)


def test_a_should_whose_subject_cannot_act_predicts(vocab):
    assert predicted_content(_said(vocab, "inflation", "NOUN"))
    assert predicted_content(_said(vocab, "that", "PRON"))
    assert predicted_content(_said(vocab, "it", "PRON"))


def test_a_should_on_a_party_demands(vocab):
    assert not predicted_content(_said(vocab, "Japan", "PROPN"))
    assert not predicted_content(_said(vocab, "ministers", "NOUN"))
    # "it" standing for an actor ("Iran said it should be allowed ...") can act
    layer = SimpleNamespace(at=lambda i: "iran" if i == 2 else None)
    assert not predicted_content(_said(vocab, "it", "PRON"), layer)
    # a demonstrative is a situation whatever it was taken to stand for
    assert predicted_content(_said(vocab, "that", "PRON"), layer)


def test_a_quoted_should_is_judged_by_its_own_subject(vocab):
    # "... that should support our business," he added: the speech candidate's head is the quoted verb
    doc = Doc(vocab, words=["that", "should", "support", "business"], heads=[2, 2, 2, 2],
              deps=["nsubj", "aux", "ROOT", "dobj"], pos=["PRON", "AUX", "VERB", "NOUN"])
    assert predicted_content(SimpleNamespace(kind="speech", head=doc[2], start=doc[1], trig=_DEMANDED))
    # a speech act of another kind (an accusation read off a quotation) is not judged here
    assert not predicted_content(SimpleNamespace(kind="speech", head=doc[2], start=doc[2], trig=_DEMANDED))
    assert not predicted_content(SimpleNamespace(kind="speech", head=doc[2], start=doc[1],
                                                 trig=Trigger("ACCUSE", None, "accused")))


def test_a_name_or_a_noun_of_people_is_a_possible_doer(vocab):
    doc = Doc(vocab, words=["Congress", "voters", "there"], pos=["PROPN", "NOUN", "PRON"])
    assert [no_doer(t) for t in doc] == [False, False, True]
