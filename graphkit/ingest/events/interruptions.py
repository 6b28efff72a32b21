"""The subject a clause set off by commas cuts from its verb.

English puts a non-restrictive clause between a subject and its verb: "The United States and Canada,
whose trade totaled 125 billion dlrs, have been holding talks", "Potash producers from New Mexico,
claiming unfair subsidies, are seeking a tariff". The parser often takes the subject with that clause
and hangs both on the verb as a clausal dependent (``ccomp``, ``advcl``), leaving the verb without a
subject: the subject of that clause, which opens the sentence and is followed by a comma, is the verb's.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Canada", ",", "whose", "trade", "grew", ",", "held", "talks"]
>>> doc = Doc(Vocab(), words=words, heads=[4, 0, 3, 0, 6, 4, 6, 6],
...           deps=["nsubj", "punct", "poss", "appos", "ccomp", "punct", "ROOT", "dobj"],
...           pos=["PROPN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT", "VERB", "NOUN"],
...           sent_starts=[1, 0, 0, 0, 0, 0, 0, 0])
>>> interrupted_subject(doc[6]).text
'Canada'
"""
from __future__ import annotations

__all__ = ["interrupted_subject"]

#: Dependencies of a clause the parser hangs before a verb with the subject inside it.
_SWALLOWING = frozenset({"ccomp", "advcl", "csubj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _sentence_start(tok) -> int:
    try:
        return tok.sent.start
    except ValueError:  # a Doc without sentence boundaries
        return 0


def interrupted_subject(verb):
    """The subject of ``verb`` the parser put into a clause before it (see the module), else None.

    Only a verb with no subject of its own; only a clause to the verb's left whose subject opens the
    sentence and is directly followed by a comma ("X, whose ...", "X, claiming ..."), never a clause
    the verb reports ("Iran attacked, officials said": "said" has its own subject).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Canada", "grew", ",", "held", "talks"]  # no comma after the subject: its own clause
    >>> doc = Doc(Vocab(), words=words, heads=[1, 3, 3, 3, 3], deps=["nsubj", "ccomp", "punct", "ROOT", "dobj"],
    ...           pos=["PROPN", "VERB", "PUNCT", "VERB", "NOUN"], sent_starts=[1, 0, 0, 0, 0])
    >>> interrupted_subject(doc[3]) is None
    True
    """
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    start = _sentence_start(verb)
    for clause in verb.children:
        if clause.dep_ not in _SWALLOWING or clause.i > verb.i:
            continue
        for s in clause.children:
            if s.dep_ != "nsubj" or s.left_edge.i != start:
                continue
            head_end = max([s.i, *(c.right_edge.i for c in s.children if c.i < s.i or c.dep_ in ("cc", "conj"))])
            after = s.doc[head_end + 1] if head_end + 1 < len(s.doc) else None
            if after is not None and after.text == "," and any(t.text == "," for t in s.doc[clause.i:verb.i]):
                return s
    return None
