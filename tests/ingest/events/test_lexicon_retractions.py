"""Lexicon senses of taking back what one said (nouns13): withdrawing a request, a diplomatic protest."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb


def test_withdrawing_a_request_yields_and_withdrawing_troops_retreats():
    assert lookup_verb("withdraw", obj={"request"}).type == "CONCEDE"
    assert lookup_verb("withdraw", obj={"objection"}).type == "CONCEDE"
    assert lookup_verb("withdraw", obj={"troop"}).type == "RETREAT"
    assert lookup_verb("withdraw", obj={"ambassador"}).type == "SANCTION"


def test_a_protest_voiced_to_a_party_accuses_it_and_a_protest_made_is_a_protest():
    assert lookup_noun("protest", gov="voice").type == "ACCUSE"
    assert lookup_noun("protest", gov="lodge").type == "ACCUSE"
    assert lookup_noun("protest", gov="make").type == "PROTEST"
