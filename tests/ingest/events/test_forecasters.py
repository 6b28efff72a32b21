"""Commentators (analysts, economists) speak for no party: the future acts they tell are forecasts."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.forecasters import commentator_said
from graphkit.ingest.events.intentions import foretold
from graphkit.models import Actor


def _said(vocab, speaker: str, lemma: str) -> Doc:
    # <speaker> said Moscow would withdraw
    return Doc(vocab, words=[speaker, "said", "Moscow", "would", "withdraw"], heads=[1, 1, 4, 4, 1],
               deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], lemmas=[lemma, "say", "Moscow", "would", "withdraw"])


@pytest.mark.parametrize("speaker,lemma,expected", [
    ("analysts", "analyst", True), ("economist", "economist", True), ("dealers", "dealer", True),
    ("sources", "source", False),      # sources speak for their principal
    ("officials", "official", False),  # so do officials
])
def test_commentators_speak_for_no_party(vocab, speaker, lemma, expected):
    doc = _said(vocab, speaker, lemma)
    assert commentator_said(doc[1]) is expected
    layer = ActorLayer(actors={"sun": Actor(id="sun", name="Moscow", kind="country", code="SUN")},
                       token_actor={2: "sun"})
    assert foretold(doc[4], ["sun"], layer) is expected


def test_real_model_forecast_is_no_promise():
    from graphkit.api import build  # noqa: PLC0415 - the whole pipeline
    recs = [{"id": "a", "text": "Analysts said the Soviet Union would withdraw its troops from Afghanistan next year.",
             "published": "1987-03-10"},
            {"id": "b", "text": "The minister said Japan would withdraw its troops.", "published": "1987-03-10"}]
    asserted = {(e.article, e.type) for e in build(recs).events if e.certainty == "asserted"}
    assert ("a", "AGREE") not in asserted
    assert ("b", "AGREE") in asserted
