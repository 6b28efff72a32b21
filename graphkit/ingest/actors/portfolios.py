"""A department is its head's country's: "the Treasury" of "Treasury Secretary James Baker".

News names a government department by its portfolio alone ("the Treasury", "the Ministry of
International Trade and Industry") once it has named the department's minister with the country
("U.S. Treasury Secretary James Baker", "Japan's Minister of International Trade and Industry, Hajime
Tamura"), and an executive by the leader who heads it ("the Reagan Administration", "the Nakasone
Cabinet"). Two facts of English, used by :mod:`graphkit.ingest.actors.find` once office holders have
their countries:

- a body whose name is a portfolio (its words but "ministry", "department", "office" and function
  words) is the department of the article's minister or secretary of that very portfolio, when all such
  office holders of the article are of one country;
- a body named "<person> Administration / Cabinet / Government" is the executive of the person the
  article names by that name, of the person's country (WordNet's "Reagan" is American,
  :mod:`graphkit.ingest.actors.known`).

Examples
--------
>>> sorted(portfolio("Ministry of International Trade and Industry"))
['industry', 'international', 'trade']
>>> portfolio("Minister of International Trade and Industry") == portfolio("International Trade and Industry Ministry")
True
>>> portfolio("Treasury"), portfolio("Treasury Secretary"), portfolio("chief economist")
(frozenset({'treasury'}), frozenset({'treasury'}), None)
"""
from __future__ import annotations

from graphkit.ingest.actors.known import known_actor
from graphkit.ingest.actors.known_offices import refuse_ministers

__all__ = ["portfolio", "department_homes"]

#: Words naming a department or its head, not its portfolio.
_OFFICE_WORDS = frozenset({"ministry", "department", "office", "dept", "minister", "secretary", "undersecretary",
                           "deputy", "vice", "under", "assistant", "state", "junior", "senior", "of", "the", "and",
                           "for", "&", "u.s.", "us"})
#: Heads of a department: a title of one of these names its portfolio.
_HEADS = frozenset({"minister", "secretary", "undersecretary"})
#: What a body is called after the leader who heads it.
_EXECUTIVES = frozenset({"administration", "cabinet", "government"})


def portfolio(name: str) -> frozenset[str] | None:
    """The portfolio words of a department's name or of its head's title (lower case, without the words of
    the office: "Treasury Secretary" treasury), else None when nothing is left or a title names no head
    of a department."""
    words = name.lower().replace(",", " ").split()
    if not words:
        return None
    if not _HEADS.intersection(words) and any(w in _HEADS | {"economist", "chief", "chairman", "president"}
                                              for w in words):
        return None
    rest = frozenset(w for w in words if w not in _OFFICE_WORDS)
    return rest or None


def _country_of(b, c) -> str | None:
    """The code of the one country person ``c`` is tied to, else of the country WordNet knows them of, else None."""
    own = {x.code for x in b.affil.get(id(c), []) if x.kind == "country" and x.code}
    if len(own) == 1:
        return own.pop()
    known = known_actor(c.names, c.kind) if not own else None
    return known.country if known is not None and known.country else None


def department_homes(b) -> None:
    """Tie the article's departments and executives named by portfolio or by their leader to the leader's
    country (see the module); ``b``: the actor builder of :mod:`graphkit.ingest.actors.find`. A minister first loses
    a guessed country that has no ministers (:func:`~graphkit.ingest.actors.known_offices.refuse_ministers`)."""
    refuse_ministers(b)
    heads: dict[frozenset[str], set[str | None]] = {}
    leaders: dict[str, str] = {}
    for c in b.clusters:
        if c.kind != "person":
            continue
        home = _country_of(b, c)
        for title in c.titles:
            words = portfolio(title)
            if words and _HEADS.intersection(title.lower().split()):
                heads.setdefault(words, set()).add(home)
        if home is not None:
            for n in c.names:
                leaders.setdefault(n.split()[-1].lower(), home)
    for c in list(b.clusters):
        if c.kind != "organization" or c.code or b.affil.get(id(c)):
            continue
        words = c.name().split()
        if len(words) == 2 and words[1].lower() in _EXECUTIVES and words[0].lower() in leaders:
            code: str | None = leaders[words[0].lower()]  # "the Reagan Administration"
        else:  # "the Treasury" of the one country's Treasury Secretary
            codes = heads.get(portfolio(c.name()) or frozenset(), set())
            code = next(iter(codes)) if len(codes) == 1 else None
        if code:
            home = b.country(code)
            b.kept.add(id(home))
            b.tie(c, home)
