"""The noun a relative clause is about, when the clause has a gap where its object would be.

In English a relative clause leaves out the phrase its noun stands for. When the clause has a
subject of its own and no object, the gap is the object: in "the tariffs he imposed on Japanese
goods" and "the sanctions that Washington imposed" the tariffs and sanctions are what was
imposed, so "imposed tariffs" is read as one act, as in the main clause. The parser marks a
relative pronoun object ("that", "which") as the object, and :func:`triggers.objects_of` maps it
to its noun; a contact clause ("the tariffs he imposed") has no pronoun at all, and
:func:`gap_object` finds its noun.

Nouns of time, place, manner and reason take relative clauses whose gap is an adjunct ("the day
he arrived", "the way he voted", "the reason he resigned"): those are no object.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["the", "tariffs", "he", "imposed", "on", "Japan"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4], deps=["det", "ROOT", "nsubj", "relcl", "prep", "pobj"],
...           pos=["DET", "NOUN", "PRON", "VERB", "ADP", "PROPN"], tags=["DT", "NNS", "PRP", "VBD", "IN", "NNP"],
...           lemmas=["the", "tariff", "he", "impose", "on", "Japan"])
>>> gap_object(doc[3]).text
'tariffs'
"""
from __future__ import annotations

__all__ = ["gap_object"]

#: Nouns whose relative clauses leave out an adjunct of time, place, manner or reason, not an
#: object ("the day he arrived", "the way he voted"): the heads of "when/where/why/how" relatives.
ADJUNCT_HEADS = frozenset({
    "time", "day", "week", "month", "year", "moment", "hour", "night", "morning", "evening", "period",
    "date", "occasion", "place", "way", "manner", "reason", "extent", "point", "stage", "degree",
})
#: What fills a relative clause's own object or complement slot: with one of these, no gap is an object.
_OWN_OBJECT = frozenset({"dobj", "nsubjpass", "auxpass", "ccomp", "xcomp", "attr", "oprd", "dative"})
#: Relative words: a clause with one of its own names its noun already ("who attacked", "in which").
_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose", "where", "when", "why", "how"})


def gap_object(verb):
    """The noun ``verb``'s relative clause is about when it is the verb's missing object, else None.

    The clause must have a subject of its own that is no relative word ("the tariffs he imposed",
    not "the man who attacked"), no object or complement of its own, no relative word anywhere in
    its own words ("the talks in which he took part"), and a finite or participial verb.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb, possibly the head of a relative clause (``dep_ == "relcl"``).

    Returns
    -------
    spacy.tokens.Token or None
        The modified noun.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["the", "day", "he", "arrived"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1], deps=["det", "ROOT", "nsubj", "relcl"],
    ...           pos=["DET", "NOUN", "PRON", "VERB"], tags=["DT", "NN", "PRP", "VBD"],
    ...           lemmas=["the", "day", "he", "arrive"])
    >>> gap_object(doc[3]) is None
    True
    """
    head = verb.head
    if verb.dep_ != "relcl" or head.i == verb.i or head.pos_ != "NOUN" or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    if (head.lemma_ or head.text).lower() in ADJUNCT_HEADS or head.ent_type_ in ("DATE", "TIME"):
        return None
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.text.lower() in _RELATIVE_WORDS or any(c.dep_ in _OWN_OBJECT for c in kids):
        return None
    if any(t.text.lower() in _RELATIVE_WORDS for t in verb.subtree if t.i < subj.i or t.head.i == verb.i
           or t.dep_ == "pobj"):
        return None
    return head
