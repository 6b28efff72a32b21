"""Find the few tokens a rule looks at without making a Token for every word.

The speech-act and reception rules each want the nouns or verbs of a short word list; walking
``for tok in doc`` builds a :class:`spacy.tokens.Token` for every word of the article, five
times over. :func:`words` reads the part of speech, the lowercased lemma (:func:`lemma_of`) and
the lowercased text of every token once per Doc, as plain lists; :func:`tokens_where` picks the
matching tokens from them.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Calls", "grew", "for", "talks"], lemmas=["call", "grow", "for", ""],
...           pos=["NOUN", "VERB", "ADP", "NOUN"])
>>> w = words(doc)
>>> w.pos, w.lemma, w.lower
(['NOUN', 'VERB', 'ADP', 'NOUN'], ['call', 'grow', 'for', 'talks'], ['calls', 'grew', 'for', 'talks'])
>>> [t.text for t in tokens_where(doc, "NOUN", {"call", "talks"})]
['Calls', 'talks']
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import LEMMA, ORTH, POS

__all__ = ["Words", "words", "tokens_where"]


class Words(NamedTuple):
    """Per-token lists of a Doc: ``pos`` (``Token.pos_``), ``lemma`` (:func:`lemma_of`) and
    ``lower`` (``Token.text.lower()``)."""

    pos: list[str]
    lemma: list[str]
    lower: list[str]


_NAMES: dict[int, str] = {0: ""}  # hash -> string; hashes are the same in every vocabulary
_LOWER: dict[int, str] = {0: ""}  # hash -> lowercased string
_LAST: list = [None, None]  # [doc, Words]: the Doc last read (extraction reads one Doc at a time)


def words(doc) -> Words:
    """The :class:`Words` of ``doc``, read once and kept while the same Doc is asked about.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["He", "Said"], lemmas=["he", "Say"])
    >>> words(doc).lemma, words(doc) is words(doc)
    (['he', 'say'], True)
    """
    if _LAST[0] is doc and len(_LAST[1].pos) == len(doc):
        return _LAST[1]
    strings = doc.vocab.strings
    pos_col, lemma_col, orth_col = doc.to_array([POS, LEMMA, ORTH]).T.tolist() if len(doc) else ([], [], [])
    pos = _lookup(pos_col, _NAMES, strings, str)
    lower = _lookup(orth_col, _LOWER, strings, str.lower)
    lemma = [lem or low for lem, low in zip(_lookup(lemma_col, _LOWER, strings, str.lower), lower, strict=True)]
    out = Words(pos, lemma, lower)
    _LAST[0], _LAST[1] = doc, out
    return out


def _lookup(col: list[int], memo: dict[int, str], strings, how) -> list[str]:
    out = []
    for h in col:
        s = memo.get(h)
        if s is None:
            s = memo[h] = how(strings[h])
        out.append(s)
    return out


def tokens_where(doc, pos: str, lemmas) -> list:
    """The tokens of ``doc``, in text order, whose ``pos_`` is ``pos`` and whose
    :func:`lemma_of` is in ``lemmas``.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["found", "Found"], lemmas=["find", "find"], pos=["VERB", "NOUN"])
    >>> [t.i for t in tokens_where(doc, "VERB", {"find"})]
    [0]
    """
    w = words(doc)
    return [doc[i] for i, (p, lem) in enumerate(zip(w.pos, w.lemma, strict=True)) if p == pos and lem in lemmas]
