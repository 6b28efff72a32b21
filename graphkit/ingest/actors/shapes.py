"""Name shapes the model gets wrong: a person's name ending in a month word, a person's style.

- "Theresa May": a proper noun before a month word that is also a name is a person, not a date;
- "the Duke of Edinburgh", "Diana, princess of Wales": a rank styled by a place names a person,
  and the place inside the style is no actor;
- "the Independent on Sunday": British papers name their Sunday editions "<title> on Sunday"; a
  paper's one-word title is an English adjective or verb ("Independent", "Mail", "Express"), unlike
  a party or a body that "on Sunday" only dates ("the Conservatives on Sunday", "the Pentagon");
- "King's Cross station": a name the model took for a body's or a facility's, before a lower-case
  noun for a transport facility or a way, is the name of that place (a city's name so used,
  "Bangkok airport", still names the city, which is the actor);
- "HI Europe": an unrecognised acronym right before a region, as its compound, is the name of a
  body's regional arm, not the region;
- "the Tower commission": a surname the model took for a person or a place, as the compound of a
  lower-case noun for a body that inquires or judges, names that body after its chair;
- "Ali Akbar Hashemi Rafsanjani": two person's names with nothing between them, or only the line break
  of a wire wrapping its lines, are one person's name (a list of people is written with commas or
  "and"): the model cuts long names at a wrapped line or between given names and surnames; after a
  wrapped line, one proper noun the gazetteers do not know as a place goes on the name whatever the
  model's label ("Ali Akbar" + "Velayati").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["Theresa", "May", "and", "the", "Duke", "of", "Edinburgh"],
...           pos=["PROPN", "PROPN", "CCONJ", "DET", "PROPN", "ADP", "PROPN"],
...           ents=["O", "B-DATE", "O", "O", "O", "O", "B-GPE"])
>>> t = token_table(doc)
>>> name_with_month(t, 0), name_with_month(t, 1)
(True, False)
>>> styled_person(t, 6, 7).text
'Duke of Edinburgh'
"""
from __future__ import annotations

from graphkit.ingest.actors.around import NameMention
from graphkit.ingest.words import word_list
from graphkit.names import name_key

__all__ = ["CALENDAR", "MONTH_NAMES", "STYLED_RANKS", "name_with_month", "styled_person", "sunday_edition",
           "facility_end", "acronym_arm", "person_runs_on",
           "EPONYM_BODIES", "eponym_body_end"]

CALENDAR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
                      "sat sun january february march april july september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday easter christmas "
                      "thanksgiving ramadan".split())  # not May, June, August: first names too
MONTH_NAMES = frozenset("march may june august".split())  # months that are also names


def name_with_month(tt, i: int) -> bool:
    """Whether tokens ``i, i+1`` (a date or no entity) are a person's name ending in a month word
    ("Theresa May"): a capitalised proper noun that is no calendar or function word, then the
    month, then no figure and no more of the entity."""
    n = len(tt.text)
    if i + 1 >= n or tt.lower[i + 1] not in MONTH_NAMES or tt.ent_type[i + 1] not in ("DATE", ""):
        return False
    if i + 2 < n and (tt.ent_iob[i + 2] == "I" or tt.text[i + 2][:1].isdigit()):
        return False
    first = tt.text[i]
    return (first[:1].isupper() and first[1:].islower() and first.isalpha() and tt.pos[i] == "PROPN"
            and tt.lower[i] not in CALENDAR and tt.lower[i] not in word_list("function_words_en"))


#: Ranks styled "<rank> of <place>": the style names a person ("the Duke of Edinburgh").
STYLED_RANKS = frozenset("""
duke duchess prince princess earl countess marquess marchioness viscount viscountess archbishop bishop
""".split())


def styled_person(tt, s: int, e: int) -> NameMention | None:
    """A person named by a style, "<rank> of <place>" ("Duke of Edinburgh", "princess of Wales"),
    when the entity at ``s:e`` is the place: the place is part of the name, not an actor."""
    if s < 2 or tt.lower[s - 1] != "of" or tt.lower[s - 2] not in STYLED_RANKS or tt.ent_type[s] not in (
            "GPE", "LOC", "ORG", "PERSON", "FAC") or not tt.text[s][:1].isupper():
        return None
    text = " ".join(tt.span_text(s - 2, e).split())
    return NameMention(start=s - 2, end=e, text=text, kind="person", key=name_key(text), label="PERSON",
                       strong=True)


#: Lower-case nouns English writes after a proper name to name a transport facility or a way.
FACILITY_NOUNS = frozenset("station airport terminal port street road avenue lane square bridge".split())


