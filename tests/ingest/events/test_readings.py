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
            ("accept", 1, "ccomp", "VERB", "accept"), ("the", 7, "det", "DET", "the"),
            ("plan", 5, "dobj", "NOUN", "plan")]


def test_another_side_s_future_refusal_is_a_forecast_not_a_refusal(vocab):
    actors = {0: ("conrad", "person"), 2: ("ec", "organization")}
    got = _events(vocab, _will_not_accept("Conrad"), actors, {"conrad": ["usa"]})
    assert got and all(cert == "possible" for _, _, cert in got)  # a U.S. senator foretells the EC's act
    got = _events(vocab, _will_not_accept("Delors"), {0: ("delors", "person"), 2: ("ec", "organization")},
                  {"delors": ["ec"]})
    assert ("REJECT", ["ec"], "asserted") in got  # the EC's own man tells its refusal


def _promised_not(verb, lemma, obj_rows):
    # Hawke promised not to <verb> <object>
    return [("Hawke", 1, "nsubj", "PROPN", "Hawke"), ("promised", 1, "ROOT", "VERB", "promise"),
            ("not", 4, "neg", "PART", "not"), ("to", 4, "aux", "PART", "to"), (verb, 1, "xcomp", "VERB", lemma),
            *obj_rows]


def test_a_promise_not_to_grant_a_party_something_refuses_but_restraint_is_promised(vocab):
    actors = {0: ("hawke", "person")}
    taxes = _promised_not("raise", "raise", [("taxes", 4, "dobj", "NOUN", "tax")])
    assert ("AGREE", ["hawke"], "asserted") in _events(vocab, taxes, actors, {})
    golan = _promised_not("return", "return", [("the", 6, "det", "DET", "the"), ("Golan", 4, "dobj", "PROPN", "Golan")])
    got = _events(vocab, golan, {**actors, 6: ("golan", "location")}, {})
    assert ("REJECT", ["hawke"], "asserted") in got and not any(t == "AGREE" for t, _, _ in got)
