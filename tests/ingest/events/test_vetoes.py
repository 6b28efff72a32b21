"""Rule tests for vetoes announced as threats (events.vetoes)."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of

_BILL = [("the", 5, "det", "DET", "the"), ("bill", 3, "dobj", "NOUN", "bill")]


def _types(vocab, rows):
    return [(e[0], e[1], e[4]) for e in events_of(vocab, rows, {0: ("reagan", "person")})]


def test_a_vowed_veto_is_a_threat_made(vocab):
    rows = [("Reagan", 1, "nsubj", "PROPN", "Reagan"), ("vowed", 1, "ROOT", "VERB", "vow"),
            ("to", 3, "aux", "PART", "to"), ("veto", 1, "xcomp", "VERB", "veto"), *_BILL]
    assert [(t, c) for t, _, c in _types(vocab, rows)] == [("THREATEN", "asserted")]  # one threat, as "promised to"


def test_a_veto_the_doer_says_he_will_cast_is_a_threat(vocab):
    rows = [("Reagan", 1, "nsubj", "PROPN", "Reagan"), ("said", 1, "ROOT", "VERB", "say"),
            ("he", 4, "nsubj", "PRON", "he"), ("would", 4, "aux", "AUX", "would"),
            ("veto", 1, "ccomp", "VERB", "veto"), ("the", 6, "det", "DET", "the"), ("bill", 4, "dobj", "NOUN", "bill")]
    got = events_of(vocab, rows, {0: ("reagan", "person"), 2: ("reagan", "person")})
    assert [(e[0], e[4]) for e in got] == [("THREATEN", "asserted")]


def test_a_forecast_veto_and_a_denied_one_threaten_nothing(vocab):
    would = [("Reagan", 2, "nsubj", "PROPN", "Reagan"), ("would", 2, "aux", "AUX", "would"),
             ("veto", 2, "ROOT", "VERB", "veto"), ("the", 4, "det", "DET", "the"), ("bill", 2, "dobj", "NOUN", "bill")]
    assert not [e for e in _types(vocab, would) if e[0] == "THREATEN"]
    vowed_not = [("Reagan", 1, "nsubj", "PROPN", "Reagan"), ("vowed", 1, "ROOT", "VERB", "vow"),
                 ("not", 4, "neg", "PART", "not"), ("to", 4, "aux", "PART", "to"),
                 ("veto", 1, "xcomp", "VERB", "veto"), ("the", 6, "det", "DET", "the"),
                 ("bill", 4, "dobj", "NOUN", "bill")]
    assert not [e for e in _types(vocab, vowed_not) if e[0] == "THREATEN"]


def test_a_cast_veto_stays_a_refusal(vocab):
    rows = [("Reagan", 1, "nsubj", "PROPN", "Reagan"), ("vetoed", 1, "ROOT", "VERB", "veto"),
            ("the", 3, "det", "DET", "the"), ("bill", 1, "dobj", "NOUN", "bill")]
    assert all(e[0] != "THREATEN" for e in _types(vocab, rows))
