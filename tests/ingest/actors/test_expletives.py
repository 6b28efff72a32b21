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


def _it_was_verbed_that(vocab, verb, lemma):
    # it was VERB that they left
    return Doc(vocab, words=["it", "was", verb, "that", "they", "left"], heads=[2, 2, 2, 5, 5, 2],
               deps=["nsubjpass", "auxpass", "ROOT", "mark", "nsubj", "ccomp"],
               lemmas=["it", "be", lemma, "that", "they", "leave"])


def test_a_passive_verb_with_its_that_clause_after_it_is_extraposition(vocab):
    for verb, lemma in (("decided", "decide"), ("reported", "report"), ("agreed", "agree")):
        assert is_pleonastic(_it_was_verbed_that(vocab, verb, lemma)[0]), verb


def test_the_passive_subject_of_a_verb_of_telling_is_the_one_told(vocab):
    assert not is_pleonastic(_it_was_verbed_that(vocab, "told", "tell")[0])
    # it was decided to leave: no clause of its own after the verb, left to the other rules
    doc = Doc(vocab, words=["it", "was", "decided", "to", "leave"], heads=[2, 2, 2, 4, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp"], lemmas=["it", "be", "decide", "to", "leave"])
    assert not is_pleonastic(doc[0])
