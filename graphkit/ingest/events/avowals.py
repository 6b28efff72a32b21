"""Avowals: a party's own word about what it will do.

"Japan said it would hold talks next week" is Japan telling its own intention: a promise (PLOVER AGREE), as
"said it would impose tariffs" is (:mod:`graphkit.ingest.events.intentions`), though it names no partner.
"Ministers will meet next week" is the writer's schedule, and "the minister said EC ministers would meet" a
speaker of no known side telling it: neither is anyone's promise. :func:`avowed` tells the first kind: the
nearest reporting verb above the act has a subject of the act's doers' own side.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.models import Actor
>>> doc = Doc(Vocab(), words=["Japan", "said", "it", "would", "meet"], heads=[1, 1, 4, 4, 1],
...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], lemmas=["Japan", "say", "it", "would", "meet"])
>>> layer = ActorLayer(actors={"jpn": Actor(id="jpn", name="Japan", kind="country", code="JPN")},
...                    token_actor={0: "jpn", 2: "jpn"})
>>> avowed(doc[4], ["jpn"], layer)
True
"""
from __future__ import annotations

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.triggers import lemma_of
from graphkit.ingest.words import word_list

__all__ = ["avowed"]

#: Links from a clause up to the verb whose content it is ("said it would meet", "said that it would meet").
_UP = frozenset({"ccomp", "advcl", "conj", "xcomp"})


def avowed(verb, doers: list[str], layer) -> bool:
    """Whether the act ``verb`` of ``doers`` is told by a speaker of their own side: the nearest reporting verb
    above its clause (at most four links up) has subject actors whose side shares one with the doers'.

    Parameters
    ----------
    verb : Token
        The verb of the act told.
    doers : list of str
        The act's doers (actor ids).
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    bool
        False with no reporting verb, no speaker named or a speaker of another side.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> doc = Doc(Vocab(), words=["he", "said", "ministers", "would", "meet"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], lemmas=["he", "say", "minister", "would", "meet"])
    >>> avowed(doc[4], ["ec"], ActorLayer(actors={}, token_actor={}))
    False
    """
    tok = verb
    for _ in range(4):
        if tok.dep_ not in _UP or tok.head.i == tok.i:
            return False
        tok = tok.head
        if lemma_of(tok) in word_list("reporting_verbs"):
            speakers = subject_actors(tok, layer)
            return bool(speakers and doers) and bool(own_side(doers, layer) & own_side(speakers, layer))
    return False
