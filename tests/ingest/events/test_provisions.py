"""What a document of terms "calls for" (graphkit.ingest.events.provisions), on hand-built Docs."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.mood import asserts_a_fact
from graphkit.ingest.events.provisions import sets_out_terms


@pytest.mark.parametrize("subject,verb,expected", [
    ("plan", "call", True),          # the plan calls for loans to be tied to reforms
    ("contract", "require", True),   # the contract requires deliveries
    ("resolution", "call", False),   # the resolution calls for a ceasefire: the body's demand
    ("Iran", "call", False),         # Iran called for talks
    ("plan", "urge", False),         # "urge" is said by someone, never by a plan's terms
])
def test_a_document_of_terms_provides_what_it_calls_for(vocab, subject, verb, expected):
    doc = Doc(vocab, words=["the", subject, verb + "s", "for", "loans"], heads=[1, 2, 2, 2, 3],
              deps=["det", "nsubj", "ROOT", "prep", "pobj"], lemmas=["the", subject, verb, "for", "loan"])
    assert sets_out_terms(doc[2]) is expected
    assert asserts_a_fact(doc[2]) is expected  # the demand is dropped by the event stage


def test_a_package_calling_for_spending_sets_it_out(vocab):
    # revealed a package calling for spending  /  passed a resolution calling for a ceasefire
    for noun, expected in (("package", True), ("resolution", False)):
        doc = Doc(vocab, words=["revealed", "a", noun, "calling", "for", "spending"], heads=[0, 2, 0, 2, 3, 4],
                  deps=["ROOT", "det", "dobj", "acl", "prep", "pobj"], tags=["VBD", "DT", "NN", "VBG", "IN", "NN"],
                  lemmas=["reveal", "a", noun, "call", "for", "spending"])
        assert sets_out_terms(doc[3]) is expected
