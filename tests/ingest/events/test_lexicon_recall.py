"""Lexicon senses of going, besieging and firing read in unseen news (recall4), on hand-built spaCy Docs."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of


def _went(verb, lemma, prep, place, kind="location"):
    # Kuroda <verb> <prep> <place>
    rows = [("Kuroda", 1, "nsubj", "PROPN", "Kuroda"), (verb, 1, "ROOT", "VERB", lemma),
            (prep, 1, "prep", "ADP", prep), (place, 2, "pobj", "PROPN" if kind else "NOUN", place)]
    actors = {0: ("kuroda", "person")}
    if kind:
        actors[3] = (place.lower(), kind)
    return rows, actors


def test_visits_by_going(vocab):
    assert events_of(vocab, *_went("left", "leave", "for", "Tokyo")) == [
        ("CONSULT", "visited", ["kuroda"], ["tokyo"], "asserted")]
    assert events_of(vocab, *_went("arrived", "arrive", "in", "Moscow")) == [
        ("CONSULT", "visited", ["kuroda"], ["moscow"], "asserted")]
    # leaving for what is no party ("left for the airport") is no visit
    assert events_of(vocab, *_went("left", "leave", "for", "airport", kind=None)) == []
    assert events_of(vocab, *_went("arrived", "arrive", "at", "Moscow")) == []


def test_leaving_a_place_for_another_visits_the_other(vocab):
    rows = [("Howard", 1, "nsubj", "PROPN", "Howard"), ("left", 1, "ROOT", "VERB", "leave"),
            ("Tokyo", 1, "dobj", "PROPN", "Tokyo"), ("for", 1, "prep", "ADP", "for"),
            ("Seoul", 3, "pobj", "PROPN", "Seoul")]
    actors = {0: ("howard", "person"), 2: ("tokyo", "location"), 4: ("seoul", "location")}
    assert events_of(vocab, rows, actors) == [("CONSULT", "visited", ["howard"], ["seoul"], "asserted")]


def test_forces_surrounding_a_party_besiege_it_and_others_do_not(vocab):
    def rows(subj, lemma):
        return [(subj, 1, "nsubj", "NOUN", lemma), ("surrounded", 1, "ROOT", "VERB", "surround"),
                ("Iranians", 1, "dobj", "PROPN", "Iranians")]
    actors = {0: ("iraqi-troops", "group"), 2: ("iranians", "group")}
    assert events_of(vocab, rows("troops", "troop"), actors) == [
        ("COERCE", "besieged", ["iraqi-troops"], ["iranians"], "asserted")]
    actors = {0: ("reporters", "group"), 2: ("iranians", "group")}
    assert events_of(vocab, rows("reporters", "reporter"), actors) == []


def test_rallying_behind_a_party_supports_it(vocab):
    rows = [("lawmakers", 1, "nsubj", "NOUN", "lawmaker"), ("rallied", 1, "ROOT", "VERB", "rally"),
            ("behind", 1, "prep", "ADP", "behind"), ("Reagan", 2, "pobj", "PROPN", "Reagan")]
    actors = {0: ("lawmakers", "group"), 3: ("reagan", "person")}
    assert events_of(vocab, rows, actors) == [("SUPPORT", "supported", ["lawmakers"], ["reagan"], "asserted")]


def test_sending_a_team_to_a_party_is_a_visit(vocab):
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("sent", 1, "ROOT", "VERB", "send"),
            ("a", 3, "det", "DET", "a"), ("team", 1, "dobj", "NOUN", "team"), ("to", 1, "prep", "ADP", "to"),
            ("Washington", 4, "pobj", "PROPN", "Washington")]
    actors = {0: ("japan", "country"), 5: ("washington", "location")}
    assert events_of(vocab, rows, actors) == [("CONSULT", "sent envoy to", ["japan"], ["washington"], "asserted")]
    rows[5] = ("plant", 4, "pobj", "NOUN", "plant")  # a team sent to a plant visits no party
    assert events_of(vocab, rows, {0: ("japan", "country")}) == []


def test_forces_pursuing_forces_fight_them_and_policies_are_not(vocab):
    def rows(obj, lemma):
        return [("forces", 1, "nsubj", "NOUN", "force"), ("pursued", 1, "ROOT", "VERB", "pursue"),
                (obj, 1, "dobj", "NOUN", lemma)]
    actors = {0: ("iraqi-forces", "group"), 2: ("iranian-troops", "group")}
    assert [e[:4] for e in events_of(vocab, rows("troops", "troop"), actors)] == [
        ("ASSAULT", "attacked", ["iraqi-forces"], ["iranian-troops"])]
    assert events_of(vocab, rows("policies", "policy"), {0: ("iraqi-forces", "group")}) == []


def test_pumping_shells_into_a_target_fires_them(vocab):
    rows = [("destroyers", 1, "nsubj", "NOUN", "destroyer"), ("pumped", 1, "ROOT", "VERB", "pump"),
            ("shells", 1, "dobj", "NOUN", "shell"), ("into", 1, "prep", "ADP", "into"),
            ("platform", 3, "pobj", "NOUN", "platform")]
    assert [e[:3] for e in events_of(vocab, rows, {0: ("usa", "country"), 4: ("iran", "country")})] == [
        ("ASSAULT", "attacked", ["usa"])]
    rows[2] = ("money", 1, "dobj", "NOUN", "money")  # pumping money into a platform fires nothing
    assert events_of(vocab, rows, {0: ("usa", "country"), 4: ("iran", "country")}) == []


def test_a_place_modifying_an_owned_trip_is_its_host(vocab):
    # Thatcher capitalised on her Soviet trip
    rows = [("Thatcher", 1, "nsubj", "PROPN", "Thatcher"), ("capitalised", 1, "ROOT", "VERB", "capitalise"),
            ("on", 1, "prep", "ADP", "on"), ("her", 5, "poss", "PRON", "her"),
            ("Soviet", 5, "amod", "ADJ", "soviet"), ("trip", 2, "pobj", "NOUN", "trip")]
    actors = {0: ("thatcher", "person"), 3: ("thatcher", "person"), 4: ("ussr", "country")}
    assert events_of(vocab, rows, actors) == [("CONSULT", "visited", ["thatcher"], ["ussr"], "asserted")]
    rows[3] = ("the", 5, "det", "DET", "the")  # "the Soviet trip": nobody owns it, the adjective may be the visitor
    assert ("CONSULT", "visited", ["thatcher"], ["ussr"], "asserted") not in events_of(
        vocab, rows, {0: ("thatcher", "person"), 4: ("ussr", "country")})
