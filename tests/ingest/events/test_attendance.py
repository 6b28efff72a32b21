"""Who attends a meeting its noun names no doer of (graphkit.ingest.events.attendance), on hand-built Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.attendance import (
    errand_partners,
    journey_doers,
    measured_doers,
    occasion_partners,
    relayed_occasion_doers,
)
from tests.ingest.events.test_find import events_of, parse


def _to_a_meeting(verb, lemma):
    # Shultz <verb> to a meeting with Shevardnadze
    return [("Shultz", 1, "nsubj", "PROPN", "Shultz"), (verb, 1, "ROOT", "VERB", lemma), ("to", 1, "prep", "ADP", "to"),
            ("a", 4, "det", "DET", "a"), ("meeting", 2, "pobj", "NOUN", "meeting"),
            ("with", 4, "prep", "ADP", "with"), ("Shevardnadze", 5, "pobj", "PROPN", "Shevardnadze")]


_PAIR = {0: ("shultz", "person"), 6: ("shevardnadze", "person")}


def test_one_who_goes_to_a_meeting_attends_it(vocab):
    doc, layer = parse(vocab, _to_a_meeting("drove", "drive"), _PAIR)
    assert journey_doers(doc[4], layer) == ["shultz"]
    got = events_of(vocab, _to_a_meeting("drove", "drive"), _PAIR)
    assert [e for e in got if e[0] == "CONSULT"] == [("CONSULT", "met", ["shultz"], ["shevardnadze"], "asserted")]
    # a verb of speaking "to" a meeting is no going there
    doc, layer = parse(vocab, _to_a_meeting("objected", "object"), _PAIR)
    assert journey_doers(doc[4], layer) == []


def test_a_verb_with_an_object_moves_the_object(vocab):
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("sent", 1, "ROOT", "VERB", "send"),
            ("Kuranari", 1, "dobj", "PROPN", "Kuranari"), ("to", 1, "prep", "ADP", "to"),
            ("the", 5, "det", "DET", "the"), ("talks", 3, "pobj", "NOUN", "talk")]
    doc, layer = parse(vocab, rows, {0: ("japan", "country"), 2: ("kuranari", "person")})
    assert journey_doers(doc[5], layer) == ["kuranari"]


def _on_a_trip(vocab, tag):
    # Genscher left/leaves on a trip to Japan
    words = ["Genscher", "leaves" if tag == "VBZ" else "left", "on", "a", "trip", "to", "Japan"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 5],
              deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
              pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
              tags=["NNP", tag, "IN", "DT", "NN", "IN", "NNP"],
              lemmas=["Genscher", "leave", "on", "a", "trip", "to", "Japan"])
    actors = {0: ("genscher", "person"), 6: ("japan", "country")}
    _, layer = parse(vocab, [(w, 0, "dep", "X", w) for w in words], actors)
    return doc, layer


def test_a_journey_in_the_past_is_made_and_in_the_present_scheduled(vocab):
    doc, layer = _on_a_trip(vocab, "VBD")
    assert journey_doers(doc[4], layer) == ["genscher"]
    doc, layer = _on_a_trip(vocab, "VBZ")  # "leaves on Saturday on a trip": not yet made
    assert journey_doers(doc[4], layer) == []


def _days_of_talks(verb, lemma):
    # Japan <verb> two days of talks
    return [("Japan", 1, "nsubj", "PROPN", "Japan"), (verb, 1, "ROOT", "VERB", lemma),
            ("two", 3, "nummod", "NUM", "two"),
            ("days", 1, "dobj", "NOUN", "day"), ("of", 3, "prep", "ADP", "of"), ("talks", 4, "pobj", "NOUN", "talk")]


def test_a_stretch_of_talks_is_held_by_the_light_verbs_subject(vocab):
    doc, layer = parse(vocab, _days_of_talks("began", "begin"), {0: ("japan", "country")})
    assert measured_doers(doc[5], layer) == ["japan"]
    # judging a stretch of talks is not holding them
    doc, layer = parse(vocab, _days_of_talks("praised", "praise"), {0: ("japan", "country")})
    assert measured_doers(doc[5], layer) == []


def _after_talks(aux=None):
    # In a conference after talks with Chun , Baldrige (will) spoke
    rows = [("In", 9, "prep", "ADP", "in"), ("a", 2, "det", "DET", "a"),
            ("conference", 0, "pobj", "NOUN", "conference"), ("after", 2, "prep", "ADP", "after"),
            ("talks", 3, "pobj", "NOUN", "talk"), ("with", 4, "prep", "ADP", "with"),
            ("Chun", 5, "pobj", "PROPN", "Chun"), (",", 9, "punct", "PUNCT", ","),
            ("Baldrige", 9, "nsubj", "PROPN", "Baldrige"), ("spoke", 9, "ROOT", "VERB", "speak")]
    if aux:
        rows = [(w, h + (h >= 9), d, p, lem) for w, h, d, p, lem in rows[:9]] + [
            (aux, 10, "aux", "AUX", aux), ("speak", 10, "ROOT", "VERB", "speak")]
    return rows


def test_talks_a_clauses_setting_follows_are_its_subjects(vocab):
    actors = {6: ("chun", "person"), 8: ("baldrige", "person")}
    doc, layer = parse(vocab, _after_talks(), actors)
    assert relayed_occasion_doers(doc[4], layer) == ["baldrige"]
    doc, layer = parse(vocab, _after_talks("will"), actors)  # still to come
    assert relayed_occasion_doers(doc[4], layer) == []


def _for_a_meeting(verb, lemma, destination):
    # Shultz <verb> [to Tokyo] for a meeting
    rows = [("Shultz", 1, "nsubj", "PROPN", "Shultz"), (verb, 1, "ROOT", "VERB", lemma)]
    if destination:
        rows += [("to", 1, "prep", "ADP", "to"), ("Tokyo", 2, "pobj", "PROPN", "Tokyo")]
    n = len(rows)
    return rows + [("for", 1, "prep", "ADP", "for"), ("a", n + 2, "det", "DET", "a"),
                   ("meeting", n, "pobj", "NOUN", "meeting")]


def test_a_for_phrase_is_an_errand_only_of_a_journey_with_an_end_or_an_arrival(vocab):
    cases = [("flew", "fly", True, ["shultz"]),      # "flew to Tokyo for a meeting": the journey's errand
             ("arrived", "arrive", False, ["shultz"]),  # "arrived for a meeting"
             ("angled", "angle", False, []),          # "angled for a meeting": sought, not gone to
             ("scrambled", "scramble", False, [])]
    for verb, lemma, destination, want in cases:
        rows = _for_a_meeting(verb, lemma, destination)
        doc, layer = parse(vocab, rows, {0: ("shultz", "person")})
        assert journey_doers(doc[len(rows) - 1], layer) == want, verb


def test_a_thing_that_leads_to_a_meeting_goes_nowhere(vocab):
    # Iran's attack led to a meeting / Iran's envoy went to a meeting
    for noun, lemma, verb, vlemma, want in (("attack", "attack", "led", "lead", []),
                                            ("envoy", "envoy", "went", "go", ["iran"])):
        rows = [("Iran", 2, "poss", "PROPN", "Iran"), ("'s", 0, "case", "PART", "'s"),
                (noun, 3, "nsubj", "NOUN", lemma), (verb, 3, "ROOT", "VERB", vlemma), ("to", 3, "prep", "ADP", "to"),
                ("a", 6, "det", "DET", "a"),
                ("meeting", 4, "pobj", "NOUN", "meeting")]
        doc, layer = parse(vocab, rows, {0: ("iran", "country")})
        assert journey_doers(doc[6], layer) == want, noun


def _offered_at(prep):
    # USA offered a treaty <prep> talks with USSR
    return [("USA", 1, "nsubj", "PROPN", "USA"), ("offered", 1, "ROOT", "VERB", "offer"),
            ("a", 3, "det", "DET", "a"), ("treaty", 1, "dobj", "NOUN", "treaty"), (prep, 1, "prep", "ADP", prep),
            ("talks", 4, "pobj", "NOUN", "talk"), ("with", 5, "prep", "ADP", "with"),
            ("USSR", 6, "pobj", "PROPN", "USSR")]


_SIDES = {0: ("usa", "country"), 7: ("ussr", "country")}


def test_an_offer_made_at_talks_is_made_to_the_other_party(vocab):
    doc, layer = parse(vocab, _offered_at("at"), _SIDES)
    assert occasion_partners(doc[1], layer) == ["ussr"]
    got = events_of(vocab, _offered_at("at"), _SIDES)
    assert [e[:4] for e in got if e[0] == "AGREE"] == [("AGREE", "offered", ["usa"], ["ussr"])]


def test_an_offer_made_after_talks_is_not_addressed_by_them(vocab):
    doc, layer = parse(vocab, _offered_at("after"), _SIDES)
    assert occasion_partners(doc[1], layer) == []


def test_the_party_of_the_talks_a_visit_is_for_hosts_it(vocab):
    # Shultz arrived in Moscow for talks with Shevardnadze
    rows = [("Shultz", 1, "nsubj", "PROPN", "Shultz"), ("arrived", 1, "ROOT", "VERB", "arrive"),
            ("in", 1, "prep", "ADP", "in"), ("Moscow", 2, "pobj", "PROPN", "Moscow"), ("for", 1, "prep", "ADP", "for"),
            ("talks", 4, "pobj", "NOUN", "talk"), ("with", 5, "prep", "ADP", "with"),
            ("Shevardnadze", 6, "pobj", "PROPN", "Shevardnadze")]
    actors = {0: ("shultz", "person"), 3: ("moscow", "location"), 7: ("shevardnadze", "person")}
    doc, layer = parse(vocab, rows, actors)
    assert errand_partners(doc[1], layer) == ["shevardnadze"]
    # a journey for something else names no host: "arrived in Moscow for a holiday"
    rows[5] = ("holiday", 4, "pobj", "NOUN", "holiday")
    doc, layer = parse(vocab, rows, actors)
    assert errand_partners(doc[1], layer) == []
