"""Amounts of money among the arguments of a trigger ("lent Brazil 500 mln dlrs").

The entity recogniser reads "$500 million" as money but misses the newswire's "500 mln dlrs"; a
unit of money counted by a number is an amount all the same (lexicon conditions test it as ``$``).
The number may come right before the unit instead of hanging on it: the parser often splits "300 mln
stg" into two objects, "mln" and "stg".
"""
from __future__ import annotations

from graphkit.ingest.actors.market_words import is_money_word

__all__ = ["money_amount", "money_sum"]

#: Newswire units that are no money though written like "dlrs" ("5 pct", "300 mln").
_NOT_MONEY = frozenset({"pct", "mln", "bln", "avg", "revs", "shr", "shrs", "qtr", "vs", "oper", "div"})
#: The newswire's words of a large number, written between the figure and the unit ("300 mln dlrs").
_NUMBER_WORDS = frozenset({"mln", "bln", "million", "billion", "trillion", "thousand"})


def money_amount(noun) -> bool:
    """Whether ``noun`` counts an amount of money: a unit of money with a number ("500 mln dlrs",
    "200 mln marks"), which the entity recogniser misses in the newswire's "dlrs".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["500", "mln", "dlrs", "5", "pct"], heads=[2, 2, 2, 4, 4],
    ...           deps=["nummod", "amod", "ROOT", "nummod", "ROOT"])
    >>> money_amount(doc[2]), money_amount(doc[4])
    (True, False)
    >>> split = Doc(Vocab(), words=["300", "mln", "stg"], heads=[1, 1, 1], deps=["nummod", "ROOT", "dobj"])
    >>> money_amount(split[2])
    True
    """
    if noun.text.lower().rstrip(".") in _NOT_MONEY or not is_money_word(noun.text):
        return False
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return any(c.like_num or c.dep_ == "nummod" for c in noun.children) or (
        before is not None and (before.like_num or before.text.lower() in _NUMBER_WORDS))


def money_sum(noun) -> bool:
    """Whether ``noun`` is a sum an amount of money measures: a noun with that amount as its modifier ("a 500 mln
    dlr bridge", "a 300 mln dlr credit"), which is that much money whatever the noun calls it.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["a", "300", "mln", "dlr", "credit"], heads=[4, 2, 4, 4, 4],
    ...           deps=["det", "nummod", "amod", "compound", "ROOT"])
    >>> money_sum(doc[4])
    True
    >>> plain = Doc(Vocab(), words=["a", "new", "credit"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"])
    >>> money_sum(plain[2])
    False
    """
    return noun.pos_ != "PROPN" and any(c.dep_ == "compound" and money_amount(c) for c in noun.children)
