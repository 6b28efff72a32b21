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
    assert lookup_verb("initial", obj={"accord"}).type == "AGREE"  # signing commits to it
    assert lookup_verb("initial", obj={"form"}, bare=False) is None
    assert lookup_verb("exchange", obj={"view"}).type == "CONSULT"
    fire = lookup_verb("exchange", obj={"fire"})
    assert fire is None or fire.type != "CONSULT"


def test_working_out_forging_finalising_or_entering_into_a_deal_agrees_with_its_partner():
    for verb in ("forge", "finalise", "finalize"):
        assert (lookup_verb(verb, obj={"deal"}).type, lookup_verb(verb, obj={"deal"}).label) == ("AGREE", "agreed with")
    assert lookup_verb("work", prt={"out"}, obj={"compromise"}).type == "AGREE"
    assert lookup_verb("work", prt={"out"}, obj={"detail"}, bare=False) is None
    assert lookup_verb("forge", obj={"signature"}, bare=False) is None
    assert lookup_verb("enter", prep={"into"}, pobj={"agreement"}).type == "AGREE"
    assert lookup_verb("resolve", obj={"dispute"}).type == "AGREE"
    assert lookup_verb("resolve", obj={"problem"}, bare=False) is None


def test_an_undertaking_given_an_acceptance_and_a_green_light_commit():
    assert lookup_noun("undertaking", gov="give").label == "promised"
    assert lookup_noun("undertaking", bare=False) is None  # "a massive undertaking": an enterprise
    assert lookup_noun("acceptance", obj={"plan"}).type == "AGREE"
    assert lookup_noun("acceptance", obj={"demand"}).type == "CONCEDE"
    assert lookup_noun("acceptance", mod={"banker"}, bare=False) is None  # a bank's time draft
    assert lookup_noun("light", mod={"green"}, gov="give").type == "AGREE"
    assert lookup_noun("light", mod={"red"}, gov="give", bare=False) is None


def test_suggesting_talks_proposes_them():
    assert lookup_verb("suggest", obj={"talk"}).label == "proposed"
    assert lookup_verb("suggest", obj={"recovery"}, bare=False) is None  # "the figures suggested a recovery"


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


def test_undertaking_to_act_promises_but_undertaking_a_task_is_no_promise():
    assert lookup_verb("undertake", comp=True).label == "undertook"  # "undertook to open its market"
    assert lookup_verb("undertake", obj={"push"}) is None  # "undertook a diplomatic push": took it on
    assert lookup_verb("undertake") is None  # "repairs it had undertaken"
