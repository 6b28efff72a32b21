"""The party of a meeting hung on its venue (graphkit.ingest.events.venues), on hand-built spaCy Docs."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of

_ROWS = [("Glitman", 1, "nsubj", "PROPN", "Glitman"), ("presented", 1, "ROOT", "VERB", "present"),
         ("the", 3, "det", "DET", "the"), ("treaty", 1, "dobj", "NOUN", "treaty"),
         ("during", 1, "prep", "ADP", "during"), ("a", 6, "det", "DET", "a"),
         ("meeting", 4, "pobj", "NOUN", "meeting"), ("at", 6, "prep", "ADP", "at"),
         ("the", 9, "det", "DET", "the"), ("mission", 7, "pobj", "NOUN", "mission"),
         ("with", 9, "prep", "ADP", "with"), ("the", 13, "det", "DET", "the"),
         ("Soviet", 13, "amod", "ADJ", "soviet"), ("team", 10, "pobj", "NOUN", "team")]


def test_a_with_phrase_hung_on_the_venue_of_a_meeting_is_its_party(vocab):
    got = events_of(vocab, _ROWS, {0: ("glitman", "person"), 12: ("ussr", "country")})
    assert ("CONSULT", "met", ["glitman"], ["ussr"], "asserted") in got


def test_a_meeting_at_a_venue_without_a_party_gives_no_event(vocab):
    rows = _ROWS[:10]  # "... during a meeting at the mission": no one met
    assert [e for e in events_of(vocab, rows, {0: ("glitman", "person")}) if e[0] == "CONSULT"] == []
