"""The doers an event noun names (graphkit.ingest.events.agents), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.agents import issuers, noun_agents
from tests.ingest.events.test_find import events_of, parse


def _given_by(obj=None):
    # the order (to send marines) was given (a reception) by Saboya
    rows = [("the", 1, "det", "DET", "the"), ("order", 6, "nsubjpass", "NOUN", "order"), ("to", 3, "aux", "PART", "to"),
            ("send", 1, "acl", "VERB", "send"), ("marines", 3, "dobj", "NOUN", "marine"),
            ("was", 6, "auxpass", "AUX", "be"), ("given", 6, "ROOT", "VERB", "give")]
    if obj:
        rows += [(obj, 6, "dobj", "NOUN", obj)]
    n = len(rows)
    return rows + [("by", 6, "agent", "ADP", "by"), ("Saboya", n, "pobj", "PROPN", "Saboya")]


def test_the_agent_of_giving_an_order_gives_it(vocab):
    doc, layer = parse(vocab, _given_by(), {8: ("saboya", "person")})
    assert issuers(doc[1], layer) == ["saboya"]
    assert noun_agents(doc[1], layer) == ["saboya"]
    # and does what the order's infinitive says
    assert ("MOBILIZE", "deployed against", ["saboya"], [], "asserted") in events_of(
        vocab, _given_by(), {8: ("saboya", "person")})
    # "was given a reception by X": X receives it, gives nothing
    doc, layer = parse(vocab, _given_by("reception"), {9: ("saboya", "person")})
    assert issuers(doc[1], layer) == []


def test_talks_between_parties_are_theirs(vocab):
    rows = [("talks", 0, "ROOT", "NOUN", "talk"), ("between", 0, "prep", "ADP", "between"),
            ("Israel", 1, "pobj", "PROPN", "Israel"), ("and", 2, "cc", "CCONJ", "and"),
            ("Hamas", 2, "conj", "PROPN", "Hamas")]
    doc, layer = parse(vocab, rows, {2: ("israel", "country"), 4: ("hamas", "organization")})
    assert noun_agents(doc[0], layer) == ["israel", "hamas"]
