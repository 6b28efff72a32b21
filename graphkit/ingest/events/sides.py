"""Sides: an act between parties is aimed away from its doer's own country.

A sentence often names the doer's own country beside the party an act is aimed at: "Reagan's decision to
increase tariffs on Japanese imports to the U.S." names the United States as where the imports go, "the
IMF's help to Kenya" in "Moi thanked Camdessus for ..." names the thanker's own country. When the
recipients of an act are of two sides, one the doer's own country and one another, the act is between
the doer and the other side: :func:`other_sides` drops the recipients of the doer's own country (the
country itself, its bodies, people and places), and keeps them when they are all there is (a strike
against one's own government is domestic, and stays).

Examples
--------
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.models import Actor
>>> layer = ActorLayer(actors={"usa": Actor(id="usa", name="United States", kind="country", code="USA"),
...                            "jpn": Actor(id="jpn", name="Japan", kind="country", code="JPN"),
...                            "reagan": Actor(id="reagan", name="Reagan", kind="person", affiliations=["usa"])})
>>> foreign_recipients(["reagan"], ["jpn", "usa"], layer)
['jpn']
"""
from __future__ import annotations

from graphkit.ingest.events.readings import Found

__all__ = ["countries_of", "foreign_recipients", "other_sides"]


def countries_of(aid: str, layer, depth: int = 3) -> set[str]:
    """The countries actor ``aid`` is or belongs to, through up to ``depth`` affiliations (a minister's
    ministry's country).

    Examples
    --------
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> layer = ActorLayer(actors={"gbr": Actor(id="gbr", name="Britain", kind="country", code="GBR"),
    ...                            "fco": Actor(id="fco", name="Foreign Office", kind="organization",
    ...                                         affiliations=["gbr"]),
    ...                            "hurd": Actor(id="hurd", name="Hurd", kind="person", affiliations=["fco"])})
    >>> sorted(countries_of("hurd", layer)), sorted(countries_of("nobody", layer))
    (['gbr'], [])
    """
    actor = layer.actors.get(aid)
    if actor is None:
        return set()
    if actor.kind == "country":
        return {aid}
    if depth <= 0:
        return set()
    return {c for a in actor.affiliations if a != aid for c in countries_of(a, layer, depth - 1)}


def foreign_recipients(actors: list[str], recips: list[str], layer) -> list[str]:
    """``recips`` without those of the doers' own countries, when another recipient is of a country none of
    the doers belongs to; else ``recips`` unchanged.

    Examples
    --------
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> layer = ActorLayer(actors={"esp": Actor(id="esp", name="Spain", kind="country", code="ESP"),
    ...                            "farmers": Actor(id="farmers", name="farmers", kind="group",
    ...                                             affiliations=["esp"])})
    >>> foreign_recipients(["farmers"], ["esp"], layer)
    ['esp']
    """
    own = {c for a in actors for c in countries_of(a, layer)}
    if not own:
        return recips
    sides = {r: countries_of(r, layer) for r in recips}
    if not any(s and not s & own for s in sides.values()):
        return recips
    return [r for r in recips if not sides[r] or not sides[r] <= own]


def other_sides(found: list[Found], layer) -> list[Found]:
    """The events ``found`` with the recipients of their doers' own countries dropped where the act has a
    recipient of another country too (:func:`foreign_recipients`)."""
    return [f._replace(recips=foreign_recipients(f.actors, f.recips, layer)) for f in found]
