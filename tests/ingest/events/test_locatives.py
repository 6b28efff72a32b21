"""Towns named only as where something happened (graphkit.ingest.events.locatives), on hand-built Docs."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.locatives import only_located, venue_towns


class _Layer:
    def __init__(self, token_actor, kinds):
        self.token_actor = token_actor
        self.actors = {a: SimpleNamespace(kind=k) for a, k in kinds.items()}

    def at(self, i):
        return self.token_actor.get(i)


# At the Venice summit , partners called on Washington
WORDS = ["At", "the", "Venice", "summit", ",", "partners", "called", "on", "Washington"]
HEADS = [6, 3, 3, 0, 6, 6, 6, 6, 7]
DEPS = ["prep", "det", "compound", "pobj", "punct", "nsubj", "ROOT", "prep", "pobj"]
POS = ["ADP", "DET", "PROPN", "NOUN", "PUNCT", "NOUN", "VERB", "ADP", "PROPN"]
LEMMAS = ["at", "the", "Venice", "summit", ",", "partner", "call", "on", "Washington"]


def test_a_town_named_only_as_a_venue_is_no_party_to_a_demand(vocab):
    doc = Doc(vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS, sent_starts=[1] + [0] * 8)
    layer = _Layer({2: "venice", 8: "washington"}, {"venice": "location", "washington": "location"})
    assert venue_towns("REQUEST", doc[6], ["venice", "washington"], layer) == ["venice"]
    # a material act may be aimed at the place ("shelled positions in Juba"): not read
    assert venue_towns("ASSAULT", doc[6], ["venice", "washington"], layer) == []


def test_a_country_or_a_town_named_as_an_argument_stays(vocab):
    doc = Doc(vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS, sent_starts=[1] + [0] * 8)
    layer = _Layer({2: "italy", 8: "washington"}, {"italy": "country", "washington": "location"})
    assert venue_towns("REQUEST", doc[6], ["italy", "washington"], layer) == []


def test_a_multiword_town_in_a_locative_phrase(vocab):
    # met the committee in New York  /  New York 's demands
    doc = Doc(vocab, words=["met", "in", "New", "York"], heads=[0, 0, 3, 1],
              deps=["ROOT", "prep", "compound", "pobj"], pos=["VERB", "ADP", "PROPN", "PROPN"])
    assert only_located(doc, [2, 3])
    doc = Doc(vocab, words=["New", "York", "'s", "demands"], heads=[1, 3, 1, 3],
              deps=["compound", "poss", "case", "ROOT"], pos=["PROPN", "PROPN", "PART", "NOUN"])
    assert not only_located(doc, [0, 1])
    assert not only_located(doc, [])


def test_a_town_modifying_a_thing_is_not_only_located(vocab):
    # give Montreal special status (the parser's "Montreal" modifies "status", no event noun)
    doc = Doc(vocab, words=["give", "Montreal", "special", "status"], heads=[0, 3, 3, 0],
              deps=["ROOT", "nmod", "amod", "dobj"], pos=["VERB", "PROPN", "ADJ", "NOUN"],
              lemmas=["give", "Montreal", "special", "status"])
    assert not only_located(doc, [1])


def test_a_town_modifying_a_compound_event_noun_is_its_venue(vocab):
    # at the Geneva superpower talks
    doc = Doc(vocab, words=["at", "the", "Geneva", "superpower", "talks"], heads=[0, 4, 3, 4, 0],
              deps=["ROOT", "det", "compound", "compound", "pobj"], pos=["ADP", "DET", "PROPN", "NOUN", "NOUN"],
              lemmas=["at", "the", "Geneva", "superpower", "talk"])
    assert only_located(doc, [2])
