"""Acts named by what an amount is "in": "imposed 300 mln dlrs in sanctions", "provided Peru with 50 mln
dlrs in aid".

An amount of money or goods "in" an event noun says how much of that act there was, so the verb the amount
belongs to does the noun's act: the amount is the verb's direct object ("pledged 3 billion dlrs in fresh
funds to Jakarta") or the object of its "with" (WordNet 3.0 verb frame 21, "Somebody ----s somebody with
something": "supplied Peru with 50 mln dlrs in credits", "provided the rebels with 10 mln dlrs in arms").
Used by :mod:`graphkit.ingest.events.find`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Japan", "provided", "Peru", "with", "50", "dlrs", "in", "aid"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 5, 3, 5, 6],
...           deps=["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "prep", "pobj"],
...           pos=["PROPN", "VERB", "PROPN", "ADP", "NUM", "NOUN", "ADP", "NOUN"],
...           lemmas=["Japan", "provide", "Peru", "with", "50", "dlrs", "in", "aid"])
>>> [(v.text, n.text, t.type) for v, n, t in amount_nouns(doc, None)]
[('provided', 'aid', 'AID')]
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import load_lexicon, lookup_noun
from graphkit.ingest.events.scan import tokens_where
from graphkit.ingest.events.triggers import LIGHT_VERBS
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["amount_nouns", "amount_verb", "DOING"]

#: Nouns of a quantity that "in" says what of: "a total of 3 billion dlrs in fresh funds".
_TOTALS = frozenset({"total", "sum", "amount", "package", "worth", "tranche"})
#: Verbs by which one does the act a noun names ("staged a rally", "carried out an attack").
DOING = LIGHT_VERBS | frozenset({"stage", "call", "carry", "launch", "mount", "conduct", "organize", "organise",
                                  "wage", "lead", "perpetrate", "commit", "spearhead", "sponsor", "mastermind"})


def _amount(tok) -> bool:
    """Whether ``tok`` heads an amount: a number is among its modifiers ("300 mln dlrs"), or it is a
    noun of a total ("a total of ...")."""
    return _lemma(tok) in _TOTALS or any(c.dep_ in ("nummod", "quantmod") or c.pos_ == "NUM" for c in tok.children)


def amount_verb(amount):
    """The verb whose object the amount ``amount`` is: its head when it is the direct object ("pledged 3
    billion dlrs"), the head of its "with" when it is that preposition's object ("provided Peru with 50 mln
    dlrs"), else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["supplied", "Peru", "with", "dlrs"], heads=[0, 0, 0, 2],
    ...           deps=["ROOT", "dobj", "prep", "pobj"], pos=["VERB", "PROPN", "ADP", "NOUN"])
    >>> amount_verb(doc[3]).text
    'supplied'
    >>> doc = Doc(Vocab(), words=["talks", "with", "dlrs"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], pos=["NOUN", "ADP", "NOUN"])
    >>> amount_verb(doc[2]) is None
    True
    """
    if amount.dep_ == "dobj":
        verb = amount.head
    elif amount.dep_ == "pobj" and amount.head.dep_ == "prep" and amount.head.text.lower() == "with":
        verb = amount.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" else None


def amount_nouns(doc, layer) -> list[tuple]:
    """Acts named by what an amount is "in" when the amount is the object of their verb: "imposed 300
    mln dlrs in sanctions on Japanese goods" (SANCTION), "pledged 3.15 billion dlrs in fresh funds to
    Jakarta" (AID), "approved $5 billion in loans to X", "provided Peru with 50 mln dlrs in aid" -- the
    amount is how much of the act there was.

    Returns
    -------
    list of (Token, Token, Trigger)
        The verb, the event noun and the noun's sense with that verb, in the noun's text order.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Reagan", "imposed", "300", "dlrs", "in", "sanctions"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "NUM", "NOUN", "ADP", "NOUN"],
    ...           lemmas=["Reagan", "impose", "300", "dlrs", "in", "sanction"])
    >>> [(v.text, n.text, t.type) for v, n, t in amount_nouns(doc, None)]
    [('imposed', 'sanctions', 'SANCTION')]
    """
    out = []
    for noun in tokens_where(doc, "NOUN", load_lexicon()["N"]):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.text.lower() != "in" or prep.dep_ != "prep" or not _amount(prep.head):
            continue
        amount = prep.head
        if amount.dep_ == "pobj" and amount.head.text.lower() == "of" and _lemma(amount.head.head) in _TOTALS:
            amount = amount.head.head  # "a total of 3 billion dlrs in funds": "in" may hang on either
        verb = amount_verb(amount)
        if verb is None:
            continue
        mods = {_lemma(m) for m in noun.children if m.dep_ in ("amod", "compound")}
        # a sense with this verb, or the bare one with a verb of doing ("needs 3 bn dlrs in assistance": none)
        trig = lookup_noun(_lemma(noun), gov=_lemma(verb), mod=mods, bare=_lemma(verb) in DOING)
        if trig is not None:
            out.append((verb, noun, trig))
    return out
