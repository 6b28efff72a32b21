"""The owner of a named thing the actor stage took for a person: "the U.S. frigate Stark".

English names a ship, an aircraft, a base or a plant after the common noun of what it is ("the U.S.
frigate Stark", "the Kuwaiti tanker Bridgeton", "the French carrier Clemenceau"): the name is an
instance of that noun, and the country or body that modifies the noun owns it. When the name's
actor is a person but the noun before it names no people (WordNet's first sense,
:func:`graphkit.ingest.actors.bodies.is_person_noun`: "frigate", not "leader" or "envoy"), the party
the phrase stands for is that owner, as "attacked U.S. ships" is aimed at the United States.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["the", "U.S.", "frigate", "Stark"]
>>> doc = Doc(Vocab(), words=words, heads=[3, 2, 3, 3], deps=["det", "compound", "compound", "ROOT"],
...           pos=["DET", "PROPN", "NOUN", "PROPN"], lemmas=["the", "U.S.", "frigate", "Stark"])
>>> class Actor:
...     def __init__(self, kind):
...         self.kind = kind
>>> class Layer:
...     actors = {"usa": Actor("country"), "stark": Actor("person")}
...     def at(self, i):
...         return {1: "usa", 3: "stark"}.get(i)
>>> instance_owners(doc[3], Layer())
['usa']
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun

__all__ = ["instance_owners"]


def instance_owners(tok, layer) -> list[str]:
    """The owners named before the common noun a person-taken name ``tok`` is an instance of.

    Parameters
    ----------
    tok : Token
        A name token whose actor is a person.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).

    Returns
    -------
    list of str
        The actors the modifiers of the thing noun name ("U.S." of "frigate"); empty when ``tok`` is
        no person's name, or the noun before it names people ("Soviet leader Gorbachev").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Soviet", "leader", "Gorbachev"], heads=[1, 2, 2],
    ...           deps=["amod", "compound", "ROOT"], pos=["ADJ", "NOUN", "PROPN"],
    ...           lemmas=["soviet", "leader", "Gorbachev"])
    >>> class Actor:
    ...     kind = "person"
    >>> class Layer:
    ...     actors = {"gorbachev": Actor(), "sun": Actor()}
    ...     def at(self, i):
    ...         return {0: "sun", 2: "gorbachev"}.get(i)
    >>> instance_owners(doc[2], Layer())
    []
    """
    own = layer.at(tok.i)
    if own is None or getattr(getattr(layer, "actors", {}).get(own), "kind", None) != "person":
        return []
    things = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < tok.i
              and not is_person_noun(c.text.lower()) and not is_person_noun((c.lemma_ or c.text).lower())]
    owners = [a for n in things for t in n.subtree if t.i != n.i and (a := layer.at(t.i)) and a != own]
    owners += [a for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and things
               and c not in things and (a := layer.at(c.i)) and a != own]
    return list(dict.fromkeys(owners))
