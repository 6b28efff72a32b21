"""Fights between sides: who fights whom when a word of fighting names its sides together.

"Clashes between Chadian troops and Libyan forces", "fighting between Iraq and Iran continued", "X and
Y fought": each side attacks the other, so the act goes both ways (:func:`fought_pairs`); the sides of
a "between" phrase are its doers even when the parser hangs the phrase on a verb of reporting
("clashes have been reported between X and Y", :func:`sides_between`). A word of one-sided attack
("Iran and Iraq attacked shipping") is no fight between its doers. Examples are given with each function.
"""
from __future__ import annotations

from graphkit.ingest.events.roles import prep_actors
from graphkit.ingest.events.triggers import lemma_of

__all__ = ["fought_pairs", "sides_between"]

#: Lemmas of fighting that is done by each side to the other: "clashes between X and Y", "X and Y
#: fought": with no one else named as attacked, each side attacks the other.
_RECIPROCAL = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "gunbattle", "war", "conflict",
                         "exchange", "duel", "firefight", "combat"})


def fought_pairs(head, type_: str, actors: list[str], recips: list[str]) -> list[tuple[str, str]]:
    """The (attacker, attacked) pairs of a fight between sides: both ways between every two of
    ``actors`` when ``head`` is a word of fighting each side does to the other (see ``_RECIPROCAL``),
    the act is an ASSAULT and no one else is named as attacked; else none.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["clashes"], lemmas=["clash"])
    >>> fought_pairs(doc[0], "ASSAULT", ["chad", "libya"], [])
    [('chad', 'libya'), ('libya', 'chad')]
    >>> fought_pairs(doc[0], "ASSAULT", ["chad", "libya"], ["sudan"])
    []
    >>> doc = Doc(Vocab(), words=["attacked"], lemmas=["attack"])
    >>> fought_pairs(doc[0], "ASSAULT", ["iran", "iraq"], [])  # both attacked someone else
    []
    """
    if type_ != "ASSAULT" or recips or len(actors) < 2 or lemma_of(head) not in _RECIPROCAL:
        return []
    return [(a, b) for a in actors for b in actors if a != b]


def sides_between(head, layer) -> list[str]:
    """The sides of a fight named by a "between" or "among" phrase of fighting word ``head`` or, for a
    fighting noun the parser left as the subject or object of a verb of reporting, of that verb:
    "fighting between Iraq and Iran continued", "clashes have been reported between X and Y".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["fighting", "between", "Iraq", "and", "Iran"], heads=[0, 0, 1, 2, 2],
    ...           deps=["ROOT", "prep", "pobj", "cc", "conj"], lemmas=["fight", "between", "Iraq", "and", "Iran"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {2: "iraq", 4: "iran"}.get(i)
    >>> sides_between(doc[0], Layer())
    ['iraq', 'iran']
    """
    if lemma_of(head) not in _RECIPROCAL:
        return []
    holders = [head, *([head.head] if head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else [])]
    return list(dict.fromkeys(a for h in holders for a in prep_actors(h, layer, {"between", "among"})))
