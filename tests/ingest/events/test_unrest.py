"""Rule tests for the implied doers of strikes and protests (events.unrest) and the protest, strike
and accusation senses of "call for", "launch" and "charge that"."""
from __future__ import annotations

from graphkit.ingest.events.unrest import unrest_place
from tests.ingest.events.test_find import events_of, parse

_BROKE_OUT = [("Strikes", 1, "nsubj", "NOUN", "strike"), ("broke", 1, "ROOT", "VERB", "break"),
              ("out", 1, "prt", "ADP", "out"), ("in", 1, "prep", "ADP", "in")]


def test_strikes_in_a_country_are_done_by_that_country(vocab):
    rows = [*_BROKE_OUT, ("Brazil", 3, "pobj", "PROPN", "Brazil")]
    assert events_of(vocab, rows, {4: ("brazil", "country")}) == [
        ("PROTEST", "struck against", ["brazil"], [], "asserted")]


def test_protests_in_a_city_are_done_by_its_country(vocab):
    rows = [("Protests", 1, "nsubj", "NOUN", "protest"), ("grew", 1, "ROOT", "VERB", "grow"),
            ("in", 1, "prep", "ADP", "in"), ("Seoul", 2, "pobj", "PROPN", "Seoul")]
    got = events_of(vocab, rows, {3: ("seoul", "location")})
    assert [(t, a) for t, _, a, _, _ in got] == [("PROTEST", ["south-korea"])]


def test_country_adjective_of_the_noun_is_the_place(vocab):
    doc, layer = parse(vocab, [("Greek", 1, "amod", "ADJ", "greek"), ("strikes", 2, "nsubj", "NOUN", "strike"),
                               ("spread", 2, "ROOT", "VERB", "spread")], {0: ("greece", "country")})
    assert unrest_place(doc[1], layer) == "greece"


def test_unrest_with_no_place_gets_no_doer(vocab):
    rows = [("Strikes", 1, "nsubj", "NOUN", "strike"), ("broke", 1, "ROOT", "VERB", "break"),
            ("out", 1, "prt", "ADP", "out")]
    assert events_of(vocab, rows, {}) == []


def test_unrest_to_come_gets_no_doer(vocab):
    rows = [("Strikes", 2, "nsubj", "NOUN", "strike"), ("will", 2, "aux", "AUX", "will"),
            ("break", 2, "ROOT", "VERB", "break"), ("out", 2, "prt", "ADP", "out"), ("in", 2, "prep", "ADP", "in"),
            ("Brazil", 4, "pobj", "PROPN", "Brazil")]
    assert events_of(vocab, rows, {5: ("brazil", "country")}) == []


def test_calling_for_a_strike_is_a_protest_not_a_request(vocab):
    rows = [("Unions", 1, "nsubj", "NOUN", "union"), ("called", 1, "ROOT", "VERB", "call"),
            ("for", 1, "prep", "ADP", "for"), ("a", 4, "det", "DET", "a"), ("strike", 2, "pobj", "NOUN", "strike")]
    assert [e[0] for e in events_of(vocab, rows, {0: ("unions", "group")})] == ["PROTEST"]


def test_unions_launching_strikes_protest_and_armies_attack(vocab):
    def launched(subj, lemma):
        rows = [(subj, 1, "nsubj", "NOUN", lemma), ("launched", 1, "ROOT", "VERB", "launch"),
                ("strikes", 1, "dobj", "NOUN", "strike")]
        return [e[0] for e in events_of(vocab, rows, {0: (lemma, "group")})]
    assert launched("Unions", "union") == ["PROTEST"]
    assert launched("Troops", "troop") == ["ASSAULT"]


def test_charging_that_someone_did_wrong_accuses_the_clause_subject(vocab):
    rows = [("Egypt", 1, "nsubj", "PROPN", "Egypt"), ("charged", 1, "ROOT", "VERB", "charge"),
            ("that", 5, "mark", "SCONJ", "that"), ("Israel", 5, "nsubj", "PROPN", "Israel"),
            ("had", 5, "aux", "AUX", "have"), ("cheated", 1, "ccomp", "VERB", "cheat")]
    got = events_of(vocab, rows, {0: ("egypt", "country"), 3: ("israel", "country")})
    assert ("ACCUSE", "accused", ["egypt"], ["israel"], "asserted") in got



def _in_protest(vocab, subj, lemma, kind):
    rows = [(subj, 1, "nsubj", "NOUN", lemma), ("dumped", 1, "ROOT", "VERB", "dump"),
            ("produce", 1, "dobj", "NOUN", "produce"), ("in", 2, "prep", "ADP", "in"),
            ("protest", 3, "pobj", "NOUN", "protest")]
    return [(e[0], e[2]) for e in events_of(vocab, rows, {0: (lemma, kind)})]


def test_who_acts_in_protest_protests(vocab):
    assert _in_protest(vocab, "Farmers", "farmer", "group") == [("PROTEST", ["farmer"])]


def test_a_state_acting_in_protest_makes_no_street_protest(vocab):
    assert _in_protest(vocab, "Japan", "japan", "country") == []


def test_unrest_spreading_to_a_region_of_a_country_is_done_by_that_country(vocab):
    # Strikes spread to most regions of Yugoslavia
    rows = [("Strikes", 1, "nsubj", "NOUN", "strike"), ("spread", 1, "ROOT", "VERB", "spread"),
            ("to", 1, "prep", "ADP", "to"), ("most", 4, "amod", "ADJ", "most"),
            ("regions", 2, "pobj", "NOUN", "region"),
            ("of", 4, "prep", "ADP", "of"), ("Yugoslavia", 5, "pobj", "PROPN", "Yugoslavia")]
    doc, layer = parse(vocab, rows, {6: ("yugoslavia", "country")})
    assert unrest_place(doc[0], layer) == "yugoslavia"
    # "to" sets no place for a verb that is no spreading: "strikes led to talks in ..."
    rows[1] = ("led", 1, "ROOT", "VERB", "lead")
    doc, layer = parse(vocab, rows, {6: ("yugoslavia", "country")})
    assert unrest_place(doc[0], layer) is None


def test_unrest_around_a_country_is_done_by_that_country(vocab):
    rows = [("Strikes", 1, "nsubj", "NOUN", "strike"), ("occurred", 1, "ROOT", "VERB", "occur"),
            ("around", 1, "prep", "ADP", "around"), ("Yugoslavia", 2, "pobj", "PROPN", "Yugoslavia")]
    doc, layer = parse(vocab, rows, {3: ("yugoslavia", "country")})
    assert unrest_place(doc[0], layer) == "yugoslavia"
