"""Members of a legislature named by a plural ("deputies", "senators", "MPs", "legislators"), and the
country whose chamber they sit in.

A chamber's members act together: they vote, walk out, reject a bill, criticise a government. News
names them by a plural of the sector LEG for people (:func:`~graphkit.ingest.actors.groups.member_words`),
often bare: "Deputies rejected the plan", "MPs walked out". They are a group actor of their chamber's
country; but that country is written in the group's own context, not in the article as a whole. The
country a report names most is wrong for a report from abroad (a Tokyo story on U.S. trade names Japan
most; its "senators" are American), so the country is looked for, in order (:func:`member_country`):

1. "in X", "of X", "from X" on the noun ("deputies in the Italian parliament" through its place);
2. a party or body named in the noun's phrase and tied to a country ("Labour MPs": the party's);
3. the nearest legislature or legislator of the article that is tied to one country ("the Senate",
   "Senator Robert Dole", "French deputies"): a chamber's members are named near their chamber and
   their colleagues; never a country the group's own clause names as its counterpart ("senators urged
   Japan": Japan is not theirs, :mod:`graphkit.ingest.actors.counterparts`);
4. the country of the report's dateline ("ROME -"), else the country where the report clearly stands
   (its places, people and bodies name it more than twice as often as any other: the setting that
   untied office holders take, :func:`graphkit.ingest.actors.holders.office_holders`).

With none of them the plural is no actor: members of no known chamber are no one in particular, and a
wrong country is worse than none.

Examples
--------
>>> from graphkit.ingest.actors.groups import is_member_word
>>> is_member_word("deputies"), is_member_word("MPs"), is_member_word("congressmen"), is_member_word("peers")
(True, True, True, False)
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import place_of
from graphkit.ingest.actors.codes import cluster_sector
from graphkit.ingest.actors.counterparts import counterpart_tokens
from graphkit.ingest.actors.gazetteer import party
from graphkit.ingest.actors.groups import is_acronym_member, is_member_word
from graphkit.ingest.actors.homes import principals_of
from graphkit.ingest.actors.offices import dateline_country
from graphkit.ingest.actors.sectors import title_sector

__all__ = ["member_country", "member_home", "chamber_group", "party_members", "tie_named_members"]

_MOD_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def member_country(b, i: int) -> str | None:
    """The code of the country of the chamber whose members the plural at ``i`` names (see the
    module), else None; ``b`` is the actor builder of :mod:`graphkit.ingest.actors.find`."""
    own = place_of(b, i) or _phrase_country(b, i)
    if own:
        return own
    others = _counterparts(b, i)
    near = _nearest_chamber(b, i, others)
    if near:
        return near
    code = dateline_country(b) or _clear_setting(b)
    return code if code and code not in others else None


def _clear_setting(b) -> str | None:
    """The country where the report clearly stands: its places, people and bodies name it more than twice as
    often as any other (:meth:`graphkit.ingest.actors.find._Builder.main_country` with ``clear``), the
    setting the article's untied office holders take too."""
    main = b.main_country(clear=True)
    return main.code if main is not None else b.unnamed_home


def _phrase_country(b, i: int) -> str | None:
    """The country of a party or body named in the modifiers of the noun at ``i`` ("Labour MPs")."""
    t = b.table
    for k in (c for c in t.children(i) if t.dep[c] in _MOD_DEPS and c < i):
        x = b.tok_cluster.get(k)
        if x is None:
            continue
        if x.code:
            return x.code
        codes = {y.code for y in b.affil.get(id(x), []) if y.code}
        if len(codes) == 1:
            return codes.pop()
        if x.kind == "organization" and (home := party(x.name())):
            return home[1]
    return None


def _counterparts(b, i: int) -> set[str]:
    """The countries the clause of the group at ``i`` names as its other party ("urged Japan")."""
    t = b.table
    lo, hi = b.bounds[i]
    coded = {k: x.code for k in range(lo, hi) if (x := b.tok_cluster.get(k)) is not None and x.code}
    return {coded[k] for k in counterpart_tokens(t, i, set(coded))}


def _chamber(c) -> bool:
    """Whether cluster ``c`` is a legislature or a legislator ("the National Assembly", "Senator X")."""
    return cluster_sector(c) == "LEG" or (c.kind == "organization" and title_sector(c.name()) == "LEG")


def _one_country(b, c) -> str | None:
    """The one country cluster ``c`` is, or is tied to (through its ties or principals: "Senator Dole of
    Kansas"), else None."""
    if c.code:
        return c.code
    ties = [*b.affil.get(id(c), []), *principals_of(b, c)]
    codes = {x.code for x in ties if x.code} | ({c.pcode} if c.pcode else set())
    return codes.pop() if len(codes) == 1 else None


def _nearest_chamber(b, i: int, others: set[str]) -> str | None:
    """The country of the legislature or legislator of the article nearest to token ``i`` (a word of
    the sector LEG that refers to an actor, "the Italian parliament", "Senator Dole"; or an actor that is
    one, "the Senate") that is one country or tied to one, not one of ``others``."""
    t, by_id = b.table, {c.id: c for c in b.clusters if c.id}
    best: tuple[int, str] | None = None
    for k, aid in b.layer.token_actor.items():
        if k == i or (x := by_id.get(aid)) is None or not (title_sector(t.lower[k]) == "LEG" or _chamber(x)):
            continue
        code = _one_country(b, x)
        if code and code not in others and (best is None or abs(k - i) < best[0]):
            best = (abs(k - i), code)
    return best[1] if best else None


def chamber_group(b, i: int, low: str) -> str | None:
    """Map the plural ``low`` at ``i`` that names a chamber's members to a group actor tied to
    :func:`member_country`, and return its id; None (no actor: members of no known chamber are no one in
    particular) without a country."""
    code = member_country(b, i)
    if not code:
        return None
    t = b.table
    name = t.text[i] if is_acronym_member(t.text[i]) else low  # "MPs"
    g = b.group(name, None, "group", f"{low}@{code}")  # the deputies of two countries are two groups
    g.extra.append((t.idx[i], t.idx[i] + len(t.text[i]), t.text[i]))
    b.layer.token_actor[i] = g.id
    b.tie(g, b.country(code))
    return g.id


def member_home(b, i: int, low: str, main):
    """The country cluster for a group named at ``i`` ("Opposition MPs", "Welsh councils") when its phrase
    gives none: for a chamber's members, of :func:`member_country` (else None: no guess), else ``main``,
    the article's country."""
    if not is_member_word(low):
        return main
    code = member_country(b, i)
    return b.country(code) if code else None


def party_members(b, low: str, actors: list[str]) -> bool:
    """Whether ``low`` names the members of a chamber and ``actors`` (the actors named in its phrase)
    include an organisation: "Labour MPs", "Democratic senators" are their party acting."""
    return is_member_word(low) and any(b.kinds.get(a) == "organization" for a in actors)


def tie_named_members(b) -> None:
    """Tie an actor the model took for a name that is only a chamber's members ("the MPs", an
    organisation by its capitals) and that has no country, to :func:`member_country` at its first mention."""
    for c in b.clusters:
        if c.kind in ("organization", "group") and c.mentions and not c.code and not b.affil.get(id(c)) and all(
                is_member_word(n.split()[-1]) and len(n.split()) <= 2 for n in c.names):
            t, m = b.table, c.mentions[0]
            h = next((k for k in range(m.start, m.end) if not m.start <= t.head[k] < m.end), m.end - 1)
            if code := member_country(b, h):
                home = b.country(code)
                b.ensure_id(home)
                b.tie(c, home)