def sunday_edition(tt, s: int, e: int) -> int:
    """The end of the name at ``s:e`` taken with "on Sunday" when it is a paper's Sunday edition
    ("the Independent on Sunday"): "the", one singular capitalised word that is an English adjective
    or verb (:func:`graphkit.ingest.actors.noise.modifier_words`), then "on Sunday"; else ``e``."""
    from graphkit.ingest.actors.noise import modifier_words

    n = len(tt.text)
    if e - s != 1 or s < 1 or tt.lower[s - 1] != "the" or e + 1 >= n or tt.lower[e] != "on" \
            or tt.lower[e + 1] != "sunday" or tt.tag[s] == "NNPS" or tt.lower[s].endswith("s"):
        return e
    return e + 2 if tt.lower[s] in modifier_words() else e


def facility_end(tt, s: int, e: int) -> int:
    """The end of the name at ``s:e`` with the lower-case facility noun it modifies ("King Cross
    station"), else ``e``."""
    if e < len(tt.text) and tt.lower[e] in FACILITY_NOUNS and tt.text[e].islower() and tt.head[e - 1] == e:
        return e + 1
    return e


def acronym_arm(tt, s: int) -> int:
    """The start of a body's regional arm ("HI Europe") when the region entity at ``s`` follows an
    all-caps acronym of no entity that modifies it; else ``s``."""
    k = s - 1
    if k < 0 or tt.ent_iob[k] not in ("O", "") or not (tt.text[k].isalpha() and tt.text[k].isupper()):
        return s
    return k if 1 < len(tt.text[k]) <= 5 and tt.dep[k] == "compound" and tt.head[k] >= s else s


def person_runs_on(tt, e: int) -> int:
    """The end of a person's name ending at ``e`` taken with the person's names that follow it with
    nothing between them but a wrapped line ("Ali Akbar" + "Hashemi Rafsanjani"), else ``e``.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> words = ["Ali", "Akbar", "Hashemi", "Rafsanjani", "and", "Ali", "Khamenei", "\\n\\n", "Ali", "Velayati"]
    >>> t = token_table(Doc(Vocab(), words=words, spaces=[True] * 7 + [False] * 3,
    ...                     ents=["B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON",
    ...                           "O", "B-PERSON", "I-PERSON"]))
    >>> person_runs_on(t, 2), person_runs_on(t, 7)
    (4, 7)
    """
    n = len(tt.text)
    while True:
        k = e
        if k < n and not tt.text[k].strip() and tt.text[k].count("\n") == 1 and tt.text[k].endswith("\n"):
            k += 1  # a wrapped line ("Ali Akbar\nHashemi"), not a paragraph's break or indent
        if k >= n or tt.ent_iob[k] != "B" or tt.sent_start[k] or not tt.text[k][:1].isupper() \
                or tt.ent_type[e - 1] != "PERSON" \
                or not (tt.ent_type[k] == "PERSON" or (k > e and _lone_surname(tt, k))):
            return e
        e = k + 1
        while e < n and tt.ent_iob[e] == "I":
            e += 1


def _lone_surname(tt, k: int) -> bool:
    """Whether the entity at ``k`` is one unknown proper noun the model gave another label ("Ali Akbar" +
    wrapped line + "Velayati", taken for a place): no country, nationality or place the gazetteers know."""
    from graphkit.ingest.actors.gazetteer import country_code, demonym_code
    from graphkit.ingest.actors.places import is_place

    w = tt.text[k]
    return ((k + 1 >= len(tt.text) or tt.ent_iob[k + 1] != "I") and tt.tag[k] == "NNP" and w.isalpha()
            and not w.isupper() and not (country_code(w) or demonym_code(w) or is_place(w)))


#: Lower-case nouns for bodies news names after their chair ("the Tower commission", "the Scarman inquiry");
#: not "board", which is most often a company's ("a Lane board meeting").
EPONYM_BODIES = frozenset("commission committee inquiry panel tribunal".split())


def eponym_body_end(tt, s: int, e: int) -> int:
    """The end of a body named after its chair when the one-word name at ``s:e`` is the compound of a
    lower-case body noun ("Tower commission"), else ``e``.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> t = token_table(Doc(Vocab(), words=["the", "Tower", "commission", "and", "EC", "panel"],
    ...                     heads=[2, 2, 2, 2, 5, 3], deps=["det", "compound", "ROOT", "cc", "compound", "conj"]))
    >>> eponym_body_end(t, 1, 2), eponym_body_end(t, 4, 5)
    (3, 5)
    """
    if e - s != 1 or e >= len(tt.text) or tt.lower[e] not in EPONYM_BODIES or not tt.text[e].islower():
        return e
    w = tt.text[s]
    return e + 1 if w.isalpha() and w[:1].isupper() and w[1:].islower() and tt.head[s] == e else e
