"""Acts a clause names as what it follows (graphkit.ingest.events.antecedents)."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.antecedents import antecedent, told_antecedent, told_interaction


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               lemmas=[r[3] for r in rows], pos=[r[4] for r in rows])


def _after(vocab, prep, aux=None):
    # "(aux) protested <prep> the attack"
    rows = [("Iran", 2, "nsubj", "Iran", "PROPN")]
    rows += [(aux, 2, "aux", aux, "AUX")] if aux else [("has", 2, "aux", "have", "AUX")]
    rows += [("protested", 2, "ROOT", "protest", "VERB"), (prep, 2, "prep", prep, "ADP"),
             ("the", 5, "det", "the", "DET"), ("attack", 3, "pobj", "attack", "NOUN")]
    return _doc(vocab, rows)


def test_the_object_of_a_preposition_of_what_went_before_is_an_antecedent(vocab):
    for prep in ("after", "following", "amid", "despite"):
        doc = _after(vocab, prep)
        assert antecedent(doc[5]) and told_antecedent(doc[5])
    for prep in ("before", "for", "under", "against"):
        doc = _after(vocab, prep)
        assert not antecedent(doc[5]) and not told_antecedent(doc[5])


def test_in_the_wake_of_is_such_a_preposition(vocab):
    rows = [("Iran", 1, "nsubj", "Iran", "PROPN"), ("protested", 1, "ROOT", "protest", "VERB"),
            ("in", 1, "prep", "in", "ADP"), ("the", 4, "det", "the", "DET"), ("wake", 2, "pobj", "wake", "NOUN"),
            ("of", 4, "prep", "of", "ADP"), ("attacks", 5, "pobj", "attack", "NOUN")]
    doc = _doc(vocab, rows)
    assert antecedent(doc[6]) and told_antecedent(doc[6])
    assert not antecedent(doc[4])


def test_a_clause_still_to_come_follows_no_done_act(vocab):
    for aux in ("will", "would", "may"):
        doc = _after(vocab, "after", aux)
        assert antecedent(doc[5]) and not told_antecedent(doc[5])


def test_an_indefinite_span_of_acts_is_no_dated_act(vocab):
    # "Iran protested after years of talks" / "after two days of talks"
    for number, expected in ((False, False), (True, True)):
        rows = [("Iran", 1, "nsubj", "Iran", "PROPN"), ("protested", 1, "ROOT", "protest", "VERB"),
                ("after", 1, "prep", "after", "ADP")]
        if number:
            rows += [("two", 4, "nummod", "two", "NUM"), ("days", 2, "pobj", "day", "NOUN"),
                     ("of", 4, "prep", "of", "ADP"), ("talks", 5, "pobj", "talk", "NOUN")]
            noun = 6
        else:
            rows += [("years", 2, "pobj", "year", "NOUN"), ("of", 3, "prep", "of", "ADP"),
                     ("talks", 4, "pobj", "talk", "NOUN")]
            noun = 5
        doc = _doc(vocab, rows)
        assert told_antecedent(doc[noun]) is expected


def test_following_parsed_as_a_participle_still_takes_an_antecedent(vocab):
    # "Iran protested following Iraq's attack": "following" a prep VERB, the attack its dobj
    rows = [("Iran", 1, "nsubj", "Iran", "PROPN"), ("protested", 1, "ROOT", "protest", "VERB"),
            ("following", 1, "prep", "follow", "VERB"), ("Iraq", 4, "poss", "Iraq", "PROPN"),
            ("attack", 2, "dobj", "attack", "NOUN")]
    doc = _doc(vocab, rows)
    assert antecedent(doc[4]) and told_antecedent(doc[4])


class _Layer:
    def __init__(self, ids):
        self.ids = ids

    def at(self, i):
        return self.ids.get(i)


def test_an_act_between_two_parties_one_named_by_an_adjective_of_nationality(vocab):
    # "protested after the Soviet expulsion of diplomats (of the U.S.)"
    rows = [("Washington", 1, "nsubj", "Washington", "PROPN"), ("protested", 1, "ROOT", "protest", "VERB"),
            ("after", 1, "prep", "after", "ADP"), ("the", 5, "det", "the", "DET"),
            ("Soviet", 5, "amod", "soviet", "ADJ"),
            ("expulsion", 2, "pobj", "expulsion", "NOUN"), ("of", 5, "prep", "of", "ADP"),
            ("U.S.", 8, "compound", "U.S.", "PROPN"), ("diplomats", 6, "pobj", "diplomat", "NOUN")]
    doc = _doc(vocab, rows)
    assert told_interaction(doc[5], _Layer({0: "usa", 7: "usa"}))
    assert not told_interaction(doc[5], _Layer({0: "usa"}))  # "of diplomats": one party only
