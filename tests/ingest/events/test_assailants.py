"""Fights between sides (graphkit.ingest.events.assailants), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.assailants import fought_pairs, sides_between
from tests.ingest.events.test_find import events_of, parse


def test_clashes_between_two_sides_go_both_ways(vocab):
    # There were clashes between Chadian troops and Libyan forces
    rows = [("There", 1, "expl", "PRON", "there"), ("were", 1, "ROOT", "VERB", "be"),
            ("clashes", 1, "attr", "NOUN", "clash"), ("between", 2, "prep", "ADP", "between"),
            ("troops", 3, "pobj", "NOUN", "troop"), ("and", 4, "cc", "CCONJ", "and"),
            ("forces", 4, "conj", "NOUN", "force")]
    evs = events_of(vocab, rows, {4: ("chad", "group"), 6: ("libya", "group")})
    assert ("ASSAULT", "fought", ["chad"], ["libya"], "asserted") in evs
    assert ("ASSAULT", "fought", ["libya"], ["chad"], "asserted") in evs


def test_only_fighting_words_are_reciprocal(vocab):
    doc, _ = parse(vocab, [("attacked", 0, "ROOT", "VERB", "attack")], {})
    assert fought_pairs(doc[0], "ASSAULT", ["iran", "iraq"], []) == []
    doc, _ = parse(vocab, [("fought", 0, "ROOT", "VERB", "fight")], {})
    assert fought_pairs(doc[0], "ASSAULT", ["iran", "iraq"], []) == [("iran", "iraq"), ("iraq", "iran")]
    assert fought_pairs(doc[0], "ASSAULT", ["iran", "iraq"], ["kuwait"]) == []
    assert fought_pairs(doc[0], "ACCUSE", ["iran", "iraq"], []) == []


def test_fighting_between_sides_has_them_as_doers(vocab):
    # fighting between Iraq and Iran continued
    rows = [("fighting", 5, "nsubj", "VERB", "fight"), ("between", 0, "prep", "ADP", "between"),
            ("Iraq", 1, "pobj", "PROPN", "Iraq"), ("and", 2, "cc", "CCONJ", "and"),
            ("Iran", 2, "conj", "PROPN", "Iran"), ("continued", 5, "ROOT", "VERB", "continue")]
    doc, layer = parse(vocab, rows, {2: ("iraq", "country"), 4: ("iran", "country")})
    assert sides_between(doc[0], layer) == ["iraq", "iran"]
    evs = events_of(vocab, rows, {2: ("iraq", "country"), 4: ("iran", "country")})
    assert ("ASSAULT", "fought", ["iraq"], ["iran"], "asserted") in evs
    assert ("ASSAULT", "fought", ["iran"], ["iraq"], "asserted") in evs


def test_sides_that_clash_over_an_issue_dispute_and_do_not_fight(vocab):
    # Britain clashed with Japan over demands / over the weekend
    def rows(noun, lemma):
        return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("clashed", 1, "ROOT", "VERB", "clash"),
                ("with", 1, "prep", "ADP", "with"), ("Japan", 2, "pobj", "PROPN", "Japan"),
                ("over", 1, "prep", "ADP", "over"), (noun, 4, "pobj", "NOUN", lemma)]
    sides = {0: ("gbr", "country"), 3: ("jpn", "country")}
    assert not [e for e in events_of(vocab, rows("demands", "demand"), sides) if e[0] == "ASSAULT"]
    assert [e[:4] for e in events_of(vocab, rows("weekend", "weekend"), sides) if e[0] == "ASSAULT"] == [
        ("ASSAULT", "fought", ["gbr"], ["jpn"])]
