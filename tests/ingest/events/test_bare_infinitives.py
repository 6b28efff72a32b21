"""A bare-infinitive complement takes its time from the verb it completes."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.bare_infinitives import bare_clause, bare_future
from graphkit.ingest.events.certainty import assess


def _helped(vocab, aux, tag="VBP"):
    # laws [will] help the Board investigate abuses
    words = ["laws"] + ([aux] if aux else []) + ["help", "Board", "investigate", "abuses"]
    o = 1 if aux else 0
    heads = [1 + o] + ([1 + o] if aux else []) + [1 + o, 3 + o, 1 + o, 3 + o]
    deps = ["nsubj"] + (["aux"] if aux else []) + ["ROOT", "nsubj", "ccomp", "dobj"]
    tags = ["NNS"] + (["MD"] if aux else []) + ["VBD" if not aux else "VB", "NNP", tag, "NNS"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    return doc, 3 + o


@pytest.mark.parametrize("aux,expected", [("will", "possible"), ("would", "possible"), (None, "asserted")])
def test_a_bare_clause_under_a_future_or_modal_verb_is_only_possible(vocab, aux, expected):
    doc, v = _helped(vocab, aux)
    assert bare_clause(doc[v])
    assert bare_future(doc[v]) is (aux is not None)
    assert assess(doc[v]).certainty == expected


def test_a_tensed_complement_is_no_bare_clause(vocab):
    doc, v = _helped(vocab, "will", tag="VBD")
    assert not bare_clause(doc[v])
