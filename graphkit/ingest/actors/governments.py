"""Governments of a people: "the government" that a country's people deal with is their own.

A report whose setting no name settles (:func:`~graphkit.ingest.actors.offices.home_country` finds
none: a single sentence, a short item naming its country once) still says whose "the government" is
when the people it names at home are of one country: "Union leaders in South Korea accused the
government of repression", "Brazil's farmers demanded that the federal government suspend their
debts". People who live and act where they are (labour, civilians, students, the opposition, a
chamber's members: :func:`~graphkit.ingest.actors.settings.home_sector`, by their name or its head
noun: "Bolivian miners"; bodies of them by their head noun: "Brazil's Central Workers Union"), and
rebels, who fight it, address their own country's executive. So an unowned "the government", "the
administration" or "the authorities" (:func:`~graphkit.ingest.actors.offices.national_office`; also
a bare possessor: "the government's offer") that no rule mapped is the country of the article's home
groups, when they are all of one country and the article names no other country; else it stays
unmapped (a story about two countries leaves it open). An "of" phrase whose object is a common noun
with no determiner and no name ("of repression", "of betraying workers") or a gerund names the
charge, not an owner, in "accused the government of repression" (the parser hangs it on the noun).

Examples
--------
>>> from graphkit.ingest.actors.executives import EXECUTIVES
>>> sorted(EXECUTIVES)
['administration', 'government']
"""
from __future__ import annotations

from graphkit.ingest.actors.executives import EXECUTIVES
from graphkit.ingest.actors.offices import home_country, national_office
from graphkit.ingest.actors.sectors import noun_sector
from graphkit.ingest.actors.settings import home_sector

__all__ = ["people_country", "find_governments"]

#: Roles of a noun taking part in its clause.
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def _group_code(b, c) -> str | None:
    """The country of group or body ``c`` of builder ``b``: its people's, else the first country it is tied to."""
    return c.pcode or next((t.code for t in b.affil.get(id(c), []) if t.kind == "country" and t.code), None)


def _charge(t, c: int) -> bool:
    """Whether ``c`` is an "of" phrase whose object is a bare common noun or a gerund: the charge in
    "accused the government of repression", not an owner."""
    objs = [o for o in t.children(c) if t.dep[o] in ("pobj", "pcomp")]
    return t.dep[c] == "prep" and t.lower[c] == "of" and len(objs) == 1 and (
        t.dep[objs[0]] == "pcomp" or t.pos[objs[0]] == "NOUN" and t.ent_iob[objs[0]] == "O" and all(
            t.dep[k] in ("amod", "compound") and t.pos[k] != "PROPN" for k in t.children(objs[0])))


def _bare(t, i: int) -> bool:
    """Whether the noun at ``i`` has "the" and nothing else but a charge (:func:`_charge`)."""
    kids = t.children(i)
    return any(t.dep[c] == "det" and t.lower[c] == "the" for c in kids) and all(
        (t.dep[c] == "det" and t.lower[c] == "the") or _charge(t, c) for c in kids)


def _charged(t, i: int) -> bool:
    """Whether the noun at ``i`` is "the government" object of a verb with only an "of" phrase of a bare
    common noun ("accused the government of repression": the charge, not an owner) besides "the"."""
    return t.dep[i] == "dobj" and _bare(t, i)


def _state(t, i: int) -> bool:
    """Whether the noun at ``i`` names a country's unowned executive: "the government", "the
    administration" (:func:`~graphkit.ingest.actors.offices.national_office`, :func:`_charged`,
    :func:`_possessor`), or "the authorities" taking part in its clause."""
    low = t.lower[i]
    if low in EXECUTIVES:
        return national_office(t, i) or _charged(t, i) or _possessor(t, i)
    return low == "authorities" and t.dep[i] in _ROLES and _bare(t, i)


def _possessor(t, i: int) -> bool:
    """Whether the noun at ``i`` is a bare "the government's" owning an object ("rejected the
    government's offer": whom the act is aimed at); the owner of a subject ("the government's failure
    would trigger cuts") is left to the readers of nominal events."""
    kids = t.children(i)
    return t.dep[i] == "poss" and t.dep[t.head[i]] in ("dobj", "pobj") and any(
        t.dep[c] == "det" and t.lower[c] == "the" for c in kids) and all(
        (t.dep[c] == "det" and t.lower[c] == "the") or t.dep[c] == "case" for c in kids)


def _at_home(noun: str) -> bool:
    """Whether people named by ``noun`` deal with their own country's government: people at home
    (:func:`~graphkit.ingest.actors.settings.home_sector`) and rebels, who fight it."""
    return home_sector([noun]) is not None or noun_sector(noun) == "REB"


def people_country(b) -> str | None:
    """The one country of the home groups of builder ``b``'s article (see the module), when the article
    names no other country; else None.

    Examples
    --------
    >>> class Builder:  # an article with no actors
    ...     clusters, affil = [], {}
    >>> people_country(Builder()) is None
    True
    """
    homes = {_group_code(b, c) for c in b.clusters if c.kind in ("group", "organization") and (
        c.mentions or c.extra) and c.names and (c.kind == "group" and home_sector(c.names) or _at_home(
            c.names[0].split()[-1].lower()))}
    homes.discard(None)
    if len(homes) != 1:
        return None
    code = homes.pop()
    named = {c.code for c in b.clusters if c.kind == "country" and c.code and (c.mentions or c.extra)}
    return code if named <= {code} else None


def find_governments(b) -> None:
    """Map each unowned "the government" of builder ``b`` that no rule mapped to the country of the
    article's home groups (see the module), when no name settles the article's setting.

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> class Builder:  # no group of people at home: "the government" stays open
    ...     def __init__(self, doc):
    ...         self.table, self.layer, self.body = token_table(doc), ActorLayer(), 0
    ...         self.clusters, self.affil = [], {}
    >>> doc = Doc(Vocab(), words=["the", "government", "agreed"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"])
    >>> b = Builder(doc)
    >>> find_governments(b)
    >>> b.layer.token_actor
    {}
    """
    t, token_actor = b.table, b.layer.token_actor
    code: str | None = None
    settled = False
    for i in range(b.body, len(t.text)):
        if i in token_actor or not _state(t, i):
            continue
        if not settled:
            settled = True
            code = people_country(b)
            if code and (b.main_country() is not None or home_country(b)):
                code = None  # a named setting: :func:`graphkit.ingest.actors.unnamed._home_office` has it
        if not code:
            return
        start = next((c for c in t.children(i) if t.dep[c] == "det"), i)
        c = b.country(code)
        c.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
        token_actor[i] = b.ensure_id(c)

