"""A means phrase ("by imposing tariffs") shares the modality of the act it is the means of."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.means import unrealised_means


def doc_of(vocab, rows):
    """A Doc from ``(word, head, dep, tag, pos, lemma)`` rows."""
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], pos=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def _retaliate(vocab, aux, prep="by"):
    """Japan [aux] retaliate(d) [prep] imposing tariffs."""
    rows = [("Japan", 2 if aux else 1, "nsubj", "NNP", "PROPN", "Japan")]
    if aux:
        tag = "RB" if aux == "not" else "MD"
        rows += [(aux, 2, "neg" if aux == "not" else "aux", tag, "PART" if aux == "not" else "AUX", aux)]
    v = len(rows)
    rows += [("retaliate" if aux else "retaliated", v, "ROOT", "VB" if aux else "VBD", "VERB", "retaliate"),
             (prep, v, "prep", "IN", "ADP", prep), ("imposing", v + 1, "pcomp", "VBG", "VERB", "impose"),
             ("tariffs", v + 2, "dobj", "NNS", "NOUN", "tariff")]
    return doc_of(vocab, rows), v + 2


@pytest.mark.parametrize("aux,expected", [("could", "possible"), ("might", "possible"), ("will", "possible"),
                                          (None, "asserted")])
def test_a_means_under_a_modal_is_no_fact(vocab, aux, expected):
    doc, gerund = _retaliate(vocab, aux)
    assert unrealised_means(doc[gerund]) is (expected == "possible")
    assert assess(doc[gerund]).certainty == expected


def test_only_prepositions_of_means_count(vocab):
    # "could retaliate after imposing tariffs": a time, not a means; left to the certainty walk
    doc, gerund = _retaliate(vocab, "could", prep="after")
    assert not unrealised_means(doc[gerund])
    doc, gerund = _retaliate(vocab, "could", prep="through")
    assert unrealised_means(doc[gerund])


def test_a_bare_conjunct_shares_the_modal_of_the_first(vocab):
    # Japan could protest and retaliate by imposing tariffs
    rows = [("Japan", 2, "nsubj", "NNP", "PROPN", "Japan"), ("could", 2, "aux", "MD", "AUX", "could"),
            ("protest", 2, "ROOT", "VB", "VERB", "protest"), ("and", 2, "cc", "CC", "CCONJ", "and"),
            ("retaliate", 2, "conj", "VB", "VERB", "retaliate"), ("by", 4, "prep", "IN", "ADP", "by"),
            ("imposing", 5, "pcomp", "VBG", "VERB", "impose")]
    assert unrealised_means(doc_of(vocab, rows)[6])
    rows[4] = ("retaliated", 2, "conj", "VBD", "VERB", "retaliate")  # a tensed conjunct is told as done
    assert not unrealised_means(doc_of(vocab, rows)[6])


def test_real_model_means_of_a_forecast(nlp):
    doc = nlp("He said Iraq might respond by attacking Iranian oil terminals.")
    attacking = next(t for t in doc if t.text == "attacking")
    assert assess(attacking).certainty == "possible"
    doc = nlp("Iraq responded by attacking Iranian oil terminals.")
    attacking = next(t for t in doc if t.text == "attacking")
    assert assess(attacking).certainty == "asserted"
