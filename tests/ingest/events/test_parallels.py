"""The subject a pronoun takes over from a coordinated clause (graphkit.ingest.events.parallels)."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.parallels import parallel_clause
from graphkit.ingest.events.roles import subject_actors
from graphkit.models import Actor


def _doc(vocab, first=("president", "NN"), pronoun="he"):
    # The <first> praised X , but <pronoun> criticised Britain
    words = ["The", first[0], "praised", "X", ",", "but", pronoun, "criticised", "Britain"]
    return Doc(vocab, words=words, heads=[1, 2, 2, 2, 2, 2, 7, 2, 7],
               deps=["det", "nsubj", "ROOT", "dobj", "punct", "cc", "nsubj", "conj", "dobj"],
               tags=["DT", first[1], "VBD", "NNP", ",", "CC", "PRP", "VBD", "NNP"],
               lemmas=["the", first[0], "praise", "X", ",", "but", pronoun, "criticise", "Britain"])


def test_an_unresolved_pronoun_takes_the_coordinated_clauses_subject(vocab):
    doc = _doc(vocab)
    layer = ActorLayer()
    layer.actors["opec"] = Actor(id="opec", name="OPEC", kind="organization")
    layer.token_actor[1] = "opec"
    assert parallel_clause(doc[7]).i == 2
    assert subject_actors(doc[7], layer) == ["opec"]


def test_a_pronoun_that_does_not_agree_takes_nothing(vocab):
    assert parallel_clause(_doc(vocab, pronoun="it")[7]) is None  # "the president" is no "it"
    assert parallel_clause(_doc(vocab, ("ministers", "NNS"))[7]) is None  # "he" is no plural
    assert parallel_clause(_doc(vocab, ("bank", "NN"), "it")[7]).i == 2
