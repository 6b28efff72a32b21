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


def _called_for(mod):
    # Britain called for an <mod> withdrawal from Lebanon
    return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("called", 1, "ROOT", "VERB", "call"),
            ("for", 1, "prep", "ADP", "for"), ("an", 5, "det", "DET", "an"), (mod, 5, "amod", "ADJ", mod.lower()),
            ("withdrawal", 2, "pobj", "NOUN", "withdrawal"), ("from", 5, "prep", "ADP", "from"),
            ("Lebanon", 6, "pobj", "PROPN", "Lebanon")]


def test_a_request_for_an_act_asks_its_doer_not_the_place_it_concerns(vocab):
    actors = {0: ("gbr", "country"), 7: ("lbn", "country")}
    got = [e for e in events_of(vocab, _called_for("Israeli"), actors) if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in got] == [(["gbr"], ["israel"])]
    # an act no one is named to do: the request keeps the parties its phrases name
    got = [e for e in events_of(vocab, _called_for("early"), actors) if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in got] == [(["gbr"], ["lbn"])]


def test_one_asked_by_name_stays_the_one_asked(vocab):
    # Britain asked Japan for an Israeli withdrawal from Lebanon
    rows = _called_for("Israeli")
    rows = rows[:2] + [("Japan", 1, "dobj", "PROPN", "Japan")] + [
        (w, h + (h >= 2), d, p, lem) for w, h, d, p, lem in rows[2:]]
    rows[1] = ("asked", 1, "ROOT", "VERB", "ask")
    actors = {0: ("gbr", "country"), 2: ("jpn", "country"), 8: ("lbn", "country")}
    got = [e for e in events_of(vocab, rows, actors) if e[0] == "REQUEST"]
    assert [(e[2], e[3][:1]) for e in got] == [(["gbr"], ["jpn"])]
