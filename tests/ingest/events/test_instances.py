"""The owner of a named thing taken for a person (graphkit.ingest.events.instances)."""
from __future__ import annotations

from graphkit.ingest.events.instances import instance_owners
from tests.ingest.events.test_find import events_of, parse


def _attack(noun, noun_lemma):
    # Iraq attacked the U.S. <noun> Stark
    return [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("the", 5, "det", "DET", "the"), ("U.S.", 4, "compound", "PROPN", "U.S."),
            (noun, 5, "compound", "NOUN", noun_lemma), ("Stark", 1, "dobj", "PROPN", "Stark")]


_ACTORS = {0: ("iraq", "country"), 3: ("usa", "country"), 5: ("stark", "person")}


def test_a_named_ship_is_its_owners(vocab):
    doc, layer = parse(vocab, _attack("frigate", "frigate"), _ACTORS)
    assert instance_owners(doc[5], layer) == ["usa"]
    assert [e[3] for e in events_of(vocab, _attack("frigate", "frigate"), _ACTORS) if e[0] == "ASSAULT"] == [["usa"]]


def test_a_person_after_a_noun_for_people_stays_the_person(vocab):
    doc, layer = parse(vocab, _attack("envoy", "envoy"), _ACTORS)
    assert instance_owners(doc[5], layer) == []
    assert [e[3] for e in events_of(vocab, _attack("envoy", "envoy"), _ACTORS) if e[0] == "ASSAULT"] == [["stark"]]
