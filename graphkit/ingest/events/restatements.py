"""Restatements: "as agreed", "as pledged", "as proposed by X" refer back to an act already known.

An "as" clause of a bare past participle, with no subject of its own ("to stimulate its economy as pledged in
the Paris accord", "to stabilise exchange rates as agreed between the Group of Seven in Paris", "as proposed by
the Reagan administration"), measures the sentence's act against an earlier one the reader is taken to know:
English restates the earlier promise or proposal there, it does not report it as news, and its doer is not the
subject of the clause it hangs on. :func:`restated` tells such a verb; the event stage drops its candidate as a
recalled act (:func:`graphkit.ingest.events.backdrop.recalled`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["stimulate", "it", "as", "pledged"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 3, 0], deps=["ROOT", "dobj", "mark", "advcl"],
...           tags=["VB", "PRP", "IN", "VBN"])
>>> restated(doc[3])
True
"""
from __future__ import annotations

__all__ = ["restated"]


def restated(verb) -> bool:
    """Whether ``verb`` is the bare past participle of an "as" clause with no subject of its own ("as agreed",
    "as pledged in Paris", "as proposed by X"): an act restated as known, not reported.

    Parameters
    ----------
    verb : Token
        A verb.

    Returns
    -------
    bool
        False for a finite "as" clause ("as Japan pledged", "as it had agreed") or any other clause.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["cut", "rates", "as", "Japan", "pledged"], heads=[0, 0, 4, 4, 0],
    ...           deps=["ROOT", "dobj", "mark", "nsubj", "advcl"], tags=["VBD", "NNS", "IN", "NNP", "VBD"])
    >>> restated(doc[4])
    False
    """
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("advcl", "acl", "relcl", "ccomp", "conj"):
        return False  # the tagger often reads a subjectless "as agreed" as a past tense
    kids = list(verb.children)
    return any(c.dep_ == "mark" and c.text.lower() == "as" for c in kids) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in kids)
