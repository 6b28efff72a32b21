"""Lexicon senses of words of meeting, demand and calling that are no act (types10): meeting an aim or market
demand, a news conference, calling a thing something."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb


def test_meeting_an_aim_or_a_bill_is_no_meeting():
    assert lookup_verb("meet", obj={"aim"}) is None  # "we have met our aim"
    assert lookup_verb("meet", obj={"bill", "interest"}) is None  # "to meet its interest bill"
    assert lookup_verb("meet", obj={"*actor", "minister"}).type == "CONSULT"


def test_a_news_conference_is_no_meeting_of_parties():
    assert lookup_noun("conference", gov="hold", mod={"news"}) is None
    assert lookup_noun("conference", gov="attend", mod={"press"}) is None
    assert lookup_noun("conference", gov="hold", mod={"peace"}).type == "CONSULT"


def test_demand_as_a_mass_noun_is_the_market_quantity_and_meeting_it_concedes_nothing():
    assert lookup_noun("demand", mod={"*mass"}) is None  # "a resurgence of demand from the Middle East"
    assert lookup_noun("demand").type == "REQUEST"  # "Iraq's demand", "their demands"
    assert lookup_verb("meet", obj={"demand", "*mass"}) is None  # "to meet demand from investors"
    assert lookup_verb("meet", obj={"demand"}).type == "CONCEDE"  # "met the demands of the hijackers"


def test_calling_a_thing_something_asks_nothing():
    # "On the economy, Seger called the figures a modest revision": "on" is no "call on"
    assert lookup_verb("call", prep={"on"}, obj={"figure", "*any", "*oprd"}) is None
    assert lookup_verb("call", prep={"on"}).type == "REQUEST"


def test_on_the_real_model_market_demand_is_no_request(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    text = "Exports rose on a resurgence of demand from Saudi Arabia. Iran rejected Iraq's demand for a ceasefire."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    got = {(e.type, tuple(names[x] for x in e.actors)) for e in recs.events}
    assert ("REQUEST", ("Iraq",)) in got
    assert not [e for e in got if e[1] == ("Saudi Arabia",)]


def test_a_dialogue_held_or_continued_is_talks_and_one_sought_is_not_yet():
    # WordNet negotiation.n.01: negotiation, dialogue, talks
    assert lookup_noun("dialogue", gov="continue", bare=False).type == "CONSULT"
    assert lookup_noun("dialog", gov="resume", bare=False).type == "CONSULT"
    assert lookup_noun("dialogue", gov="seek", bare=False) is None
