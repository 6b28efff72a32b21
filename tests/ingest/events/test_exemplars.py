"""Members named as examples of a group (graphkit.ingest.events.exemplars)."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.exemplars import names_examples


def test_like_and_such_as_name_examples_but_as_alone_does_not(vocab):
    doc = Doc(vocab, words=["banks", "like", "Chase"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])
    assert names_examples(doc[1])
    doc = Doc(vocab, words=["served", "as", "envoy"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])
    assert not names_examples(doc[1])
