"""Acts told as still to come: scheduled presents, dated event nouns, hedged forecasts, continued acts."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.prospects import continued, counterfactual, hedged, scheduled, schedules, unfulfilled


def doc_of(vocab, rows):
    """A Doc from ``(word, head, dep, tag, pos, lemma)`` rows."""
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], pos=[r[4] for r in rows], lemmas=[r[5] for r in rows])


@pytest.mark.parametrize("tag,time,mod,expected", [
    ("VBP", "tomorrow", None, True),      # officials meet tomorrow
    ("VBP", "week", "next", True),        # officials meet next week
    ("VBP", "Tuesday", None, True),       # officials meet Tuesday: a schedule
    ("VBD", "tomorrow", None, False),     # told in the past: a fact (or a report of one)
    ("VBP", "week", "last", False),       # "meet last week" is no schedule
    ("VBP", "week", "this", False),       # "this week" may be done already
])
def test_a_present_with_a_time_to_come_is_scheduled(vocab, tag, time, mod, expected):
    rows = [("officials", 1, "nsubj", "NNS", "NOUN", "official"), ("meet", 1, "ROOT", tag, "VERB", "meet")]
    if mod is not None:
        rows += [(mod, 3, "amod", "JJ", "ADJ", mod)]
    rows += [(time, 1, "npadvmod", "NN", "NOUN", time.lower())]
    doc = doc_of(vocab, rows)
    assert scheduled(doc[1]) is expected
    assert (assess(doc[1]).certainty == "possible") is expected


def test_a_present_on_a_day_of_a_month_is_scheduled(vocab):
    # Nakasone visits Washington on April 29  /  visited ... on April 29
    for tag, expected in (("VBZ", True), ("VBD", False)):
        rows = [("Nakasone", 1, "nsubj", "NNP", "PROPN", "Nakasone"), ("visits", 1, "ROOT", tag, "VERB", "visit"),
                ("Washington", 1, "dobj", "NNP", "PROPN", "Washington"), ("on", 1, "prep", "IN", "ADP", "on"),
                ("April", 3, "pobj", "NNP", "PROPN", "April"), ("29", 4, "nummod", "CD", "NUM", "29")]
        assert scheduled(doc_of(vocab, rows)[1]) is expected


def test_a_present_with_an_auxiliary_keeps_its_tense(vocab):
    # officials have met tomorrow's deadline ... : "has met" is a perfect, no schedule
    rows = [("officials", 2, "nsubj", "NNS", "NOUN", "official"), ("have", 2, "aux", "VBP", "AUX", "have"),
            ("met", 2, "ROOT", "VBN", "VERB", "meet"), ("tomorrow", 2, "npadvmod", "NN", "NOUN", "tomorrow")]
    assert not scheduled(doc_of(vocab, rows)[2])


def test_an_event_noun_dated_ahead_is_scheduled(vocab):
    # her visit to Moscow next week  /  her visit to Moscow last week
    for mod, expected in (("next", True), ("last", False)):
        rows = [("her", 1, "poss", "PRP$", "PRON", "her"), ("visit", 1, "ROOT", "NN", "NOUN", "visit"),
                ("to", 1, "prep", "IN", "ADP", "to"), ("Moscow", 2, "pobj", "NNP", "PROPN", "Moscow"),
                (mod, 5, "amod", "JJ", "ADJ", mod), ("week", 1, "npadvmod", "NN", "NOUN", "week")]
        doc = doc_of(vocab, rows)
        assert scheduled(doc[1]) is expected
        assert (assess(doc[1]).certainty == "possible") is expected


def test_next_weeks_talks_are_scheduled(vocab):
    rows = [("next", 1, "amod", "JJ", "ADJ", "next"), ("week", 3, "poss", "NN", "NOUN", "week"),
            ("'s", 1, "case", "POS", "PART", "'s"), ("talks", 3, "ROOT", "NNS", "NOUN", "talk")]
    assert scheduled(doc_of(vocab, rows)[3])


def test_a_hedged_future_is_a_forecast(vocab):
    # Nakasone will almost certainly step down  /  Nakasone will certainly step down
    for words, expected in ((["almost", "certainly"], True), (["certainly"], False)):
        rows = [("Nakasone", 2 + len(words), "nsubj", "NNP", "PROPN", "Nakasone"),
                ("will", 2 + len(words), "aux", "MD", "AUX", "will")]
        if len(words) == 2:
            rows += [("almost", 3, "advmod", "RB", "ADV", "almost"),
                     ("certainly", 4, "advmod", "RB", "ADV", "certainly")]
        else:
            rows += [("certainly", 3, "advmod", "RB", "ADV", "certainly")]
        rows += [("resign", 2 + len(words), "ROOT", "VB", "VERB", "resign")]
        doc = doc_of(vocab, rows)
        assert hedged(doc[len(rows) - 1]) is expected
        assert (assess(doc[len(rows) - 1]).certainty == "possible") is expected


def test_a_past_modal_perfect_is_counterfactual(vocab):
    rows = [("Kohl", 3, "nsubj", "NNP", "PROPN", "Kohl"), ("would", 3, "aux", "MD", "AUX", "would"),
            ("have", 3, "aux", "VB", "AUX", "have"), ("offered", 3, "ROOT", "VBN", "VERB", "offer")]
    doc = doc_of(vocab, rows)
    assert counterfactual(doc[3]) and not counterfactual(doc[0])


def test_continue_to_is_an_act_under_way(vocab):
    rows = [("EC", 2, "nsubj", "NNP", "PROPN", "EC"), ("would", 2, "aux", "MD", "AUX", "would"),
            ("continue", 2, "ROOT", "VB", "VERB", "continue"), ("to", 4, "aux", "TO", "PART", "to"),
            ("insist", 2, "xcomp", "VB", "VERB", "insist")]
    doc = doc_of(vocab, rows)
    assert continued(doc[4])
    assert not continued(doc[2])


def test_due_or_a_passive_schedule_puts_an_act_on_a_timetable_but_an_active_set_does_not(vocab):
    # Shultz is scheduled to meet  /  Shultz set to work  /  the talks are due to meet
    passive = Doc(vocab, words=["Shultz", "is", "scheduled", "to", "meet"], heads=[2, 2, 2, 4, 2],
                  deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp"])
    active = Doc(vocab, words=["Shultz", "set", "to", "work"], heads=[1, 1, 3, 1],
                 deps=["nsubj", "ROOT", "aux", "xcomp"])
    due = Doc(vocab, words=["Shultz", "is", "due", "to", "meet"], heads=[1, 1, 1, 4, 2],
              deps=["nsubj", "ROOT", "acomp", "aux", "xcomp"])
    assert schedules(passive[2], passive[4]) and schedules(due[2], due[4])
    assert not schedules(active[1], active[3])


@pytest.mark.parametrize("aux,verb,expected", [
    ("had", "plan", True),      # "had planned to meet": not carried out
    ("had", "intend", True),    # "contracts it had intended to award"
    ("has", "plan", False),     # "has planned to meet": still the plan
    ("had", "decide", False),   # "had decided to cut tariffs": a decision taken
])
def test_an_intention_in_the_past_perfect_is_unfulfilled(vocab, aux, verb, expected):
    # Japan <aux> <verb>ed to meet China
    doc = doc_of(vocab, [("Japan", 2, "nsubj", "NNP", "PROPN", "Japan"), (aux, 2, "aux", "VBD", "AUX", "have"),
                         (verb + "ed", 2, "ROOT", "VBN", "VERB", verb), ("to", 4, "aux", "TO", "PART", "to"),
                         ("meet", 2, "xcomp", "VB", "VERB", "meet"), ("China", 4, "dobj", "NNP", "PROPN", "China")])
    assert unfulfilled(doc[2]) is expected
    assert (assess(doc[4]).certainty == "possible") is expected
    assert assess(doc[4]).future is not expected
