"""Where an event happened (graphkit.ingest.events.places)."""
from __future__ import annotations

from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.places import location_of, theatre_countries
from graphkit.models import Actor, Article
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


def _layer_of(vocab, rows, doer_code):
    doc, layer = parse(vocab, rows, {0: ("attacker", "country"), 6: ("basra", "location")})
    layer.actors["attacker"] = layer.actors["attacker"].model_copy(update={"code": doer_code})
    layer.actors["iraq"] = Actor(id="iraq", name="Iraq", kind="country", code="IRQ")
    layer.actors["basra"] = layer.actors["basra"].model_copy(update={"affiliations": ["iraq"]})
    return doc, layer


def test_an_attack_made_in_another_country_is_aimed_at_it(vocab):
    rows = _attack("across")
    rows[6] = ("Basra", 5, "pobj", "PROPN", "Basra")
    doc, layer = _layer_of(vocab, rows, "IRN")
    assert theatre_countries([doc[1]], ["attacker"], layer) == ["iraq"]
    got = [(e.type, e.actors, e.recipients) for e in find_events(doc, Article(id="a", text=doc.text), layer, [])[0]]
    assert ("ASSAULT", ["attacker"], ["iraq"]) in got
    # in its own country an attack names no target; nor does one whose attacker has no country
    doc, layer = _layer_of(vocab, rows, "IRQ")
    assert theatre_countries([doc[1]], ["attacker"], layer) == []
    doc, layer = _layer_of(vocab, rows, None)
    assert theatre_countries([doc[1]], ["attacker"], layer) == []
