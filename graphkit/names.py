"""Names as strings: the one normaliser, organisation keys and slugs (no spaCy, no data files).

Every part of graphkit that compares names -- the actor stage, the gazetteer, the merge
across articles, actor lookup in queries -- compares :func:`name_key` values, and every id is
a :func:`slugify` of a name, so "Erdoğan" and "Erdogan", "the U.S." and "US" are one name
everywhere.

Examples
--------
>>> name_key("the U.S."), name_key("Turkey's"), name_key("Recep Tayyip Erdoğan")
('us', 'turkey', 'recep tayyip erdogan')
>>> name_key("Sharm el-Sheikh") == name_key("  Sharm  El-Sheikh ")
True
>>> org_key("Standard Oil Co.") == org_key("Standard Oil")
True
>>> slugify("U.S. Secretary of State John Kerry")
'us-secretary-of-state-john-kerry'
>>> slugify("Sharm El-Sheikh"), slugify("Ban Ki-moon"), slugify("!!!")
('sharm-el-sheikh', 'ban-ki-moon', 'x')
>>> unique_slug("Gaza", {"gaza"})
'gaza-2'
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["name_key", "fold_accents", "org_key", "LEGAL_FORMS", "slugify", "unique_slug", "HONORIFIC_GENDER",
           "honorific_gender", "strip_honorific"]

_LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSS = re.compile(r"'s?$")
_SPACES = re.compile(r"[\s\-]+")

#: Trailing words that give a company's legal form ("Inc", "plc", "GmbH"), not its name.
LEGAL_FORMS = frozenset({"inc", "co", "corp", "corporation", "ltd", "limited", "plc", "llc", "lp", "nv", "sa",
                         "ag", "gmbh", "bv", "spa", "ab", "as", "oy", "company", "cos", "holdings"})


#: Honorifics written before a name, with the gender they give it ("f", "m") or None ("Dr").
HONORIFIC_GENDER: dict[str, str | None] = {
    "mr": "m", "sir": "m", "lord": "m", "master": "m", "monsieur": "m", "herr": "m", "senor": "m",
    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "baroness": "f", "madame": "f", "mme": "f",
    "frau": "f", "senora": "f", "dr": None, "prof": None, "rev": None,
}


def honorific_gender(name: str) -> str | None:
    """The gender ("f" or "m") an honorific at the start of ``name`` gives, else None.

    >>> honorific_gender("Mrs Howard"), honorific_gender("Mr. Howard"), honorific_gender("Howard")
    ('f', 'm', None)
    """
    words = name_key(name).split()
    return HONORIFIC_GENDER.get(words[0]) if len(words) > 1 else None


def strip_honorific(name: str) -> str:
    """``name`` without a leading honorific ("Ms Blears" -> "Blears"; a lone honorific is kept).

    >>> strip_honorific("Ms Blears"), strip_honorific("Dr. Rowan Williams"), strip_honorific("Lord")
    ('Blears', 'Rowan Williams', 'Lord')
    """
    words = name.split()
    if len(words) > 1 and name_key(words[0]) in HONORIFIC_GENDER:
        return " ".join(words[1:])
    return name


def fold_accents(text: str) -> str:
    """``text`` without combining accents ("Erdoğan" -> "Erdogan"); other characters kept.

    >>> fold_accents("Erdoğan Çağlar Ørsted")
    'Erdogan Caglar Ørsted'
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def name_key(name: str) -> str:
    """The matching key of a name: lower case, no accents, no dots, no leading article, no possessive,
    hyphens and runs of spaces as one space."""
    return _name_key(name or "")


@lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str:
    s = fold_accents(name.strip()).replace("\u2019", "'").replace(".", "")
    s = _LEAD.sub("", s)
    s = _POSS.sub("", s)
    return _SPACES.sub(" ", s).strip().lower()


def org_key(name: str) -> str:
    """The matching key of an organisation name, without a trailing legal form ("Inc", "Co", "plc")."""
    return _org_key(name)


@lru_cache(maxsize=1 << 16)
def _org_key(name: str) -> str:
    words = name_key(name).replace(",", "").split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def slugify(name: str) -> str:
    """Lower-case ASCII words joined by hyphens; never empty."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = text.replace(".", "").replace("'", "").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "x"


def unique_slug(name: str, taken, next_suffix: dict[str, int] | None = None) -> str:
    """``slugify(name)``, with ``-2``, ``-3``... appended until it is not in ``taken``.

    ``next_suffix`` (slug -> the suffix to try next), kept by a caller whose ``taken`` only
    grows, skips the suffixes already tried: many actors sharing a name cost no rescans.

    Examples
    --------
    >>> taken, memo = {"kerry", "kerry-2"}, {}
    >>> unique_slug("Kerry", taken, memo), memo
    ('kerry-3', {'kerry': 4})
    """
    base = slugify(name)
    if base not in taken:
        return base
    n = next_suffix.get(base, 2) if next_suffix is not None else 2
    while f"{base}-{n}" in taken:
        n += 1
    if next_suffix is not None:
        next_suffix[base] = n + 1
    return f"{base}-{n}"
