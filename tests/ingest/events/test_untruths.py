"""The forms of "lie" that tell an untruth (graphkit.ingest.events.untruths), on hand-built spaCy Docs."""
from __future__ import annotations

import pytest

from graphkit.ingest.events.untruths import tells_untruth
from tests.ingest.events.test_find import events_of, parse


def _lie(form, *tail):
    return [("Pravda", 1, "nsubj", "PROPN", "Pravda"), ("said", 1, "ROOT", "VERB", "say"),
            ("Moscow", 4, "nsubj", "PROPN", "Moscow"), ("was", 4, "aux", "AUX", "be"),
            (form, 1, "ccomp", "VERB", "lie"), *tail]


@pytest.mark.parametrize("form, tail, want", [
    ("lying", (), True),                                                    # "was lying"
    ("lying", (("about", 4, "prep", "ADP", "about"), ("it", 5, "pobj", "PRON", "it")), True),
    ("lying", (("off", 4, "prep", "ADP", "off"), ("Oman", 5, "pobj", "PROPN", "Oman")), False),
    ("lying", (("idle", 4, "acomp", "ADJ", "idle"),), False),
    ("lay", (), False),                                                     # the past of reclining
    ("lied", (("in", 4, "prep", "ADP", "in"), ("court", 5, "pobj", "NOUN", "court")), True),
])
def test_lie_tells_an_untruth_without_a_complement_of_place(vocab, form, tail, want):
    doc, _ = parse(vocab, _lie(form, *tail), {})
    assert tells_untruth(doc[4]) is want


def test_a_speaker_saying_another_is_lying_accuses_it(vocab):
    got = events_of(vocab, _lie("lying"), {0: ("pravda", "organization"), 2: ("moscow", "country")})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("ACCUSE", ["pravda"], ["moscow"])]
    rows = _lie("lying", ("off", 4, "prep", "ADP", "off"), ("Oman", 5, "pobj", "PROPN", "Oman"))
    assert [t for t, *_ in events_of(vocab, rows, {0: ("pravda", "organization"), 2: ("moscow", "country")})] == []
