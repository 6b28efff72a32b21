"""Lexicon senses of material deeds (types8): cutting aid, sinking ships, driving forces back, attacking a
measure; on hand-built spaCy Docs."""
from __future__ import annotations

import pytest

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb
from tests.ingest.events.test_find import events_of


@pytest.mark.parametrize("verb,lemma", [("slashed", "slash"), ("reduced", "reduce"), ("halved", "halve")])
def test_reducing_a_partys_aid_is_a_sanction(vocab, verb, lemma):
    # Congress <verb> aid to Panama
    rows = [("Congress", 1, "nsubj", "PROPN", "Congress"), (verb, 1, "ROOT", "VERB", lemma),
            ("aid", 1, "dobj", "NOUN", "aid"), ("to", 2, "prep", "ADP", "to"),
            ("Panama", 3, "pobj", "PROPN", "Panama")]
    actors = {0: ("congress", "organization"), 4: ("panama", "country")}
    assert events_of(vocab, rows, actors) == [("SANCTION", "cut aid to", ["congress"], ["panama"], "asserted")]


def test_reducing_what_is_no_aid_is_no_sanction():
    assert lookup_verb("slash", obj={"price"}) is None
    assert lookup_verb("reduce", obj={"deficit"}) is None


def test_sinking_boats_attacks_their_side(vocab):
    rows = [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("sank", 1, "ROOT", "VERB", "sink"),
            ("Iranian", 3, "amod", "ADJ", "iranian"), ("boats", 1, "dobj", "NOUN", "boat")]
    actors = {0: ("iraq", "country"), 2: ("iran", "country")}
    assert events_of(vocab, rows, actors) == [("ASSAULT", "attacked", ["iraq"], ["iran"], "asserted")]
    assert lookup_verb("sink", obj={"proposal"}) is None  # "sank the proposal"


def test_driving_forces_out_is_fighting_them():
    assert lookup_verb("push", prt={"out"}, obj={"force"}).type == "ASSAULT"
    assert lookup_verb("drive", prt={"back"}, obj={"troop"}).type == "ASSAULT"
    assert lookup_verb("push", prt={"back"}, obj={"price"}) is None  # "pushed prices back"


def test_an_attack_on_a_measure_is_criticism():
    assert lookup_noun("attack", pobj={"freeze"}).type == "ACCUSE"
    assert lookup_noun("attack", pobj={"tax"}).type == "ACCUSE"
    assert lookup_verb("attack", obj={"law"}).type == "ACCUSE"
    assert lookup_noun("attack", pobj={"base"}).type == "ASSAULT"


def test_arming_with_powers_is_no_arming():
    assert lookup_verb("arm", with_={"power"}) is None  # "armed itself with new statutory powers"
    assert lookup_verb("arm", with_={"law"}) is None
    assert lookup_verb("arm", with_={"missile"}).type == "MOBILIZE"


def test_a_policy_preventing_something_is_no_coercion():
    assert lookup_verb("prevent", subj={"policy"}) is None  # "the bank's policies prevent it from lending"
    assert lookup_verb("prevent", subj={"police"}).type == "COERCE"


def test_a_commercial_contract_is_no_agreement():
    assert lookup_noun("agreement", mod={"exploration"}) is None  # "its oil exploration agreement with Amoco"
    assert lookup_noun("contract", mod={"labor"}) is None
    assert lookup_noun("agreement", mod={"peace"}).type == "AGREE"
    assert lookup_verb("sign", obj={"agreement", "exploration"}) is None  # "signed oil exploration agreements"
    assert lookup_verb("sign", obj={"pact", "military"}).type == "AGREE"  # signing commits to the pact


def test_a_grant_given_or_pledged_is_aid_but_not_by_itself():
    for gov in ("give", "pledge", "approve"):
        assert lookup_noun("grant", gov=gov).type == "AID"
    assert lookup_noun("grant", gov="award", bare=False) is None  # research grants to firms are awarded


def test_ordering_an_act_is_doing_it(vocab):
    # Britain ordered the expulsion of Soviet diplomats: Britain's sanction, no request to the diplomats
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("ordered", 1, "ROOT", "VERB", "order"),
            ("the", 3, "det", "DET", "the"), ("expulsion", 1, "dobj", "NOUN", "expulsion"),
            ("of", 3, "prep", "ADP", "of"), ("Soviet", 6, "amod", "ADJ", "soviet"),
            ("diplomats", 4, "pobj", "NOUN", "diplomat")]
    actors = {0: ("gbr", "country"), 5: ("sun", "country")}
    assert [(t, a, r) for t, _, a, r, _ in events_of(vocab, rows, actors)] == [("SANCTION", ["gbr"], ["sun"])]
    assert lookup_verb("order", obj={"arrest"}) is None
    assert lookup_verb("order", obj={"release"}) is None


def test_ordering_a_party_to_act_is_a_request():
    assert lookup_verb("order", obj={"*actor"}).type == "REQUEST"  # "ordered Menem to appear"
    assert lookup_verb("order", obj={"division", "gas"}, comp=True).type == "REQUEST"  # "ordered its gas division to"


def test_supplying_arms_relief_money_or_a_party_is_aid_but_supplying_goods_is_trade():
    assert lookup_verb("supply", obj={"arm"}).type == "AID"
    assert lookup_verb("supply", with_={"weapon"}).type == "AID"
    assert lookup_verb("supply", obj={"credit"}).type == "AID"
    assert lookup_verb("supply", obj={"oil"}) is None  # "agreed to supply oil to Brazil": trade
    assert lookup_verb("supply", prep={"with"}, with_={"oil"}) is None  # "supplied Brazil with oil"


def test_feeding_people_is_aid_but_feeding_cattle_is_none():
    assert lookup_verb("feed", obj={"refugee"}).type == "AID"
    assert lookup_verb("feed", obj={"cattle"}) is None


@pytest.mark.parametrize("obj", ["retreat", "expectation", "forecast", "deadline"])
def test_beating_a_retreat_or_a_forecast_strikes_no_one(obj):
    assert lookup_verb("beat", obj={obj}) is None
    assert lookup_verb("beat", obj={"prisoner", "*any"}).type == "ASSAULT"


def test_wound_up_is_the_past_of_wind_up():
    assert lookup_verb("wound", prt={"up"}) is None
    assert lookup_verb("wound").type == "ASSAULT"
