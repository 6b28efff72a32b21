"""The doers an event noun names (graphkit.ingest.events.agents), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.agents import noun_agents
from tests.ingest.events.test_find import parse


def test_talks_between_parties_are_theirs(vocab):
    rows = [("talks", 0, "ROOT", "NOUN", "talk"), ("between", 0, "prep", "ADP", "between"),
            ("Israel", 1, "pobj", "PROPN", "Israel"), ("and", 2, "cc", "CCONJ", "and"),
            ("Hamas", 2, "conj", "PROPN", "Hamas")]
    doc, layer = parse(vocab, rows, {2: ("israel", "country"), 4: ("hamas", "organization")})
    assert noun_agents(doc[0], layer) == ["israel", "hamas"]
