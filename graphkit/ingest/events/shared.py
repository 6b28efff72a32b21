"""The object a verb of a list shares with the last verb: "U.S. forces attacked, seized, and sank an Iranian
ship" -- the ship was attacked and seized too. A verb in between with a complement or a subject of its
own ends the sharing ("withdrew to the border and shelled the town": nothing was withdrawn).
"""
from __future__ import annotations

__all__ = ["shared_object_verb", "shared_objects"]

#: Dependents a bare verb of a list may have besides its conjuncts ("attacked, seized, and sank ...").
_BARE = frozenset({"punct", "cc", "conj", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod"})


def shared_object_verb(verb):
    """The later verb of a list whose object a bare verb shares ("U.S. forces attacked, seized, and sank
    an Iranian ship": the ship was attacked and seized too); None when a verb between them has a
    complement or a subject of its own ("withdrew to the border and shelled the town" shares nothing).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["forces", "attacked", ",", "seized", ",", "and", "sank", "a", "ship"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 3, 3, 8, 6],
    ...           deps=["nsubj", "ROOT", "punct", "conj", "punct", "cc", "conj", "det", "dobj"])
    >>> shared_object_verb(doc[1]).text, shared_object_verb(doc[3]).text
    ('sank', 'sank')
    >>> doc = Doc(Vocab(), words=["troops", "withdrew", "to", "posts", "and", "shelled", "towns"],
    ...           heads=[1, 1, 1, 2, 1, 1, 5], deps=["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj"])
    >>> shared_object_verb(doc[1]) is None
    True
    """
    cur = verb
    for _ in range(4):
        if any(x.dep_ not in _BARE for x in cur.children):
            return None
        sibs = [*cur.head.children] if cur.dep_ == "conj" else []
        nxt = min((x for x in [*cur.children, *sibs] if x.dep_ == "conj" and x.i > cur.i
                   and x.pos_ != "NOUN"), key=lambda x: x.i, default=None)
        if nxt is None or any(x.dep_ in ("nsubj", "nsubjpass") for x in nxt.children):
            return None
        if any(x.dep_ == "dobj" for x in nxt.children):
            return nxt
        cur = nxt
    return None


def shared_objects(verb) -> list:
    """The objects a bare verb of a list shares with the later verb that has them (:func:`shared_object_verb`),
    for the lexicon's conditions on its object: "imposed and later lifted sanctions" imposed sanctions. Empty
    when the verb shares none.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "imposed", "and", "lifted", "tariffs", "and", "quotas"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4, 4],
    ...           deps=["nsubj", "ROOT", "cc", "conj", "dobj", "cc", "conj"])
    >>> [t.text for t in shared_objects(doc[1])], shared_objects(doc[3])
    (['tariffs', 'quotas'], [])
    """
    nxt = shared_object_verb(verb)
    return [] if nxt is None else [t for o in nxt.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
