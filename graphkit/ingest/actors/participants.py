"""Participants: whether a noun takes part in an act rather than naming its place or time.

A group noun is an actor only when it does or undergoes something: it is a subject, object or agent,
the object of a preposition that names a party ("by", "to", "with", "against", "from"), the "of"
phrase of an event noun ("the arrest of three journalists"), or what force is aimed "at" or done "on"
("fired at students", "a crackdown on protesters"). Events are those of the lexicon
(:mod:`graphkit.ingest.events.lexicon`); the table keeps no lemmas, so regular inflections are undone.

Used by :mod:`graphkit.ingest.actors.unnamed`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["Police", "arrested", "students", "in", "Cairo"], heads=[1, 1, 1, 1, 3],
...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN"],
...           tags=["NNS", "VBD", "NNS", "IN", "NNP"])
>>> t = token_table(doc)
>>> in_role(t, 0), in_role(t, 2), in_role(t, 4)
(True, True, False)
>>> forceful_verb(t, 1), acted_on(t, 2), event_noun(t, 2)
(True, True, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.quantities import quantity_head_at
from graphkit.ingest.actors.sectors import plural_of
from graphkit.ingest.prepare.tokentable import TokenTable
from graphkit.ingest.words import word_list

__all__ = ["GROUP_PREPS", "AIMED", "in_role", "forceful_verb", "acted_on", "undergoing", "event_noun"]

_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj"})
_ROLE_PREPS = frozenset({"by", "to", "with", "against", "from", "toward", "towards"})
#: A group is also the target of what is aimed "at" or done "on" it ("fired at students", "opened fire on
#: demonstrators", "a crackdown on protesters").
GROUP_PREPS = _ROLE_PREPS | {"at", "on", "upon"}


def in_role(t: TokenTable, i: int, preps: frozenset[str] = _ROLE_PREPS) -> bool:
    """Whether a noun is a participant (subject, object, agent, or the object of one of ``preps``)
    rather than a place or a time."""
    dep = t.dep[i]
    if dep in _ROLE_DEPS:
        return True
    if dep == "conj":
        return in_role(t, t.head[i], preps)
    if (q := quantity_head_at(t, i)) is not None:  # "arrested dozens of students": the students
        return in_role(t, q, preps)
    if dep != "pobj":
        return False
    p = t.head[i]
    # "the arrest of three journalists", "the departure of the troops": who undergoes or does the act;
    # "fired at Israeli towns", "opened fire on Syrian positions": whom force is aimed at
    return t.lower[p] in preps or (t.lower[p] == "of" and event_noun(t, t.head[p])) or (
        t.lower[p] in _AIM_PREPS and (forceful_verb(t, t.head[p], AIMED) or event_noun(t, t.head[p], AIMED)))


#: Prepositions that name whom force is aimed at.
_AIM_PREPS = frozenset({"at", "on", "upon"})
#: Acts aimed "at" or "on" what they hit, the verb's or the noun's ("fired at", "attacks on", "sanctions on").
AIMED = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def forceful_verb(t: TokenTable, k: int, types: frozenset[str] | None = None) -> bool:
    """Whether the token at ``k`` is a verb of the lexicon whose acts are force (ASSAULT, COERCE),
    or of one of ``types`` ("-" for any event).

    The table keeps no lemmas: regular inflections are undone ("fired", "shelled", "opens").
    """
    from graphkit.ingest.events.lexicon import load_lexicon  # here: the events package imports this one

    if t.pos[k] != "VERB":
        return False
    low, verbs, want = t.lower[k], load_lexicon()["V"], types or _FORCE
    return any(f in verbs and any(e.trigger.type in want or (want == _ANY and e.trigger.type != "-")
                                  for e in verbs[f])
               for f in (low, low[:-1], low[:-2], low[:-3]))


_ANY = frozenset({"-"})


def acted_on(t: TokenTable, i: int) -> bool:
    """Whether the noun at ``i`` undergoes an event the lexicon knows: the object of an event verb
    ("released 15 hostages", "killed three civilians"), the "of" phrase of an event noun ("the
    release of the prisoners"), not "efforts to protect civilians"."""
    k = quantity_head_at(t, i)
    k = i if k is None else k
    while t.dep[k] == "conj" and t.head[k] != k:
        k = t.head[k]
    h = t.head[k]
    if t.dep[k] in ("dobj", "nsubjpass"):
        return forceful_verb(t, h, _ANY)
    if t.dep[k] == "pobj":
        return (t.lower[h] == "of" and event_noun(t, t.head[h])) or (
            t.lower[h] in GROUP_PREPS and forceful_verb(t, t.head[h], _ANY))
    return False


@cache
def undergoing() -> frozenset[str]:
    """Plurals of the nouns for people whom acts are done to (``data/words/class_people.txt``, grown
    from WordNet: "hostages", "civilians", "prisoners")."""
    return frozenset(plural_of(w) for w in word_list("class_people"))


_FORCE = frozenset({"ASSAULT", "COERCE"})


def event_noun(t: TokenTable, k: int, types: frozenset[str] | None = None) -> bool:
    """Whether the token at ``k`` is an event noun of the lexicon ("arrest", "killing", "release"),
    with a sense of one of ``types`` if given ("attacks", "sanctions")."""
    from graphkit.ingest.events.lexicon import load_lexicon  # here: the events package imports this one

    low = t.lower[k]
    nouns = load_lexicon()["N"]
    forms = [f for f in (low, low[:-1] if t.tag[k] == "NNS" else None) if f and f in nouns]
    return t.pos[k] == "NOUN" and bool(forms) and (
        types is None or any(e.trigger.type in types for f in forms for e in nouns[f]))

