"""Whom an act is won from (graphkit.ingest.events.receipt), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.receipt import obtainer
from tests.ingest.events.test_find import events_of, parse


def _rows(verb, lemma):
    # Washington <verb> promises from Japan
    return [("Washington", 1, "nsubj", "PROPN", "Washington"), (verb, 1, "ROOT", "VERB", lemma),
            ("promises", 1, "dobj", "NOUN", "promise"), ("from", 2, "prep", "ADP", "from"),
            ("Japan", 3, "pobj", "PROPN", "Japan")]


def test_a_promise_obtained_from_a_party_is_made_to_the_one_who_obtains_it(vocab):
    actors = {0: ("usa", "country"), 4: ("jpn", "country")}
    doc, layer = parse(vocab, _rows("extracted", "extract"), actors)
    assert obtainer(doc[2], layer) == ["usa"]
    got = events_of(vocab, _rows("extracted", "extract"), actors)
    assert ("AGREE", "promised", ["jpn"], ["usa"], "asserted") in got


def test_a_promise_only_reported_is_not_obtained_by_the_subject(vocab):
    doc, layer = parse(vocab, _rows("reported", "report"), {0: ("usa", "country"), 4: ("jpn", "country")})
    assert obtainer(doc[2], layer) == []
    rows = _rows("extracted", "extract")[:3]  # no maker named: nobody gets it from anyone
    doc, layer = parse(vocab, rows, {0: ("usa", "country")})
    assert obtainer(doc[2], layer) == []


def test_the_maker_may_hang_on_the_verb_of_obtaining(vocab):
    # Washington obtained promises from Japan: the parser hangs "from" on "obtained"
    rows = _rows("obtained", "obtain")
    rows[3] = ("from", 1, "prep", "ADP", "from")
    actors = {0: ("usa", "country"), 4: ("jpn", "country")}
    doc, layer = parse(vocab, rows, actors)
    assert obtainer(doc[2], layer) == ["usa"]
    assert ("AGREE", "promised", ["jpn"], ["usa"], "asserted") in events_of(vocab, rows, actors)
