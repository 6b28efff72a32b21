"""'Agree that' a state of affairs shares a view; 'agree that' an act, 'agree to' or 'agree on' commits."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.frames import unreal_frame
from graphkit.ingest.events.views import shared_view


def _agreed_that(vocab, subj: tuple[str, str, str], aux: str, verb: tuple[str, str]) -> Doc:
    # they agreed that <subj> <aux> <verb>
    return Doc(vocab, words=["they", "agreed", "that", subj[0], aux, verb[0]], heads=[1, 1, 5, 5, 5, 1],
               deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp"],
               tags=["PRP", "VBD", "IN", subj[1], "MD", "VB"], pos=["PRON", "VERB", "SCONJ", subj[2], "AUX", "VERB"],
               lemmas=["they", "agree", "that", subj[0].lower(), aux, verb[1]])


@pytest.mark.parametrize("subj,aux,verb,view", [
    (("surplus", "NN", "NOUN"), "would", ("persist", "persist"), True),      # a trend: a shared view
    (("surplus", "NN", "NOUN"), "should", ("persist", "persist"), False),    # a duty: what is to be done
    (("Japan", "NNP", "PROPN"), "would", ("persist", "persist"), False),     # an actor's doing
    (("surplus", "NN", "NOUN"), "would", ("withdraw", "withdraw"), False),   # an act of the lexicon
])
def test_a_finite_clause_agreed_is_a_view_unless_it_tells_an_act(vocab, subj, aux, verb, view):
    doc = _agreed_that(vocab, subj, aux, verb)
    assert shared_view(doc[1]) is view
    assert (unreal_frame(doc[1]) == "view") is view


def test_agreeing_to_or_on_commits(vocab):
    # they agreed on the terms that the surplus would persist (an "on" object): a commitment
    doc = Doc(vocab, words=["they", "agreed", "on", "terms", "that", "surplus", "would", "persist"],
              heads=[1, 1, 1, 2, 7, 7, 7, 1], deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "aux", "ccomp"],
              tags=["PRP", "VBD", "IN", "NNS", "IN", "NN", "MD", "VB"],
              lemmas=["they", "agree", "on", "term", "that", "surplus", "would", "persist"])
    assert not shared_view(doc[1])


def test_other_verbs_are_left_alone(vocab):
    doc = _agreed_that(vocab, ("surplus", "NN", "NOUN"), "would", ("persist", "persist"))
    assert not shared_view(doc[5])
    assert not shared_view(doc[0])


def test_real_model_view_and_commitment(nlp):
    from graphkit.api import build  # noqa: PLC0415 - the whole pipeline, for one sentence each
    recs = [{"id": "a", "text": "Japan and the United States agreed that the trade surplus would persist.",
             "published": "1987-03-10"},
            {"id": "b", "text": "Britain and France agreed that they would cooperate on defence.",
             "published": "1987-03-10"}]
    graph = build(recs)
    asserted = {(e.article, e.type) for e in graph.events if e.certainty == "asserted"}
    assert ("a", "AGREE") not in asserted
    assert ("b", "AGREE") in asserted
