"""Where an event happened (graphkit.ingest.events.places)."""
from __future__ import annotations

from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.places import left_places, location_of
from graphkit.models import Article
from tests.ingest.events.test_find import parse


def _attack(prep):
    # Iran attacked <prep> the peaks of Iraq
    return [("Iran", 1, "nsubj", "PROPN", "Iran"), ("attacked", 1, "ROOT", "VERB", "attack"),
            (prep, 1, "prep", "ADP", prep), ("the", 4, "det", "DET", "the"), ("peaks", 2, "pobj", "NOUN", "peak"),
            ("of", 4, "prep", "ADP", "of"), ("Iraq", 5, "pobj", "PROPN", "Iraq")]


def test_a_country_attacked_in_is_where_and_so_at_whom(vocab):
    for prep in ("in", "inside"):
        doc, layer = parse(vocab, _attack(prep), {0: ("iran", "country"), 6: ("iraq", "country")})
        assert location_of([doc[1]], layer, lambda aid: "country") == "iraq"
        events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
        assert [(e.type, e.actors, e.recipients) for e in events] == [("ASSAULT", ["iran"], ["iraq"])]


def test_a_country_an_attack_comes_from_is_no_location(vocab):
    doc, layer = parse(vocab, _attack("from"), {0: ("iran", "country"), 6: ("iraq", "country")})
    assert location_of([doc[1]], layer, lambda aid: "country") is None


def _withdrew(noun, lemma):
    # Israel withdrew from <noun> in Lebanon
    return [("Israel", 1, "nsubj", "PROPN", "Israel"), ("withdrew", 1, "ROOT", "VERB", "withdraw"),
            ("from", 1, "prep", "ADP", "from"), (noun, 2, "pobj", "NOUN", lemma), ("in", 3, "prep", "ADP", "in"),
            ("Lebanon", 4, "pobj", "PROPN", "Lebanon")]


def test_a_withdrawal_from_a_thing_in_a_place_leaves_the_place(vocab):
    actors = {0: ("israel", "country"), 5: ("lebanon", "country")}
    doc, layer = parse(vocab, _withdrew("positions", "position"), actors)
    assert left_places(doc[1], layer, lambda aid: "country") == ["lebanon"]
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.recipients) for e in events] == [("RETREAT", ["israel"], ["lebanon"])]


def test_a_withdrawal_from_an_act_held_in_a_place_leaves_no_place(vocab):
    doc, layer = parse(vocab, _withdrew("talks", "talk"), {0: ("israel", "country"), 5: ("lebanon", "country")})
    assert left_places(doc[1], layer, lambda aid: "country") == []
