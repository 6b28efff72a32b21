"""Bare-infinitive clauses: what a verb makes, lets or helps another do happens when the verb does.

In "the new laws will help the Board investigate abuses", "would let Iraq export more oil" and "will make
Japan open its markets", the parser makes the act a clausal complement (``ccomp``) with a subject of its own,
and the act has no tense of its own: a bare infinitive ("investigate", "export"). It takes its time and
modality from the verb it completes, as a to-infinitive does ("will continue to investigate"): under "will
help" it has not happened yet, under "helped" it has ("helped Iraq attack the ships"). :func:`bare_clause`
tells such a complement and :func:`bare_future` one under a future or modal verb, which the certainty stage
reads as only possible: the "will" is the helper's, no commitment of the other doer's.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["laws", "will", "help", "Board", "investigate", "abuses"],
...           heads=[2, 2, 2, 4, 2, 4], deps=["nsubj", "aux", "ROOT", "nsubj", "ccomp", "dobj"],
...           tags=["NNS", "MD", "VB", "NNP", "VBP", "NNS"])
>>> bare_clause(doc[4])
True
"""
from __future__ import annotations

__all__ = ["bare_clause", "bare_future"]

#: Tags of a verb with no tense shown: the base form (the tagger gives a bare infinitive VB or VBP).
_BASE = frozenset({"VB", "VBP"})


def bare_clause(verb) -> bool:
    """Whether ``verb`` heads a bare-infinitive complement clause: a ``ccomp`` in the base form with a
    subject of its own and no auxiliary, complementizer or tense ("help the Board investigate").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["will", "say", "that", "Iran", "attacks"], heads=[1, 1, 4, 4, 1],
    ...           deps=["aux", "ROOT", "mark", "nsubj", "ccomp"], tags=["MD", "VB", "IN", "NNP", "VBZ"])
    >>> bare_clause(doc[4])
    False
    """
    if verb.dep_ != "ccomp" or verb.tag_ not in _BASE:
        return False
    kids = list(verb.children)
    return (any(c.dep_ == "nsubj" for c in kids)
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in kids))


def bare_future(verb) -> bool:
    """Whether ``verb`` is a bare-infinitive complement (:func:`bare_clause`) of a verb with a future or
    modal auxiliary ("will help the Board investigate", "would let Iraq export"): not done yet.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["laws", "will", "help", "Board", "investigate"], heads=[2, 2, 2, 4, 2],
    ...           deps=["nsubj", "aux", "ROOT", "nsubj", "ccomp"], tags=["NNS", "MD", "VB", "NNP", "VBP"])
    >>> bare_future(doc[4])
    True
    """
    return bare_clause(verb) and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children)
