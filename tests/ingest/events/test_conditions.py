"""Conditions: condition clauses and whose commitment a conditional is."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.conditions import condition_of, own_commitment


def test_inverted_condition_is_read(vocab):
    words = ["Should", "Iran", "attack", ",", "US", "will", "retaliate"]
    doc = Doc(vocab, words=words, heads=[2, 2, 6, 6, 6, 6, 6],
              deps=["aux", "nsubj", "advcl", "punct", "nsubj", "aux", "ROOT"])
    assert condition_of(doc[2]) == "if"
    assert assess(doc[6]).certainty == "possible"
    doc = Doc(vocab, words=["When", "Iran", "attacked", ",", "US", "retaliated"], heads=[2, 2, 5, 5, 5, 5],
              deps=["advmod", "nsubj", "advcl", "punct", "nsubj", "ROOT"])
    assert condition_of(doc[2]) is None


def test_as_if_and_in_case(vocab):
    # he spoke as if war had begun / we act in case Iran attacks
    doc = Doc(vocab, words=["he", "spoke", "as", "if", "war", "began"], heads=[1, 1, 5, 5, 5, 1],
              deps=["nsubj", "ROOT", "mark", "mark", "nsubj", "advcl"])
    assert condition_of(doc[5]) is None
    doc = Doc(vocab, words=["we", "act", "in", "case", "Iran", "attacks"], heads=[1, 1, 5, 2, 5, 1],
              deps=["nsubj", "ROOT", "prep", "pobj", "nsubj", "advcl"])
    assert condition_of(doc[5]) == "if"


def test_in_case_hung_on_the_main_verb(vocab):
    # we act in case US imposes tariffs: the parser hangs "in case" on the main verb
    doc = Doc(vocab, words=["we", "act", "in", "case", "US", "imposes", "tariffs"], heads=[1, 1, 1, 2, 5, 1, 5],
              deps=["nsubj", "ROOT", "prep", "pobj", "nsubj", "advcl", "dobj"])
    assert condition_of(doc[5]) == "if"
    # we act in that case US imposes tariffs: no opener right before the clause
    doc = Doc(vocab, words=["we", "act", "in", "that", "case", "US", "imposes", "tariffs"],
              heads=[1, 1, 1, 4, 2, 6, 1, 6], deps=["nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "advcl", "dobj"])
    assert condition_of(doc[6]) is None


def test_own_commitment_needs_the_speaker_or_a_will(vocab):
    # Nigeria said it would withdraw / X said miners would press / X said Petrobras will negotiate
    def sent(subj, aux, pos):
        return Doc(vocab, words=["X", "said", subj, aux, "act"], heads=[1, 1, 4, 4, 1],
                   deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], pos=["PROPN", "VERB", pos, "AUX", "VERB"])
    assert own_commitment(sent("it", "would", "PRON")[4], sent("it", "would", "PRON")[1])
    doc = sent("miners", "would", "NOUN")
    assert not own_commitment(doc[4], doc[1])
    doc = sent("Petrobras", "will", "PROPN")
    assert own_commitment(doc[4], doc[1])
    assert not own_commitment(doc[4], None)
