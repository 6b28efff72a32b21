"""Words a wire capitalised after an abbreviation, given back their lower case before spaCy reads them.

Some wire archives (Reuters-21578 among them) capitalise the word after every full stop, also after
the stop of an abbreviation: "after U.S. Attacks on its platforms", "U.S. Warships shelled", "the U.K.
Should join", "to the U.S. Earlier this month". The model then reads "U.S. Attacks" as the name of an
organisation and "Warships" as a proper noun, and loses the verb or the event noun. A name that follows a
country's abbreviation is written as a name wherever it stands ("U.S. Steel", "U.S. Navy", "U.S. Trade
Representative"), so only words that are never names are given back their lower case
(:func:`uncap_after_abbreviations`):

- the word follows a dotted abbreviation of a country ("U.S.", "U.K.", "N.Z.") and the next word is in
  lower case (a name goes on with capitals: "U.S. Trade Representative Clayton Yeutter");
- it is a function word or modal ("Should", "May", "Earlier" is an adverb the model's lemma index lists
  only as such), or an inflected form (plural, past, third person) of a word the model's lemma index
  knows ("Attacks", "Warships", "Raids", "Attacked"); a singular noun only before a function word ("U.S.
  Attack on"), or after a determiner when it names an act or a state ("the U.S. Action have": "-tion",
  "-ment", "-ance"...): it may be a company's name ("U.S. Steel said") and is left alone before a verb;
- it is no determiner or pronoun, which open the next sentence ("visited the U.S. The sources said"),
  no body or office noun and no title word ("U.S. Senate on Tuesday", "U.S. Courts", "U.S.
  Secretary of State" stay as written).

Two more places show the wire's capital, not a name (:func:`uncap_before_names`): a coordinator
between two names ("the U.S. And Japan": no name goes on with "And"), and an inflected word between the
abbreviation and a country's name ("the U.S. Criticised Japan's policy", "U.S. Wants Japan to act": a
name after a country's abbreviation never goes on with another country's name); the same inflected word
before a clause's punctuation ("threatened U.S. Reprisals.") names no body either.

The text keeps its length and offsets: only the case of one letter changes.

Examples
--------
>>> restore = lambda text: uncap_after_abbreviations(text, {"attack", "warship", "steel", "join"}, {"earlier"})
>>> restore("after U.S. Attacks on its platforms, U.S. Warships shelled one")
'after U.S. attacks on its platforms, U.S. warships shelled one'
>>> restore("the U.K. Should join, U.S. Earlier this month, U.S. Steel said")
'the U.K. should join, U.S. earlier this month, U.S. Steel said'
>>> restore("U.S. Attacks Iran. The U.S. Navy attacks")
'U.S. Attacks Iran. The U.S. Navy attacks'
>>> uncap_after_abbreviations("of the U.S. Action have all, U.S. Action said", {"action"})
'of the U.S. action have all, U.S. Action said'
>>> uncap_before_names("the U.S. And Japan, the U.S. Criticised Japan's, U.S. Appeals Court", {"criticise", "appeal"})
"the U.S. and Japan, the U.S. criticised Japan's, U.S. Appeals Court"
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from graphkit.ingest.actors.gazetteer import country_code
from graphkit.ingest.actors.noise import is_bare_description
from graphkit.ingest.actors.titles import is_title_word
from graphkit.ingest.words import word_list

__all__ = ["uncap_after_abbreviations", "uncap_before_names", "lemma_table", "lemma_words", "base_forms"]

#: A dotted abbreviation, a capitalised word, and the first letter of the next word.
_GAP = r"(?:[ \t]+|[ \t]*\n(?![ \t\n]))"  # a space or a wrapped line; not a paragraph's break ("\n    ")
_AFTER = re.compile(rf"(?<![\w.])((?:[A-Z]\.){{2,3}}){_GAP}([A-Z][a-z]+)(?={_GAP}([a-z]+))")
#: A dotted abbreviation and a capitalised word before a capitalised word or a clause's punctuation.
_BEFORE = re.compile(rf"(?<![\w.])((?:[A-Z]\.){{2,3}}){_GAP}([A-Z][a-z]+)(?=(?:{_GAP}([A-Z][\w-]*)|[,;:]|\.\s))")
#: Coordinators, which join two names and are never part of one ("the U.S. And Japan").
_COORDINATORS = frozenset({"and", "or", "nor"})
#: Prepositions a common noun goes on with ("U.S. Attack on", "U.S. Support for"); a name goes on with its
#: verb or its next name ("U.S. Steel said", "U.S. Steel Corp").
_PREPOSITIONS = frozenset({"on", "of", "for", "against", "to", "with", "in", "by", "from", "at", "over", "into",
                           "toward", "towards", "between", "among"})
#: Determiners and pronouns: after "U.S." they open the next sentence ("visited the U.S. The sources said").
_OPENERS = frozenset({"the", "a", "an", "this", "these", "those", "he", "she", "it", "they", "we", "i", "there",
                      "his", "her", "its", "their", "our"})
#: Endings of nouns naming an act, a process or a state ("action", "involvement", "assistance",
#: "presence"): after "the U.S." such a noun is what the country does, never a firm's or a body's name
#: (bodies so ending, "Commission", "Federation", are body nouns and stay).
_ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")
#: A definite or demonstrative determiner right before the abbreviation ("the U.S. Action").
_DETERMINER = re.compile(r"(?<![\w])(?:the|this|that|any|its)[ \t]*\n?[ \t]*$", re.I)
#: Body and office nouns: a name's head even after a country's abbreviation ("U.S. Senate").
_BODIES = ("body_nouns", "organisation_nouns", "office_bodies")


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    return frozenset(word_list("function_words_en") | word_list("modals"))


@lru_cache(maxsize=1)
def _bodies() -> frozenset[str]:
    words = set().union(*(word_list(name) for name in _BODIES))
    return frozenset(words | {w + "s" for w in words} | {w[:-1] + "ies" for w in words if w.endswith("y")})


def base_forms(word: str) -> list[str]:
    """The base forms an inflected word may have ("attacks" attack, "raided" raid, "carries" carry)."""
    out = []
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    if word.endswith("ed"):
        out += [word[:-2], word[:-1]] + ([word[:-3]] if len(word) > 4 and word[-3] == word[-4] else [])
    return out


def _never_a_name(word: str, after: str, lemmas: Collection[str], plain: Collection[str], det: bool = False) -> bool:
    w = word.lower()
    if w in _bodies() or is_title_word(w) or w in _OPENERS:
        return False  # "U.S. Senate on", "U.S. Secretary of State", "U.S. Officials" (a title word)
    if w in _closed_words() or w in plain or (w in lemmas and after in _PREPOSITIONS):
        return True  # "U.S. Attack on": a name goes on with its verb or its next name ("U.S. Steel said")
    if det and w in lemmas and w.endswith(_ACT_SUFFIXES) and not is_bare_description(w):  # "Administration"
        return True  # "the U.S. Action have": a noun of an act or a state after "the", no firm's name
    return w not in lemmas and any(b in lemmas for b in base_forms(w))


def uncap_after_abbreviations(text: str, lemmas: Collection[str], plain: Collection[str] = ()) -> str:
    """``text`` with the words a wire capitalised after a country's abbreviation in lower case (see the
    module). ``lemmas`` are the base forms of English nouns and verbs, ``plain`` the adverbs and
    adjectives that are no nouns ("earlier")."""
    if "." not in text:
        return text
    chars = None
    for m in _AFTER.finditer(text):
        det = _DETERMINER.search(text, max(0, m.start() - 8), m.start()) is not None
        if country_code(m.group(1)) and _never_a_name(m.group(2), m.group(3), lemmas, plain, det):
            chars = chars or list(text)
            chars[m.start(2)] = chars[m.start(2)].lower()
    return "".join(chars) if chars else text


@lru_cache(maxsize=4)
def lemma_table(nlp, name: str) -> dict[str, frozenset[str]] | None:
    """The words of the model's lemmatizer table ``name`` ("lemma_index": base forms, "lemma_exc":
    irregular forms) by part of speech, or None when the model has no such table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table(name)
    except (KeyError, AttributeError, ValueError):
        return None
    return {pos: frozenset(table.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}


@lru_cache(maxsize=4)
def lemma_words(nlp) -> tuple[frozenset[str], frozenset[str]]:
    """(base forms of nouns and verbs, adverbs and adjectives that are neither) of the model's lemma index,
    or two empty sets when the model has none."""
    by_pos = lemma_table(nlp, "lemma_index")
    if by_pos is None:
        return frozenset(), frozenset()
    lemmas = by_pos["noun"] | by_pos["verb"]
    return lemmas, (by_pos["adj"] | by_pos["adv"]) - lemmas


def uncap_before_names(text: str, lemmas: Collection[str]) -> str:
    """``text`` with a coordinator before a name, and an inflected word before a country's name or a
    clause's punctuation, in lower case after a country's abbreviation (see the module); ``lemmas``
    are the base forms of English nouns and verbs."""
    if "." not in text:
        return text
    chars = None
    for m in _BEFORE.finditer(text):
        word, after = m.group(2).lower(), m.group(3)
        if not country_code(m.group(1)) or word in _OPENERS or word in _bodies() or is_title_word(word):
            continue
        inflected = word not in lemmas and any(b in lemmas for b in base_forms(word))
        if (after and word in _COORDINATORS) or (inflected and (not after or _names_country(after))):
            chars = chars or list(text)
            chars[m.start(2)] = chars[m.start(2)].lower()
    return "".join(chars) if chars else text


def _names_country(word: str) -> bool:
    """Whether ``word`` ("Japan's", "Japan") is a country's name."""
    return bool(country_code(re.sub(r"'s?$", "", word)))
