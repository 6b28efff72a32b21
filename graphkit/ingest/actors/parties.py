"""Namesake parties: a party's short form names the listed party only in that party's own country.

Many countries have a "Christian Democrats", "Social Democrats", "Conservatives" or "Labour"; the gazetteer
(:func:`graphkit.ingest.actors.gazetteer.party`) lists one party for each such form, with its country, so that
"the Tories" of a British report is the Conservative Party. Where the text ties the party to another country
only ("Italy's Christian Democrats", "the Swedish Social Democrats"), it is that country's party of the same
name: it keeps the name the text gives it, not the listed party's ("Christian Democratic Union").

Examples
--------
>>> from types import SimpleNamespace as S
>>> from graphkit.ingest.actors.clusters import Cluster
>>> italy, cdu = Cluster(), Cluster()
>>> italy.code, cdu.names = "ITA", ["Christian Democratic Union", "Christian Democrats"]
>>> cdu.kinds["organization"] += 3
>>> namesake_parties(S(clusters=[italy, cdu], affil={id(cdu): [italy]}))
>>> cdu.name()
'Christian Democrats'
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import party

__all__ = ["namesake_parties"]


def namesake_parties(b) -> None:
    """Give each listed party that the article of builder ``b`` ties to other countries only the name its
    text writes (see the module's description)."""
    for c in b.clusters:
        if c.kind != "organization" or c.code:
            continue
        found = next((f for n in c.names if (f := party(n)) is not None and f[0] in c.names), None)
        if found is None:
            continue
        canonical, home = found
        codes = {x.code for x in b.affil.get(id(c), []) if x.code}
        written = [n for n in c.names if n != canonical]
        if codes and home not in codes and written:
            c.names = written
