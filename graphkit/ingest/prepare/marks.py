"""Quotation marks a wire glued to the next word, made tokens of their own before spaCy reads them.

Wire copy sometimes loses the space after a quotation's closing mark or before its opening one:
``"They tend to go the other way,"Carlucci said``, ``"Yes."He left``, ``said,"From here``. The
tokenizer then keeps ``direction,"Carlucci`` or ``"He`` as one word: the speaker is lost to the parser,
and every count of quotation marks (which words are quoted, whether a quotation is still open) is
off for the rest of the sentence or the article. A mark between a clause's punctuation and a letter
or digit is always a quotation's edge (an apostrophe typed as a mark stands between two letters:
``Japan"s``), so :func:`split_glued_marks` makes that mark, and the punctuation before it, tokens of
their own. The text is not changed: only token boundaries are added (a new, unparsed Doc).

Examples
--------
>>> import spacy
>>> doc = split_glued_marks(spacy.blank("en").make_doc('"No,"Carlucci said. "Yes."He left.'))
>>> [t.text for t in doc][:6], [t.text for t in doc][-4:]
(['"', 'No', ',', '"', 'Carlucci', 'said'], ['"', 'He', 'left', '.'])
"""
from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["MARKS", "PUNCTUATION", "split_glued_marks"]

#: Double quotation marks (an apostrophe or single mark is left alone: it is also a possessive).
MARKS = frozenset('"“”')
#: Punctuation that ends a clause or a quotation's words, before a closing mark.
PUNCTUATION = frozenset(",.!?:;")


def _cuts(token, doc_text: str) -> list[int]:
    """Offsets inside ``token``'s text where a glued mark (and the punctuation before it) is cut off;
    ``doc_text`` is the text of the token's Doc (made once: ``Doc.text`` joins every token anew)."""
    text, at = token.text, token.idx
    if MARKS.isdisjoint(text):
        return []
    cuts: set[int] = set()
    for k, ch in enumerate(text):
        pos = at + k
        if ch not in MARKS or pos == 0 or pos + 1 >= len(doc_text):
            continue
        if doc_text[pos - 1] in PUNCTUATION and doc_text[pos + 1].isalnum():
            cuts.update({k, k + 1})
            if k >= 2 and text[k - 2].isalnum() and not (text[k - 1] == "." and "." in text[:k - 1]):
                cuts.add(k - 1)  # "direction," is cut from its comma too; "U.S." keeps its stop
    return sorted(c for c in cuts if 0 < c < len(text))


def split_glued_marks(doc):
    """``doc`` (tokenized, not yet parsed) with every glued quotation mark a token of its own.

    Examples
    --------
    >>> import spacy
    >>> doc = split_glued_marks(spacy.blank("en").make_doc('Japan"s view,"she said'))
    >>> [t.text for t in doc]
    ['Japan"s', 'view', ',', '"', 'she', 'said']
    """
    doc_text = doc.text
    cut = {token.i: c for token in doc if (c := _cuts(token, doc_text))}
    if not cut:
        return doc
    words: list[str] = []
    spaces: list[bool] = []
    norms: list[str | None] = []
    for token in doc:
        bounds = [0, *cut.get(token.i, []), len(token.text)]
        pieces = [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        words += pieces
        spaces += [False] * (len(pieces) - 1) + [bool(token.whitespace_)]
        norms += [token.norm_] if len(pieces) == 1 else [None] * len(pieces)  # "n't" keeps its norm "not"
    out = Doc(doc.vocab, words=words, spaces=spaces)
    for token, norm in zip(out, norms, strict=True):
        if norm is not None:
            token.norm_ = norm
    return out
