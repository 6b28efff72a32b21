"""Unnamed offices of a national government: "the Foreign Ministry", "Japan's Finance Ministry", "the president".

News names a government's offices by the office alone, and a wire story datelined in a capital
speaks of that country's offices without naming the country again ("MOSCOW - The Foreign Ministry
said ..."). Two facts of news writing follow, used by :mod:`graphkit.ingest.actors.unnamed`:

- an office written with title words only and capitalised ("the Foreign Ministry", "Japan's
  Finance Ministry") is no name of its own (the mention stage drops it: an office, not an actor):
  its head noun is read like the lower-case noun ("the foreign ministry"), an unnamed source that
  acts for its possessor or demonym ("Japan's", "Israeli");
- a definite national office with no owner, no "of" phrase, no capitalised modifier that is not a
  title word ("the Conservative leader") and no holder named in the article ("the president said",
  "the Foreign Ministry said", "the government announced") is the office of the country the
  article is set in (:func:`home_country`): the token refers to that country (CAMEO codes such a
  doer with the country). Only the offices of a national executive (``_OFFICES``): "the mayor",
  "the governor", "the chairman" and "the spokesman" may be of a city, a state or a firm.

The country an article is set in is the one of its dateline ("MOSCOW -", "NAIROBI, Kenya -": a
capitalised place opening the body), else the country the body names itself most, at least twice
(by name or demonym) and where it stands no less than any other country (``counterparts.outvoted``),
else, when no country of the body stands out (none named twice, or two named as often), the one country
its headline names ("Japan To Allow More Foreign Brokers", "Swedish Government Eases Freeze", "Vietnam
Parliament Fires Prime Minister, President" over a body naming France and the United States twice in
passing: a wire headline names the country of the story; but "Nakasone ... To Soothe U.S. Anger" is
about Japan, which the body names most). A country known
only from its parties or places is not enough: a British report names no Britain, and its "government"
is not that of the one foreign country it mentions.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["The", "Foreign", "Ministry", "said"], heads=[2, 2, 3, 3],
...           deps=["det", "compound", "nsubj", "ROOT"])
>>> t = token_table(doc)
>>> is_office_name(t, 2), national_office(t, 2)
(True, True)
"""
from __future__ import annotations

import re
from bisect import bisect_left

from graphkit.ingest.actors.counterparts import outvoted
from graphkit.ingest.actors.datelines import place_code
from graphkit.ingest.actors.gazetteer import country_code, demonym_code
from graphkit.ingest.actors.market_words import is_money_word
from graphkit.ingest.actors.titles import is_title_word
from graphkit.ingest.prepare.layout import opening_dateline

__all__ = ["is_office_name", "national_office", "home_country", "dateline_country"]

#: Head nouns of the offices of a national executive.
_OFFICES = frozenset({"president", "premier", "minister", "ministry", "government", "administration", "cabinet",
                      "embassy"})
#: Offices that in a country's own news are its own ("the embassy" in a Moscow story is a foreign one).
_HOME_OFFICES = _OFFICES - {"embassy"}
#: Members of a national executive named as a body with no article ("Ministers rejected the plan"):
#: in a country's own news, its government.
_COLLEGES = frozenset({"ministers"})
#: Prepositions before where things go or whom they are done with, in a headline ("Arms To Iran").
_TOWARD = frozenset({"to", "with", "against", "toward", "towards", "into"})
#: Words after which a headline's phrase has ended ("Arms To Iran Seen ..." has no such word: it goes on).
_PHRASE_ENDS = frozenset({"in", "on", "over", "for", "after", "as", "by", "at", "-", "--", ",", ":", "and"})
#: A possessive ending of a headline word ("Brazil'S", "Japan's", "Iran’s").
_POSSESSIVE = re.compile(r"['\u2019][sS]$")
#: Modifiers of someone who no longer holds the office ("the former president").
_PAST = frozenset({"former", "ex", "ex-", "late"})

_MOD_DEPS = frozenset({"amod", "compound", "nmod"})
_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj"})
_ROLE_PREPS = frozenset({"by", "to", "with", "against", "from", "toward", "towards"})


def _modifiers(t, i: int) -> list[int]:
    return [c for c in t.children(i) if c < i and t.dep[c] in _MOD_DEPS]


def is_office_name(t, i: int) -> bool:
    """Whether the capitalised noun at ``i`` heads an office written with title words only
    ("Foreign Ministry", "Finance Ministry"), which names no actor by itself."""
    if t.lower[i] not in _OFFICES or t.text[i].islower() or not t.text[i][:1].isupper():
        return False
    if not t.text[i][1:].islower() or t.ent_type[i] in ("PERSON", "GPE", "NORP"):
        return False
    mods = _modifiers(t, i)
    return all(is_title_word(t.text[c]) and t.lower[c] not in _PAST for c in mods)


def _in_role(t, i: int) -> bool:
    dep = t.dep[i]
    if dep in _ROLE_DEPS:
        return True
    if dep == "conj" and t.head[i] != i:
        return _in_role(t, t.head[i])
    return dep == "pobj" and t.lower[t.head[i]] in _ROLE_PREPS


