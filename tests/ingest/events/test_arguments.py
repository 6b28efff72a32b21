"""The roles of one trigger candidate (graphkit.ingest.events.arguments), on hand-built spaCy Docs."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of


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
