"""A wish to do a hostile act aimed at no party is no threat."""
from __future__ import annotations

import pytest

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.readings import Found
from graphkit.ingest.events.wishes import unaimed_wish

_THREAT = Trigger("THREATEN", None, "threatened")


@pytest.mark.parametrize("intent,recips,expected", [
    ("keen", [], True),           # "keen to prevent too much liquidity"
    ("want", [], True),           # "wanted to prevent further hardship"
    ("keen", ["irq"], False),     # "keen to attack Iraq": aimed at Iraq
    ("ready", [], False),         # "ready to impose sanctions": readiness holds out the means
    (None, [], False),
])
def test_only_an_unaimed_wish_is_no_threat(intent, recips, expected):
    assert unaimed_wish(Found(None, _THREAT, ["x"], recips, None, "asserted"), intent) is expected


def test_an_unaimed_agreement_is_left_alone():
    agree = Found(None, Trigger("AGREE", None, "promised"), ["x"], [], None, "asserted")
    assert not unaimed_wish(agree, "want")


def test_a_wish_to_prevent_a_state_of_affairs_threatens_no_one_on_the_real_model(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    text = "The Bundesbank is keen to prevent too much liquidity accruing in the market."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    assert not any(e.type == "THREATEN" for e in recs.events)
    text = "Iran is keen to attack Iraq."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    assert any(e.type == "THREATEN" and e.certainty == "asserted" for e in recs.events)
