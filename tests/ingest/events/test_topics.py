"""Places an act is about (graphkit.ingest.events.topics) on hand-built spaCy Docs."""
from __future__ import annotations

import pytest

from graphkit.ingest.events.topics import topic_places
from tests.ingest.events.test_find import events_of, parse

_AGREED_ON = [("Israel", 4, "nsubj", "PROPN", "Israel"), ("and", 0, "cc", "CCONJ", "and"),
              ("Egypt", 0, "conj", "PROPN", "Egypt"), ("have", 4, "aux", "AUX", "have"),
              ("agreed", 4, "ROOT", "VERB", "agree"), ("on", 4, "prep", "ADP", "on"),
              ("Taba", 5, "pobj", "PROPN", "Taba")]


def test_a_town_an_agreement_is_about_is_its_topic(vocab):
    doc, layer = parse(vocab, _AGREED_ON, {0: ("isr", "country"), 2: ("egy", "country"), 6: ("taba", "location")})
    assert topic_places([doc[4], None], layer, lambda a: {"taba": "location"}.get(a, "country")) == {"taba"}


@pytest.mark.parametrize(("prep", "kind", "topic"), [
    ("on", "location", True), ("over", "location", True),
    ("with", "location", False),  # "agreed with Washington": a party
    ("on", "country", False),  # a country an act is about may be its party
])
def test_only_towns_named_by_a_topic_preposition_are_topics(vocab, prep, kind, topic):
    rows = [*_AGREED_ON[:5], (prep, 4, "prep", "ADP", prep), _AGREED_ON[6]]
    doc, layer = parse(vocab, rows, {0: ("isr", "country"), 2: ("egy", "country"), 6: ("taba", kind)})
    kinds = {"taba": kind}
    assert (topic_places([doc[4]], layer, lambda a: kinds.get(a, "country")) == {"taba"}) is topic


def test_the_agreement_is_between_its_doers_not_with_the_town(vocab):
    events = events_of(vocab, _AGREED_ON, {0: ("isr", "country"), 2: ("egy", "country"), 6: ("taba", "location")})
    agrees = {(tuple(a), tuple(r)) for t, _, a, r, _ in events if t == "AGREE"}
    assert agrees == {(("isr",), ("egy",)), (("egy",), ("isr",))}
