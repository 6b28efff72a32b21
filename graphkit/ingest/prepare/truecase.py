"""Capitals given back to the names of a sentence a wire wrote in lower case.

Some wire copy reaches the archive in lower case, a sentence or a paragraph at a time: "iranian
foreign minister ali akbar velayati, here on a two-day official visit, informed cuban foreign
ministry officials on monday", "Then president jose lopez portillo nationalised the banks". The
model finds no name in them. In a sentence that is mostly in lower case (no more than one word in
eight after its first written with a capital) and shows it by writing a name in lower case,
:func:`restore_capitals` gives a capital back to:

- the country names, demonyms and national capitals of the gazetteers ("cuban", "iran", "tehran",
  "soviet union"), unless WordNet lists the word in lower case as a common word as well ("turkey",
  "polish", "male": ``place_common_words``);
- the days of the week and the months that are no common words ("monday", "january"; not "may");
- a title in lower case ("foreign minister", "president"; no adjective: "major", "official") and the
  words after it up to the first word that is no name: punctuation, a function or stop word, a title
  word, a verb, adjective or adverb of the model's lemma index ("velayati, here", "portillo
  nationalised"). English writes the name of a title's holder right after the title. A name of two
  words or more so found shows the sentence needs its capitals; one word does not, but is restored
  with the others.

The text keeps its length and offsets: only the case of first letters changes.

Examples
--------
>>> lemmas = {"verb": {"inform", "nationalise", "met"}, "adj": {"official", "two-day"}, "adv": {"here", "then"}}
>>> restore_capitals("Then president jose lopez portillo nationalised the banks in 1982.", lemmas)
'Then President Jose Lopez Portillo nationalised the banks in 1982.'
>>> restore_capitals("iranian foreign minister ali akbar velayati, here on a visit, informed cuban "
...                  "officials on monday.", lemmas)
'Iranian Foreign Minister Ali Akbar Velayati, here on a visit, informed Cuban officials on Monday.'
>>> restore_capitals("The president met the chief of staff in turkey on Monday.", lemmas)
'The president met the chief of staff in turkey on Monday.'
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from graphkit.ingest.actors.gazetteer import country_code, demonym_code, people_code
from graphkit.ingest.actors.places import capital_country
from graphkit.ingest.actors.titles import TITLE_MODIFIERS, is_title_head, is_title_word
from graphkit.ingest.prepare.casing import base_forms, lemma_table
from graphkit.ingest.words import word_list

__all__ = ["restore_capitals", "pos_lemmas"]

#: Between sentences: a full stop, question or exclamation mark before a space, or a paragraph's break.
_BETWEEN = re.compile(r"(?<=[.!?])\s+|\n[ \t]*\n\s*|\n[ \t]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
#: Calendar names that are no common words (not "may", "march", "august").
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february april june
july september october november december""".split())
#: Compass words: before a demonym they make another ("south american" is no American).
_COMPASS = frozenset("north south east west central northern southern eastern western latin".split())
#: Most words after the first that a mostly lower-case sentence writes with a capital, per word.
MAX_CAPITALS = 1 / 8
#: Fewest words a sentence needs for its case to be judged.
MIN_WORDS = 6
#: Longest name taken after a title, in words.
MAX_NAME = 4


@lru_cache(maxsize=1)
def _closed() -> frozenset[str]:
    return frozenset(word_list("function_words_en") | word_list("modals") | word_list("english_common"))


def _place(words: list[str]) -> bool:
    """Whether lower-case ``words`` are a country, a demonym or a capital no common word spells."""
    text = " ".join(words)
    if words[0] in _closed():
        return False  # "the soviet union": the country's name starts after "the"
    if len(words) == 1 and (len(text) < 3 or text in word_list("place_common_words")):
        return False  # "us", "turkey"
    return bool(country_code(text) or demonym_code(text) or people_code(text) or capital_country(text))


def _name_word(word: str, lemmas: Mapping[str, Collection[str]]) -> bool:
    """Whether a lower-case word after a title may be a word of the holder's name."""
    w = word.lower()
    if not word.islower() or w in _closed() or w in lemmas.get("stop", ()) or is_title_word(w) \
            or w in _CALENDAR or len(w) < 2:
        return False
    bases = [w, *_bases(w)]
    return not any(b in lemmas.get(pos, ()) for b in bases for pos in ("verb", "adj", "adv"))


