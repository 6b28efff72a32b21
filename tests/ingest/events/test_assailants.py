"""Attackers named by an attack noun's modifier, and fights between sides
(graphkit.ingest.events.assailants), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.assailants import attacking_sides, fought_pairs
from tests.ingest.events.test_find import events_of, parse


def test_a_nationality_before_an_attack_noun_is_the_attacker(vocab):
    rows = [("an", 2, "det", "DET", "an"), ("Iranian", 2, "amod", "ADJ", "iranian"),
            ("attack", 2, "ROOT", "NOUN", "attack")]
    doc, layer = parse(vocab, rows, {1: ("iran", "country")})
    assert attacking_sides(doc[2], layer) == ["iran"]


def test_the_side_attacked_is_no_attacker(vocab):
    # U.S. attacks on Iran
    rows = [("U.S.", 1, "compound", "PROPN", "U.S."), ("attacks", 1, "ROOT", "NOUN", "attack"),
            ("on", 1, "prep", "ADP", "on"), ("Iran", 2, "pobj", "PROPN", "Iran")]
    doc, layer = parse(vocab, rows, {0: ("usa", "country"), 3: ("iran", "country")})
    assert attacking_sides(doc[1], layer) == ["usa"]


def test_modifiers_of_other_acts_are_read_both_ways(vocab):
    # "South African sanctions" are sanctions against South Africa; "Soviet aid" is no attack
    rows = [("South", 1, "compound", "PROPN", "South"), ("African", 2, "amod", "ADJ", "african"),
            ("sanctions", 2, "ROOT", "NOUN", "sanction")]
    doc, layer = parse(vocab, rows, {1: ("zaf", "country")})
    assert attacking_sides(doc[2], layer) == []


def test_an_iranian_attack_in_a_clause_is_irans(vocab):
    # Reagan decided on a response to the Iranian attack
    rows = [("Reagan", 1, "nsubj", "PROPN", "Reagan"), ("decided", 1, "ROOT", "VERB", "decide"),
            ("on", 1, "prep", "ADP", "on"), ("a", 4, "det", "DET", "a"), ("response", 2, "pobj", "NOUN", "response"),
            ("to", 4, "prep", "ADP", "to"), ("the", 8, "det", "DET", "the"), ("Iranian", 8, "amod", "ADJ", "iranian"),
            ("attack", 5, "pobj", "NOUN", "attack")]
    evs = events_of(vocab, rows, {0: ("reagan", "person"), 7: ("iran", "country")}, asserted_only=True)
    assert ("ASSAULT", "attacked", ["iran"], [], "asserted") in evs


def test_a_feared_attack_has_no_attacker(vocab):
    # Kuwait fears an Iranian attack
    rows = [("Kuwait", 1, "nsubj", "PROPN", "Kuwait"), ("fears", 1, "ROOT", "VERB", "fear"),
            ("an", 4, "det", "DET", "an"), ("Iranian", 4, "amod", "ADJ", "iranian"),
            ("attack", 1, "dobj", "NOUN", "attack")]
    evs = events_of(vocab, rows, {0: ("kuwait", "country"), 3: ("iran", "country")}, asserted_only=True)
    assert not [e for e in evs if e[0] == "ASSAULT"]


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


def test_a_person_before_attacks_is_no_side_and_since_dates_an_act(vocab):
    # Howard attacks (a headline misread as a noun)
    rows = [("Howard", 1, "compound", "PROPN", "Howard"), ("attacks", 1, "ROOT", "NOUN", "attack")]
    doc, layer = parse(vocab, rows, {0: ("howard", "person")})
    assert attacking_sides(doc[1], layer) == []
    # held since the U.S. invasion: the invasion dates the holding
    rows = [("held", 0, "ROOT", "VERB", "hold"), ("since", 0, "prep", "ADP", "since"),
            ("the", 4, "det", "DET", "the"), ("U.S.", 4, "compound", "PROPN", "U.S."),
            ("invasion", 1, "pobj", "NOUN", "invasion")]
    doc, layer = parse(vocab, rows, {3: ("usa", "country")})
    assert attacking_sides(doc[4], layer) == []
