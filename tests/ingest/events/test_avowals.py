"""A party's own word about what it will do (graphkit.ingest.events.avowals), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.avowals import avowed
from tests.ingest.events.test_find import events_of, parse


def _said(speaker="Japan", speaker_pos="PROPN"):
    # <speaker> said it would hold talks
    return [(speaker, 1, "nsubj", speaker_pos, speaker), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 4, "nsubj", "PRON", "it"), ("would", 4, "aux", "AUX", "would"), ("hold", 1, "ccomp", "VERB", "hold"),
            ("talks", 4, "dobj", "NOUN", "talk")]


def test_a_party_saying_it_will_hold_talks_avows_them(vocab):
    doc, layer = parse(vocab, _said(), {0: ("jpn", "country"), 2: ("jpn", "country")})
    assert avowed(doc[4], ["jpn"], layer)
    # a speaker of another side forecasts the act; a speaker of no side avows nothing
    doc, layer = parse(vocab, _said("Iran"), {0: ("irn", "country"), 2: ("jpn", "country")})
    assert not avowed(doc[4], ["jpn"], layer)
    doc, layer = parse(vocab, _said("he", "PRON"), {2: ("jpn", "country")})
    assert not avowed(doc[4], ["jpn"], layer)


def test_talks_a_party_says_it_will_hold_are_its_promise_and_the_writers_schedule_is_none(vocab):
    got = events_of(vocab, _said(), {0: ("jpn", "country"), 2: ("jpn", "country")})
    assert ("AGREE", "promised", ["jpn"], [], "asserted") in got
    assert ("CONSULT", "held talks with", ["jpn"], [], "possible") in got
    # "Japan will hold talks": told by the writer, no one's promise
    rows = [("Japan", 2, "nsubj", "PROPN", "Japan"), ("will", 2, "aux", "AUX", "will"),
            ("hold", 2, "ROOT", "VERB", "hold"), ("talks", 2, "dobj", "NOUN", "talk")]
    assert [e for e in events_of(vocab, rows, {0: ("jpn", "country")}) if e[0] == "AGREE"] == []
