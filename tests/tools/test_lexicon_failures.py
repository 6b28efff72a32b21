"""tools/lexicon_failures.py: lexicon lemmas whose conditional entries all fail."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import _holds, load_lexicon
from tests.tools.conftest import load_tool

LF = load_tool("lexicon_failures")
record, failure_counts = LF.record, LF.failure_counts


def test_record_of_a_failing_conditional_noun():
    r = record("N", "loan", load_lexicon()["N"]["loan"], {"gov": {"seek"}}, _holds)
    assert (r["held"], r["blocked"]) == (False, False)


def test_record_notes_an_explicit_no_event_sense():
    r = record("V", "tell", load_lexicon()["V"]["tell"], {"obj": {"reporter"}}, _holds)
    assert (r["held"], r["blocked"]) == (True, True)


def test_failure_counts_skip_held_entries():
    recs = [{"pos": "N", "lemma": "loan", "held": False, "blocked": False},
            {"pos": "N", "lemma": "loan", "held": False, "blocked": False},
            {"pos": "V", "lemma": "tell", "held": True, "blocked": True}]
    assert failure_counts(recs) == {("N", "loan"): 2}
