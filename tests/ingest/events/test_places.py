"""Where an event happened (graphkit.ingest.events.places)."""
from __future__ import annotations

from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.places import location_of
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
