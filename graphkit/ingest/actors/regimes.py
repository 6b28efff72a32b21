"""Governments named after their leader: "the Reagan administration", "the Thatcher government".

News names a government by its head: "the Reagan Administration imposed tariffs", "the Nakasone
government agreed". The entity recogniser reads such a phrase as an organisation of no country; it is
the government of the country its leader serves. The leader is the person of the article whose name
(or surname) is the words before the government noun and whom the article ties to one country, else
the person WordNet knows by that name (:func:`graphkit.ingest.actors.known.known_actor`), else, for a
surname, the one country of the heads of government WordNet knows by it ("the Thatcher government": WordNet's
"Thatcher" is also a roofer, but only one statesman; :func:`~graphkit.ingest.actors.leaders.surname_country`).
A leader the article does not tie to a country and WordNet does not know leaves the government untied: a
wrong country is worse than none.

The recogniser also reads the leader of "Mitterrand's government" as an organisation named "Mitterrand": an
organisation every mention of which owns a government noun ("X's government", "X's administration") is that
leader, and is tied to the leader's country (:func:`possessed_government`).

Examples
--------
>>> leader_name("Reagan Administration"), leader_name("the Thatcher government"), leader_name("Labour Party")
('Reagan', 'Thatcher', None)
"""
from __future__ import annotations

from graphkit.ingest.actors.known import known_actor
from graphkit.ingest.actors.leaders import surname_country

__all__ = ["GOVERNMENT_NOUNS", "leader_name", "leaders_governments", "possessed_government"]

#: Nouns for the government a leader heads.
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "cabinet", "junta"})


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
    if len(words) < 2 or words[-1].lower() not in GOVERNMENT_NOUNS:
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
    if known is not None:
        return known.country if known.sector == "GOV" else None
    return surname_country(leader) if len(leader.split()) == 1 else None


def possessed_government(t, c) -> str | None:
    """The name of cluster ``c`` when every mention of it owns a government noun ("Mitterrand's government"),
    read on the token table ``t``, else None.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.actors.clusters import Cluster
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Mitterrand", "'s", "government", "said"], heads=[2, 0, 3, 3],
    ...           deps=["poss", "case", "nsubj", "ROOT"])
    >>> c = Cluster()
    >>> c.names.append("Mitterrand")
    >>> c.mentions.append(type("M", (), {"start": 0, "end": 1})())
    >>> possessed_government(token_table(doc), c)
    'Mitterrand'
    """
    if not c.mentions or not c.names:
        return None
    for m in c.mentions:
        h = next((k for k in range(m.start, m.end) if not m.start <= t.head[k] < m.end), m.end - 1)
        if t.dep[h] != "poss" or t.lower[t.head[h]] not in GOVERNMENT_NOUNS:
            return None
    return c.names[0]


def leaders_governments(b, late: bool = False) -> None:
    """Tie each organisation of builder ``b`` (a :class:`graphkit.ingest.actors.find._Builder`) named as a
    leader's government to the leader's country (see the module). ``late``: the builder has given its
    actors their ids already (the unnamed bodies' step made "the Reagan government"), so a country
    made now is given one."""
    for c in b.clusters:
        if c.kind != "organization" or any(x.code for x in b.affil[id(c)]):
            continue
        leader = next((name for n in c.names if (name := leader_name(n))), None) or possessed_government(b.table, c)
        code = _leader_country(b, leader) if leader else None
        if code:
            b.kept.add(id(home := b.country(code)))
            b.tie(c, home)
            if late:
                b.ensure_id(home)
