"""The party a complaint is aimed at when it is lodged with a body: the accused, not the forum.

A protest or complaint is told with two parties besides its author: the body it is brought to ("to",
"with", "before") and the party it is against ("against", or the doer of the act it is "over" or
"about"). In "Greece protested to the United Nations over Turkish violations of its airspace" and
"Brazil filed a complaint with GATT against the United States" the act is aimed at Turkey and the
United States; the United Nations and GATT are only where it is lodged. When the text names no
other party ("Indonesia protested to the EC about its plan") the body is the one accused.

The parser often hangs "against" on the body's name ("with GATT against the U.S."), so the phrases
of the body are read too.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Brazil", "complained", "to", "GATT", "against", "Japan"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3, 4],
...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"], lemmas=["Brazil", "complain", "to",
...           "GATT", "against", "Japan"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "brazil", 3: "gatt", 5: "japan"}.get(i)
>>> accused_beyond_forum([doc[1]], ["brazil"], ["gatt"], Layer())
['japan']
"""
from __future__ import annotations

from graphkit.ingest.events.culprits import act_doers, content_culprits, culprits_complained_of
from graphkit.ingest.events.roles import np_actors

__all__ = ["accused_beyond_forum", "asks_by_preposition", "FORUM_PREPS"]

#: Prepositions naming the body a complaint is brought to ("protested to", "a complaint with", "before").
FORUM_PREPS = frozenset({"to", "with", "before"})
#: Prepositions naming the act a complaint is about, whose doer is the accused.
_ABOUT_PREPS = frozenset({"over", "about"})
_PLACES = frozenset({"country", "location"})


def _pobjs(tok, preps):
    return [o for p in tok.children if p.dep_ == "prep" and p.text.lower() in preps
            for o in p.children if o.dep_ == "pobj"]


def accused_beyond_forum(heads, actors: list[str], recips: list[str], layer) -> list[str]:
    """``recips`` with the body a complaint is lodged with replaced by the party the complaint is
    against, when the phrases of ``heads`` (the complaint's verb or noun) name both; the victims of
    a charge told in a content clause replaced by its doer (:mod:`graphkit.ingest.events.culprits`).

    Parameters
    ----------
    heads : list of Token
        The trigger's verb and, for a light verb, its noun ("filed a complaint").
    actors : list of str
        The complaint's authors, never the accused.
    recips : list of str
        The recipients found so far.
    layer : ActorLayer
        The article's actors.

    Returns
    -------
    list of str
        The accused in place of the forum; ``recips`` unchanged when no body or no other party is named.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Greece", "protested", "to", "NATO", "over", "its", "flights"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 1, 6, 4],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "poss", "pobj"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "greece", 3: "nato", 5: "nato"}.get(i)
    >>> accused_beyond_forum([doc[1]], ["greece"], ["nato"], Layer())  # its own flights: the body is accused
    ['nato']
    """
    recips = content_culprits(heads, actors, recips, layer)  # "charged that Y had violated Z's airspace": Y
    recips = culprits_complained_of(heads, actors, recips, layer)  # "complained of Y's inaction": Y
    bodies = [o for h in heads for o in _pobjs(h, FORUM_PREPS)]
    forum = [a for b in bodies for a in np_actors(b, layer)
             if (x := layer.actors.get(a)) is None or x.kind not in _PLACES]
    if not forum:
        return recips
    accused = [a for t in [*heads, *bodies] for o in _pobjs(t, {"against"}) for a in np_actors(o, layer)]
    accused += [a for h in heads for o in _pobjs(h, _ABOUT_PREPS) for x in [o, *o.conjuncts]
                for a in act_doers(x, layer)]
    accused = [a for a in dict.fromkeys(accused) if a not in forum and a not in actors]
    if not accused:
        return recips
    return accused + [r for r in recips if r not in forum and r not in accused]


#: Prepositions of a request's addressee: "called on X to", "appealed to X to", "pressed upon X to".
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


def asks_by_preposition(verb, content) -> bool:
    """Whether ``verb`` asks the object of its preposition to do ``content`` ("called on creditor banks
    to ease pressure on Argentina", "appealed to the banks to lift sanctions against Iraq"): the one
    asked is that object, whether or not an actor stands for it, never a party inside ``content``.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["called", "on", "banks", "to", "ease"], heads=[0, 0, 1, 4, 0],
    ...           deps=["ROOT", "prep", "pobj", "aux", "xcomp"])
    >>> asks_by_preposition(doc[0], doc[4]), asks_by_preposition(doc[0], None)
    (True, False)
    """
    return content is not None and content.dep_ == "xcomp" and any(
        p.dep_ == "prep" and p.text.lower() in _ADDRESSEE_PREPS and p.i < content.i
        and any(o.dep_ == "pobj" for o in p.children) for p in verb.children)
