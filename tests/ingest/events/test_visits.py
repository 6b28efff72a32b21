"""Visits and event-noun doers read in unseen news (recall4), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.meetings import aside_doers
from graphkit.ingest.events.nominal import modifier_doers, source_doers
from tests.ingest.events.test_find import events_of, parse


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


def test_a_possessed_trip_to_a_party_is_a_visit(vocab):
    rows = [("her", 1, "poss", "PRON", "her"), ("trip", 4, "nsubj", "NOUN", "trip"),
            ("to", 1, "prep", "ADP", "to"), ("Moscow", 2, "pobj", "PROPN", "Moscow"),
            ("helped", 4, "ROOT", "VERB", "help"), ("her", 4, "dobj", "PRON", "she")]
    got = events_of(vocab, rows, {0: ("thatcher", "person"), 3: ("moscow", "location"), 5: ("thatcher", "person")})
    assert ("CONSULT", "visited", ["thatcher"], ["moscow"], "asserted") in got


def test_forces_surrounding_a_party_besiege_it_and_others_do_not(vocab):
    def rows(subj, lemma):
        return [(subj, 1, "nsubj", "NOUN", lemma), ("surrounded", 1, "ROOT", "VERB", "surround"),
                ("Iranians", 1, "dobj", "PROPN", "Iranians")]
    actors = {0: ("iraqi-troops", "group"), 2: ("iranians", "group")}
    assert events_of(vocab, rows("troops", "troop"), actors) == [
        ("COERCE", "besieged", ["iraqi-troops"], ["iranians"], "asserted")]
    actors = {0: ("reporters", "group"), 2: ("iranians", "group")}
    assert events_of(vocab, rows("reporters", "reporter"), actors) == []


def test_what_is_said_or_given_from_a_party_is_its_act(vocab):
    # threats of retaliation from the EC: the parser hangs "from" on the "of" object
    rows = [("threats", 0, "ROOT", "NOUN", "threat"), ("of", 0, "prep", "ADP", "of"),
            ("retaliation", 1, "pobj", "NOUN", "retaliation"), ("from", 2, "prep", "ADP", "from"),
            ("Brussels", 3, "pobj", "PROPN", "Brussels")]
    doc, layer = parse(vocab, rows, {4: ("ec", "organization")})
    assert source_doers(doc[0], layer) == ["ec"]
    # a withdrawal "from" a place leaves it: the place does not withdraw
    rows = [("withdrawal", 0, "ROOT", "NOUN", "withdrawal"), ("from", 0, "prep", "ADP", "from"),
            ("Chad", 1, "pobj", "PROPN", "Chad")]
    doc, layer = parse(vocab, rows, {2: ("chad", "country")})
    assert source_doers(doc[0], layer) == []


def test_a_demonym_names_the_doer_when_to_names_the_party(vocab):
    rows = [("Japanese", 1, "amod", "ADJ", "japanese"), ("visit", 1, "ROOT", "NOUN", "visit"),
            ("to", 1, "prep", "ADP", "to"), ("Washington", 2, "pobj", "PROPN", "Washington")]
    doc, layer = parse(vocab, rows, {0: ("japan", "country"), 3: ("washington", "location")})
    assert modifier_doers(doc[1], layer) == ["japan"]
    # with no party named, the adjective may be whom the act is for: nobody is said to do it
    doc, layer = parse(vocab, rows[:2], {0: ("japan", "country")})
    assert modifier_doers(doc[1], layer) == []


def test_a_visit_told_beside_the_subject_is_the_subjects(vocab):
    # Weizsaecker , in a speech on the day of a visit to Argentina , said
    rows = [("Weizsaecker", 14, "nsubj", "PROPN", "Weizsaecker"), (",", 0, "punct", "PUNCT", ","),
            ("in", 0, "prep", "ADP", "in"), ("a", 4, "det", "DET", "a"), ("speech", 2, "pobj", "NOUN", "speech"),
            ("on", 4, "prep", "ADP", "on"), ("the", 7, "det", "DET", "the"), ("day", 5, "pobj", "NOUN", "day"),
            ("of", 7, "prep", "ADP", "of"), ("a", 10, "det", "DET", "a"), ("visit", 8, "pobj", "NOUN", "visit"),
            ("to", 10, "prep", "ADP", "to"), ("Argentina", 11, "pobj", "PROPN", "Argentina"),
            (",", 0, "punct", "PUNCT", ","), ("said", 14, "ROOT", "VERB", "say")]
    actors = {0: ("weizsaecker", "person"), 12: ("argentina", "country")}
    doc, layer = parse(vocab, rows, actors)
    assert aside_doers(doc[10], layer) == ["weizsaecker"]
    assert events_of(vocab, rows, actors) == [("CONSULT", "visited", ["weizsaecker"], ["argentina"], "asserted")]
    # the object of the verb is no subject: "said, in a speech, ..." hung elsewhere names no visitor
    rows[2] = ("in", 14, "prep", "ADP", "in")
    doc, layer = parse(vocab, rows, actors)
    assert aside_doers(doc[10], layer) == []


def test_what_another_act_answers_is_no_act_of_its_author_here(vocab):
    # conceded to demands from UNITA: the report is of the concession
    rows = [("Santos", 1, "nsubj", "PROPN", "Santos"), ("conceded", 1, "ROOT", "VERB", "concede"),
            ("to", 1, "prep", "ADP", "to"), ("demands", 2, "pobj", "NOUN", "demand"),
            ("from", 3, "prep", "ADP", "from"), ("UNITA", 4, "pobj", "PROPN", "UNITA")]
    doc, layer = parse(vocab, rows, {0: ("santos", "person"), 5: ("unita", "organization")})
    assert source_doers(doc[3], layer) == []
    rows[1] = ("welcomed", 1, "ROOT", "ADJ", "welcome")  # no act of its own: the demands are UNITA's
    doc, layer = parse(vocab, rows, {0: ("santos", "person"), 5: ("unita", "organization")})
    assert source_doers(doc[3], layer) == ["unita"]


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


def test_an_offensive_taken_for_an_adjective_of_the_compass_is_launched(vocab):
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("launched", 1, "ROOT", "VERB", "launch"),
            ("an", 4, "det", "DET", "an"), ("offensive", 4, "amod", "ADJ", "offensive"),
            ("east", 1, "dobj", "NOUN", "east"), ("of", 4, "prep", "ADP", "of"), ("Basra", 5, "pobj", "PROPN", "Basra")]
    actors = {0: ("iran", "country"), 6: ("basra", "location")}
    assert [e[:3] for e in events_of(vocab, rows, actors)] == [("ASSAULT", "attacked", ["iran"])]
    rows[4] = ("area", 1, "dobj", "NOUN", "area")  # "an offensive area": an adjective all the same
    assert events_of(vocab, rows, actors) == []
