"""Lexicon senses of refusal (accuse9): staying away from talks, denying a charge."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_verb


def test_not_attending_talks_refuses_them_and_attending_is_no_refusal():
    assert lookup_verb("attend", neg=True, obj={"talk"}).type == "REJECT"
    assert lookup_verb("participate", neg=True, pobj={"negotiation"}).type == "REJECT"
    assert lookup_verb("attend", neg=True, obj={"school"}, bare=False) is None
    attended = lookup_verb("attend", obj={"talk"})
    assert attended is None or attended.type != "REJECT"


def test_denying_a_charge_rejects_it_and_denying_a_report_does_not():
    assert lookup_verb("deny", obj={"charge"}).type == "REJECT"
    assert lookup_verb("deny", obj={"allegation"}).type == "REJECT"
    denied = lookup_verb("deny", obj={"report"})
    assert denied is None or denied.type != "REJECT"
