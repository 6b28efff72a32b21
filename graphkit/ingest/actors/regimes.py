"""Governments named after their leader: "the Reagan administration", "the Thatcher government".

News names a government by its head: "the Reagan Administration imposed tariffs", "the Nakasone
government agreed". The entity recogniser reads such a phrase as an organisation of no country; it is
the government of the country its leader serves. The leader is the person of the article whose name
(or surname) is the words before the government noun and whom the article ties to one country, else
the person WordNet knows by that name (:func:`graphkit.ingest.actors.known.known_actor`). A leader the
article does not tie to a country and WordNet does not know leaves the government untied: a wrong
country is worse than none.

Examples
--------
>>> leader_name("Reagan Administration"), leader_name("the Thatcher government"), leader_name("Labour Party")
('Reagan', 'Thatcher', None)
"""
from __future__ import annotations

from graphkit.ingest.actors.known import known_actor

__all__ = ["leader_name", "leaders_governments"]

#: Nouns for the government a leader heads.
_GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "cabinet", "junta"})


def leader_name(name: str) -> str | None:
    """The leader's name in an organisation's name that is a leader's name and a government noun, else None.

    Examples
    --------
    >>> leader_name("Aquino government"), leader_name("the government") is None, leader_name("Cabinet") is None
    ('Aquino', True, True)
    """
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in _GOVERNMENT_NOUNS:
        return None
    leader = words[:-1]
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in leader):
        return None
    return " ".join(leader)


def _leader_country(b, leader: str) -> str | None:
    """The one country the person of builder ``b`` named ``leader`` is tied to, else WordNet's."""
    last = leader.split()[-1]
    codes = set()
    for p in b.clusters:
        if p.kind != "person" or not any(n == leader or n.split()[-1] == last for n in p.names):
            continue
        codes |= {x.code for x in b.affil[id(p)] if x.code}
    if len(codes) == 1:
        return codes.pop()
    if codes:
        return None
    known = known_actor([leader], "person")
    return known.country if known is not None and known.sector == "GOV" else None


def leaders_governments(b, late: bool = False) -> None:
    """Tie each organisation of builder ``b`` (a :class:`graphkit.ingest.actors.find._Builder`) named as a
    leader's government to the leader's country (see the module). ``late``: the builder has given its
    actors their ids already (the unnamed bodies' step made "the Reagan government"), so a country
    made now is given one."""
    for c in b.clusters:
        if c.kind != "organization" or any(x.code for x in b.affil[id(c)]):
            continue
        leader = next((name for n in c.names if (name := leader_name(n))), None)
        code = _leader_country(b, leader) if leader else None
        if code:
            b.kept.add(id(home := b.country(code)))
            b.tie(c, home)
            if late:
                b.ensure_id(home)
