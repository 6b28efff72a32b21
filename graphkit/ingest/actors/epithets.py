"""Epithets: a noun for a person written with a name and a nationality ("Australian businessman Alan Bond").

News describes a person who holds no office by a noun for what they are -- businessman, financier,
dissident, politician, economist -- and gives their nationality with it, as it does with a title: before the
name ("Australian businessman Alan Bond", "French financier Pierre Moussa", "U.S. pharmacologist X"), or in an
apposition after it ("Andrei Sakharov, the Soviet dissident", "X, a leading Japanese politician", "X, an
American, said"). A title phrase is read by :mod:`graphkit.ingest.actors.around`; this module reads the nouns
that are no title (a noun whose first WordNet sense is a person, :func:`~.bodies.is_person_noun`) and ties the
person to the country of the demonym. Only a demonym, or a country abbreviated as a modifier ("U.S."), joined to
the noun by adjectives only: in "Soviet affairs expert X" the country is the subject of the expertise, not the
expert's. Used by :mod:`graphkit.ingest.actors.find` (after the ties written around names).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["Australian", "businessman", "Alan", "Bond", "and", "Soviet", "affairs", "expert", "Ed", "Hewett"]
>>> pos = ["ADJ", "NOUN", "PROPN", "PROPN", "CCONJ", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN"]
>>> t = token_table(Doc(Vocab(), words=words, pos=pos))
>>> epithet_before(t, 2), epithet_before(t, 8)
('AUS', None)
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.gazetteer import country_code, demonym_code, people_code
from graphkit.ingest.actors.titles import is_honorific, is_title_word

__all__ = ["epithet_after", "epithet_before", "epithets"]

#: Adjectives and other words allowed between the nationality and the noun ("a leading Japanese politician").
_MAX_BETWEEN = 2


def _nationality(t, k: int) -> str | None:
    """The country of a demonym at token ``k`` ("Australian", "West German" ending at ``k``) or of a country
    abbreviated as a modifier ("U.S."), else None."""
    word = t.text[k]
    if not word[:1].isupper():
        return None
    two = f"{t.text[k - 1]} {word}" if k > 0 else ""
    return demonym_code(two) or demonym_code(word) or (country_code(word) if "." in word else None)


def _epithet_noun(t, k: int) -> bool:
    """Whether token ``k`` is a noun for a person that is no title word ("businessman", "dissident")."""
    return t.pos[k] in ("NOUN", "PROPN") and is_person_noun(t.text[k]) and not is_title_word(t.text[k]) \
        and not is_honorific(t.text[k])


def epithet_before(t, start: int) -> str | None:
    """The country of a nationality and a person noun written right before the name starting at token ``start``
    ("Australian businessman Alan Bond"), read on the token table ``t``; else None."""
    k = start - 1
    if k < 1 or not _epithet_noun(t, k):
        return None
    for j in range(k - 1, max(-1, k - 2 - _MAX_BETWEEN), -1):
        code = _nationality(t, j)
        if code:
            return code
        if t.pos[j] != "ADJ" or not t.text[j].islower():
            return None
    return None


def epithet_after(t, h: int) -> str | None:
    """The country of an apposition to the name headed by token ``h`` that is a person noun with a nationality
    ("Sakharov, the Soviet dissident") or a nationality itself ("X, an American, said"); else None."""
    roles = [g for g in t.children(h) if t.dep[g] == "appos"]
    if t.dep[h] == "appos":
        roles.append(t.head[h])
    for g in roles:
        own = people_code(t.text[g]) or (demonym_code(t.text[g]) if t.pos[g] in ("NOUN", "PROPN") else None)
        if own and t.text[g][:1].isupper():  # "an American", "a Briton"
            return own
        if not _epithet_noun(t, g):
            continue
        mods = [c for c in t.children(g) if c < g and t.dep[c] in ("amod", "compound", "nmod")]
        codes = {code for c in mods if (code := _nationality(t, c))}
        if len(codes) == 1 and all(_nationality(t, c) or (t.pos[c] == "ADJ" and t.text[c].islower())
                                   for c in mods if c + 1 < len(t.text) and not _nationality(t, c + 1)):
            return codes.pop()
    return None


def epithets(b) -> None:
    """Tie each person of builder ``b`` (a :class:`graphkit.ingest.actors.find._Builder`) with no country whose
    name is written with a nationality and a person noun to that country (see the module)."""
    t = b.table
    for c in b.clusters:
        if c.kind != "person" or any(x.code for x in b.affil[id(c)]):
            continue
        for m in c.mentions:
            h = next((k for k in range(m.start, m.end) if not m.start <= t.head[k] < m.end), m.end - 1)
            code = epithet_before(t, m.start) or epithet_after(t, h)
            if code:
                b.kept.add(id(home := b.country(code)))
                b.tie(c, home)
                break
