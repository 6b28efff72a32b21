"""Acts named by what an amount is "in" (graphkit.ingest.events.amounts), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.amounts import amount_nouns, amount_verb
from graphkit.ingest.events.lexicon import lookup_noun
from tests.ingest.events.test_find import events_of, parse


def _provided_with(verb, lemma, noun, noun_lemma):
    # Japan <verb> Peru with 50 dlrs in <noun>
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), (verb, 1, "ROOT", "VERB", lemma),
            ("Peru", 1, "dobj", "PROPN", "Peru"), ("with", 1, "prep", "ADP", "with"),
            ("50", 5, "nummod", "NUM", "50"), ("dlrs", 3, "pobj", "NOUN", "dlrs"),
            ("in", 5, "prep", "ADP", "in"), (noun, 6, "pobj", "NOUN", noun_lemma)]
    return rows, {0: ("japan", "country"), 2: ("peru", "country")}


def test_an_amount_in_a_with_phrase_is_the_act_of_the_verb(vocab):
    rows, actors = _provided_with("provided", "provide", "aid", "aid")
    doc, layer = parse(vocab, rows, actors)
    assert [(v.text, n.text, t.type) for v, n, t in amount_nouns(doc, layer)] == [("provided", "aid", "AID")]
    assert events_of(vocab, rows, actors) == [("AID", "aided", ["japan"], ["peru"], "asserted")]


def test_an_amount_with_a_verb_of_no_giving_is_no_aid(vocab):
    rows, actors = _provided_with("threatened", "threaten", "aid", "aid")
    doc, layer = parse(vocab, rows, actors)
    assert amount_nouns(doc, layer) == []


def test_the_verb_of_an_amount_is_its_object_s_or_its_with_s(vocab):
    rows, actors = _provided_with("supplied", "supply", "credits", "credit")
    doc, _ = parse(vocab, rows, actors)
    assert amount_verb(doc[5]).text == "supplied"  # the object of "with"
    assert amount_verb(doc[2]).text == "supplied"  # a direct object
    assert amount_verb(doc[7]) is None  # the object of "in"


def test_the_aid_nouns_take_one_class_of_verbs_of_giving():
    for noun in ("aid", "assistance", "loan", "fund", "grant"):
        assert lookup_noun(noun, gov="make", bare=False).type == "AID"  # "made a 70 mln dlr loan"
        assert lookup_noun(noun, gov="extend", bare=False).type == "AID"
        assert lookup_noun(noun, gov="need", bare=False) is None
