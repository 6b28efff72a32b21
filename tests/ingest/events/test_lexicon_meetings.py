"""Lexicon senses of meeting words that are no meeting (types10): meeting an aim or a bill, a news conference."""
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
