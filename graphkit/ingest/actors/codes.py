"""The CAMEO sector and code of an actor of one article (a :class:`~.clusters.Cluster`).

A person takes the sector of its first title that has one; a group, of its head noun ("Israeli troops"
MIL, "U.S. firms" BUS); an organisation, of its name when that is a sector noun ("police"). Countries
keep their ISO-3 code; a body of states is IGO; a people ("Britons") and everyone else take country +
sector (:func:`~.sectors.actor_code`), never a country's bare code. What the text leaves open, a
person or organisation WordNet knows fills (:mod:`~.known`: "Putin" RUS GOV); the text's evidence wins.

Examples
--------
>>> from graphkit.ingest.actors.clusters import Cluster
>>> troops = Cluster()
>>> troops.names, troops.pcode = ["Israeli troops"], "ISR"
>>> troops.kinds["group"] += 1
>>> cluster_sector(troops), cluster_code(troops, [])
('MIL', ('MIL', 'ISRMIL'))
>>> putin = Cluster()
>>> putin.names = ["Vladimir Putin", "Putin"]
>>> putin.kinds["person"] += 3
>>> cluster_code(putin, [])
('GOV', 'RUSGOV')
"""
from __future__ import annotations

from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.groups import branch_sector
from graphkit.ingest.actors.institutions import is_national_bank
from graphkit.ingest.actors.known import known_actor
from graphkit.ingest.actors.regimes import leader_name
from graphkit.ingest.actors.sectors import actor_code, is_intergovernmental, noun_sector, title_sector
from graphkit.ingest.words import word_list

__all__ = ["cluster_sector", "cluster_code"]


def cluster_sector(c: Cluster) -> str | None:
    """The CAMEO sector of a cluster: of its first title that has one, else of a group's noun."""
    for title in c.titles:
        sector = title_sector(title)
        if sector:
            return sector
    if c.kind == "group" and c.names:  # a group is what its head noun names: "Israeli troops", "U.S. firms"
        # "gunman": the sector of "gunmen"; "congressional leaders": of the branch they serve
        return title_sector(c.names[0]) or noun_sector(c.names[0]) or branch_sector(c.names[0])
    if c.kind == "organization" and c.names:  # "the Central Bank": of its government (Phoenix's ~GOVBUS agents)
        return noun_sector(c.names[0]) or ("GOV" if is_national_bank(c.names[0]) or leader_name(c.names[0]) else None)
    return None


def _firms_only(ties: list[Cluster]) -> bool:
    """Whether a person's ties are companies ("Boliden AB", "Chrysler Corp"), and no country or other body.

    >>> firm, state = Cluster(), Cluster()
    >>> firm.names, state.code = ["Boliden AB"], "SWE"
    >>> firm.kinds["organization"] += 1
    >>> _firms_only([firm]), _firms_only([firm, state]), _firms_only([])
    (True, False, False)
    """
    ends = word_list("company_name_ends")
    return bool(ties) and all(x.kind == "organization" and not x.code and x.names
                              and x.names[0].split()[-1].lower() in ends for x in ties)


def cluster_code(c: Cluster, ties: list[Cluster]) -> tuple[str | None, str | None]:
    """(sector, CAMEO code) of a cluster. Countries keep their ISO code; a people ("Britons") and
    others take country + sector, never a country's bare code."""
    if c.code:
        return None, c.code
    if c.kind == "organization" and any(is_intergovernmental(n) for n in c.names):
        return "IGO", "IGO"  # a body of states belongs to no one country (CAMEO codes it IGO...)
    sector = cluster_sector(c)
    if sector == "GOV" and c.kind == "person" and _firms_only(ties):
        sector = "BUS"  # "Boliden president Kjell Nilsson": a company's president, not a government's
    if c.kind == "group" and c.pcode and not sector:
        sector = "CVL"  # a people named by its nationality: the country's civilians
    country = c.pcode or next((x.code for x in ties if x.code), None)
    if c.kind == "location":
        return None, None
    if not (country and sector):  # what the text leaves open, WordNet's known actors fill ("Putin" RUS GOV)
        known = known_actor(c.names, c.kind)
        if known:
            country, sector = country or known.country, sector or known.sector
    return sector, actor_code(country, sector)
