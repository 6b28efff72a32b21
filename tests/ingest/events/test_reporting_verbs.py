"""The reporting verbs are one list, read by every part of the event stage."""
from __future__ import annotations

from graphkit.ingest.events import certainty, demands, quotes, roles
from graphkit.ingest.words import word_list


def test_one_list_for_all_readers():
    verbs = word_list("reporting_verbs")
    assert {"say", "tell", "announce", "claim", "warn"} <= verbs
    assert certainty.SPEECH_VERBS == verbs
    assert quotes.QUOTE_VERBS == verbs
    assert demands.DEMAND_SPEECH == verbs
    assert roles._SPEECH == verbs | {"vow"}