def _bases(word: str) -> list[str]:
    """The base forms an inflected word may have ("nationalised" nationalise, "pledges" pledge)."""
    out = base_forms(word)
    if word.endswith("ing") and len(word) > 5:
        out += [word[:-3], word[:-3] + "e"]
    return out


def _sentence_caps(words: list[re.Match], lemmas: Mapping[str, Collection[str]]) -> list[int]:
    """Offsets of the first letters to capitalise, if the sentence is one to restore."""
    low = [m.group().lower() for m in words]
    caps: list[int] = []
    evidence = False
    k = 0
    while k < len(words):
        w = words[k].group()
        if w.islower():
            for size in (3, 2, 1):  # "soviet union", "saudi arabia", "cuban"
                if k + size <= len(words) and all(words[j].group().islower() for j in range(k, k + size)) \
                        and _place(low[k:k + size]) and not (k > 0 and low[k - 1] in _COMPASS):
                    caps += [words[j].start() for j in range(k, k + size)]
                    evidence, k = True, k + size
                    break
            else:
                if low[k] in _CALENDAR:
                    caps.append(words[k].start())
                    evidence = True
                k += 1
            continue
        k += 1
    evidence = _titled_names(words, low, lemmas, caps) or evidence
    return caps if evidence else []


def _titled_names(words: list[re.Match], low: list[str], lemmas, caps: list[int]) -> bool:
    """Add the first letters of lower-case titles followed by a name and of that name to ``caps``;
    whether there was one."""
    found = False
    for k, w in enumerate(low):
        if not (is_title_head(w) and words[k].group().islower()) or k + 1 >= len(words) \
                or w in lemmas.get("adj", ()) or w in TITLE_MODIFIERS:
            continue  # "other major currencies", "official": an adjective, no title
        e = k + 1
        while e < len(words) and e - k <= MAX_NAME and _name_word(words[e].group(), lemmas) \
                and words[e].start() - words[e - 1].end() == 1:  # one space: no comma, no stop between
            e += 1
        if e == k + 1:
            continue
        s = k
        while s > 0 and is_title_word(low[s - 1]) and words[s].start() - words[s - 1].end() == 1:
            s -= 1  # "foreign minister"
        caps += [words[j].start() for j in range(s, e) if words[j].group().islower()]
        found = found or e - k > 2  # one word after a title is too little to judge a sentence by
    return found


def restore_capitals(text: str, lemmas: Mapping[str, Collection[str]]) -> str:
    """``text`` with capitals given back to the names of its mostly lower-case sentences (see the
    module). ``lemmas`` maps "verb", "adj" and "adv" to the base forms the model's lemma index lists
    and "stop" to the language's stop words (:func:`pos_lemmas`)."""
    chars = None
    for start, end in _sentences(text):
        words = list(_WORD.finditer(text, start, end))
        if len(words) < MIN_WORDS:
            continue
        capitals = sum(1 for m in words[1:] if not m.group().islower())
        if capitals > MAX_CAPITALS * (len(words) - 1):
            continue
        for at in _sentence_caps(words, lemmas):
            chars = chars or list(text)
            chars[at] = chars[at].upper()
    return "".join(chars) if chars else text


def _sentences(text: str):
    """(start, end) character offsets of the sentences of ``text`` (see :data:`_BETWEEN`)."""
    start = 0
    for m in _BETWEEN.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


@lru_cache(maxsize=4)
def pos_lemmas(nlp) -> dict[str, frozenset[str]]:
    """The base forms of verbs, adjectives and adverbs in the model's lemma index, with their irregular
    forms ("met", "better"), and the language's stop words ("stop": "because", "us"); empty when the
    model has no lemma index."""
    index, irregular = lemma_table(nlp, "lemma_index"), lemma_table(nlp, "lemma_exc")
    if index is None or irregular is None:
        return {}
    out = {pos: index[pos] | irregular[pos] for pos in ("verb", "adj", "adv")}
    out["stop"] = frozenset(getattr(nlp.Defaults, "stop_words", ()))
    return out
