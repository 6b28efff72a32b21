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

__all__ = ["Words", "words", "tokens_where", "predicate"]

#: Auxiliaries of a clause told as possible or to come, not as done.
_MODALS = frozenset({"would", "could", "might", "may", "will", "should", "must", "can", "shall", "'d", "'ll", "to"})


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


def predicate(noun) -> set[str]:
    """What is said of ``noun`` when it is the subject of a clause: the lemma of its verb and of that
    verb's adjective complement ("the strike entered its third day", "retaliation was swift").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Retaliation", "was", "swift"], lemmas=["retaliation", "be", "swift"],
    ...           heads=[1, 1, 1], deps=["nsubj", "ROOT", "acomp"])
    >>> sorted(predicate(doc[0])), predicate(doc[2])
    (['be', 'swift'], set())
    >>> doc = Doc(Vocab(), words=["Retaliation", "would", "be", "swift"],
    ...           lemmas=["retaliation", "would", "be", "swift"],
    ...           heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "acomp"])
    >>> predicate(doc[0])
    set()
    """
    if noun.dep_ != "nsubj" or any(d.dep_ == "det" and d.text.lower() in ("any", "no") for d in noun.children):
        return set()  # "any retaliation would be swift" says nothing of a done act
    verb = noun.head
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.text.lower() in _MODALS for c in verb.children):
        return set()  # "a strike could spread", "retaliation would be swift" tell of no act done
    return {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children if c.dep_ == "acomp")}
