"""The roles of one trigger candidate (graphkit.ingest.events.arguments), on hand-built spaCy Docs."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of


def _called_for(mod):
    # Britain called for an <mod> withdrawal from Lebanon
    return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("called", 1, "ROOT", "VERB", "call"),
            ("for", 1, "prep", "ADP", "for"), ("an", 5, "det", "DET", "an"), (mod, 5, "amod", "ADJ", mod.lower()),
            ("withdrawal", 2, "pobj", "NOUN", "withdrawal"), ("from", 5, "prep", "ADP", "from"),
            ("Lebanon", 6, "pobj", "PROPN", "Lebanon")]


def test_a_request_for_an_act_asks_its_doer_not_the_place_it_concerns(vocab):
    actors = {0: ("gbr", "country"), 7: ("lbn", "country")}
    got = [e for e in events_of(vocab, _called_for("Israeli"), actors) if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in got] == [(["gbr"], ["israel"])]
    # an act no one is named to do: the request keeps the parties its phrases name
    got = [e for e in events_of(vocab, _called_for("early"), actors) if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in got] == [(["gbr"], ["lbn"])]


def test_one_asked_by_name_stays_the_one_asked(vocab):
    # Britain asked Japan for an Israeli withdrawal from Lebanon
    rows = _called_for("Israeli")
    rows = rows[:2] + [("Japan", 1, "dobj", "PROPN", "Japan")] + [
        (w, h + (h >= 2), d, p, lem) for w, h, d, p, lem in rows[2:]]
    rows[1] = ("asked", 1, "ROOT", "VERB", "ask")
    actors = {0: ("gbr", "country"), 2: ("jpn", "country"), 8: ("lbn", "country")}
    got = [e for e in events_of(vocab, rows, actors) if e[0] == "REQUEST"]
    assert [(e[2], e[3][:1]) for e in got] == [(["gbr"], ["jpn"])]


def test_the_forces_sent_are_no_recipient_of_their_sending(vocab):
    # Moscow sent Soviet troops into Afghanistan
    rows = [("Moscow", 1, "nsubj", "PROPN", "Moscow"), ("sent", 1, "ROOT", "VERB", "send"),
            ("Soviet", 3, "amod", "ADJ", "soviet"), ("troops", 1, "dobj", "NOUN", "troop"),
            ("into", 1, "prep", "ADP", "into"), ("Afghanistan", 4, "pobj", "PROPN", "Afghanistan")]
    actors = {0: ("moscow", "location"), 2: ("soviet-troops", "organization"), 3: ("soviet-troops", "organization"),
              5: ("afghanistan", "country")}
    got = [e for e in events_of(vocab, rows, actors) if e[0] == "MOBILIZE"]
    assert [(e[2], e[3]) for e in got] == [(["moscow"], ["afghanistan"])]


def test_members_named_as_examples_stand_for_their_group(vocab):
    # America urged allies such as Japan to act
    rows = [("America", 1, "nsubj", "PROPN", "America"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("allies", 1, "dobj", "NOUN", "ally"), ("such", 4, "amod", "ADJ", "such"), ("as", 2, "prep", "ADP", "as"),
            ("Japan", 4, "pobj", "PROPN", "Japan"), ("to", 7, "aux", "PART", "to"), ("act", 1, "xcomp", "VERB", "act")]
    got = [e for e in events_of(vocab, rows, {0: ("usa", "country"), 5: ("japan", "country")}) if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in got] == [(["usa"], ["japan"])]


def test_a_place_deployed_to_or_patrolled_stays_the_recipient(vocab):
    # Pakistan deployed peacekeepers in Iraq; Syria patrolled Beirut
    rows = [("Pakistan", 1, "nsubj", "PROPN", "Pakistan"), ("deployed", 1, "ROOT", "VERB", "deploy"),
            ("peacekeepers", 1, "dobj", "NOUN", "peacekeeper"), ("in", 2, "prep", "ADP", "in"),
            ("Iraq", 3, "pobj", "PROPN", "Iraq")]
    got = [e for e in events_of(vocab, rows, {0: ("pakistan", "country"), 4: ("iraq", "country")})
           if e[0] == "MOBILIZE"]
    assert [(e[2], e[3]) for e in got] == [(["pakistan"], ["iraq"])]
    rows = [("Syria", 1, "nsubj", "PROPN", "Syria"), ("patrolled", 1, "ROOT", "VERB", "patrol"),
            ("Beirut", 1, "dobj", "PROPN", "Beirut")]
    got = [e for e in events_of(vocab, rows, {0: ("syria", "country"), 2: ("beirut", "location")})
           if e[0] == "MOBILIZE"]
    assert [(e[2], e[3]) for e in got] == [(["syria"], ["beirut"])]


def _voiced(owner_dep):
    # Moscow voiced criticism of the U.S. decision   (owner_dep: "compound", or "poss" for "Washington's")
    return [("Moscow", 1, "nsubj", "PROPN", "Moscow"), ("voiced", 1, "ROOT", "VERB", "voice"),
            ("criticism", 1, "dobj", "NOUN", "criticism"), ("of", 2, "prep", "ADP", "of"),
            ("the", 6, "det", "DET", "the"), ("U.S.", 6, owner_dep, "PROPN", "U.S."),
            ("decision", 3, "pobj", "NOUN", "decision")]


def test_judging_a_partys_act_by_a_noun_is_aimed_at_that_party(vocab):
    actors = {0: ("sun", "country"), 5: ("usa", "country")}
    got = [e for e in events_of(vocab, _voiced("compound"), actors) if e[0] == "ACCUSE"]
    assert [(e[2], e[3]) for e in got] == [(["sun"], ["usa"])]


def test_a_judged_thing_that_names_no_party_gives_no_recipient(vocab):
    rows = _voiced("compound")
    rows[5] = ("new", 6, "amod", "ADJ", "new")
    got = [e for e in events_of(vocab, rows, {0: ("sun", "country")}) if e[0] == "ACCUSE"]
    assert [(e[2], e[3]) for e in got] == [(["sun"], [])]
