"""Who attacks, when an attack noun's nationality or name modifier is all that names the doer.

In English a nationality adjective or a name set before a noun of armed attack names the side that
attacks: "an Iranian missile attack", "Friday's Iran attack", "the Iraqi air raid", "a new Iranian
offensive", "Israeli shelling". The side attacked is named by a preposition ("on", "against") or not
at all. Nouns of other acts are read both ways ("South African sanctions" are sanctions *against*
South Africa, "Palestinian detentions" detentions *of* Palestinians), so only the nouns whose sense
is ASSAULT take their modifier as doer here. An actor the noun itself stands for, or one it is done
to, is no doer.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["an", "Iranian", "attack"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
...           lemmas=["an", "iranian", "attack"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return "iran" if i == 1 else None
>>> attacking_sides(doc[2], Layer())
['iran']
>>> doc = Doc(Vocab(), words=["South", "African", "sanctions"], heads=[1, 2, 2],
...           deps=["compound", "amod", "ROOT"], lemmas=["south", "african", "sanction"])
>>> attacking_sides(doc[2], Layer())  # a sanction's modifier may be its target
[]
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.nominal_roles import modifier_actor, patient_objects
from graphkit.ingest.events.roles import np_actors
from graphkit.ingest.events.triggers import lemma_of

__all__ = ["attacking_sides", "fought_pairs"]

#: The categories whose nouns take a nationality or name modifier as their doer.
_SIDE_TAKING = frozenset({"ASSAULT"})


def _time_anchor(noun) -> bool:
    """Whether ``noun`` dates another act ("holed up since last month's U.S. invasion"): the report
    is of that act, the anchor may be long past."""
    return noun.dep_ == "pobj" and noun.head.text.lower() == "since"


def _person(aid: str, layer) -> bool:
    """Whether actor ``aid`` is a person: a name set before "attacks" is a headline's subject ("Howard
    attacks cost of asylum"), not the side of an armed attack."""
    a = layer.actors.get(aid)
    return a is not None and a.kind == "person"


def attacking_sides(noun, layer) -> list[str]:
    """The actors the modifiers of attack noun ``noun`` name (see the module), other than the
    actor the noun itself is and the actors its "on"/"against" phrase names as attacked.

    Parameters
    ----------
    noun : spacy.tokens.Token
        An event noun.
    layer : ActorLayer-like
        ``layer.at(i)`` gives the actor of token ``i``; ``layer.actors`` the article's actors.

    Returns
    -------
    list of str
        Actor ids in text order; empty when the noun's sense is not an attack.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iraqi", "attacks", "on", "Iran"], heads=[1, 1, 1, 2],
    ...           deps=["amod", "ROOT", "prep", "pobj"], lemmas=["iraqi", "attack", "on", "Iran"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "iraq", 3: "iran"}.get(i)
    >>> attacking_sides(doc[1], Layer())
    ['iraq']
    """
    trig = lookup_noun(lemma_of(noun))
    if trig is None or trig.type not in _SIDE_TAKING or _time_anchor(noun):
        return []
    attacked = {a for o in patient_objects(noun) for a in np_actors(o, layer)}
    out: list[str] = []
    for m in noun.children:
        if m.dep_ not in ("amod", "compound", "nmod"):
            continue
        a = modifier_actor(m, noun, layer)
        if a and a not in attacked and a not in out and not _person(a, layer):
            out.append(a)
    return out


#: Lemmas of fighting that is done by each side to the other: "clashes between X and Y", "X and Y
#: fought": with no one else named as attacked, each side attacks the other.
_RECIPROCAL = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "gunbattle", "war", "conflict",
                         "exchange", "duel", "firefight", "combat"})


def fought_pairs(head, type_: str, actors: list[str], recips: list[str]) -> list[tuple[str, str]]:
    """The (attacker, attacked) pairs of a fight between sides: both ways between every two of
    ``actors`` when ``head`` is a word of fighting each side does to the other (see ``_RECIPROCAL``),
    the act is an ASSAULT and no one else is named as attacked; else none.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["clashes"], lemmas=["clash"])
    >>> fought_pairs(doc[0], "ASSAULT", ["chad", "libya"], [])
    [('chad', 'libya'), ('libya', 'chad')]
    >>> fought_pairs(doc[0], "ASSAULT", ["chad", "libya"], ["sudan"])
    []
    >>> doc = Doc(Vocab(), words=["attacked"], lemmas=["attack"])
    >>> fought_pairs(doc[0], "ASSAULT", ["iran", "iraq"], [])  # both attacked someone else
    []
    """
    if type_ != "ASSAULT" or recips or len(actors) < 2 or lemma_of(head) not in _RECIPROCAL:
        return []
    return [(a, b) for a in actors for b in actors if a != b]