def national_office(t, i: int) -> bool:
    """Whether the noun at ``i`` is "the" + a national office with no owner and no modifier other
    than title words ("the president", "the Foreign Ministry"), or bare "ministers" as a subject
    ("Ministers rejected the plan": the government as a body; "forcing ministers to ..." in an EC
    story are not its home's), taking part in its clause."""
    if t.lower[i] not in _HOME_OFFICES | _COLLEGES or not _in_role(t, i):
        return False
    kids = t.children(i)
    if t.lower[i] in _COLLEGES:  # bare "Ministers rejected ...": the government acting as a body
        if t.dep[i] not in ("nsubj", "nsubjpass") or any(
                t.dep[c] in ("det", "predet", "nummod", "quantmod", "poss")
                or (t.dep[c] == "prep" and t.lower[c] in ("from", "in", "at")) for c in kids):
            return False  # "Ministers from 13 countries", "ministers in Brussels": not the home government
    elif not any(t.dep[c] == "det" and t.lower[c] == "the" for c in kids):
        return False
    if any(t.dep[c] in ("poss", "nummod", "appos") or (t.dep[c] == "prep" and t.lower[c] == "of") for c in kids):
        return False
    mods = _modifiers(t, i)
    return all(is_title_word(t.text[c]) and t.lower[c] not in _PAST for c in mods)


def dateline_country(b) -> str | None:
    """The country of the dateline that opens the body ("MOSCOW -", "Nairobi, Kenya -"): read as every dateline
    is (:func:`~graphkit.ingest.prepare.layout.opening_dateline`, :func:`~graphkit.ingest.actors.datelines.place_code`).
    """
    t = b.table
    if b.body >= len(t.text):
        return None
    place = opening_dateline(t.doc_text, t.idx[b.body])
    return place_code(place) if place else None


def _title_country(title: str | None, body: int) -> str | None:
    """The one country a headline given apart from the text names (``body`` 0: the text does not
    start with it), else None.

    >>> _title_country("Japan To Allow More Foreign Brokers At Auctions", 0)
    'JPN'
    >>> _title_country("Reagan Says He Wrong In Selling Arms To Iran", 0) is None
    True

    A wire headline in title case writes the possessive "'S" ("Brazil'S Economic Plan"): the country before it
    counts.

    >>> _title_country("Brazil'S Economic Plan May Permit New Debt Talks", 0)
    'BRA'
    """
    if body or not title:
        return None
    words = [_POSSESSIVE.sub("", w.strip(".,;:\"()")).strip("'") for w in title.split()]
    codes = set()
    k = 0
    while k < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[k:k + n])
            code = country_code(phrase) or demonym_code(phrase) if phrase[:1].isupper() else None
            if len(words[k:k + n]) == n and code:
                if not _toward(words, k, k + n):  # "Selling Arms To Iran": not the story's country
                    codes.add(code)
                k += n - 1
                break
        k += 1
    return codes.pop() if len(codes) == 1 else None


def _toward(words: list[str], start: int, end: int) -> bool:
    """Whether the country at ``words[start:end]`` of a headline is where things go or whom they are done with:
    after "To", "With", "Against"... and ending a phrase ("Arms To Iran", not "Blow To Japan Tax Plan").

    >>> _toward("Sells Arms To Iran".split(), 3, 4), _toward("Blow To Japan Tax Plan".split(), 2, 3)
    (True, False)
    """
    if not start or words[start - 1].lower() not in _TOWARD:
        return False
    return end >= len(words) or words[end].lower() in _PHRASE_ENDS


def _headline_country(t, body: int) -> str | None:
    """The one country the headline (tokens before ``body``) names by name or demonym, else None.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> t = token_table(Doc(Vocab(), words=["Swedish", "Government", "Eases", "Freeze", "The"]))
    >>> _headline_country(t, 4), _headline_country(t, 0)
    ('SWE', None)
    """
    codes = set()
    k = 0
    while k < body:
        for n in (3, 2, 1):  # "South Korea", "West German"
            words = t.text[k:min(k + n, body)]
            if len(words) < n or not words[0][:1].isupper():
                continue
            phrase = " ".join(words)
            code = country_code(phrase) or demonym_code(phrase)
            if code and not _toward(t.text[:body], k, k + n):  # "Arms To Iran"
                codes.add(code)
                k += n - 1
                break
        k += 1
    return codes.pop() if len(codes) == 1 else None


def _own_mentions(b, c) -> int:
    """How often the article names country ``c`` itself: not inside the name of another actor
    ("Swiss" in "Swiss Bank Corp", "Japan" in "Bank of Japan") nor of a currency ("U.S. Dlrs")."""
    t = b.table
    n = 0
    for m in c.mentions:
        x = b.tok_cluster.get(m.start)
        k = m.end - 1
        if t.dep[k] in ("compound", "nmod", "amod") and is_money_word(t.text[t.head[k]]):
            continue  # "357 mln U.S. Dlrs": the currency, not the country
        n += x is None or x is c
    for start, _, _ in c.extra:
        x = b.tok_cluster.get(bisect_left(t.idx, start))
        n += x is None or x is c
    return n


def home_country(b) -> str | None:
    """The code of the country the article of builder ``b`` is set in (see the module), else None."""
    code = dateline_country(b)
    if code:
        return code
    counts = sorted(((_own_mentions(b, c), c.code) for c in b.clusters if c.kind == "country" and c.code),
                    reverse=True)
    if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[1][0] < counts[0][0]):
        return None if outvoted(b, counts[0][1]) else counts[0][1]  # "arms to Iran" in a U.S. report
    return _headline_country(b.table, b.body) or _title_country(b.article.title, b.body)
