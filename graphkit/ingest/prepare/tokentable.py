"""Token attributes of a parsed Doc as plain Python lists, read once per article.

``doc[i]`` builds a new :class:`spacy.tokens.Token` on every call, and each ``.dep_`` or
``.text`` looks a string up again; the actor stage reads a few attributes of every token
several times. :func:`token_table` reads them all in one ``doc.to_array`` call and keeps them
as lists indexed by token position, with the children of each token.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Kerry", "met", "Abbas", "."], heads=[1, 1, 1, 1],
...           deps=["nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
...           ents=["B-PERSON", "O", "B-PERSON", "O"])
>>> t = token_table(doc)
>>> t.text, t.dep[0], t.head[0], t.children(1), t.ent_iob[:2], t.ent_type[2], t.idx[2]
(['Kerry', 'met', 'Abbas', '.'], 'nsubj', 1, [0, 2, 3], ['B', 'O'], 'PERSON', 10)
>>> t.span_text(1, 3) == doc[1:3].text == 'met Abbas'
True
"""
from __future__ import annotations

from operator import add
from typing import cast

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, ORTH, POS, SENT_START, SPACY, TAG

__all__ = ["TokenTable", "token_table"]

_ATTRS = [ORTH, POS, TAG, DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, SENT_START, SPACY]
_IOB = ("", "I", "O", "B")
_WS = ("", " ")
_STRINGS: dict[int, str] = {}  # hash -> string; hashes are the same in every vocabulary


class TokenTable:
    """Per-token lists of a Doc: ``text``, ``lower``, ``pos``, ``tag``, ``dep``, ``ent_iob``,
    ``ent_type``, ``head`` (absolute index), ``idx`` (character offset), ``sent_start``
    (True where a sentence starts) and ``doc_text`` (``doc.text``); :meth:`children`,
    :meth:`conjuncts` and :meth:`span_text` as on a Token or Span."""

    __slots__ = ("text", "lower", "pos", "tag", "dep", "ent_iob", "ent_type", "head", "idx",
                 "sent_start", "doc_text", "_order", "_first")
    text: list[str]
    lower: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent_iob: list[str]
    ent_type: list[str]
    head: list[int]
    idx: list[int]
    sent_start: list[bool]
    doc_text: str
    _order: list[int]  # token indices sorted by head (text order within a head), roots left out
    _first: list[int]  # where each head's children start in _order

    def span_text(self, s: int, e: int) -> str:
        """``doc[s:e].text``."""
        return self.doc_text[self.idx[s]:self.idx[e - 1] + len(self.text[e - 1])]

    def children(self, i: int) -> list[int]:
        """Indices of the syntactic children of token ``i``, in text order."""
        return self._order[self._first[i]:self._first[i + 1]]

    def conjuncts(self, i: int) -> list[int]:
        """Indices of the tokens coordinated with token ``i``, as ``Token.conjuncts``."""
        start = i
        while self.head[start] != start and self.dep[start] == "conj":
            start = self.head[start]
        out = [start]
        for w in out:
            out.extend(c for c in self.children(w) if c > w and self.dep[c] == "conj")
        return [k for k in out if k != i]


def _strings(col, store) -> list[str]:
    memo = _STRINGS
    out: list[str | None] = list(map(memo.get, col))
    if None in out:
        for k, s in enumerate(out):
            if s is None:
                out[k] = memo[col[k]] = store[col[k]]
    return cast(list[str], out)  # every None was filled


def token_table(doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc`` (one pass over the token array)."""
    t = TokenTable()
    n = len(doc)
    if n == 0:
        for name in TokenTable.__slots__:
            setattr(t, name, [])
        t._first = [0]
        t.doc_text = ""
        return t
    arr = doc.to_array(_ATTRS)  # uint64: hashes as they are, offsets wrapped
    cols = arr[:, :6].T.tolist()
    store = doc.vocab.strings
    t.text = _strings(cols[0], store)
    t.lower = list(map(str.lower, t.text))
    t.pos = _strings(cols[1], store)
    t.tag = _strings(cols[2], store)
    t.dep = _strings(cols[3], store)
    t.ent_iob = list(map(_IOB.__getitem__, cols[4]))
    t.ent_type = _strings(cols[5], store)
    signed = arr[:, 6:].astype(numpy.int64)
    pos = numpy.arange(n, dtype=numpy.int64)
    head = signed[:, 0] + pos
    t.head = head.tolist()
    t.idx = signed[:, 1].tolist()
    t.sent_start = (signed[:, 2] == 1).tolist()
    t.doc_text = "".join(map(add, t.text, map(_WS.__getitem__, signed[:, 3].tolist())))
    # children as one flat list sorted by head (stable: text order), roots left out
    key = numpy.where(head == pos, n, head)
    t._order = numpy.argsort(key, kind="stable").tolist()
    t._first = [0, *numpy.cumsum(numpy.bincount(key, minlength=n + 1)[:n]).tolist()]
    return t
