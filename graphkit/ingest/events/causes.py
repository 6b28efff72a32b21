"""Blame laid on a thing: a cause told, no party reproached.

"Blame" reproaches a party ("Palestinians blamed Israel for the bombing", "blamed the government's
policies"), but business and economic news uses it as often to give a cause: "Compass's Gallant
blames the falloff on declines in coffee quality", "He also blamed inflation fears, rising interest
rates and a lower dollar". What is blamed is the "on" object of "blame X on Y", else the direct
object; when that is a common noun of a thing -- no name, pronoun, person, body or group, no
possessor ("their speculation" is a party's act) and no actor in its phrase -- and the act has no
recipient, the speaker explains an outcome and reproaches
no one: there is no ACCUSE (CAMEO 01, a statement).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["He", "blamed", "the", "fall", "on", "declines"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 4],
...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
...           pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN"],
...           lemmas=["he", "blame", "the", "fall", "on", "decline"])
>>> class Layer:
...     def at(self, i):
...         return None
>>> blames_a_thing(doc[1], [], Layer())
True
>>> blames_a_thing(doc[1], ["x"], Layer())
False
"""
from __future__ import annotations

from graphkit.ingest.events.triggers import lemma_of, verb_lemma
from graphkit.ingest.words import word_list

__all__ = ["BLAMING_VERBS", "blames_a_thing"]

#: Verbs that lay blame on a cause as well as on a party (WordNet 3.0 blame.v.01 "put or pin the blame
#: on"; its "blame X on Y" frame names the cause).
BLAMING_VERBS = frozenset({"blame"})
#: Lists of common nouns that name parties, not things (WordNet-grown; see their headers).
_PARTY_LISTS = ("person_nouns", "organisation_nouns", "body_nouns", "group_nouns", "class_people")


def _names_a_party(noun) -> bool:
    """Whether ``noun`` can name a party: a name, a pronoun, or a noun of persons, bodies or groups."""
    if noun.pos_ in ("PROPN", "PRON") or noun.tag_ in ("NNP", "NNPS", "PRP"):
        return True
    low = lemma_of(noun)
    return any(low in word_list(name) or noun.text.lower() in word_list(name) for name in _PARTY_LISTS)


def _blamed(verb):
    """What ``verb`` lays the blame on: the object of its "on" phrase, else its direct object."""
    for p in verb.children:
        if p.dep_ == "prep" and p.text.lower() == "on":
            objs = [o for o in p.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    return objs[0] if objs else None


def blames_a_thing(verb, recipients: list[str], layer) -> bool:
    """Whether ``verb`` (a verb of :data:`BLAMING_VERBS` with ``recipients`` read by the roles) lays
    the blame on a thing and on no party (see the module); ``layer.at(i)`` is the actor at token ``i``.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["They", "blamed", "the", "minister"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], pos=["PRON", "VERB", "DET", "NOUN"],
    ...           lemmas=["they", "blame", "the", "minister"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return None
    >>> blames_a_thing(doc[1], [], Layer())
    False
    """
    if recipients or verb_lemma(verb) not in BLAMING_VERBS:
        return False
    if verb.dep_ == "relcl":
        return False  # "the workers that the union has blamed": the antecedent, which the parse may misplace
    blamed = _blamed(verb)
    if blamed is None or _names_a_party(blamed) or any(c.dep_ == "poss" for c in blamed.children):
        return False  # "blaming their speculation": a party's act
    heads = [blamed, *(c for c in blamed.children if c.dep_ == "conj")]
    if any(_names_a_party(h) for h in heads):
        return False
    return not any(layer.at(t.i) for t in blamed.subtree)
