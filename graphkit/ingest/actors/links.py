"""Mentions that the text itself declares to be one actor, joined before clustering.

Used by :mod:`graphkit.ingest.actors.mentions`. Two ways news writing states that two names are
one, both general conventions of English prose:

- an acronym in brackets right after a name, made of its initials, is the name's short form
  ("the Association of Directors of Social Services (ADSS)"), also when the name starts with its
  country, which the acronym leaves out ("the U.S. Federal Energy Regulatory Commission (FERC)"), or
  the acronym starts with the nationality written before the name ("Egyptian General Petroleum Corp
  (EGPC)"), and when it holds the same initials in another order: a name translated from a language
  that puts the head first ("the Revolutionary Institutional Party (PRI)", "Central Bank of Venezuela
  (BCV)");
- a style in apposition right after a personal name is that person's style ("Diana, princess of
  Wales"; "Charles, Prince of Wales").

The later mention takes the matching key (and kind) of the first, so clustering puts both in
one actor.

Examples
--------
>>> sorted(initials("Association of Directors of Social Services"))
['ADSS', 'AODOSS']
>>> sorted(initials("Robert Kilroy-Silk")), initials("Blair")
(['RKS'], set())
"""
from __future__ import annotations

from graphkit.ingest.actors.around import NameMention
from graphkit.ingest.actors.gazetteer import country_code, demonym_code
from graphkit.ingest.actors.shapes import STYLED_RANKS

__all__ = ["abbreviates", "initials", "link_declared"]

_SKIP = frozenset({"of", "and", "the", "for", "on", "in", "&", "to"})


def initials(name: str) -> set[str]:
    """The acronyms of a name of several words: the first letters of its capitalised words, with and
    without the letters of its small words ("of", "and", "for")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    short = "".join(w[0] for w in words if w.lower() not in _SKIP).upper()
    full = "".join(w[0] for w in words).upper()
    return {x for x in (short, full) if len(x) > 1}


def abbreviates(acronym: str, name: str, before: str = "") -> bool:
    """Whether ``acronym`` is made of the initials of ``name`` (see the module): in order, in another order,
    without a country that opens the name, or after the initial of the nationality ``before`` it.

    >>> abbreviates("FERC", "U.S. Federal Energy Regulatory Commission")
    True
    >>> abbreviates("PRI", "Revolutionary Institutional Party")
    True
    >>> abbreviates("EGPC", "General Petroleum Corp", "Egyptian"), abbreviates("EGPC", "General Petroleum Corp", "new")
    (True, False)
    >>> abbreviates("UGT", "General Union of Workers"), abbreviates("IBM", "Bank of Italy")
    (False, False)
    """
    words = name.split()
    forms = set(initials(name))
    for k in (1, 2):  # "U.S. Federal ...", "West German ..."
        if len(words) > k + 1 and (country_code(" ".join(words[:k])) or demonym_code(" ".join(words[:k]))):
            forms |= initials(" ".join(words[k:]))
    if before[:1].isupper() and (country_code(before) or demonym_code(before)):
        forms |= {before[0].upper() + x for x in forms}
    return acronym in forms or any(sorted(acronym) == sorted(x) for x in forms)


def link_declared(tt, mentions: list[NameMention]) -> None:
    """Give each bracketed acronym and each appositive style the key of the name it follows (in
    place). ``mentions`` are in text order."""
    by_end = {m.end: m for m in mentions}
    n = len(tt.text)
    for m in mentions:
        if m.start < 2:
            continue
        before = by_end.get(m.start - 1)
        if before is None or before is m:
            continue
        ahead = tt.text[before.start - 1] if before.start else ""  # "Egyptian" of "Egyptian General ... (EGPC)"
        if tt.text[m.start - 1] == "(" and m.end < n and tt.text[m.end] == ")" and m.text.isupper() \
                and abbreviates(m.text.replace(".", ""), before.text, ahead):
            m.key, m.kind, m.strong = before.key, before.kind, m.strong or before.strong
        elif tt.text[m.start - 1] == "," and m.kind == "person" and before.kind == "person" \
                and m.text.split()[0].lower() in STYLED_RANKS and " of " not in before.text:
            m.key = before.key  # "Diana, princess of Wales"
