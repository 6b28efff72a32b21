"""Amounts of money among trigger arguments (graphkit.ingest.events.money), on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.money import money_amount


def _amount(vocab, words, deps, heads):
    return Doc(vocab, words=words, deps=deps, heads=heads)


def test_a_counted_unit_of_money_is_an_amount(vocab):
    doc = _amount(vocab, ["200", "mln", "marks"], ["nummod", "amod", "ROOT"], [2, 2, 2])
    assert money_amount(doc[2])
    doc = _amount(vocab, ["300", "Dlrs"], ["nummod", "ROOT"], [1, 1])
    assert money_amount(doc[1])


def test_units_that_are_no_money_and_uncounted_currencies_are_none(vocab):
    doc = _amount(vocab, ["5", "pct"], ["nummod", "ROOT"], [1, 1])
    assert not money_amount(doc[1])
    doc = _amount(vocab, ["the", "dollar"], ["det", "ROOT"], [1, 1])  # the currency, not an amount
    assert not money_amount(doc[1])
    doc = _amount(vocab, ["500", "troops"], ["nummod", "ROOT"], [1, 1])
    assert not money_amount(doc[1])


def test_a_unit_split_from_its_number_word_is_still_an_amount(vocab):
    # "pledged 300 mln stg": the parser makes "mln" and "stg" two objects of the verb
    doc = _amount(vocab, ["pledged", "300", "mln", "stg"], ["ROOT", "nummod", "dobj", "dobj"], [0, 2, 0, 0])
    assert money_amount(doc[3])
    doc = _amount(vocab, ["pledged", "new", "stg"], ["ROOT", "amod", "dobj"], [0, 2, 0])  # no number before it
    assert not money_amount(doc[2])


def test_a_noun_a_money_amount_modifies_is_a_sum_of_money(vocab):
    from graphkit.ingest.events.money import money_sum

    doc = Doc(vocab, words=["a", "500", "mln", "dlr", "bridge"], heads=[4, 2, 4, 4, 4],
              deps=["det", "nummod", "amod", "compound", "ROOT"], pos=["DET", "NUM", "ADJ", "NOUN", "NOUN"])
    assert money_sum(doc[4])
    doc = Doc(vocab, words=["a", "500", "troop", "force"], heads=[3, 2, 3, 3],
              deps=["det", "nummod", "compound", "ROOT"], pos=["DET", "NUM", "NOUN", "NOUN"])
    assert not money_sum(doc[3])  # a number of troops is no money
