"""Aid told by its receiver (graphkit.ingest.events.borrowing), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.borrowing import given_as_aid, received_aid
from tests.ingest.events.test_find import events_of, parse

_PARTIES = {0: ("zmb", "country"), 5: ("jpn", "country")}


def _rows(verb, lemma, noun="loan"):
    # Zambia <verb> a <noun> from Japan
    return [("Zambia", 1, "nsubj", "PROPN", "Zambia"), (verb, 1, "ROOT", "VERB", lemma),
            ("a", 3, "det", "DET", "a"), (noun, 1, "dobj", "NOUN", noun), ("from", 3, "prep", "ADP", "from"),
            ("Japan", 4, "pobj", "PROPN", "Japan")]


def test_a_loan_received_from_a_party_is_its_aid_to_the_receiver(vocab):
    for verb, lemma in (("received", "receive"), ("secured", "secure"), ("obtained", "obtain")):
        got = events_of(vocab, _rows(verb, lemma), _PARTIES)
        assert ("AID", "aided", ["jpn"], ["zmb"], "asserted") in got
        assert not [e for e in got if e[2] == ["zmb"]]


def test_the_giver_may_hang_on_the_verb(vocab):
    rows = _rows("received", "receive")
    rows[4] = ("from", 1, "prep", "ADP", "from")
    doc, layer = parse(vocab, rows, _PARTIES)
    assert [(c.extra["actors"], c.extra["recipients"]) for c in received_aid(doc, layer)] == [(["jpn"], ["zmb"])]


def test_an_amount_in_loans_is_aid(vocab):
    # Zambia received 300 dlrs in credits from Japan
    rows = [("Zambia", 1, "nsubj", "PROPN", "Zambia"), ("received", 1, "ROOT", "VERB", "receive"),
            ("300", 3, "nummod", "NUM", "300"), ("dlrs", 1, "dobj", "NOUN", "dlr"), ("in", 3, "prep", "ADP", "in"),
            ("credits", 4, "pobj", "NOUN", "credit"), ("from", 1, "prep", "ADP", "from"),
            ("Japan", 6, "pobj", "PROPN", "Japan")]
    doc, layer = parse(vocab, rows, {0: ("zmb", "country"), 7: ("jpn", "country")})
    assert [(c.extra["actors"], c.extra["recipients"]) for c in received_aid(doc, layer)] == [(["jpn"], ["zmb"])]


def test_goods_received_and_loans_without_a_giver_are_no_aid(vocab):
    doc, layer = parse(vocab, _rows("received", "receive", "shipment"), _PARTIES)
    assert received_aid(doc, layer) == []
    doc, layer = parse(vocab, _rows("received", "receive")[:4], {0: ("zmb", "country")})
    assert received_aid(doc, layer) == []
    doc, layer = parse(vocab, _rows("sought", "seek"), _PARTIES)  # seeking is no receiving
    assert received_aid(doc, layer) == []


def test_nouns_given_as_aid_come_from_the_lexicon():
    assert given_as_aid("loan") and given_as_aid("assistance")
    assert not given_as_aid("supply") and not given_as_aid("talk")


def test_a_name_before_the_loan_is_its_giver(vocab):
    # Zambia received a Japan loan / a commercial loan
    rows = [("Zambia", 1, "nsubj", "PROPN", "Zambia"), ("received", 1, "ROOT", "VERB", "receive"),
            ("a", 4, "det", "DET", "a"), ("Japan", 4, "compound", "PROPN", "Japan"),
            ("loan", 1, "dobj", "NOUN", "loan")]
    doc, layer = parse(vocab, rows, {0: ("zmb", "country"), 3: ("jpn", "country")})
    assert [(c.extra["actors"], c.extra["recipients"]) for c in received_aid(doc, layer)] == [(["jpn"], ["zmb"])]
    rows[3] = ("commercial", 4, "amod", "ADJ", "commercial")
    doc, layer = parse(vocab, rows, {0: ("zmb", "country")})
    assert received_aid(doc, layer) == []
