"""Revenge: words of paying back an act.

A retaliation is aimed at the doer of the act it answers ("Tehran threatened vengeance after the U.S.
raids"); :func:`is_revenge` tells whether a trigger, its object or one of their modifiers is such a word,
and :data:`FOR_ACT` holds the prepositions that name the act paid back.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["vowed", "reprisals"], heads=[0, 0], deps=["ROOT", "dobj"],
...           lemmas=["vow", "reprisal"])
>>> is_revenge(doc[0])
True
"""
from __future__ import annotations

from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["is_revenge", "REVENGE", "FOR_ACT"]


#: Words of paying back an act: their "for" or "after" phrase names the act, its doer is the target.
REVENGE = frozenset({"retaliate", "retaliation", "retaliatory", "revenge", "vengeance", "avenge", "reprisal",
                      "reprisals", "payback"})
FOR_ACT = frozenset({"for", "after", "following", "over"})


def is_revenge(head) -> bool:
    """Whether trigger ``head``, its object or complement, or one of their modifiers is a word of revenge.

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["vowed", "retaliation"], heads=[0, 0], deps=["ROOT", "dobj"],
    ...           lemmas=["vow", "retaliation"])
    >>> is_revenge(doc[0])
    True
    >>> is_revenge(Doc(Vocab(), words=["vowed", "support"], heads=[0, 0], deps=["ROOT", "dobj"])[0])
    False
    """
    args = [head, *(c for c in head.children if c.dep_ in ("dobj", "xcomp", "ccomp"))]
    return any(_lemma(a) in REVENGE or any(_lemma(m) in REVENGE for m in a.children if m.dep_ == "amod")
               for a in args)
