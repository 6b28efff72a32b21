"""Expletive "it" (:mod:`graphkit.ingest.actors.expletives`) on hand-built Docs."""
from spacy.tokens import Doc

from graphkit.ingest.actors.expletives import is_pleonastic


def _it_was(vocab, adjective, verb="cut"):
    # it was ADJ to VERB
    return Doc(vocab, words=["it", "was", adjective, "to", verb], heads=[1, 1, 1, 4, 2],
               deps=["nsubj", "ROOT", "acomp", "aux", "xcomp"], lemmas=["it", "be", adjective, "to", verb])


def test_an_adjective_of_the_subjects_own_readiness_makes_it_refer(vocab):
    for adjective in ("willing", "ready", "prepared", "unable", "reluctant"):
        assert not is_pleonastic(_it_was(vocab, adjective)[0]), adjective


def test_an_evaluative_adjective_with_an_infinitive_is_extraposition(vocab):
    for adjective in ("hard", "unrealistic", "important", "likely"):
        assert is_pleonastic(_it_was(vocab, adjective)[0]), adjective


def test_expletive_dependency_and_other_pronouns(vocab):
    doc = Doc(vocab, words=["it", "seems", "that", "they", "left"], heads=[1, 1, 4, 4, 1],
              deps=["expl", "ROOT", "mark", "nsubj", "ccomp"])
    assert is_pleonastic(doc[0])
    assert not is_pleonastic(doc[3])
