"""Backing a clause says its doer acts with: "built the plant with the help of China", "fought with
Pakistan's support".

A clause whose verb has a "with" phrase of help or backing ("with the help of X", "with X's support",
"with technological help from X", "with Chinese assistance") tells that the party the noun names by its
owner, its "of" or "from" phrase or its adjective gave that help or backing to the clause's subject, as
"X has the support of Y" does (:func:`graphkit.ingest.events.nominal.held_support`): help and assistance
are AID, support and backing SUPPORT. Without an owner the noun names no giver ("with the help of
computers" has none that is an actor) and gives nothing.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Iran", "built", "it", "with", "help", "from", "China"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4, 5],
...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
...           pos=["PROPN", "VERB", "PRON", "ADP", "NOUN", "ADP", "PROPN"],
...           lemmas=["Iran", "build", "it", "with", "help", "from", "China"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "iran", 6: "china"}.get(i)
>>> [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in lent_backing(doc, Layer())]
[('AID', ['china'], ['iran'])]
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.events.receipt import OBTAIN_VERBS
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.scan import tokens_where
from graphkit.ingest.events.triggers import Candidate
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["lent_backing", "held_backing", "BACKING_SENSES", "HOLDING_VERBS"]

_AIDED = Trigger("AID", None, "aided")
_SUPPORTED = Trigger("SUPPORT", None, "supported")
#: Nouns of help or backing one acts with, and what giving it is (WordNet 3.0 help.n.01 "the activity of
#: contributing to the fulfillment of a need", aid.n.02, assistance; support.n.02, backing.n.01, blessing,
#: endorsement.n.03).
BACKING_SENSES = {"help": _AIDED, "assistance": _AIDED, "aid": _AIDED,
                  "support": _SUPPORTED, "backing": _SUPPORTED, "blessing": _SUPPORTED, "endorsement": _SUPPORTED}

#: Verbs of having or getting a party's backing ("has U.S. support", "won Soviet backing", "received Japanese
#: help"): the verbs of obtaining, receiving, and holding what one got.
HOLDING_VERBS = OBTAIN_VERBS | {"receive", "accept", "have", "enjoy", "retain", "keep", "command", "earn"}


def _acting_verb(noun):
    """The verb of the clause whose "with" phrase ``noun`` is the object of: the head of "with", or the verb
    of the object the parser hung "with" on ("produced a missile with help from China")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.text.lower() != "with":
        return None
    host = prep.head
    if host.pos_ in ("VERB", "AUX"):
        return host
    if host.dep_ in ("dobj", "nsubjpass") and host.head.pos_ in ("VERB", "AUX"):
        return host.head
    return None


def _givers(noun, layer) -> list[str]:
    """The parties ``noun`` names as giving it: its owner ("China's help"), its "of" or "from" phrase and its
    adjective or compound ("Chinese assistance")."""
    out = [a for c in noun.children if c.dep_ == "poss" for a in np_actors(c, layer)]
    out += [a for p in noun.children if p.dep_ == "prep" and p.text.lower() in ("of", "from")
            for o in p.children if o.dep_ == "pobj" for a in np_actors(o, layer)]
    if not out and any(c.dep_ in ("amod", "compound") for c in noun.children):
        out = np_actors(noun, layer)  # "Chinese help": the demonym of the noun's own phrase
    return list(dict.fromkeys(out))


def lent_backing(doc, layer) -> list[Candidate]:
    """Candidates (kind ``"speech"``, roles in ``extra``) of the help or backing a clause's "with" phrase
    says its subject acts with (see the module docstring); the clause's verb is the anchor of their
    certainty ("will build it with Chinese help": possible)."""
    out = []
    for noun in tokens_where(doc, "NOUN", BACKING_SENSES):  # by key: the senses are the nouns
        verb = _acting_verb(noun)
        if verb is None:
            continue
        givers = _givers(noun, layer)
        takers = [a for a in subject_actors(verb, layer) if a not in givers]
        if givers and takers:
            out.append(Candidate(BACKING_SENSES[_lemma(noun)], verb, noun, noun, "speech",
                                 extra={"actors": givers, "recipients": takers, "anchor": verb}))
    return out + held_backing(doc, layer)


def _thing_subject(verb, layer) -> bool:
    """Whether ``verb``'s subject is a common noun no actor stands for: a plan, a bill, a proposal ("the plan has
    the support of France"), not a pronoun or a name the actor stage missed."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not np_actors(c, layer) for c in verb.children)


def held_backing(doc, layer) -> list[Candidate]:
    """Candidates of the backing a party has or gets from a party only a modifier of the noun names ("Argentina
    had World Bank support", "received U.S. aid", "won Soviet backing"): the modifier's party gives it to the
    subject of the verb of having (:data:`HOLDING_VERBS`), as "has the support of Y" does; an owner or an "of"
    or "from" phrase is read by :func:`graphkit.ingest.events.nominal.held_support` and
    :mod:`graphkit.ingest.events.borrowing`, unless what has the backing is a thing no party stands for ("the
    plan has the support of France": France's support, aimed at no party named).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Pakistan", "receives", "U.S.", "aid"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "compound", "dobj"], pos=["PROPN", "VERB", "PROPN", "NOUN"],
    ...           lemmas=["Pakistan", "receive", "U.S.", "aid"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "pak", 2: "usa"}.get(i)
    >>> [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in held_backing(doc, Layer())]
    [('AID', ['usa'], ['pak'])]
    """
    out = []
    for noun in tokens_where(doc, "NOUN", BACKING_SENSES):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in HOLDING_VERBS:
            continue
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.text.lower() in ("of", "from")) for c in noun.children):
            givers = _givers(noun, layer)  # a giver of its own, read with a party having it by events.nominal,
            if not givers or subject_actors(verb, layer) or not _thing_subject(verb, layer):  # events.borrowing
                continue  # "the plan has the support of France": France supports, no party named as getting it
            out.append(Candidate(BACKING_SENSES[_lemma(noun)], verb, noun, noun, "speech",
                                 extra={"actors": givers, "recipients": [], "anchor": verb}))
            continue
        if any(c.dep_ == "prep" and c.text.lower() == "from" for c in verb.children):
            continue
        givers = [a for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                  for a in (np_actors(c, layer) or [layer.at(c.i)]) if a]
        if not givers and any(c.dep_ == "amod" and c.i < noun.i for c in noun.children):
            givers = np_actors(noun, layer)  # "Soviet backing": the demonym of the noun's own phrase
        givers = list(dict.fromkeys(givers))
        takers = [a for a in subject_actors(verb, layer) if a not in givers]
        if givers and takers:
            out.append(Candidate(BACKING_SENSES[_lemma(noun)], verb, noun, noun, "speech",
                                 extra={"actors": givers, "recipients": takers, "anchor": verb}))
    return out
