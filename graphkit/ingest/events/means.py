"""Means: an act told as the way another act is done shares that act's modality.

English names the means of an act by "by" or "through" and a gerund: "Japan could retaliate by
imposing tariffs", "Iraq might respond by attacking the terminals", "the government could end the
crisis by arresting the leaders". The gerund has no tense of its own; it happens only if the act
it is the means of happens, so a modal, a future or a negation on that act leaves the means a
prospect, not a fact ("retaliated by imposing tariffs" did impose them).

:mod:`graphkit.ingest.events.certainty` reads :func:`unrealised_means` for a trigger and for each
head it absorbs.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Japan", "could", "retaliate", "by", "imposing", "tariffs"],
...           heads=[2, 2, 2, 2, 3, 4], deps=["nsubj", "aux", "ROOT", "prep", "pcomp", "dobj"],
...           tags=["NNP", "MD", "VB", "IN", "VBG", "NNS"])
>>> unrealised_means(doc[4])
True
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["MEANS_PREPS", "unrealised_means"]

#: Prepositions that name the means of an act: "by imposing tariffs", "through negotiating".
MEANS_PREPS = frozenset({"by", "through", "via"})
_MODALS = word_list("modals")
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _open(verb) -> bool:
    """Whether ``verb`` carries a modal, a future or a negation: its act is not told as done."""
    for c in verb.children:
        low = c.text.lower()
        if c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or low in _MODALS | _FUTURE_AUX)):
            return True
    return False


def unrealised_means(tok) -> bool:
    """Whether ``tok`` is the gerund of a means phrase ("by imposing tariffs") whose act is modal,
    future or negated: "could retaliate by imposing tariffs" imposes none yet.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A verb (the trigger, or a head the certainty walk passes).

    Returns
    -------
    bool
        True when the means is no fact.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "retaliated", "by", "imposing", "tariffs"],
    ...           heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "prep", "pcomp", "dobj"],
    ...           tags=["NNP", "VBD", "IN", "VBG", "NNS"])
    >>> unrealised_means(doc[3])
    False
    """
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.i == tok.i or prep.text.lower() not in MEANS_PREPS:
        return False
    verb = prep.head
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i != verb.i and not _open(verb):
        verb = verb.head  # "could protest and retaliate by imposing": the modal of the first conjunct
    return verb.i != prep.i and verb.pos_ in ("VERB", "AUX", "") and _open(verb)
