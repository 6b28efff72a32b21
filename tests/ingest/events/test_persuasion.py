"""Rule tests for persuasion tried or failed read as the asking done (events.persuasion)."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of

_ACTORS = {0: ("egy", "country"), 4: ("usa", "country")}


def _rows(head, lemma, aux=()):
    # Egypt [aux] <head> to persuade Washington to cut rates
    n = len(aux)
    return [("Egypt", 1 + n, "nsubj", "PROPN", "Egypt"),
            *[(w, 1 + n, "aux", "AUX", w) for w in aux],
            (head, 1 + n, "ROOT", "VERB", lemma), ("to", 3 + n, "aux", "PART", "to"),
            ("persuade", 1 + n, "xcomp", "VERB", "persuade"), ("Washington", 3 + n, "dobj", "PROPN", "Washington"),
            ("to", 6 + n, "aux", "PART", "to"), ("cut", 3 + n, "xcomp", "VERB", "cut"),
            ("rates", 6 + n, "dobj", "NOUN", "rate")]


def _requests(vocab, rows, actors):
    return [(e[2], e[3], e[4]) for e in events_of(vocab, rows, actors) if e[0] == "REQUEST"]


def test_failing_to_persuade_a_party_asked_it(vocab):
    assert _requests(vocab, _rows("failed", "fail"), _ACTORS) == [(["egy"], ["usa"], "asserted")]


def test_trying_to_persuade_a_party_asks_it(vocab):
    assert _requests(vocab, _rows("tried", "try"), _ACTORS) == [(["egy"], ["usa"], "asserted")]


def test_a_try_still_to_come_asks_nobody_yet(vocab):
    actors = {0: ("egy", "country"), 5: ("usa", "country")}
    assert _requests(vocab, _rows("try", "try", aux=("will",)), actors) == [(["egy"], ["usa"], "possible")]


def test_a_persuasion_without_trying_is_left_to_the_lexicon(vocab):
    # Egypt wants to persuade Washington to cut rates: a wish, no asking yet
    assert _requests(vocab, _rows("wants", "want"), _ACTORS) != [(["egy"], ["usa"], "asserted")]
