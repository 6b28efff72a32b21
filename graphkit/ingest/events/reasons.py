"""The doer of a deed given as the reason for an act done to someone.

In "V someone for V-ing" English makes the one the act is done to the doer of the deed:
"punished Japan for violating the pact", "praised Egypt for hosting the talks", "imposed
sanctions against Japan for breaking its agreement" -- Japan violated, Egypt hosted. The
subject of the act ("the US punished") only answers the deed.
"""
from __future__ import annotations

__all__ = ["reason_targets"]

#: Prepositions that name whom an act noun is aimed at ("sanctions against Japan", "a ban on Iran").
_AIMED = frozenset({"against", "on"})


def reason_targets(verb) -> list:
    """The noun phrases naming whom the act is done to, when ``verb`` is a gerund in its "for"
    phrase: the act's direct object, then the "against"/"on" phrase of that object; none otherwise.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["US", "punished", "Japan", "for", "violating", "pacts"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "NOUN"], tags=["NNP", "VBD", "NNP", "IN", "VBG", "NNS"])
    >>> [t.text for t in reason_targets(doc[4])], reason_targets(doc[1])
    (['Japan'], [])
    >>> doc = Doc(Vocab(), words=["imposed", "sanctions", "against", "Japan", "for", "violating", "pacts"],
    ...           heads=[0, 0, 1, 2, 0, 4, 5], deps=["ROOT", "dobj", "prep", "pobj", "prep", "pcomp", "dobj"],
    ...           pos=["VERB", "NOUN", "ADP", "PROPN", "ADP", "VERB", "NOUN"],
    ...           tags=["VBD", "NNS", "IN", "NNP", "IN", "VBG", "NNS"])
    >>> [t.text for t in reason_targets(doc[5])]
    ['sanctions', 'Japan']
    """
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.text.lower() != "for":
        return []
    act = prep.head
    if act.pos_ != "VERB":
        return []
    out = []
    for obj in (c for c in act.children if c.dep_ == "dobj"):
        out.append(obj)
        out += [p for x in obj.children if x.dep_ == "prep" and x.text.lower() in _AIMED
                for p in x.children if p.dep_ == "pobj"]
    return out
