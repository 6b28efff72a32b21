"""The doer of a deed given as the reason for an act ("punished Japan for violating the pact")."""
from __future__ import annotations

from graphkit.ingest.events.reasons import reason_targets
from tests.ingest.events.test_find import events_of, parse


def _punished(verb="punished", obj=("Japan", "PROPN", "Japan")):
    # US punished Japan for violating the pact
    return [("US", 1, "nsubj", "PROPN", "US"), (verb, 1, "ROOT", "VERB", verb[:-2]),
            (obj[0], 1, "dobj", obj[1], obj[2]),
            ("for", 1, "prep", "ADP", "for"), ("violating", 3, "pcomp", "VERB", "violate"),
            ("the", 6, "det", "DET", "the"), ("pact", 4, "dobj", "NOUN", "pact")]


def test_the_one_punished_for_a_deed_did_it(vocab):
    got = events_of(vocab, _punished(), {0: ("usa", "country"), 2: ("japan", "country")})
    assert [e[:4] for e in got if e[0] == "REJECT"] == [("REJECT", "defied", ["japan"], [])]


def test_sanctions_against_a_party_for_a_deed_name_its_doer(vocab):
    # US imposed sanctions against Japan for violating the pact
    rows = [("US", 1, "nsubj", "PROPN", "US"), ("imposed", 1, "ROOT", "VERB", "impose"),
            ("sanctions", 1, "dobj", "NOUN", "sanction"), ("against", 2, "prep", "ADP", "against"),
            ("Japan", 3, "pobj", "PROPN", "Japan"), ("for", 1, "prep", "ADP", "for"),
            ("violating", 5, "pcomp", "VERB", "violate"), ("the", 8, "det", "DET", "the"),
            ("pact", 6, "dobj", "NOUN", "pact")]
    got = events_of(vocab, rows, {0: ("usa", "country"), 4: ("japan", "country")})
    assert [e[:4] for e in got if e[0] == "REJECT"] == [("REJECT", "defied", ["japan"], [])]


def test_without_a_party_acted_on_the_subject_does_the_deed(vocab):
    rows = _punished("used", ("money", "NOUN", "money"))
    got = events_of(vocab, rows, {0: ("usa", "country")})
    assert [e[:4] for e in got if e[0] == "REJECT"] == [("REJECT", "defied", ["usa"], [])]


def test_only_a_gerund_in_a_for_phrase_has_reason_targets(vocab):
    doc, _ = parse(vocab, _punished(), {})
    assert [t.text for t in reason_targets(doc[4])] == ["Japan"]
    assert reason_targets(doc[6]) == [] and reason_targets(doc[1]) == []


def _told(verb, lemma, prep):
    # US <verb> Japan <prep> violating the pact
    rows = _punished()
    rows[1] = (verb, 1, "ROOT", "VERB", lemma)
    rows[3] = (prep, 1, "prep", "ADP", prep)
    return rows


def test_the_one_charged_with_a_deed_did_it_but_not_the_one_told_of_it(vocab):
    people = {0: ("usa", "country"), 2: ("japan", "country")}
    for verb, lemma, prep in (("accused", "accuse", "of"), ("charged", "charge", "with")):
        got = events_of(vocab, _told(verb, lemma, prep), people)
        assert [e[:4] for e in got if e[0] == "REJECT"] == [("REJECT", "defied", ["japan"], [])]
    doc, _ = parse(vocab, _told("informed", "inform", "of"), {})
    assert reason_targets(doc[4]) == []  # "informed Japan of violating": not Japan's deed


def test_the_one_acted_against_for_a_deed_did_it(vocab):
    # US retaliated against Japan for violating the pact
    rows = [("US", 1, "nsubj", "PROPN", "US"), ("retaliated", 1, "ROOT", "VERB", "retaliate"),
            ("against", 1, "prep", "ADP", "against"), ("Japan", 2, "pobj", "PROPN", "Japan"),
            ("for", 1, "prep", "ADP", "for"), ("violating", 4, "pcomp", "VERB", "violate"),
            ("the", 7, "det", "DET", "the"), ("pact", 5, "dobj", "NOUN", "pact")]
    doc, _ = parse(vocab, rows, {})
    assert [t.text for t in reason_targets(doc[5])] == ["Japan"]
    got = events_of(vocab, rows, {0: ("usa", "country"), 3: ("japan", "country")})
    assert [e[:4] for e in got if e[0] == "REJECT"] == [("REJECT", "defied", ["japan"], [])]
