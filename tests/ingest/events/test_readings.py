"""Tests for graphkit.ingest.events.readings: what a candidate asserts."""
from __future__ import annotations

from graphkit.models import Actor
from tests.ingest.events.test_find import parse


def _events(vocab, rows, actors, affiliations):
    from graphkit.ingest.events.find import find_events
    from graphkit.models import Article
    doc, layer = parse(vocab, rows, actors)
    for aid, aff in affiliations.items():
        old = layer.actors[aid]
        layer.actors[aid] = Actor(id=aid, name=old.name, kind=old.kind, affiliations=aff)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.actors, e.certainty) for e in events]


def _will_not_accept(speaker):
    # <speaker> said the EC will not accept the plan
    return [(speaker, 1, "nsubj", "PROPN", speaker), ("said", 1, "ROOT", "VERB", "say"),
            ("EC", 5, "nsubj", "PROPN", "EC"), ("will", 5, "aux", "AUX", "will"), ("not", 5, "neg", "PART", "not"),
            ("accept", 1, "ccomp", "VERB", "accept"), ("the", 7, "det", "DET", "the"), ("plan", 5, "dobj", "NOUN", "plan")]


def test_another_side_s_future_refusal_is_a_forecast_not_a_refusal(vocab):
    actors = {0: ("conrad", "person"), 2: ("ec", "organization")}
    got = _events(vocab, _will_not_accept("Conrad"), actors, {"conrad": ["usa"]})
    assert got and all(cert == "possible" for _, _, cert in got)  # a U.S. senator foretells the EC's act
    got = _events(vocab, _will_not_accept("Delors"), {0: ("delors", "person"), 2: ("ec", "organization")},
                  {"delors": ["ec"]})
    assert ("REJECT", ["ec"], "asserted") in got  # the EC's own man tells its refusal
