"""Offices named by their portfolio that act in a clause: "The Finance Ministry asked for the figures".

A portfolio's office on its own ("Foreign Ministry", "State") is mostly part of a title ("Foreign
Ministry spokesman X") or of an office holder's description, and names no actor of its own. A wire story
about one country, though, calls that country's ministry "the Finance Ministry" and makes it say, ask and
reject things: "the Finance Ministry was interested enough to ask for the figures", "the Foreign Ministry
summoned the ambassador". :func:`is_acting` tells that use: a ministry or department after "the"
that heads a subject, an object, or the object of a preposition -- not a modifier of the noun after it.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["The", "Finance", "Ministry", "asked", "for", "figures"]
>>> doc = Doc(Vocab(), words=words, heads=[2, 2, 3, 3, 3, 4],
...           deps=["det", "compound", "nsubj", "ROOT", "prep", "pobj"])
>>> is_acting(doc, 1, 3)
True
>>> words = ["The", "Foreign", "Ministry", "spokesman", "said"]
>>> doc = Doc(Vocab(), words=words, heads=[3, 2, 3, 4, 4], deps=["det", "compound", "compound", "nsubj", "ROOT"])
>>> is_acting(doc, 1, 3)
False
"""
from __future__ import annotations

__all__ = ["is_acting"]

#: Heads of a government office named by its portfolio ("Finance Ministry", "Commerce Department").
_OFFICE_HEADS = frozenset({"ministry", "department"})
#: Roles of a noun phrase that takes part in a clause.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"})


def is_acting(doc, s: int, e: int) -> bool:
    """Whether tokens ``s:e`` (an entity of title words, "Finance Ministry") name a ministry or
    department that takes part in its clause after "the" (see the module)."""
    if e - s < 2 or doc[e - 1].text.lower() not in _OFFICE_HEADS or not doc[e - 1].text[:1].isupper():
        return False
    head = doc[e - 1]
    if head.dep_ not in _ARGUMENTS or any(doc[k].head.i >= e for k in range(s, e - 1) if doc[k].head.i != e - 1):
        return False
    first = s - 1 if s > 0 and doc[s - 1].text.lower() == "the" else s
    return doc[first].text.lower() == "the"
