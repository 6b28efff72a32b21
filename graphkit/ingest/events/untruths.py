"""Lying: the forms of the verb "lie" that mean telling an untruth, not lying somewhere.

English has two verbs "lie": to recline or be situated ("the ship was lying off the coast", "the
problem lies in the budget"; past "lay", participle "lain") and to tell an untruth (past and
participle "lied"). "Lied" is always the second. Its other forms ("lying", "lies", "lie") tell an
untruth only when, besides its subject, the verb has no complement of place: no preposition other
than "about" ("was lying about the attack"), no adverb and no object or predicate ("lies idle");
the first verb is never used without saying where or how something lies.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["the", "Pentagon", "was", "lying"], heads=[1, 3, 3, 3],
...           deps=["det", "nsubj", "aux", "ROOT"], pos=["DET", "PROPN", "AUX", "VERB"],
...           lemmas=["the", "Pentagon", "be", "lie"])
>>> tells_untruth(doc[3])
True
"""
from __future__ import annotations

from graphkit.ingest.events.triggers import lemma_of

__all__ = ["tells_untruth", "untruths"]

#: Dependencies a verb of telling an untruth may have besides a preposition "about".
_BARE = frozenset({"nsubj", "aux", "neg", "punct", "cc", "conj", "mark", "advcl", "ccomp", "parataxis"})


def tells_untruth(verb) -> bool:
    """Whether ``verb``, a form of "lie", means telling an untruth (see the module).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["ships", "were", "lying", "off", "Oman"], heads=[2, 2, 2, 2, 3],
    ...           deps=["nsubj", "aux", "ROOT", "prep", "pobj"], lemmas=["ship", "be", "lie", "off", "Oman"])
    >>> tells_untruth(doc[2])
    False
    """
    if verb.pos_ not in ("VERB", "") or lemma_of(verb) != "lie":
        return False
    if verb.text.lower() in ("lay", "lain"):  # only of reclining
        return False
    if verb.text.lower() == "lied":
        return True
    return all(c.dep_ in _BARE or (c.dep_ == "prep" and c.text.lower() == "about") for c in verb.children)


def untruths(doc) -> list:
    """The verbs of ``doc`` that tell an untruth ("lied", "was lying about the raid").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iraq", "lied"], heads=[1, 1], deps=["nsubj", "ROOT"], pos=["PROPN", "VERB"],
    ...           lemmas=["Iraq", "lie"])
    >>> [t.text for t in untruths(doc)]
    ['lied']
    """
    return [t for t in doc if tells_untruth(t)]
