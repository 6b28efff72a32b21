"""Officials of a body with no country: the country of the setting, as for officials of no body.

Used by :mod:`graphkit.ingest.actors.find` after :func:`graphkit.ingest.actors.holders.office_holders`, which
gives an office holder written with no country the setting's (the country the article names most, else that
of its dateline or headline, a roundup item's dateline first) -- but only when the text ties them to nothing
at all. News often names the official's body and not its country: "Federal Court Judge X", "Board of Foreign
Trade director X", "Labour Party leader X", "Prime Minister X" of "the Labour government". A national body
(a court, a board, a ministry's bureau, a party) is of the country where it sits, so its official is too:

- the person holds a government, legislative or judicial office (the sector of their title), or a party's
  (tied to a political party, or a title naming one: "National Party leader");
- they are tied to no body, or every body they are tied to has no country of its own, and none is a body
  of states ("World Bank economist", :func:`~graphkit.ingest.actors.sectors.is_intergovernmental`) or a
  company (a name ending in a legal form, "Corp", "Ltd": a company's president is no official of the setting);
- the setting is the country the article names most, else that of its dateline or headline; a party's own
  official in an article that names no country takes that of its parties (:func:`party_home`: "Tory leader X");
- WordNet knows no such person (:mod:`graphkit.ingest.actors.known`) and the setting is no country the
  clause names as their counterpart (:mod:`graphkit.ingest.actors.counterparts`).

Examples
--------
>>> from graphkit.ingest.actors.clusters import Cluster
>>> court, labour, fund = Cluster(), Cluster(), Cluster()
>>> court.names, labour.names, fund.names = ["Federal Court"], ["Labour Party"], ["International Monetary Fund"]
>>> for body in (court, labour, fund):
...     body.kinds["organization"] += 1
>>> national_bodies_only([court]), national_bodies_only([labour]), national_bodies_only([court, fund])
(True, True, False)
>>> is_party(labour), is_party(court)
(True, False)
"""
from __future__ import annotations

from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.codes import cluster_sector
from graphkit.ingest.actors.counterparts import counterpart_codes
from graphkit.ingest.actors.datelines import item_country
from graphkit.ingest.actors.gazetteer import party
from graphkit.ingest.actors.known import known_actor
from graphkit.ingest.actors.offices import home_country
from graphkit.ingest.actors.sectors import is_intergovernmental
from graphkit.ingest.words import word_list

__all__ = ["body_officials", "is_party", "national_bodies_only", "party_country", "party_home"]

#: Sectors of the offices held for a country: government, legislature, judiciary.
OFFICES = ("GOV", "LEG", "JUD")


def party_country(c: Cluster) -> str | None:
    """The country of listed party ``c`` ("Tories": GBR), else None."""
    return next((found[1] for n in c.names if (found := party(n)) is not None), None)


def is_party(c: Cluster) -> bool:
    """Whether organisation ``c`` is a political party: a listed one, or a name ending in "Party"."""
    return any(party(n) is not None or n.split()[-1].lower() == "party" for n in c.names if n.split())


def national_bodies_only(ties: list[Cluster]) -> bool:
    """Whether ``ties`` are bodies only, none with a country of its own, a body of states or a company."""
    ends = word_list("company_name_ends")
    return bool(ties) and all(
        x.kind == "organization" and not x.code and x.names and not any(is_intergovernmental(n) for n in x.names)
        and x.names[0].split()[-1].lower().strip(".") not in ends for x in ties)


def body_officials(b, parties: bool = False) -> None:
    """Tie each official of builder ``b`` (a :class:`graphkit.ingest.actors.find._Builder`) tied to national
    bodies of no country only to the country of the setting (see the module); with ``parties``, only the
    officials of a party to the country of the article's parties (:func:`party_home`), once the unnamed actors
    are found: the country is no setting they may be taken for ("the government" of a report that never names
    it stays unnamed), nor that of an official the parties deal with ("Prime Minister X met the Tories")."""
    setting: Cluster | None = None
    looked = False
    if parties:
        setting, looked = _party_setting(b), True
        if setting is None:
            return
    for c in b.clusters:
        ties = b.affil[id(c)]
        if c.kind != "person" or not c.titles or (ties and not national_bodies_only(ties)):
            continue
        if parties and not any(setting is not None and party_country(x) == setting.code for x in ties):
            continue  # only the parties' own officials: "Prime Minister X met the Tories" may be a visitor
        if any(u.code for x in ties for u in b.affil.get(id(x), [])):
            continue  # the body's country is the person's (homes.principals_of)
        if cluster_sector(c) not in OFFICES and not any(is_party(x) for x in ties) \
                and not any("party" in title.lower().split() for title in c.titles):  # "National Party leader"
            continue
        if known_actor(c.names, c.kind) is not None:
            continue
        item = item_country(b, c.mentions[0].start)  # a roundup's item: its dateline's country
        if item is None and not looked:
            setting, looked = _setting(b), True
        here = b.country(item) if item else setting
        if here is not None and here.code not in counterpart_codes(b, c):
            b.kept.add(id(here))
            if parties:  # ids are given by now
                b.ensure_id(here)
            b.tie(c, here)


def _setting(b) -> Cluster | None:
    """The country that stands out in the article of builder ``b``, else that of its dateline or headline."""
    main = b.main_country(clear=True)
    if main is None and (code := b.unnamed_home or home_country(b)):
        main = b.country(code)
    return main


def _party_setting(b) -> Cluster | None:
    """The country of the article's parties (:func:`party_home`) as its setting, else None."""
    code = party_home(b)
    return b.country(code) if code else None


def party_home(b) -> str | None:
    """The country of the listed parties of builder ``b``'s article when they are all of one and the article
    names no country at all: a report on "Tory leader X" and "Labour" that never writes Britain is British
    (a party is national; where the article names a country, a namesake party may be its own)."""
    if any(c.code and (c.mentions or c.extra) for c in b.clusters):
        return None
    homes = {code for c in b.clusters if c.kind == "organization" and (code := party_country(c))}
    return homes.pop() if len(homes) == 1 else None
