"""Aid told from the side of the party that gets it: "Indonesia received a loan from Japan".

News reports loans, credits and aid as often by their receiver as by their giver: "Zambia secured a
loan from the World Bank", "Brazil obtained 300 mln dlrs in credits from Japan", "Egypt received
aid from the United States". The giver is the party of the "from" phrase (on the noun or on the
verb: the parser hangs it on either), the receiver the subject of the verb of getting; PLOVER codes
the giver's AID to the receiver, the same act as "Japan lent Indonesia 300 mln dlrs".

The nouns are those the lexicon reads as aid only when they are given ("gave a loan", "granted
credits", "provided assistance": :func:`given_as_aid`), so "received a shipment from" stays trade;
an amount of money counts when it is "in" such a noun ("300 mln dlrs in loans"). The verbs are the
verbs of obtaining of :mod:`graphkit.ingest.events.receipt` with "receive" and "accept". A loan of a
commercial bank or a firm is business, whoever borrows (:mod:`graphkit.ingest.events.commerce`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Zambia", "received", "a", "loan", "from", "Japan"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4],
...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
...           lemmas=["Zambia", "receive", "a", "loan", "from", "Japan"])
>>> class Layer:
...     def at(self, i):
...         return {0: "zmb", 5: "jpn"}.get(i)
>>> [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in received_aid(doc, Layer())]
[('AID', ['jpn'], ['zmb'])]
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.events.backing import BACKING_SENSES
from graphkit.ingest.events.lexicon import Trigger, lookup_noun
from graphkit.ingest.events.money import money_amount
from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.events.receipt import OBTAIN_VERBS
from graphkit.ingest.events.roles import prep_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of

__all__ = ["RECEIVE_VERBS", "given_as_aid", "received_aid"]

#: Verbs of getting something from another party: the verbs of obtaining, and receiving or accepting it.
RECEIVE_VERBS = OBTAIN_VERBS | {"receive", "accept"}
_AIDED = Trigger("AID", None, "aided")


@cache
def given_as_aid(lemma: str) -> bool:
    """Whether noun ``lemma`` is aid when it is granted (the lexicon's conditional sense: "granted a
    loan", "granted credits"), not by itself ("a shipment", "supplies" are trade as often).

    Examples
    --------
    >>> given_as_aid("loan"), given_as_aid("credit"), given_as_aid("shipment"), given_as_aid("report")
    (True, True, False, False)
    """
    trig = lookup_noun(lemma, gov="grant", bare=False)
    return trig is not None and trig.type == "AID"


def _aid_noun(obj):
    """The aid noun object ``obj`` names: itself ("a loan"), or the noun an amount is "in" ("300 mln
    dlrs in credits"); else None."""
    if given_as_aid(lemma_of(obj)):
        return obj
    if money_amount(obj) or obj.ent_type_ == "MONEY":
        for p in obj.children:
            if p.dep_ == "prep" and p.text.lower() == "in":
                for n in p.children:
                    if n.dep_ == "pobj" and given_as_aid(lemma_of(n)):
                        return n
    return None


def _lender(noun, layer) -> list[str]:
    """The giver a name or demonym before aid noun ``noun`` names ("a World Bank loan", "Japanese credits"),
    when no "from" phrase names one; the nouns of backing are read by
    :func:`graphkit.ingest.events.backing.held_backing`."""
    if lemma_of(noun) in BACKING_SENSES or any(c.dep_ == "poss" for c in noun.children):
        return []
    out = [a for c in noun.children if c.dep_ == "compound" and c.i < noun.i for a in [layer.at(c.i)] if a]
    if not out and any(c.dep_ == "amod" and c.i < noun.i for c in noun.children):
        out = np_actors(noun, layer)  # "Japanese credits": the demonym of the noun's own phrase
    return list(dict.fromkeys(out))


def received_aid(doc, layer) -> list[Candidate]:
    """AID candidates (kind ``"speech"``, with their parties) of aid a party gets from another: "Y
    received/obtained/secured a loan from X" is X's aid to Y. The giver must be named by "from" or by a name
    or demonym before the noun ("a World Bank loan"); the certainty is the verb's ("will receive", "failed
    to obtain").

    Parameters
    ----------
    doc : Doc
        The parsed article.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).

    Returns
    -------
    list of Candidate
        One per verb of getting with an aid object, a giver and a receiver.
    """
    out = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in RECEIVE_VERBS:
            continue
        for obj in verb.children:
            noun = _aid_noun(obj) if obj.dep_ == "dobj" else None
            if noun is None:
                continue
            givers = prep_actors(noun, layer, {"from"}) or prep_actors(obj, layer, {"from"}) or prep_actors(
                verb, layer, {"from"}) or _lender(noun, layer)
            takers = [a for a in subject_actors(verb, layer) if a not in givers]
            if givers and takers:
                out.append(Candidate(_AIDED, verb, verb, obj, "speech",
                                     extra={"actors": givers, "recipients": takers, "anchor": verb}))
    return out
