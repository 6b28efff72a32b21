"""The recipients of an event noun that its infinitive complement or its participle names.

An event noun can take the act it holds out, offers or asks for as an infinitive ("a threat to
impose tariffs on Japanese goods", "an offer to send aid to Chad", "a pledge to protect Kuwaiti
tankers"). Like the verb it comes from ("threatened to impose tariffs on Japanese goods"), it is
addressed to whom that act is aimed at: the parties the infinitive's objects and prepositions name,
and, for acts aimed at a country's goods, ships or forces, the country its adjective names
(:func:`graphkit.ingest.events.patients.patient_nations`). A participle after the noun ("tariffs
announced by Reagan") is no such complement.

A passive participle after a noun of an act aimed at a party (sanctions, attacks, aid) tells the act
again as a verb ("tariffs imposed on its exports by the U.S.", "the aid pledged to Chad", "tariffs
announced by Reagan in retaliation for Japan's failure to honour the pact"): the parties its phrases
aim it at -- "on", "against", "to" -- and the doer of the act it answers
(:func:`graphkit.ingest.events.aims.answered_act_doers`) are the noun's recipients
(:func:`participle_recipients`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Reagan", "'s", "threat", "to", "impose", "tariffs", "on", "Japan"]
>>> doc = Doc(Vocab(), words=words, heads=[2, 0, 2, 4, 2, 4, 4, 6],
...           deps=["poss", "case", "ROOT", "aux", "acl", "dobj", "prep", "pobj"],
...           pos=["PROPN", "PART", "NOUN", "PART", "VERB", "NOUN", "ADP", "PROPN"],
...           lemmas=["Reagan", "'s", "threat", "to", "impose", "tariff", "on", "Japan"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "reagan", 7: "japan"}.get(i)
>>> complement_recipients(doc[2], "THREATEN", Layer())
['japan']
"""
from __future__ import annotations

from graphkit.ingest.events.aims import answered_act_doers
from graphkit.ingest.events.patients import patient_nations
from graphkit.ingest.events.roles import object_actors, prep_actors
from graphkit.ingest.events.triggers import objects_of

__all__ = ["infinitive_complement", "complement_recipients", "participle_recipients"]

#: Prepositions of a participle that aim the act at a party ("imposed on", "directed against", "sent to").
_AIMING = frozenset({"on", "upon", "against", "to", "toward", "towards", "into", "at"})

#: Acts aimed at a party's goods, forces or people: the country owning their patient receives them.
_AIMED = frozenset({"SANCTION", "ASSAULT", "COERCE", "AID", "THREATEN", "MOBILIZE"})
#: Nouns that hold an act out to its target: threats, offers, pledges, promises of aid. A refusal or a
#: demand answers or addresses whoever asked or is asked, not whom the act it names would be done to.
_HOLDING_OUT = frozenset({"THREATEN", "AGREE", "AID"})


def infinitive_complement(noun):
    """The verb of the infinitive that completes event noun ``noun`` ("threat to impose"), else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["offer", "to", "help"], heads=[0, 2, 0], deps=["ROOT", "aux", "acl"],
    ...           pos=["NOUN", "PART", "VERB"])
    >>> infinitive_complement(doc[0]).text
    'help'
    >>> doc = Doc(Vocab(), words=["tariffs", "announced", "by", "Reagan"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "acl", "agent", "pobj"], pos=["NOUN", "VERB", "ADP", "PROPN"])
    >>> infinitive_complement(doc[0]) is None
    True
    """
    return next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children)
                 and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)


def complement_recipients(noun, kind: str, layer) -> list[str]:
    """The parties the infinitive complement of event noun ``noun`` aims its act at.

    Parameters
    ----------
    noun : Token
        An event noun trigger ("threat", "offer", "pledge").
    kind : str
        Its PLOVER type: only threats, offers and pledges (THREATEN, AGREE, AID) hold an act out to its
        target; for acts aimed at a country's goods or forces the country an adjective of
        their patient names counts too ("to impose tariffs on Japanese goods": Japan).
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).

    Returns
    -------
    list of str
        Actor ids; for acts aimed at a party's goods or forces, those of its participle
        (:func:`participle_recipients`) when it has no infinitive complement.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["an", "offer", "to", "help", "Chad"], heads=[1, 1, 3, 1, 3],
    ...           deps=["det", "ROOT", "aux", "acl", "dobj"], pos=["DET", "NOUN", "PART", "VERB", "PROPN"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "chad" if i == 4 else None
    >>> complement_recipients(doc[1], "AGREE", Layer())
    ['chad']
    """
    verb = infinitive_complement(noun) if kind in _HOLDING_OUT else None
    if verb is None:  # "tariffs imposed on Japanese goods", not "talks led on the Polish side by X"
        return participle_recipients(noun, layer) if kind in _AIMED else []
    found = object_actors(verb, layer)
    if kind in _AIMED:
        found += [a for h in (verb, *objects_of(verb)) for a in patient_nations(h, layer)]
    # "a pledge to stimulate its economy": what is its own names no party
    named = {a for t in verb.subtree if t.tag_ != "PRP$" and (a := layer.at(t.i))}
    return [a for a in dict.fromkeys(found) if a in named]


def participle_recipients(noun, layer) -> list[str]:
    """The parties a passive participle after event noun ``noun`` aims its act at.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["aid", "pledged", "to", "Chad", "by", "France"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 2, 1, 4],
    ...           deps=["ROOT", "acl", "prep", "pobj", "agent", "pobj"],
    ...           pos=["NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN"], tags=["NN", "VBN", "IN", "NNP", "IN", "NNP"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {3: "chad", 5: "france"}.get(i)
    >>> participle_recipients(doc[0], Layer())
    ['chad']
    """
    found: list[str] = []
    for v in noun.children:
        if v.dep_ != "acl" or v.tag_ != "VBN" or any(s.dep_ in ("nsubj", "nsubjpass") for s in v.children):
            continue
        found += prep_actors(v, layer, _AIMING) + patient_nations(v, layer)
        found += [a for p in v.children if p.dep_ == "prep" for q in p.children if q.dep_ == "pobj"
                  for a in answered_act_doers(q, layer)]  # "in retaliation for Japan's failure"
    return list(dict.fromkeys(found))
