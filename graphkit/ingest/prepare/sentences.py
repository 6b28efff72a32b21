"""Sentence breaks the text's layout makes certain, set before spaCy parses.

News text carries structure that spaCy's parser does not see: a headline line with no full
stop, a dateline ("NAIROBI, Kenya (AP) _"), paragraphs separated by a blank line or by a line
break plus indentation. Left alone, the parser glues a headline or dateline onto the first
sentence, which then gets the wrong subject and the wrong time expressions. A single line
break is *not* a break: wire copy wraps lines in mid-sentence.

:func:`tokenize` tokenises a text and marks those breaks (``is_sent_start``); the parser
respects them, so every later stage sees the corrected sentences.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = tokenize(nlp, "Kerry Presses Gaza Truce\\nKerry worked the phones on\\nThursday.",
...                title="Kerry Presses Gaza Truce")
>>> [t.text for t in doc if t.is_sent_start]
['Kerry', 'Kerry']
>>> doc = tokenize(nlp, "NAIROBI (AP) _\\n\\nBombs exploded.\\n    Dozens died.")
>>> [t.text for t in doc if t.is_sent_start]
['NAIROBI', 'Bombs', 'Dozens']
"""
from __future__ import annotations

import re

from graphkit.ingest.prepare.casing import lemma_table, lemma_words, uncap_after_abbreviations, uncap_before_names
from graphkit.ingest.prepare.layout import dateline_ends, unwrap
from graphkit.ingest.prepare.marks import split_glued_marks
from graphkit.ingest.prepare.prefixes import join_re_prefix
from graphkit.ingest.prepare.truecase import pos_lemmas, restore_capitals

__all__ = ["tokenize"]

#: A blank line, a line break then indentation, or a line break after the title: what follows
#: starts a sentence (its end is where the next token begins).
_BREAK = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+")


def tokenize(nlp, text: str, title: str | None = None):
    """``nlp.make_doc(text)`` with sentence starts after paragraph breaks and after the title line.

    The title line counts only when ``text`` begins with ``title`` followed by a line break
    (how text files and many records carry their headline).
    """
    prepared = uncap_after_abbreviations(unwrap(text), *lemma_words(nlp))  # "U.S. Attacks on"
    prepared = uncap_before_names(prepared, lemma_words(nlp)[0])  # "the U.S. And Japan"
    doc = nlp.make_doc(restore_capitals(prepared, pos_lemmas(nlp)))  # "iranian foreign minister ali akbar velayati"
    doc = split_glued_marks(doc)  # '"... the other way,"Carlucci said'
    doc = join_re_prefix(doc, (lemma_table(nlp, "lemma_index") or {}).get("verb", ()))  # "re-imposed"
    starts = [m.end() for m in _BREAK.finditer(text)]
    datelines = dateline_ends(text)  # "MANILA - Rebels said": the item starts after its dateline
    for at in datelines:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is not None and span.end < len(doc) and not doc[span.end].is_space:
            doc[span.end].is_sent_start = False  # "BONN - West German Chancellor ...": no one-word sentence
    starts += datelines
    if title and text.startswith(title) and text[len(title):len(title) + 1] == "\n":
        starts.append(len(title) + 1)
    for at in starts:
        span = doc.char_span(at, at + 1, alignment_mode="expand") if at < len(text) else None
        if span is not None and span.start > 0 and not span[0].is_space:
            span[0].is_sent_start = True
    return doc
