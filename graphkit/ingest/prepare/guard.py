"""Article checks before the parse: text that cannot be analysed, other languages, huge texts.

Two functions for the pipeline:

- :func:`check_article` returns the :class:`~graphkit.models.Problem` records of one article
  (empty text, a text over the size limits of :mod:`graphkit.ingest.read.limits`, undecodable
  text, a language other than English). A ``fatal`` problem means
  the article is skipped; a non-fatal one is a caveat reported with the result.
- :func:`split_text` cuts a huge text into chunks at paragraph, then sentence, then word
  boundaries, with each chunk's start offset, so a 1 MB article is parsed in bounded memory.

The language check is a cheap heuristic (no model, no download): the share of letters in a
non-Latin script, then counts of the commonest function words of English and a dozen other
languages in a sample of the text. It needs positive evidence of another language, so
English text with few function words (tables, lists of figures) is not flagged.

Examples
--------
>>> detect_language("The minister said on Monday that the talks with the rebels would go on.")
'en'
>>> detect_language("Der Minister sagte am Montag, dass die Gespräche mit den Rebellen "
...                 "auch nach dem Ende der Woche weitergehen.")
'de'
>>> detect_language("Министр заявил в понедельник, что переговоры продолжатся.")
'Cyrillic script'
>>> [(start, len(chunk)) for start, chunk in split_text("One.\\n\\nTwo.\\n\\nThree.", 8)]
[(0, 6), (6, 6), (12, 6)]
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graphkit.ingest.read.limits import MAX_ARTICLE_CHARS, MAX_ARTICLE_WORDS, too_big
from graphkit.ingest.words import word_list
from graphkit.models import Article, Problem

__all__ = [
    "MAX_CHARS", "SAMPLE_CHARS", "check_article", "detect_language", "split_text",
    "LANGUAGE_NAMES",
]

#: Default chunk size for :func:`split_text`. spaCy's own limit is 1,000,000 characters, but its
#: memory grows with the characters in a batch (about 1 GB for 300,000 with the small English
#: model, measured): chunks the size of a long news article keep a huge text's batches as
#: light as a batch of ordinary articles. No article of the development corpora is this long.
MAX_CHARS = 10_000
#: How much of an article the checks look at (the start, where the lede is).
SAMPLE_CHARS = 10_000

#: Names used in messages for the language codes :func:`detect_language` returns.
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish/Norwegian", "pl": "Polish",
    "tr": "Turkish", "id": "Indonesian/Malay", "ro": "Romanian", "cs": "Czech/Slovak",
}

# The commonest function words of each language: data/words/function_words_<code>.txt. Words that
# are also common English words ("a", "in", "is", "die", "to", ...; data/words/english_common.txt)
# are removed from the other lists at load time, so English text does not score for them.


_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_ANY_WORD = re.compile(r"\w+")
_BAD = re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages it belongs to."""
    english = word_list("function_words_en")
    index: dict[str, list[str]] = {w: ["en"] for w in english}
    for lang in LANGUAGE_NAMES:
        if lang != "en":
            # one-letter words also come from English text cut at apostrophes and digits ("Israel's", "w1")
            for w in word_list(f"function_words_{lang}") - english - word_list("english_common"):
                if len(w) > 1:
                    index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "unknown"
    first = name.split()[0]
    return {"CJK": "Han", "HIRAGANA": "Japanese", "KATAKANA": "Japanese"}.get(first, first.title())


def detect_language(text: str, sample: int = SAMPLE_CHARS) -> str | None:
    """Guess the language of ``text`` cheaply; None when there is too little evidence.

    Parameters
    ----------
    text : str
        The article text; only its first ``sample`` characters are looked at.
    sample : int
        Characters examined.

    Returns
    -------
    str or None
        ``"en"``; another code of :data:`LANGUAGE_NAMES`; ``"<Name> script"`` when most
        letters are in a non-Latin script; or None when undecidable (few words, or few
        function words of any language, as in tables of figures).

    Examples
    --------
    >>> detect_language("Le ministre a déclaré lundi que les négociations avec les rebelles se poursuivront.")
    'fr'
    >>> detect_language("Shr 1.20 dlrs vs 1.10 dlrs Net 5.5 mln vs 4.9 mln Revs 120 mln vs 110 mln") is None
    True
    >>> detect_language("新华社北京电 外交部发言人表示，会谈将继续进行。")
    'Han script'
    """
    head = text[:sample]
    tokens = _WORD.findall(head)
    letters = sum(map(len, tokens))
    if letters < 20:
        return None
    foreign = _NON_LATIN.findall(head)
    if len(foreign) > letters / 2:
        counts: dict[str, int] = {}
        for ch in foreign:
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
        return f"{max(counts, key=counts.__getitem__)} script"
    # Function words are lower case; capitalised words (names, headings, table columns) are not.
    words = [w for w in tokens if w.islower()]
    if len(words) < 8:
        return None
    lex = _lexicon()
    hits = dict.fromkeys(LANGUAGE_NAMES, 0)
    for w in words:
        for lang in lex.get(w, ()):
            hits[lang] += 1
    english = hits.pop("en")
    other, best = max(hits.items(), key=lambda kv: kv[1])
    if best >= 3 and best >= 0.08 * len(words) and best > 2 * english:
        return other
    if english >= 2 and english >= 0.05 * len(words):
        return "en"
    return None


