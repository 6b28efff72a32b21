"""Lexicon senses of meeting, proposing and concluding agreements (graphkit/ingest/data/lexicon.tsv)."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb


def test_handing_a_party_a_plan_or_draft_proposes_it_but_handing_over_a_town_retreats():
    assert (lookup_verb("hand", obj={"draft", "treaty"}).type, lookup_verb("hand", obj={"proposal"}).label) == (
        "AGREE", "proposed")
    assert lookup_verb("hand", prt={"over"}, obj={"village"}).type == "RETREAT"


def test_striking_clinching_or_sealing_a_deal_agrees_but_striking_oil_is_no_event():
    for verb in ("strike", "clinch", "seal"):
        assert (lookup_verb(verb, obj={"deal"}).type, lookup_verb(verb, obj={"deal"}).label) == (
            "AGREE", "agreed with")
    assert lookup_verb("strike", obj={"oil"}) is None  # a "-" sense: no event


def test_initialling_an_accord_signs_it_and_exchanging_views_confers():
    assert lookup_verb("initial", obj={"accord"}).type == "COOPERATE"
    assert lookup_verb("initial", obj={"form"}, bare=False) is None
    assert lookup_verb("exchange", obj={"view"}).type == "CONSULT"
    fire = lookup_verb("exchange", obj={"fire"})
    assert fire is None or fire.type != "CONSULT"


def test_entering_talks_holds_them():
    assert lookup_noun("talk", gov="enter", bare=False).type == "CONSULT"
    assert lookup_noun("negotiation", gov="enter", bare=False).type == "CONSULT"


def test_greeting_a_party_hosts_it_but_a_crowd_greeting_a_visitor_does_not():
    assert lookup_verb("greet", obj={"*actor"}).mode == "host"
    for crowd in ("protester", "demonstrator", "crowd"):
        assert lookup_verb("greet", obj={"*actor"}, subj={crowd}) is None  # "demonstrators greeted Shultz with stones"


def test_repeating_or_reaffirming_a_pledge_pledges_again_but_repeating_a_view_does_not():
    for verb in ("repeat", "reiterate", "reaffirm", "renew"):
        sense = lookup_verb(verb, obj={"pledge"})
        assert (sense.type, sense.label) == ("AGREE", "pledged")
    view = lookup_verb("reiterate", obj={"view"})
    assert view is None or view.type != "AGREE"


def test_inviting_a_party_to_visit_talk_or_join_offers_a_meeting():
    assert lookup_verb("invite", comp={"visit"}).type == "AGREE"
    assert lookup_verb("invite", comp={"join"}).label == "invited"
    assert lookup_verb("invite", pobj={"talk"}).type == "AGREE"


def test_inviting_a_party_to_do_something_else_asks_and_inviting_tenders_is_no_event():
    assert lookup_verb("invite", comp={"cut"}).type == "REQUEST"
    assert lookup_verb("invite", obj={"tender"}) is None
    assert lookup_verb("invite", obj={"bid"}) is None
