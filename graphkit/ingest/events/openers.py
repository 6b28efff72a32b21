"""Quotations attributed at their end: the sentences a quotation opens with are the speaker's too.

News often quotes several sentences and names the speaker only after the last of them:
``"We condemn the United States for this aggression. We will never accept it," the minister
said.`` The quotation opens in the first sentence and closes in the attributed one; every sentence
in between, and the one that opens it, are the speaker's words, so "we" there is the speaker, as
in a quotation continued after its attribution
(:func:`graphkit.ingest.events.speech.continued_speakers`, which reads the sentences after it).

An attributed sentence whose first quotation mark closes a quotation (a straight mark after a
letter or punctuation, or a closing curly mark) continues one opened before it. Going back from
it, a sentence with no quotation mark is inside the quotation, and the sentence whose last mark
opens it is where it starts; a sentence whose last mark closes a quotation ends the search, as
does the reach (:data:`_REACH` sentences).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.models import Quote
>>> words = ['"', "We", "condemn", "it", ".", "We", "reject", "it", ",", '"', "Ali", "said", "."]
>>> spaces = [False, True, True, False, True, True, True, False, False, True, True, False, False]
>>> doc = Doc(Vocab(), words=words, spaces=spaces, sent_starts=[1] + [0] * 4 + [1] + [0] * 7)
>>> q = Quote(article="a", start=doc[5].idx, end=doc[7].idx + 2, text="We reject it", speaker="ali")
>>> leading_speakers(doc, doc.text, [q])
{0: 'ali'}
"""
from __future__ import annotations

__all__ = ["leading_speakers"]

#: Quotation marks (a straight mark opens or closes by what precedes it).
_MARKS = frozenset('"“”')
#: How many sentences before the attributed one a quotation may open.
_REACH = 4


def _opens(text: str, idx: int) -> bool:
    """Whether the quotation mark at ``text[idx]`` opens a quotation."""
    ch = text[idx]
    if ch in "“”":
        return ch == "“"
    return idx == 0 or not (text[idx - 1].isalnum() or text[idx - 1] in ".,!?;:%)")


def _marks(text: str, start: int, end: int) -> list[int]:
    return [k for k in range(start, end) if text[k] in _MARKS]


def leading_speakers(doc, text: str, quotes) -> dict[int, str]:
    """Sentence start index -> speaker, for the sentences a quotation attributed at its end opens
    with (see the module). ``text`` is the parsed text, ``quotes`` the attributed quotes."""
    try:
        sents = list(doc.sents)
    except ValueError:  # no sentence boundaries
        return {}
    first_char = [s.start_char for s in sents]
    out: dict[int, str] = {}
    for q in quotes:
        if not q.speaker:
            continue
        n = max((k for k, c in enumerate(first_char) if c <= q.start), default=None)
        if n is None:
            continue
        marks = _marks(text, sents[n].start_char, sents[n].end_char)
        if not marks or _opens(text, marks[0]) or marks[0] < q.start:
            continue  # the quotation opens in the attributed sentence itself
        for k in range(n - 1, max(-1, n - 1 - _REACH), -1):
            before = _marks(text, sents[k].start_char, sents[k].end_char)
            if before and not _opens(text, before[-1]):
                break  # a quotation closed there: not this one
            out.setdefault(sents[k].start, q.speaker)
            if before:
                break  # the sentence that opens the quotation
    return out
