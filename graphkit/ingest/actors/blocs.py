"""Groups of countries named by number: "the Group of Seven", "G-7", "the five major industrial nations".

The leading industrial democracies meet and act as a body named by its number of members, and news
names it three ways, all one actor, a body of states (CAMEO's IGO, by
:func:`~graphkit.ingest.actors.sectors.is_intergovernmental`: "Group of" and a number):

- "Group of" and a number ("the Group of Five", "the Group of 10"), which the model often misses
  ("Seven" taken for a cardinal);
- the abbreviation "G-" and the number ("G-7", "G5"), alone or modifying the people who act for it
  ("G-7 finance ministers": the group acting, :mod:`graphkit.ingest.actors.unnamed`);
- "the" and a number of five to ten with "industrial" nations, countries, democracies or powers
  ("the seven major industrial nations", "the six leading industrialised countries"): the way news
  spells out the group (two or three such nations are only some of them).

Each is named "Group of" and the number (in words up to ten: "Group of Seven"), the name the
abbreviation list gives "G7", and one actor per number in an article.

States named together by their region ("Western governments", "Arab states", "African nations",
"Latin American countries") act together too, as a group actor of that name, when they take part in
a clause (subject, object, agent, or the object of a preposition of a party); no country is theirs
(no country is guessed for them) and no dictionary codes them.

Examples
--------
>>> bloc_name("G-7"), bloc_name("G5"), bloc_name("G-24"), bloc_name("GM"), bloc_name("G-1")
('Group of Seven', 'Group of Five', 'Group of 24', None, None)
"""
from __future__ import annotations

import re

from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.regions import REGIONS
from graphkit.names import name_key

__all__ = ["bloc_name", "find_blocs"]

_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NAMES = {n: w.capitalize() for w, n in _WORDS.items()}
_ABBREVIATION = re.compile(r"^G-?(\d{1,2})$")
#: Nouns for the states of a group ("the seven major industrial nations").
_STATES = frozenset({"nations", "countries", "democracies", "powers", "states", "economies"})
#: Adjectives of the industrial democracies, spelt every way news spells them.
_INDUSTRIAL = frozenset({"industrial", "industrialised", "industrialized", "industrialist"})
#: Nouns for the states or governments of a region.
_REGION_HEADS = _STATES | {"governments", "allies"}
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_PARTY_PREPS = frozenset({"by", "to", "with", "against", "from", "between", "among", "on"})


def _number(word: str) -> int | None:
    """The number a word or numeral writes ("Seven", "10"), else None."""
    low = word.lower()
    return int(low) if low.isdigit() else _WORDS.get(low)


def bloc_name(word: str) -> str | None:
    """The name of the group of countries an abbreviation names ("G-7" -> "Group of Seven"), else None."""
    m = _ABBREVIATION.match(word)
    return _group_of(int(m.group(1))) if m else None


def _group_of(n: int) -> str | None:
    """ "Group of" and the number ``n`` (two or more), in words up to ten."""
    return f"Group of {_NAMES.get(n, n)}" if n >= 2 else None


def _spelt_out(t, i: int) -> str | None:
    """The group the plural at ``i`` spells out ("the seven major industrial nations"), else None."""
    if t.lower[i] not in _STATES:
        return None
    kids = list(t.children(i))
    counts = [n for c in kids if t.dep[c] == "nummod" and (n := _number(t.text[c])) is not None]
    if len(counts) != 1 or not 5 <= counts[0] <= 10 or not any(t.lower[c] == "the" for c in kids):
        return None
    return _group_of(counts[0]) if any(t.lower[c] in _INDUSTRIAL for c in kids if c < i) else None


def _region_start(t, i: int) -> int | None:
    """The first token of the region adjective of the plural at ``i`` ("Arab" in "Arab states", "Latin"
    in "Latin American countries") when that plural names a region's states taking part in a clause,
    else None."""
    if t.lower[i] not in _REGION_HEADS or t.tag[i] not in ("NNS", "NNPS"):
        return None
    k = i - 1
    start = k - 1 if k > 0 and f"{t.lower[k - 1]} {t.lower[k]}" in REGIONS else k
    if k < 0 or t.head[k] != i or not t.text[start][:1].isupper() or " ".join(t.lower[start:i]) not in REGIONS:
        return None
    while t.dep[i] == "conj" and t.head[i] != i:
        i = t.head[i]
    dep = t.dep[i]
    return start if dep in _PARTY_DEPS or (dep == "pobj" and t.lower[t.head[i]] in _PARTY_PREPS) else None


def _written_group(t, i: int) -> tuple[str, int] | None:
    """("Group of N", end) where "Group of" and a number start at token ``i``, else None."""
    if t.text[i] != "Group" or i + 2 >= len(t.text) or t.lower[i + 1] != "of":
        return None
    n = _number(t.text[i + 2])
    name = _group_of(n) if n is not None else None
    return (name, i + 3) if name else None


def _bloc(b, name: str) -> Cluster:
    """The article's actor for the group ``name`` (the model's, if it found the name; made if new)."""
    key = name_key(name)
    for c in b.clusters:
        if c.kind != "country" and any(name_key(n) == key for n in c.names):
            return c
    return b.group(name, None, "organization")


def find_blocs(b) -> None:
    """Map the groups of countries named by number in builder ``b``'s article to one actor each (see the
    module). A name the model found alone ("G-5") takes the full name; a longer one ("Reuters the G-7",
    "G-5 and G-7") gives its tokens up."""
    t, token_actor = b.table, b.layer.token_actor
    by_id = {c.id: c for c in b.clusters if c.id}
    for i in range(b.body, len(t.text)):
        if i not in token_actor and (r := _region_start(t, i)) is not None:
            _region_group(b, r, i)
            continue
        written = _written_group(t, i)
        name = written[0] if written else bloc_name(t.text[i]) or _spelt_out(t, i)
        if name is None:
            continue
        end = written[1] if written else i + 1
        start = next((c for c in t.children(i) if t.lower[c] == "the"), i) if end == i + 1 else i
        own = by_id.get(token_actor.get(i, ""))
        if own is not None and own.kind != "country" and all(
                name_key(n) in (name_key(name), name_key(t.text[i])) for n in own.names):
            if name not in own.names:
                own.names.insert(0, name)  # "G-5": "Group of Five"
            continue
        g = _bloc(b, name)  # a name of its own, or the tokens taken from a wrong one ("G-5 and G-7", "Group of")
        b.ensure_id(g)
        g.extra.append((t.idx[start], t.idx[end - 1] + len(t.text[end - 1]), t.span_text(start, end)))
        for k in range(i, end):
            token_actor[k] = g.id


def _region_group(b, start: int, i: int) -> None:
    """Map the plural at ``i`` to the group of the region's states its modifier from ``start`` names."""
    t = b.table
    name = " ".join([*t.text[start:i], t.lower[i]])  # "Western governments"
    g = b.group(name, None)
    g.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
    b.layer.token_actor[i] = g.id
