"""Lexicon conditions that name a class instead of a closed list (backoff17)."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb


def test_any_verb_of_expressing_gives_the_attitude_nouns_their_act():
    assert lookup_noun("support", gov="reaffirm").type == "SUPPORT"
    assert lookup_noun("support", gov="stress").type == "SUPPORT"
    assert lookup_noun("disapproval", gov="underline").type == "ACCUSE"
    assert lookup_noun("call", gov="restate").type == "REQUEST"


def test_the_lists_keep_their_own_verbs_beyond_the_class():
    assert lookup_noun("support", gov="pledge").type == "SUPPORT"
    assert lookup_noun("protest", gov="lodge").type == "ACCUSE"


def test_other_governors_give_no_act():
    assert lookup_noun("support", gov="measure") is None  # "measured party support"
    assert lookup_noun("support", gov="say") is None
    assert lookup_noun("sympathy", gov="deny") is None


def test_reaffirming_a_pledge_or_an_allegation_is_making_it_again():
    assert lookup_noun("undertaking", gov="reaffirm").type == "AGREE"
    assert lookup_noun("allegation", gov="reiterate").label == "accused"  # the bare noun is "criticized"



def test_an_undertaking_without_such_a_verb_is_no_act():
    assert lookup_noun("undertaking", gov="measure") is None


def test_the_armed_services_are_forces():
    from graphkit.ingest.events.lexicon import lookup_verb
    assert lookup_verb("move", obj={"army"}).type == "MOBILIZE"  # "moved its army to the border"
    assert lookup_verb("dispatch", obj={"navy"}).type == "MOBILIZE"
    assert lookup_verb("move", obj={"factory"}) is None


def test_receiving_or_welcoming_a_named_person_is_hosting_him():
    from graphkit.ingest.events.lexicon import lookup_verb
    assert lookup_verb("receive", obj={"*person", "*actor", "shultz"}).mode == "host"  # "received Shultz"
    assert lookup_verb("welcome", obj={"*person", "*actor", "mubarak"}).mode == "host"
    assert lookup_verb("welcome", obj={"proposal"}).type == "SUPPORT"  # "welcomed the proposal"
    assert lookup_verb("receive", obj={"letter"}) is None


def test_sanctioning_a_thing_approves_it_and_only_a_party_sanctioned_is_penalised():
    assert lookup_verb("sanction", obj=frozenset({"cut"})) is None  # "sanctioned a cut in rates"
    assert lookup_verb("sanction", obj=frozenset({"*actor"})).type == "SANCTION"  # "sanctioned Iran"


def test_the_demand_for_goods_is_the_markets_and_a_demand_for_an_act_a_request():
    assert lookup_noun("demand", mod=frozenset({"aluminium"})) is None  # "its aluminium demand"
    assert lookup_noun("demand", mod=frozenset({"pay"})).type == "REQUEST"  # "its pay demand"
