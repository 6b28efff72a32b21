"""Modifiers that can only name an act's doer, and acts met with their like
(graphkit.ingest.events.authors), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.authors import authored, opposed
from graphkit.ingest.events.nominal import modifier_doers
from tests.ingest.events.test_find import events_of, parse


def _modified(noun, lemma, tag="NN", det=True, head_dep="ROOT"):
    # (a) Philippine <noun>
    rows = [("a", 2, "det", "DET", "a")] if det else []
    k = len(rows)
    rows += [("Philippine", k + 1, "amod", "ADJ", "philippine"), (noun, k + 1, head_dep, "NOUN", lemma)]
    return rows, k


def test_an_act_of_saying_counted_is_its_modifiers(vocab):
    rows, k = _modified("request", "request")
    doc, layer = parse(vocab, rows, {k: ("phl", "country")})
    doc[k + 1].tag_ = "NN"
    assert authored(doc[k + 1])
    assert modifier_doers(doc[k + 1], layer) == ["phl"]


def test_a_bare_singular_measures_a_quantity(vocab):
    # "U.S. demand for imports fell": no act
    rows, k = _modified("demand", "demand", det=False)
    doc, layer = parse(vocab, rows, {k: ("phl", "country")})
    doc[k + 1].tag_ = "NN"
    assert not authored(doc[k + 1])
    assert modifier_doers(doc[k + 1], layer) == []


def test_an_act_done_to_someone_needs_its_patient(vocab):
    # "a Philippine attack" may be one on the Philippines; "a Philippine threat" a danger
    for noun in ("attack", "threat", "accord"):
        rows, k = _modified(noun, noun)
        doc, layer = parse(vocab, rows, {k: ("phl", "country")})
        doc[k + 1].tag_ = "NN"
        assert not authored(doc[k + 1]), noun
        assert modifier_doers(doc[k + 1], layer) == []


def test_an_act_without_an_object_is_its_modifiers(vocab):
    rows, k = _modified("withdrawal", "withdrawal")
    doc, layer = parse(vocab, rows, {k: ("phl", "country")})
    assert authored(doc[k + 1])
    assert modifier_doers(doc[k + 1], layer) == ["phl"]


def test_a_request_another_answers_is_told_by_the_answer(vocab):
    # "Beirut rejected a Philippine appeal": the report is of the rejection
    rows = [("Beirut", 1, "nsubj", "PROPN", "Beirut"), ("rejected", 1, "ROOT", "VERB", "reject"),
            ("a", 4, "det", "DET", "a"), ("Philippine", 4, "amod", "ADJ", "philippine"),
            ("appeal", 1, "dobj", "NOUN", "appeal")]
    doc, layer = parse(vocab, rows, {0: ("lbn", "country"), 3: ("phl", "country")})
    assert modifier_doers(doc[4], layer) == []


def _repulsed(verb, lemma):
    # Iraq <verb> an Iranian attack
    return [("Iraq", 1, "nsubj", "PROPN", "Iraq"), (verb, 1, "ROOT", "VERB", lemma), ("an", 4, "det", "DET", "an"),
            ("Iranian", 4, "amod", "ADJ", "iranian"), ("attack", 1, "dobj", "NOUN", "attack"),
            ("on", 4, "prep", "ADP", "on"), ("Basra", 5, "pobj", "PROPN", "Basra")]


_SIDES = {0: ("irq", "country"), 3: ("irn", "country"), 6: ("basra", "location")}


def test_an_attack_repulsed_is_the_other_sides(vocab):
    doc, layer = parse(vocab, _repulsed("repulsed", "repulse"), _SIDES)
    assert opposed(doc[4], ["irn"], layer)
    assert not opposed(doc[4], ["irq"], layer)
    got = {(e[0], tuple(e[2])) for e in events_of(vocab, _repulsed("repulsed", "repulse"), _SIDES)}
    assert ("ASSAULT", ("irn",)) in got


def test_an_attack_launched_is_told_once(vocab):
    rows = _repulsed("launched", "launch")
    rows[3] = ("its", 4, "poss", "PRON", "its")
    doc, layer = parse(vocab, rows, {0: ("irq", "country"), 6: ("basra", "location")})
    assert not opposed(doc[4], [], layer)


def test_a_visit_may_be_to_its_modifier(vocab):
    rows, k = _modified("visit", "visit")
    doc, layer = parse(vocab, rows, {k: ("phl", "country")})
    assert not authored(doc[k + 1])


def test_a_withdrawal_of_something_is_no_act_without_an_object(vocab):
    rows = [("Philippine", 1, "amod", "ADJ", "philippine"), ("withdrawal", 1, "ROOT", "NOUN", "withdrawal"),
            ("of", 1, "prep", "ADP", "of"), ("sanctions", 2, "pobj", "NOUN", "sanction")]
    doc, _ = parse(vocab, rows, {0: ("phl", "country")})
    assert not authored(doc[1])
