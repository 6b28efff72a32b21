"""The country a personal name's writing tells, when the writing system is regular enough to tell it.

Some languages are written in English news by a regular system whose syllables few English, Romance or
other names are made of. Hepburn Japanese spells every word as a run of morae: a consonant (or a
palatal cluster "ky", "sh", "ch", "ts", ...) and a vowel, a bare vowel, the moraic "n" and a doubled
consonant ("Yasuhiro Nakasone", "Kiichi Miyazawa", "Mutsuki Kato"). A name of two or more words, each
of them such a run, and long enough to be telling (:data:`MIN_SYLLABLES` syllables in all), is a Japanese
name; "Kan Ito" is too short to tell, "Ronald Reagan", "Anne Moore" and "Giulio Andreotti" hold letters or
clusters Hepburn never writes ("l", "ea", "oo", "gi", "dr").

A surname alone is too short to tell a language by: it tells Japan only in a text that names Japan.

Hanyu Pinyin, the People's Republic's romanisation, writes a name as a surname of one syllable and a given
name of one or two written as one word ("Zhao Ziyang", "Li Peng"); Taiwan's Wade-Giles ("Chiang Ching-kuo",
"Yu Kuo-hwa") and the Korean systems ("Kim Young-sam") hyphenate and use spellings Pinyin has not.

The surname suffixes -ov/-ev (-ova/-eva) are East and South Slavic: Russian, and the Soviet peoples who took
Russian-form surnames, Bulgarian, Macedonian. A person so surnamed is of the one state of the suffix the text
names ("Zhivkov ... Bulgaria"), and when it names none, before 1992, of the Soviet Union, whose people were
nearly all those so surnamed in the news of the day; later the suffix spans a dozen states and tells none.

A name only suggests a country: :mod:`graphkit.ingest.actors.homes` ties a person by it only where the
text ties the person to no country of its own.

Examples
--------
>>> name_country(["Yasuhiro Nakasone", "Nakasone"]), name_country(["Kiichi Miyazawa"])
('JPN', 'JPN')
>>> name_country(["Nakasone"]), name_country(["Ronald Reagan"]), name_country(["Anne Moore"])
(None, None, None)
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache, lru_cache

from graphkit.ingest.actors.eras import period_code
from graphkit.ingest.words import word_list

__all__ = ["MIN_SURNAME", "MIN_SYLLABLES", "hepburn_syllables", "name_country", "pinyin_syllables",
           "slavic_countries"]

#: What Hepburn Japanese never writes though each syllable is one: a long vowel doubled or as "ou" (news writes
#: "Ito", "Ono"), "ea" (no such diphthong), and "p" but after a moraic n or as a doubled consonant ("Ippei",
#: "Bumpei"; "Mariano Rubio", "Piura" are no Japanese).
_NOT_HEPBURN = r"aa|ee|oo|uu|ou|ea|(?<![mnp])p(?!p)"

#: The East and South Slavic surname suffixes (Russian "Ryzhkov", "Ponomarev", "Ivanova"; Bulgarian "Zhivkov").
_SLAVIC_SUFFIX = r"[a-z](?:ov|ev|yov|yev|ova|eva)$"

#: The fewest syllables a name of several words must have in all to tell its language.
MIN_SYLLABLES = 5
#: The fewest syllables a surname alone must have to tell its language, in a text that names the country.
MIN_SURNAME = 3


@cache
def _hepburn() -> re.Pattern[str]:
    """One Hepburn syllable: a listed mora, the moraic "n" (not before a vowel or "y"; "m" before a labial,
    as in "Shimbun"), or the first of a doubled consonant ("Hattori", "Itchiku")."""
    morae = sorted(word_list("hepburn_syllables"), key=len, reverse=True)
    return re.compile("|".join([*morae, "n(?![aiueoy])", "m(?=[bpm])", "k(?=k)", "s(?=s)", "t(?=t|ch)", "p(?=p)"]))


def hepburn_syllables(word: str) -> int:
    """The number of Hepburn syllables ``word`` is made of, or 0 when it is not a run of them.

    >>> hepburn_syllables("Nakasone"), hepburn_syllables("Hattori"), hepburn_syllables("Shimbun")
    (4, 4, 4)
    >>> hepburn_syllables("Reagan"), hepburn_syllables("Giulio"), hepburn_syllables("Si"), hepburn_syllables("Peron")
    (0, 0, 0, 0)
    """
    w = word.lower()
    if w[:1] in "nm" and w[1:2] not in "aiueoy" or re.search(_NOT_HEPBURN, w):
        return 0
    out, k = 0, 0
    pattern = _hepburn()
    while k < len(w):
        m = pattern.match(w, k)
        if not m:
            return 0
        out, k = out + 1, m.end()
    return out


def _words(name: str) -> list[str]:
    """The words of a name, split at spaces and hyphens ("Hu Yao-bang": three)."""
    return [w for w in re.split(r"[\s\-]+", name) if w]


def _japanese(words: list[str]) -> bool:
    """Whether two or more words, each a run of two or more Hepburn syllables, make :data:`MIN_SYLLABLES` in all."""
    counts = [hepburn_syllables(w) for w in words]
    return len(words) >= 2 and min(counts) >= 2 and sum(counts) >= MIN_SYLLABLES


def slavic_countries(published: str | None) -> set[str]:
    """The states whose people bear surnames in -ov/-ev on the date ``published`` (``slavic_surname_countries``,
    as of the date: the Soviet Union, Bulgaria and Yugoslavia before 1991).

    >>> sorted(slavic_countries("1987-03-10"))
    ['BGR', 'SUN', 'YUG']
    >>> len(slavic_countries("2014-07-24"))
    12
    """
    return {period_code(code.upper(), published) or code.upper() for code in word_list("slavic_surname_countries")}


def pinyin_syllables(word: str) -> int:
    """The fewest Hanyu Pinyin syllables ``word`` splits into, or 0 when it splits into none. A syllable inside
    a word starts with a consonant (Pinyin writes "Xi'an" with an apostrophe), so Wade-Giles "Chien" and
    "Hsu" are no Pinyin.

    >>> pinyin_syllables("Xiaoping"), pinyin_syllables("Ziyang"), pinyin_syllables("Zhao")
    (2, 2, 1)
    >>> pinyin_syllables("Chien"), pinyin_syllables("Hsu"), pinyin_syllables("Peter")
    (0, 0, 0)
    """
    return _pinyin(word.lower(), True) or 0


@lru_cache(maxsize=8192)
def _pinyin(w: str, first: bool) -> int | None:
    """The fewest Pinyin syllables ``w`` splits into (None: none); ``first``: at the start of a word."""
    if not w:
        return 0
    best = None
    for k in range(min(6, len(w)), 0, -1):
        head = w[:k]
        if head in word_list("pinyin_syllables") and (first or head[0] not in "aeiou"):
            rest = _pinyin(w[k:], False)
            if rest is not None and (best is None or rest + 1 < best):
                best = rest + 1
    return best


def _chinese(words: list[str]) -> bool:
    """Whether a name is a Pinyin surname of one syllable and a given name of one or two ("Zhao Ziyang")."""
    return len(words) == 2 and pinyin_syllables(words[0]) == 1 and pinyin_syllables(words[1]) in (1, 2) \
        and all(w[1:].islower() for w in words)


def _slavic(words: list[str], named: Collection[str], published: str | None) -> str | None:
    """The country of a surname in -ov/-ev(a) ("Gerasimov", "Nikolai Ryzhkov"): the one state of the suffix the
    text names; else, before 1992, the Soviet Union, whose people were most of those surnamed so."""
    last = words[-1] if words else ""
    if not (last[:1].isupper() and last.isalpha() and re.search(_SLAVIC_SUFFIX, last) and len(last) >= 6):
        return None
    states = slavic_countries(published)
    here = states & {period_code(x, published) or x for x in named}
    if len(here) == 1:
        return here.pop()
    return "SUN" if not here and "SUN" in states else None


def name_country(names: list[str], named: Collection[str] = (), published: str | None = None) -> str | None:
    """The country a person's longest name tells by its writing (ISO-3), or None. A Hepburn surname alone
    (:data:`MIN_SURNAME` syllables or more, ending in a vowel) tells Japan only in a text that names Japan
    (``named``: "Nakasone said Japan ..."); a surname in -ov/-ev tells its state by the text and the date
    ``published`` (:func:`_slavic`).

    >>> name_country(["Koei Narusawa"]), name_country(["Shintaro Abe"]), name_country(["Mutsuki Kato"])
    ('JPN', 'JPN', 'JPN')
    >>> name_country(["Nakasone"], {"JPN", "USA"}), name_country(["Nakasone"], {"USA"}), name_country(["Abe"], {"JPN"})
    ('JPN', None, None)
    >>> name_country(["Channon"], {"JPN"}) is None
    True
    >>> name_country(["Gerasimov"], {"USA"}, "1987-03-10"), name_country(["Todor Zhivkov"], {"BGR"}, "1987-03-10")
    ('SUN', 'BGR')
    >>> name_country(["Sergei Lavrov"], {"RUS"}, "2014-07-24"), name_country(["Sergei Lavrov"], (), "2014-07-24")
    ('RUS', None)
    >>> name_country(["Zhao Ziyang"]), name_country(["Li Peng"]), name_country(["Chiang Ching-kuo"])
    ('CHN', 'CHN', None)
    """
    if not names:
        return None
    words = _words(max(names, key=lambda n: len(n.split())))
    slavic = _slavic(words, named, published)
    if slavic:
        return slavic
    if len(words) == 1:
        word = words[0]  # a Japanese surname ends in a vowel: "Channon", "Egan" in a report on Japan are no Japanese
        return "JPN" if "JPN" in named and word[-1:] in "aiueo" and hepburn_syllables(word) >= MIN_SURNAME else None
    return "JPN" if _japanese(words) else "CHN" if _chinese(words) else None