def _language_name(code: str) -> str:
    return code if code.endswith(" script") else LANGUAGE_NAMES.get(code, code)


def check_article(article: Article, non_english_fatal: bool = True) -> list[Problem]:
    """The problems of one article that make it impossible or unreliable to analyse.

    Parameters
    ----------
    article : Article
        The article as read.
    non_english_fatal : bool
        Whether text in another language is skipped (True: the English model would turn it
        into junk actors merged with real ones) or only warned about (False).

    Returns
    -------
    list of Problem
        Empty for a normal English article. ``source`` is the article's source (or id) and
        the id; ``fatal`` problems mean the article should be skipped.

    Examples
    --------
    >>> check_article(Article(id="a", text="Kerry met Netanyahu on Wednesday in Tel Aviv to discuss the truce."))
    []
    >>> [p.reason for p in check_article(Article(id="b", text="  \\n "))]
    ['empty article']
    >>> p, = check_article(Article(id="c", text="El ministro dijo el lunes que las negociaciones con los "
    ...                                           "rebeldes seguirán."))
    >>> p.reason, p.fatal
    ('not English (looks like Spanish); skipped', True)
    """
    source = _source(article)
    text = article.text
    if not text.strip():
        return [Problem(source=source, reason="empty article")]
    if len(text) > MAX_ARTICLE_CHARS:  # limits: graphkit.ingest.read.limits
        return [Problem(source=source, reason=too_big(len(text), MAX_ARTICLE_CHARS, "characters"))]
    words = sum(1 for _ in _ANY_WORD.finditer(text))
    if words > MAX_ARTICLE_WORDS:
        return [Problem(source=source, reason=too_big(words, MAX_ARTICLE_WORDS, "words"))]
    head = text[:SAMPLE_CHARS]
    bad = len(_BAD.findall(head))
    if bad > 0.3 * len(head.strip()):
        return [Problem(source=source, reason="text is mostly undecodable or control characters")]
    problems = []
    if not _LETTER.search(head) and not _LETTER.search(text[SAMPLE_CHARS:SAMPLE_CHARS * 10]):
        return [Problem(source=source, reason="no words in the text")]
    lang = detect_language(text)
    if lang is not None and lang != "en":
        what = _language_name(lang)
        if non_english_fatal:
            problems.append(Problem(source=source, reason=f"not English (looks like {what}); skipped"))
        else:
            problems.append(Problem(source=source, reason=f"not English (looks like {what}); results may be poor",
                                    fatal=False))
    return problems


def _source(article: Article) -> str:
    if article.source and article.source != article.id:
        return f"{article.source} ({article.id})"
    return article.id


_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _last_end(pattern: re.Pattern, text: str, lo: int, hi: int) -> int:
    """End of the last match of ``pattern`` ending in ``(lo, hi]``, else -1."""
    end = -1
    for m in pattern.finditer(text, lo, hi):
        if m.end() > lo:
            end = m.end()
    return end


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into chunks of at most ``max_chars`` characters, with their start offsets.

    Cuts fall after a paragraph break when there is one in the second half of the window,
    else after a sentence end, else after whitespace, else (one "word" longer than
    ``max_chars``) at ``max_chars``. The chunks are contiguous: joined they give ``text``
    back, and ``text[start:start + len(chunk)] == chunk`` for each. Linear in ``len(text)``.

    Parameters
    ----------
    text : str
        The article text.
    max_chars : int
        Largest chunk, at least 1.

    Returns
    -------
    list of (int, str)
        ``[(0, text)]`` when the text is short enough (also for an empty text).

    Examples
    --------
    >>> split_text("Short text.", 100)
    [(0, 'Short text.')]
    >>> split_text("First sentence. Second one. Third.", 20)
    [(0, 'First sentence. '), (16, 'Second one. Third.')]
    >>> split_text("abcdefghij", 4)
    [(0, 'abcd'), (4, 'efgh'), (8, 'ij')]
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    n = len(text)
    if n <= max_chars:
        return [(0, text)]
    chunks = []
    pos = 0
    while n - pos > max_chars:
        hi = pos + max_chars
        half = pos + max_chars // 2
        cut = _last_end(_PARAGRAPH, text, half, hi)
        if cut <= pos:
            cut = _last_end(_SENTENCE, text, pos, hi)
        if cut <= pos:
            cut = _last_end(_PARAGRAPH, text, pos, hi)
        if cut <= pos:
            cut = _last_end(_SPACE, text, pos, hi)
        if cut <= pos:
            cut = hi
        chunks.append((pos, text[pos:cut]))
        pos = cut
    chunks.append((pos, text[pos:]))
    return chunks
