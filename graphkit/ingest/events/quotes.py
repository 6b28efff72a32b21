"""Quotes: words attributed to an actor ("X said ...", "X told reporters", quoted speech).

PLOVER does not code statements as events; graphkit keeps them as :class:`Quote` records on
the speaker (the pipeline attaches them). The quoted text is the part of the sentence in
quotation marks when there is one, else the reported clause ("said that ...").

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.models import Article
>>> words = ["Kerry", "said", "talks", "continue", "."]
>>> doc = Doc(Vocab(), words=words, spaces=[True, True, True, False, False],
...           heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
...           lemmas=["Kerry", "say", "talk", "continue", "."])
>>> class Layer:
...     def at(self, i):
...         return "kerry" if i == 0 else None
>>> [(q.speaker, q.text) for q in find_quotes(doc, Article(id="a", text=doc.text), Layer())]
[('kerry', 'talks continue')]
"""
from __future__ import annotations

import re

from spacy.attrs import IDX, ORTH

from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.scan import words
from graphkit.ingest.words import word_list
from graphkit.models import Article, Quote

__all__ = ["QUOTE_VERBS", "doc_text", "find_quotes", "quoted_spans", "verbs_among"]

#: Verbs that attribute words to their subject.
QUOTE_VERBS = word_list("reporting_verbs")
_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]|``(.{3,}?)''")


def quoted_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character spans (without the marks) of the quoted passages of ``text``.

    Examples
    --------
    >>> quoted_spans('He said "we are ready" and left.')
    [(9, 21)]
    """
    out = []
    for m in _QUOTED.finditer(text):
        g = 1 if m.group(1) is not None else 2
        out.append((offset + m.start(g), offset + m.end(g)))
    return out


def _clip_title(text: str, start: int, end: int, verb: int) -> tuple[int, int]:
    """Keep a reported clause on the verb's side of a headline line break.

    A first line without final punctuation is a headline ("U.S. Says Gaps Remain as Kerry
    Presses Gaza Truce"); the parser may run it into the first sentence.
    """
    brk = text.find("\n", 0, end)
    if brk < 0 or brk < start or text[:brk].rstrip()[-1:] in ".!?\"'”":
        return start, end
    if "\n" in text[:brk]:  # not the first line
        return start, end
    return (start, brk) if verb < brk else (brk + 1, end)


def _verb_form(tok) -> str:
    return tok.lemma_.lower() or tok.text.lower()


def verbs_among(doc, lemmas) -> list[int]:
    """Indices of the verbs (or untagged tokens) of ``doc`` whose lowercased lemma is in ``lemmas``.

    Reads the token attributes as arrays, so no Token object is made for the other words.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["He", "said", "no"], lemmas=["he", "say", "no"],
    ...           pos=["PRON", "VERB", "INTJ"])
    >>> verbs_among(doc, {"say", "no"})
    [1]
    """
    w = words(doc)
    return [i for i, (pos, lemma) in enumerate(zip(w.pos, w.lemma, strict=True))
            if (pos == "VERB" or not pos) and lemma in lemmas]


def doc_text(doc, article: Article) -> str:
    """``doc.text`` without rebuilding it token by token: the article's text when ``doc`` was
    parsed from it (same length, every token at its offset), else ``doc.text``.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Kerry", "met", "Abbas"])
    >>> art = Article(id="a", text="Kerry met Abbas ")
    >>> doc_text(doc, art) is art.text
    True
    >>> doc_text(doc, Article(id="a", text="Kerry saw Abbas "))
    'Kerry met Abbas '
    """
    text = article.text
    n = len(doc)
    if not n or not text:
        return doc.text
    last = doc[-1]
    if len(text) == last.idx + len(last.text_with_ws):
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, IDX]).tolist()
        if all(text.startswith(strings[rows[k][0]], rows[k][1]) for k in range(0, n, max(1, n // 32))):
            return text
    return doc.text


def find_quotes(doc, article: Article, layer, text: str | None = None) -> list[Quote]:
    """The quotes of ``doc`` with their speakers (local actor ids); unattributed ones are left out.

    ``text`` is ``doc.text`` when the caller has it already (see :func:`doc_text`).
    """
    quotes: list[Quote] = []
    text = doc_text(doc, article) if text is None else text
    sent_start = None
    for i in verbs_among(doc, QUOTE_VERBS):
        tok = doc[i]
        sent = tok.sent
        if sent.start != sent_start:
            sent_start, spans = sent.start, None
        speakers = subject_actors(tok, layer)
        if not speakers:
            continue
        if spans is None:
            spans = quoted_spans(text[sent.start_char:sent.end_char], sent.start_char)
        found = list(spans)
        if not found:
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is None:
                continue
            right = comp.right_edge.i  # once, not per token of the subtree
            sub = [t for t in comp.subtree if not t.is_punct or t.i < right]
            if not sub:  # a clause of punctuation only
                continue
            start = min(t.idx for t in sub)
            first = doc[min(t.i for t in sub)]
            if first.dep_ == "mark" and first.i < comp.i:  # "said that ..." -> drop "that"
                start = doc[first.i + 1].idx
            end = max(t.idx + len(t.text) for t in sub)
            found = [_clip_title(text, start, end, tok.idx)]
        for start, end in found:
            quotes.append(Quote(article=article.id, start=start, end=end, text=text[start:end],
                                speaker=speakers[0]))
        spans = []  # quoted passages go to the first speaker verb of the sentence
    return quotes
