"""Acts a clause names as what it follows: "after talks with X", "following the Soviet expulsion of Y",
"amid Iran's attacks on Z", "in the wake of the Iraqi attack on the Stark".

A preposition of what went before or around ("after", "following", "amid", "despite", "in the wake of",
"in the aftermath of") takes an act that took place before the clause's own (or goes on around it): the
news reports it as a fact, and an analyst lists it with the clause's act. Such a phrase tells no done act
when

* the act is a span of a kind and not a dated act: the object of an indefinite time noun's "of" ("after
  years of talks", "amid months of fighting"): a drawn-out state, no event;
* the clause is still to come and "after" or "following" orders the two, so the act it follows is to come
  too: "will sign the accord after talks next week", "is expected to resume after the meeting" ("amid",
  "despite", "in the wake of" name what is there already: "will discuss protectionism in the wake of a U.S.
  decision to impose tariffs").

Such an act is an event of its own between parties when its phrase names two of them ("after the U.S.
expulsion of three Soviet diplomats", "following talks between Japan and China"): a one-party act told
as the occasion of a response ("ordered patrols after protests by X") is the setting of the clause's act
(:func:`told_interaction`).

A market move's phrase ("the dollar fell after the talks") is no act of the market: the act it follows is
another party's (:func:`antecedent`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["prices", "rose", "after", "talks"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
...           lemmas=["price", "rise", "after", "talk"])
>>> antecedent(doc[3]), told_antecedent(doc[3])
(True, True)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.events.triggers import lemma_of as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ANTECEDENT_PREPS", "WAKE_NOUNS", "antecedent", "told_antecedent", "told_interaction"]

#: Prepositions whose object went before the clause or around it.
ANTECEDENT_PREPS = frozenset({"after", "following", "amid", "amidst", "despite"})
#: Nouns of a phrase "in the N of" that acts like such a preposition ("in the wake of").
WAKE_NOUNS = frozenset({"wake", "aftermath"})
#: The prepositions that only order two acts in time: after a clause still to come, their act is to come too
#: ("will sign after talks next week"); "amid", "despite" and "in the wake of" name what is already there.
_SEQUENCE = frozenset({"after", "following"})
#: Nouns of an indefinite span of time: "after years of talks" is a drawn-out state, no dated act.
_SPANS = frozenset({"year", "decade", "month", "week", "day", "hour", "century", "generation", "round"})
#: Auxiliaries and markers of a clause still to come.
_TO_COME = frozenset({"will", "would", "could", "might", "may", "should", "shall", "must", "to", "'ll"})


def _prep_of(noun: Token) -> Token | None:
    """The preposition that takes ``noun`` (over conjuncts: "after the talks and the vote")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    # "following" parsed as a participle takes its object as "dobj" ("protested following Iraq's attack")
    return noun.head if noun.dep_ in ("pobj", "dobj") and noun.head.dep_ == "prep" else None


def _outer_prep(noun: Token) -> tuple[Token | None, str]:
    """The preposition of the phrase ``noun`` heads, over "in the wake of" and "two days of", and its word
    ("wake" for "in the wake of")."""
    prep = _prep_of(noun)
    if prep is None:
        return None, ""
    word = prep.text.lower()
    outer = prep.head
    if word == "of" and outer.dep_ == "pobj" and _lemma(outer) in WAKE_NOUNS:
        return outer.head, "wake" if outer.head.text.lower() in ("in", "after") else ""
    if word == "of" and outer.pos_ in ("NOUN", "") and _lemma(outer) in _SPANS:
        return _outer_prep(outer)  # "after two days of talks": the talks' phrase is the span's
    return prep, word


def antecedent(noun: Token) -> bool:
    """Whether ``noun`` is the object of a preposition of what went before or around
    (:data:`ANTECEDENT_PREPS`), or of the "of" of "in the wake of" (:data:`WAKE_NOUNS`), also through the
    "of" of a span of time ("after two days of talks").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["fell", "in", "the", "wake", "of", "attacks"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 3, 1, 3, 4], deps=["ROOT", "prep", "det", "pobj", "prep", "pobj"],
    ...           lemmas=["fall", "in", "the", "wake", "of", "attack"])
    >>> antecedent(doc[5]), antecedent(doc[3])
    (True, False)
    """
    word = _outer_prep(noun)[1]
    return word in ANTECEDENT_PREPS or word == "wake"


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose clause the phrase of ``noun`` belongs to, or None."""
    for a in noun.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


def _to_come(verb: Token) -> bool:
    """Whether the clause of ``verb`` is still to come: a modal or "to" on it, or an open complement
    of a verb that has one ("is expected to resume")."""
    while verb is not None:
        if any(c.dep_ in ("aux", "auxpass") and c.text.lower() in _TO_COME for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def told_antecedent(noun: Token) -> bool:
    """Whether ``noun`` is an antecedent (:func:`antecedent`) that tells a done act: not a span of a
    kind ("after years of talks") nor the antecedent of a clause still to come ("will sign after talks").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["fell", "after", "years", "of", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 2, 3], deps=["ROOT", "prep", "pobj", "prep", "pobj"],
    ...           lemmas=["fall", "after", "year", "of", "talk"], pos=["VERB", "ADP", "NOUN", "ADP", "NOUN"])
    >>> told_antecedent(doc[4])
    False
    >>> words = ["will", "sign", "after", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2], deps=["aux", "ROOT", "prep", "pobj"],
    ...           lemmas=["will", "sign", "after", "talk"], pos=["AUX", "VERB", "ADP", "NOUN"])
    >>> told_antecedent(doc[3])
    False
    """
    if _spanned(noun) or not antecedent(noun):
        return False
    prep, word = _outer_prep(noun)
    verb = _clause_verb(prep) if prep is not None and word in _SEQUENCE else None
    return verb is None or not _to_come(verb)


def _spanned(noun: Token) -> bool:
    """Whether ``noun`` is the object of the "of" of a span of time without a number ("years of talks");
    with one the span is a dated act's length ("after two days of talks")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.text.lower() != "of":
        return False
    span = prep.head
    return _lemma(span) in _SPANS and span.text.lower().endswith("s") and not any(
        c.dep_ == "nummod" for c in span.children)


def told_interaction(noun: Token, layer) -> bool:
    """Whether ``noun`` is an antecedent that tells a done act (:func:`told_antecedent`) and whose phrase
    names two actors or more (``layer.at(i)``: the actor id of token ``i``): an act between parties.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["fell", "after", "talks", "between", "Japan", "and", "China"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 2, 3, 4, 4],
    ...           deps=["ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj"],
    ...           lemmas=["fall", "after", "talk", "between", "Japan", "and", "China"],
    ...           pos=["VERB", "ADP", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {4: "jpn", 6: "chn"}.get(i)
    >>> told_interaction(doc[2], Layer())
    True
    """
    if not told_antecedent(noun):
        return False
    parties = {a for t in noun.subtree if (a := layer.at(t.i))}
    # "the Soviet expulsion of two U.S. diplomats": an adjective of nationality names one
    parties |= {f"code:{c}" for t in noun.subtree
                if t.dep_ == "amod" and not layer.at(t.i) and (c := demonym_code(t.text))}
    return len(parties) >= 2
