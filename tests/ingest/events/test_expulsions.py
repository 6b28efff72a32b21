"""Rule tests for orders to leave and declarations of persona non grata read as expulsions (events.expulsions)."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of


def _order(vocab, people, person_lemma, place=("the", "country")):
    # Britain ordered two <Russian> <people> to leave <place>
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("ordered", 1, "ROOT", "VERB", "order"),
            ("two", 4, "nummod", "NUM", "two"), ("Russian", 4, "amod", "ADJ", "russian"),
            (people, 1, "dobj", "NOUN", person_lemma), ("to", 6, "aux", "PART", "to"),
            ("leave", 1, "xcomp", "VERB", "leave"), (place[0], 8, "det", "DET", place[0]),
            (place[1], 6, "dobj", "NOUN", place[1])]
    actors = {0: ("britain", "country"), 3: ("russia", "country")}
    return [(e[0], e[2], e[3], e[4]) for e in events_of(vocab, rows, actors, asserted_only=True)]


def test_ordering_another_states_diplomats_out_expels_them(vocab):
    assert _order(vocab, "diplomats", "diplomat") == [("SANCTION", ["britain"], ["russia"], "asserted")]


def test_ordering_troops_out_is_no_expulsion(vocab):
    assert ("SANCTION", ["britain"], ["russia"], "asserted") not in _order(vocab, "troops", "troop")


def test_the_country_left_orders_in_the_passive(vocab):
    # Two Russian diplomats were ordered to leave Britain
    rows = [("Two", 2, "nummod", "NUM", "two"), ("Russian", 2, "amod", "ADJ", "russian"),
            ("diplomats", 4, "nsubjpass", "NOUN", "diplomat"), ("were", 4, "auxpass", "AUX", "be"),
            ("ordered", 4, "ROOT", "VERB", "order"), ("to", 6, "aux", "PART", "to"),
            ("leave", 4, "xcomp", "VERB", "leave"), ("Britain", 6, "dobj", "PROPN", "Britain")]
    actors = {1: ("russia", "country"), 7: ("britain", "country")}
    got = [(e[0], e[2], e[3]) for e in events_of(vocab, rows, actors, asserted_only=True)]
    assert got == [("SANCTION", ["britain"], ["russia"])]


def test_own_citizens_told_to_leave_are_not_expelled(vocab):
    # Britain told British nationals to leave Beirut
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("told", 1, "ROOT", "VERB", "tell"),
            ("British", 3, "amod", "ADJ", "british"), ("nationals", 1, "dobj", "NOUN", "national"),
            ("to", 5, "aux", "PART", "to"), ("leave", 1, "xcomp", "VERB", "leave"),
            ("Beirut", 5, "dobj", "PROPN", "Beirut")]
    actors = {0: ("britain", "country"), 2: ("britain", "country")}
    assert not [e for e in events_of(vocab, rows, actors) if e[0] == "SANCTION"]


def test_persona_non_grata_expels(vocab):
    # Britain declared two Russian diplomats persona non grata (the parser's clause reading)
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("declared", 1, "ROOT", "VERB", "declare"),
            ("two", 4, "nummod", "NUM", "two"), ("Russian", 4, "amod", "ADJ", "russian"),
            ("diplomats", 5, "nsubj", "NOUN", "diplomat"), ("persona", 1, "ccomp", "VERB", "persona"),
            ("non", 7, "compound", "ADJ", "non"), ("grata", 5, "dobj", "NOUN", "grata")]
    actors = {0: ("britain", "country"), 3: ("russia", "country")}
    got = [(e[0], e[2], e[3]) for e in events_of(vocab, rows, actors, asserted_only=True)]
    assert got == [("SANCTION", ["britain"], ["russia"])]
