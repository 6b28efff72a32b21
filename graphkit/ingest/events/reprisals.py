"""Revenge: words of paying back an act, and who the act paid back was done by.

A retaliation is aimed at the doer of the act it answers: in "Tehran threatened vengeance after the
U.S. raids" the raids' doer (the U.S.) is the target (:func:`avenged_doers`); :func:`is_revenge` tells
whether a trigger or its object is such a word.

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

from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["is_revenge", "avenged_doers"]


#: Words of paying back an act: their "for" or "after" phrase names the act, its doer is the target.
_REVENGE = frozenset({"retaliate", "retaliation", "retaliatory", "revenge", "vengeance", "avenge", "reprisal",
                      "reprisals", "payback"})
_FOR_ACT = frozenset({"for", "after", "following", "over"})


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
    return any(_lemma(a) in _REVENGE or any(_lemma(m) in _REVENGE for m in a.children if m.dep_ == "amod")
               for a in args)


def avenged_doers(head, layer) -> list[str]:
    """The doers of the act a retaliation pays back, when ``head`` (a trigger) or its object is a word
    of revenge: "would retaliate for U.S. Navy attacks on Gulf oil platforms" (the U.S.), "threatened
    vengeance after the U.S. raids" (the U.S.). A modifier of the avenged act names its doer: the one
    who avenges it is whom it was done to.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Tehran", "threatened", "vengeance", "after", "U.S.", "raids"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 5, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "compound", "pobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "NOUN"],
    ...           lemmas=["Tehran", "threaten", "vengeance", "after", "U.S.", "raid"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "iran", 4: "usa"}.get(i)
    >>> avenged_doers(doc[1], Layer())
    ['usa']
    """
    from graphkit.ingest.events.nominal import named_doers  # nominal imports this module

    if not is_revenge(head):
        return []
    args = [head, *(c for c in head.children if c.dep_ in ("dobj", "xcomp", "ccomp"))]
    nouns = load_lexicon()["N"]
    out: list[str] = []
    for a in args:
        for p in a.children:
            if p.dep_ != "prep" or p.text.lower() not in _FOR_ACT:
                continue
            for o in p.children:
                if o.dep_ == "pobj" and _lemma(o) in nouns:
                    out += named_doers(o, layer)
    return list(dict.fromkeys(out))
