"""Acts measured out by a noun of runs or stretches (events.episodes), on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.episodes import measured_acts
from tests.ingest.events.test_find import events_of


def test_the_of_object_of_a_measuring_noun_and_its_conjuncts_are_the_acts(vocab):
    words = ["a", "wave", "of", "strikes", "and", "bombings"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 2, 3, 3], deps=["det", "ROOT", "prep", "pobj", "cc", "conj"],
              lemmas=["a", "wave", "of", "strike", "and", "bombing"],
              pos=["DET", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN"])
    assert [t.text for t in measured_acts(doc[1])] == ["strikes", "bombings"]


def test_a_noun_that_measures_no_acts_gives_none(vocab):
    doc = Doc(vocab, words=["a", "list", "of", "strikes"], heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
              lemmas=["a", "list", "of", "strike"], pos=["DET", "NOUN", "ADP", "NOUN"])
    assert measured_acts(doc[1]) == []


def _launched(measure, act, act_lemma):
    # Israel launched a <measure> of <act> on Gaza
    rows = [("Israel", 1, "nsubj", "PROPN", "Israel"), ("launched", 1, "ROOT", "VERB", "launch"),
            ("a", 3, "det", "DET", "a"), (measure, 1, "dobj", "NOUN", measure), ("of", 3, "prep", "ADP", "of"),
            (act, 4, "pobj", "NOUN", act_lemma), ("on", 5, "prep", "ADP", "on"), ("Gaza", 6, "pobj", "PROPN", "Gaza")]
    return rows, {0: ("isr", "country"), 7: ("gaza", "location")}


def test_launching_a_wave_of_attacks_is_an_attack(vocab):
    assert [e[0] for e in events_of(vocab, *_launched("wave", "attacks", "attack"), asserted_only=True)] == ["ASSAULT"]


def test_launching_a_wave_of_things_that_are_no_acts_is_none(vocab):
    assert events_of(vocab, *_launched("wave", "leaflets", "leaflet")) == []
    # a noun that measures nothing does not lend its "of" noun to the verb
    assert events_of(vocab, *_launched("list", "attacks", "attack")) == []
