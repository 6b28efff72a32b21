"""Acts put off, called off or placed ahead (graphkit.ingest.events.deferral), on hand-built Docs."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.deferral import deferred


def doc_of(vocab, rows):
    """A Doc from ``(word, head, dep, tag, pos, lemma)`` rows."""
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], pos=[r[4] for r in rows], lemmas=[r[5] for r in rows])


@pytest.mark.parametrize("verb,lemma,expected", [
    ("postponed", "postpone", "possible"),
    ("delayed", "delay", "possible"),
    ("cancelled", "cancel", "negated"),
    ("held", "hold", "asserted"),       # "the board held talks with Brazil": they took place
    ("tabled", "table", "asserted"),    # British "tabled" puts a proposal forward
])
def test_an_act_put_off_is_to_come_and_one_cancelled_did_not_happen(vocab, verb, lemma, expected):
    # the board postponed talks with Brazil
    rows = [("board", 1, "nsubj", "NN", "NOUN", "board"), (verb, 1, "ROOT", "VBD", "VERB", lemma),
            ("talks", 1, "dobj", "NNS", "NOUN", "talk"), ("with", 2, "prep", "IN", "ADP", "with"),
            ("Brazil", 3, "pobj", "NNP", "PROPN", "Brazil")]
    doc = doc_of(vocab, rows)
    assert assess(doc[2]).certainty == expected
    assert deferred(doc[2]) == (None if expected == "asserted" else expected)


def test_a_passive_put_off_and_a_phrasal_call_off(vocab):
    # talks were postponed  /  Iran called off its attack
    doc = doc_of(vocab, [("talks", 2, "nsubjpass", "NNS", "NOUN", "talk"), ("were", 2, "auxpass", "VBD", "AUX", "be"),
                         ("postponed", 2, "ROOT", "VBN", "VERB", "postpone")])
    assert assess(doc[0]).certainty == "possible"
    doc = doc_of(vocab, [("Iran", 1, "nsubj", "NNP", "PROPN", "Iran"), ("called", 1, "ROOT", "VBD", "VERB", "call"),
                         ("off", 1, "prt", "RP", "ADP", "off"), ("its", 4, "poss", "PRP$", "PRON", "its"),
                         ("attack", 1, "dobj", "NN", "NOUN", "attack")])
    assert assess(doc[4]).certainty == "negated"


def test_an_act_not_put_off_goes_ahead(vocab):
    # the board did not postpone the talks
    rows = [("board", 3, "nsubj", "NN", "NOUN", "board"), ("did", 3, "aux", "VBD", "AUX", "do"),
            ("not", 3, "neg", "RB", "PART", "not"), ("postpone", 3, "ROOT", "VB", "VERB", "postpone"),
            ("talks", 3, "dobj", "NNS", "NOUN", "talk")]
    assert deferred(doc_of(vocab, rows)[4]) is None


@pytest.mark.parametrize("frame,prep,expected", [
    ("eve", "of", "possible"),            # on the eve of the talks
    ("groundwork", "for", "possible"),    # laid the groundwork for the talks
    ("preparations", "for", "possible"),  # in preparation for the talks
    ("end", "of", None),                  # at the end of the talks: they took place
    ("outcome", "of", None),              # welcomed the outcome of the talks
])
def test_a_phrase_that_places_an_act_ahead(vocab, frame, prep, expected):
    rows = [("they", 1, "nsubj", "PRP", "PRON", "they"), ("met", 1, "ROOT", "VBD", "VERB", "meet"),
            ("on", 1, "prep", "IN", "ADP", "on"), ("the", 4, "det", "DT", "DET", "the"),
            (frame, 2, "pobj", "NN", "NOUN", frame.removesuffix("s")), (prep, 4, "prep", "IN", "ADP", prep),
            ("talks", 5, "pobj", "NNS", "NOUN", "talk")]
    doc = doc_of(vocab, rows)
    assert deferred(doc[6]) == expected
    assert (assess(doc[6]).certainty == "possible") is (expected == "possible")


def test_ahead_of_and_the_parsers_run_up(vocab):
    # gathering ahead of the meeting  /  in the run - up to his visit
    doc = doc_of(vocab, [("gathering", 0, "ROOT", "VBG", "VERB", "gather"),
                         ("ahead", 0, "advmod", "RB", "ADV", "ahead"), ("of", 1, "prep", "IN", "ADP", "of"),
                         ("the", 4, "det", "DT", "DET", "the"), ("meeting", 2, "pobj", "NN", "NOUN", "meeting")])
    assert deferred(doc[4]) == "possible"
    doc = doc_of(vocab, [("in", 0, "ROOT", "IN", "ADP", "in"), ("the", 4, "det", "DT", "DET", "the"),
                         ("run", 4, "compound", "NN", "NOUN", "run"), ("-", 4, "punct", "HYPH", "PUNCT", "-"),
                         ("up", 0, "pobj", "NN", "NOUN", "up"), ("to", 4, "prep", "IN", "ADP", "to"),
                         ("his", 7, "poss", "PRP$", "PRON", "his"), ("visit", 5, "pobj", "NN", "NOUN", "visit")])
    assert deferred(doc[7]) == "possible"


def test_an_act_made_unlikely_is_no_fact(vocab):
    # making an agreement unlikely  /  making an agreement public
    for adj, expected in (("unlikely", "possible"), ("public", None)):
        rows = [("making", 0, "ROOT", "VBG", "VERB", "make"), ("an", 2, "det", "DT", "DET", "an"),
                ("agreement", 0, "dobj", "NN", "NOUN", "agreement"), (adj, 0, "ccomp", "JJ", "ADJ", adj)]
        doc = doc_of(vocab, rows)
        assert deferred(doc[2]) == expected
        assert deferred(doc[0]) == expected  # the light verb "make an agreement"


@pytest.mark.parametrize("form,tag,aux,expected", [
    ("aid", "VB", "to", "possible"),        # approved a bill to aid the rebels
    ("aiding", "VBG", None, "possible"),    # a bill aiding the rebels
    ("aid", "VB", "would", "possible"),     # a bill that would aid the rebels
    ("aided", "VBN", None, None),           # the rebels aided ... : a past participle tells what was done
])
def test_what_a_bill_would_do_is_not_done(vocab, form, tag, aux, expected):
    rows = [("House", 1, "nsubj", "NNP", "PROPN", "House"), ("approved", 1, "ROOT", "VBD", "VERB", "approve"),
            ("a", 3, "det", "DT", "DET", "a"), ("bill", 1, "dobj", "NN", "NOUN", "bill")]
    if aux is not None:
        rows += [(aux, 5, "aux", "TO" if aux == "to" else "MD", "AUX", aux)]
    verb = len(rows)
    rows += [(form, 3, "relcl" if aux else "acl", tag, "VERB", "aid"), ("rebels", verb, "dobj", "NNS", "NOUN", "rebel")]
    doc = doc_of(vocab, rows)
    assert deferred(doc[verb]) == expected
    assert (assess(doc[verb]).certainty == "possible") is (expected == "possible")


def test_a_text_that_urges_does_so_and_a_law_is_in_force(vocab):
    # passed a bill urging Reagan ...  /  passed a law imposing sanctions
    for noun, verb, lemma in (("bill", "urging", "urge"), ("law", "imposing", "impose")):
        rows = [("House", 1, "nsubj", "NNP", "PROPN", "House"), ("passed", 1, "ROOT", "VBD", "VERB", "pass"),
                ("a", 3, "det", "DT", "DET", "a"), (noun, 1, "dobj", "NN", "NOUN", noun),
                (verb, 3, "acl", "VBG", "VERB", lemma), ("Reagan", 4, "dobj", "NNP", "PROPN", "Reagan")]
        assert deferred(doc_of(vocab, rows)[4]) is None


def test_what_a_defeated_move_would_do_is_not_done(vocab):
    # the Senate defeated / backed a move to block aid
    for verb, lemma, expected in (("defeated", "defeat", "negated"), ("backed", "back", None)):
        rows = [("Senate", 1, "nsubj", "NNP", "PROPN", "Senate"), (verb, 1, "ROOT", "VBD", "VERB", lemma),
                ("a", 3, "det", "DT", "DET", "a"), ("move", 1, "dobj", "NN", "NOUN", "move"),
                ("to", 5, "aux", "TO", "PART", "to"), ("block", 3, "acl", "VB", "VERB", "block"),
                ("aid", 5, "dobj", "NN", "NOUN", "aid")]
        assert deferred(doc_of(vocab, rows)[5]) == expected


def test_an_act_under_consideration_is_not_decided(vocab):
    # a visit was under consideration  /  a visit was under way
    for noun, expected in (("consideration", "possible"), ("way", None)):
        rows = [("a", 1, "det", "DT", "DET", "a"), ("visit", 2, "nsubj", "NN", "NOUN", "visit"),
                ("was", 2, "ROOT", "VBD", "AUX", "be"), ("under", 2, "prep", "IN", "ADP", "under"),
                (noun, 3, "pobj", "NN", "NOUN", noun)]
        assert deferred(doc_of(vocab, rows)[1]) == expected


def test_an_indefinite_act_that_would_do_something_is_imagined(vocab):
    # a new agreement would pave the way  /  the agreement would pave the way  /  an agreement paved the way
    for det, aux, expected in (("a", "would", "possible"), ("the", "would", None), ("an", "will", None)):
        rows = [(det, 1, "det", "DT", "DET", det), ("agreement", 3, "nsubj", "NN", "NOUN", "agreement"),
                (aux, 3, "aux", "MD", "AUX", aux), ("pave", 3, "ROOT", "VB", "VERB", "pave"),
                ("way", 3, "dobj", "NN", "NOUN", "way")]
        assert deferred(doc_of(vocab, rows)[1]) == expected
