"""Sentences that are wholly quotation: a speaker's words stand between quotation marks.

A sentence made only of quoted words ("'We will win.'") continues the speech of the last speaker;
coreference (:mod:`graphkit.ingest.actors.coref`) does not let it put that speaker out of pronoun reach.

A quotation runs over a paragraph's end only the way the wires write it: the next paragraph opens
with a quotation mark again. A mark left open at a paragraph's end with no such sequel (a typo, a
mark lost) closes there, or every later sentence of the article would count as quoted.
"""
from __future__ import annotations

from graphkit.ingest.prepare.tokentable import token_table

__all__ = ["QUOTE_MARKS", "quoted_only_sentences"]

QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def quoted_only_sentences(doc, t=None) -> set[int]:
    """Start indices of the sentences of ``doc`` whose words are all between quotation marks. A
    straight mark opens a quotation when no letter, digit or sentence punctuation precedes it, and
    closes one otherwise; a quotation stays open across sentences until it is closed, and across a
    paragraph break (a line break) only into a paragraph that opens with a quotation mark.

    ``t`` is the :func:`~graphkit.ingest.prepare.tokentable.token_table` of ``doc`` if the caller
    has it.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["He", "left", ".", '"', "No", ".", '"'],
    ...           sent_starts=[True, False, False, True, False, False, False])
    >>> sorted(quoted_only_sentences(doc))
    [3]
    >>> doc = Doc(Vocab(), words=['"', "No", ".", "\\n", "He", "left", ".", "\\n", '"', "Yes", "."],
    ...           sent_starts=[True, False, False, False, True, False, False, False, True, False, False])
    >>> sorted(quoted_only_sentences(doc))  # the mark left open closes at the paragraph's end
    [0, 8]
    """
    if not doc.has_annotation("SENT_START"):
        return set()
    t = token_table(doc) if t is None else t
    text, words, idx, sent_start = t.doc_text, t.text, t.idx, t.sent_start
    out: set[int] = set()
    is_open = False
    start, only, seen_word = 0, True, False
    new_paragraph = False
    for i, word in enumerate(words):
        if i and sent_start[i]:
            if only and seen_word:
                out.add(start)
            start, only, seen_word = i, True, False
        if "\n" in word and not word.strip():
            new_paragraph = True
            continue
        if new_paragraph and word.strip():
            is_open = is_open and word in QUOTE_MARKS
            new_paragraph = False
        if word in QUOTE_MARKS:
            at = idx[i]
            ch = text[at]
            is_open = ch in "“`" or (ch not in "”'" and (at == 0 or not (
                text[at - 1].isalnum() or text[at - 1] in ".,!?;:%)")))
        elif any(ch.isalnum() for ch in word):
            seen_word = True
            only = only and is_open
    if words and only and seen_word:
        out.add(start)
    return out
