"""Hostile intentions: a readiness or promise to act against a party is a threat (PLOVER THREATEN).

The readiness and intention rules (:mod:`graphkit.ingest.events.intentions`) read what a party says it
will do as its promise (AGREE) when the act has no type of its own ("is ready to take measures"). PLOVER's
THREATEN covers threatening a party with sanctions or force, so an untyped act aimed "against" a party
("take measures against Japan") or whose object is a retaliation ("take retaliatory measures", "impose
reprisals"; ``data/words/hostile_objects.txt``) makes the commitment a threat.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> doc = Doc(Vocab(), words=["take", "measures", "against", "Japan"], heads=[0, 0, 1, 2],
...           deps=["ROOT", "dobj", "prep", "pobj"])
>>> hostile_act(doc[0], ActorLayer(token_actor={3: "japan"})), hostile_act(doc[0], ActorLayer())
(True, False)
"""
from __future__ import annotations

from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.words import word_list

__all__ = ["hostile_act"]

#: Modifiers of an object that name it a retaliation ("retaliatory measures", "punitive action").
_HOSTILE_MODIFIERS = frozenset({"retaliatory", "punitive"})


def hostile_act(verb, layer) -> bool:
    """Whether the promised act ``verb`` is aimed against a party: the verb or its object has an
    "against" phrase naming an actor of ``layer`` ("against Japan's exports", not "against dumping"),
    or its object is a retaliation (``data/words/hostile_objects.txt``, or modified
    by "retaliatory"/"punitive").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["take", "retaliatory", "measures"], heads=[0, 2, 0],
    ...           deps=["ROOT", "amod", "dobj"])
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> hostile_act(doc[0], ActorLayer()), hostile_act(doc[1], ActorLayer())
    (True, False)
    """
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.text.lower() == "against" and any(
           p.dep_ == "pobj" and any(layer.at(t.i) for t in p.subtree) for p in c.children)
           for h in [verb, *objects] for c in h.children):
        return True
    nouns = word_list("hostile_objects")
    return any(_lemma(o) in nouns or _lemma(o).rstrip("s") in nouns
               or any(m.dep_ == "amod" and m.text.lower() in _HOSTILE_MODIFIERS for m in o.children)
               for o in objects)
