"""The roles of one trigger candidate (graphkit.ingest.events.arguments), on hand-built spaCy Docs."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of


def _blamed_on(prep, agent):
    # Rigaud blamed the problems <prep> an order <by|of> Duvalier
    return [("Rigaud", 1, "nsubj", "PROPN", "Rigaud"), ("blamed", 1, "ROOT", "VERB", "blame"),
            ("the", 3, "det", "DET", "the"), ("problems", 1, "dobj", "NOUN", "problem"), (prep, 1, "prep", "ADP", prep),
            ("an", 6, "det", "DET", "an"), ("order", 4, "pobj", "NOUN", "order"), (agent, 6, "prep", "ADP", agent),
            ("Duvalier", 7, "pobj", "PROPN", "Duvalier")]


def test_blame_put_on_an_act_is_put_on_its_doer(vocab):
    actors = {0: ("rigaud", "person"), 8: ("duvalier", "person")}
    got = [e for e in events_of(vocab, _blamed_on("on", "by"), actors) if e[0] == "ACCUSE"]
    assert got == [("ACCUSE", "blamed", ["rigaud"], ["duvalier"], "asserted")]
    # what is blamed "in" an order puts nothing on the order's giver
    got = [e for e in events_of(vocab, _blamed_on("in", "by"), actors) if e[0] == "ACCUSE"]
    assert got == [("ACCUSE", "blamed", ["rigaud"], [], "asserted")]
