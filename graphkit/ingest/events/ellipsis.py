"""Ellipsis: clauses that repeat an act with new doers ("..., as did X and Y").

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["X", "met", "Y", ",", "as", "did", "Z"], heads=[1, 1, 1, 1, 5, 1, 5],
...           deps=["nsubj", "ROOT", "dobj", "punct", "mark", "advcl", "nsubj"],
...           pos=["PROPN", "VERB", "PROPN", "PUNCT", "SCONJ", "VERB", "PROPN"],
...           lemmas=["X", "meet", "Y", ",", "as", "do", "Z"])
>>> elided_verb(doc[5]).text
'met'
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["elided_verb"]

#: Verbs whose subject speaks: never the act an "as did" clause repeats.
_SPEECH = word_list("reporting_verbs")


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def elided_verb(tok):
    """The verb whose act an elliptical "as did X" clause repeats with new doers, or None.

    In English "..., as did X and Y" (also "as have", "as will") says that X and Y did the
    same: the act is the nearest verb before it in the sentence that is no reporting verb
    ("Blair said he ... offered his congratulations, as did Howard": "offered").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Blair", "praised", "Brown", ",", "as", "did", "Howard"],
    ...           heads=[1, 1, 1, 1, 5, 1, 5], deps=["nsubj", "ROOT", "dobj", "punct", "mark", "advcl", "nsubj"],
    ...           pos=["PROPN", "VERB", "PROPN", "PUNCT", "SCONJ", "VERB", "PROPN"],
    ...           lemmas=["Blair", "praise", "Brown", ",", "as", "do", "Howard"])
    >>> elided_verb(doc[5]).text
    'praised'
    """
    if _lemma(tok) not in ("do", "have", "will", "would") or not any(
            m.dep_ == "mark" and m.text.lower() == "as" for m in tok.children):
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children) or any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for c in tok.children):
        return None
    try:
        start = tok.sent.start
    except ValueError:  # no sentence boundaries
        start = 0
    for t in reversed(tok.doc[start:tok.i]):
        if t.pos_ == "VERB" and _lemma(t) not in _SPEECH:
            return t
    return None
