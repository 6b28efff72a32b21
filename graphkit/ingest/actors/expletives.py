"""Expletive "it": the pronoun that refers to nothing ("it was hard to say", "it is expected that ...").

Coreference (:mod:`graphkit.ingest.actors.coref`) leaves such an "it" unresolved. An "it" before a
copula and an adjective that takes its own subject's infinitive refers ("Japan said it was willing to
cut tariffs": Japan is willing); before other predicates with a clause it is extraposed ("it was
unrealistic to expect ..."), and so is the subject of a passive verb of saying or deciding whose
clause follows ("it was decided that ...", "it has been reported that ...").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["it", "was", "willing", "to", "go"], heads=[1, 1, 1, 4, 2],
...           deps=["nsubj", "ROOT", "acomp", "aux", "xcomp"])
>>> is_pleonastic(doc[0])
False
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["is_pleonastic"]

_COPULAS = frozenset("be is was were are been 's seem seems seemed appear appears appeared become becomes "
                     "became remain remains remained take takes took".split())


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def _extraposed(verb) -> bool:
    """Whether a passive ``verb`` has its subject's clause after it ("it was decided that ...", "it has been
    reported that ..."): a finite clause with "that" or a wh-word, and no verb of telling or urging someone,
    whose passive subject is the one told ("it was told that ...": ``object_control_verbs``)."""
    if _lemma(verb) in word_list("object_control_verbs"):
        return False
    return any(c.dep_ in ("ccomp", "csubj", "csubjpass") and any(
        m.dep_ == "mark" and m.text.lower() in ("that", "whether", "if") for m in c.children)
        for c in verb.children)


def is_pleonastic(tok) -> bool:
    """Whether the pronoun ``tok`` is a non-referring "it" ("it was unrealistic to expect ...").

    An "it" whose copula's adjective controls the infinitive that follows it ("it was willing/ready/
    able to act": ``control_adjectives``) refers: the adjective says something of its subject.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["it", "was", "hard", "to", "go"], heads=[1, 1, 1, 4, 2],
    ...           deps=["nsubj", "ROOT", "acomp", "aux", "xcomp"])
    >>> is_pleonastic(doc[0])
    True
    """
    if tok.text.lower() != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if tok.dep_ == "nsubjpass" and _extraposed(head):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and _lemma(head) in _COPULAS:
        pred = [c for c in head.children if c.dep_ in ("acomp", "attr", "oprd")]
        clauses = [c for t in [head, *pred] for c in t.children if c.dep_ in ("xcomp", "ccomp", "csubj")
                   and not (t.dep_ == "acomp" and c.dep_ == "xcomp" and _lemma(t) in word_list("control_adjectives"))]
        return bool(clauses)
    return False
