"""Deeds only talked over or planned (graphkit.ingest.events.agenda), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.agenda import topical
from tests.ingest.events.test_find import events_of, parse


def _held_talks_on(noun, lemma, prep="on"):
    # Pakistan and Afghanistan held talks <prep> Moscow 's <noun> from Kabul
    return [("Pakistan", 3, "nsubj", "PROPN", "Pakistan"), ("and", 0, "cc", "CCONJ", "and"),
            ("Afghanistan", 0, "conj", "PROPN", "Afghanistan"), ("held", 3, "ROOT", "VERB", "hold"),
            ("talks", 3, "dobj", "NOUN", "talk"), (prep, 3, "prep", "ADP", prep),
            ("Moscow", 8, "poss", "PROPN", "Moscow"), ("'s", 6, "case", "PART", "'s"),
            (noun, 5, "pobj", "NOUN", lemma), ("from", 8, "prep", "ADP", "from"),
            ("Kabul", 9, "pobj", "PROPN", "Kabul")]


_ACTORS = {0: ("pak", "country"), 2: ("afg", "country"), 6: ("sun", "country"), 10: ("kabul", "location")}


def test_a_withdrawal_talks_are_held_on_is_no_event(vocab):
    doc, _ = parse(vocab, _held_talks_on("withdrawal", "withdrawal"), _ACTORS)
    assert topical(doc[8], "RETREAT")
    types = {e[0] for e in events_of(vocab, _held_talks_on("withdrawal", "withdrawal"), _ACTORS)}
    assert "CONSULT" in types and "RETREAT" not in types


def test_a_request_talked_over_was_made(vocab):
    doc, _ = parse(vocab, _held_talks_on("request", "request"), _ACTORS)
    assert not topical(doc[8], "REQUEST")


def test_a_withdrawal_after_talks_is_told(vocab):
    doc, _ = parse(vocab, _held_talks_on("withdrawal", "withdrawal", prep="after"), _ACTORS)
    assert not topical(doc[8], "RETREAT")


def test_a_plan_for_a_deed_and_a_protest_over_one(vocab):
    rows = [("a", 1, "det", "DET", "a"), ("timetable", 1, "ROOT", "NOUN", "timetable"),
            ("for", 1, "prep", "ADP", "for"), ("withdrawal", 2, "pobj", "NOUN", "withdrawal")]
    doc, _ = parse(vocab, rows, {})
    assert topical(doc[3], "RETREAT")
    rows[1] = ("anger", 1, "ROOT", "NOUN", "anger")
    doc, _ = parse(vocab, rows, {})
    assert not topical(doc[3], "RETREAT")


def test_an_act_a_document_provides_for_is_a_term_not_an_event(vocab):
    from graphkit.ingest.events.agenda import topical
    from tests.ingest.events.test_find import events_of, parse
    # the accord provides for cooperation between Japan and China
    rows = [("the", 1, "det", "DET", "the"), ("accord", 2, "nsubj", "NOUN", "accord"),
            ("provides", 2, "ROOT", "VERB", "provide"), ("for", 2, "prep", "ADP", "for"),
            ("cooperation", 3, "pobj", "NOUN", "cooperation"), ("between", 4, "prep", "ADP", "between"),
            ("Japan", 5, "pobj", "PROPN", "Japan"), ("and", 6, "cc", "CCONJ", "and"),
            ("China", 6, "conj", "PROPN", "China")]
    actors = {6: ("japan", "country"), 8: ("china", "country")}
    doc, _ = parse(vocab, rows, actors)
    assert topical(doc[4], "COOPERATE")
    assert events_of(vocab, rows, actors) == []
    rows[1] = ("Tokyo", 2, "nsubj", "PROPN", "Tokyo")  # a party that provides for it is no document
    doc, _ = parse(vocab, rows, actors)
    assert not topical(doc[4], "COOPERATE")
