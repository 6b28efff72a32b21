"""Names written after a title that the model left unlabelled: "Iranian Premier Mir-Hossein Mousavi".

A title ("Premier", "Foreign Minister", "Secretary of State", "spokesman") followed by capitalised
proper nouns names the person who holds it: English writes a title before the holder's name, and a
capital inside a sentence marks a name. The small model often says nothing of names it has never
seen, of hyphenated given names ("Mir-Hossein") above all. Used by
:mod:`graphkit.ingest.actors.entities`: :func:`titled_name_end` gives the end of such a name.

The name is a run of capitalised words (initials, particles such as "de" inside it, parts of a
hyphenated name written without spaces), each a proper noun of no entity; none is a title word, an
honorific, a calendar word, a country or nationality, or a word of an organisation's name, and the
run does not go on into other capitalised words ("chief Exxon Corp", "Media General Class A") nor
modify a common noun ("the official Tanjug news agency").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["Iranian", "Premier", "Mir", "-", "Hossein", "Mousavi", "met", "the", "minister", "Monday"]
>>> doc = Doc(Vocab(), words=words, spaces=[True, True, False, False] + [True] * 6,
...           tags=["JJ", "NNP", "NNP", "HYPH", "NNP", "NNP", "VBD", "DT", "NN", "NNP"])
>>> t = token_table(doc)
>>> titled_name_end(t, 2), titled_name_end(t, 9)
(6, 9)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.gazetteer import country_code, demonym_code
from graphkit.ingest.actors.shapes import CALENDAR
from graphkit.ingest.actors.titles import TITLE_MODIFIERS, is_honorific, is_title_head, is_title_word
from graphkit.ingest.words import word_list
from graphkit.names import LEGAL_FORMS

__all__ = ["titled_name_end", "after_title"]

#: Longest name taken after a title, in words.
MAX_WORDS = 4
#: Lower-case particles inside a personal name ("Willy de Clercq", "Osama bin Laden").
_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la",
                        "le", "del", "dos", "das", "abu"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


@cache
def _organisation_words() -> frozenset[str]:
    words = set(LEGAL_FORMS)
    for name in ("body_nouns", "organisation_nouns", "office_bodies"):
        words |= word_list(name)
    return frozenset(words)


def after_title(tt, i: int) -> bool:
    """Whether token ``i`` comes right after a title: a title head ("Premier", "spokesman") or a
    title word ending a title that has a head ("Secretary of State"). A head that is also a modifier
    ("General", "major", "chief") counts only after another title word: alone it is as often the
    first word of a name ("General Tire", "Media General") or an adjective ("major Wall Street firms")."""
    k = i - 1
    if k < 0 or not is_title_word(tt.text[k]) or tt.lower[k] in _organisation_words() - {"state"}:
        return False
    before = k - 2 if k > 1 and tt.lower[k - 1] == "of" else k - 1  # "Secretary of State"
    if tt.lower[k] in TITLE_MODIFIERS and (before < 0 or not is_title_word(tt.text[before])):
        return False
    if tt.ent_type[k] not in ("", "PERSON", "NORP", "GPE"):
        return False  # "Media General Class A": the word is inside the model's name of a firm
    while k >= 0 and (is_title_word(tt.text[k]) or tt.lower[k] == "of"):
        if is_title_head(tt.text[k]):
            return True
        k -= 1
    return False


def _name_word(tt, k: int) -> bool:
    """Whether token ``k`` may be a word of a personal name the model left unlabelled."""
    w = tt.text[k]
    if tt.ent_iob[k] not in ("O", "") or tt.tag[k] != "NNP" or not w[:1].isupper():
        return False
    if not ((w.isalpha() and len(w) > 1) or (len(w) == 2 and w[1] == ".")) or (w.isupper() and w[1] != "."):
        return False  # "NATO", "U.S.": an acronym names a body or a place; "Class A" a letter
    low = w.lower()
    return not (is_title_word(w) or is_honorific(w) or low in CALENDAR or low in _organisation_words()
                or country_code(w) or demonym_code(w))


def _joined(tt, k: int) -> bool:
    """Whether token ``k`` is written with no space after it (a hyphenated name's parts)."""
    return tt.idx[k] + len(tt.text[k]) == tt.idx[k + 1]


def titled_name_end(tt, i: int) -> int:
    """The end of the unlabelled personal name starting at token ``i`` right after a title, else ``i``
    (see the module)."""
    n = len(tt.text)
    if not after_title(tt, i) or not _name_word(tt, i):
        return i
    e, words = i + 1, 1
    while e < n and words < MAX_WORDS:
        k = e + 1 if _wrap(tt, e) and e + 1 < n else e
        if tt.ent_iob[k] == "B" and tt.ent_type[k] == "PERSON" and tt.text[k][:1].isupper():
            e = k + 1  # "Minister Alejandro" + the model's "Martinez Cuenca"
            while e < n and tt.ent_iob[e] == "I":
                e += 1
            return e
        if k > e and _name_word(tt, k):
            e = k  # "Clayton\nYeutter": a name wrapped over two lines
        if tt.text[e] in _HYPHENS and e + 1 < n and _joined(tt, e - 1) and _joined(tt, e) and _name_word(tt, e + 1):
            e += 2  # "Mir-Hossein"
        elif tt.lower[e] in _PARTICLES and e + 1 < n and tt.text[e].islower() and _name_word(tt, e + 1):
            e += 2  # "de Clercq"
        elif _name_word(tt, e):
            e += 1
        else:
            break
        words += 1
    k = e + 1 if e < n and _wrap(tt, e) else e
    if k < n and tt.text[k][:1].isupper() and tt.text[k][:1].isalpha() and tt.lower[k] not in CALENDAR:
        return i  # "chief Exxon Corp", "Class A": the name goes on as no person's
    if k < n and tt.tag[k] in ("NN", "NNS") and tt.text[k].islower():
        return i  # "the official Tanjug news agency": a name modifying a common noun names no holder
    return e


def _wrap(tt, k: int) -> bool:
    """Whether token ``k`` is the line break of a wrapped line (not a paragraph's break or indent)."""
    w = tt.text[k]
    return not w.strip() and w.count("\n") == 1 and w.endswith("\n")
