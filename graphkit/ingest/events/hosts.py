"""Hosts: a visit told without its destination is a visit to the country the story is about.

A report names where a visit goes when it is news elsewhere; told in passing, it leaves the destination
to the story: "the strike was designed to embarrass the government during the four-day visit of West
German President Richard Von Weizsaecker" in a report on Bolivia is a visit to Bolivia, "an editorial to
coincide with the visit of U.S. Secretary of State George Shultz" in a report on China's demands a visit
to China. :func:`visit_host` gives such a visit (PLOVER CONSULT, mode ``visit``, told by a noun with no
recipient and no place) the country the article names most (:func:`story_country`), when the
visitor's own country is known ("Chirac's visit" in a report on France, with Chirac tied to no country, may
be a trip at home), that country is not the visitor's own side, and it is named at least twice and more
than any other country but the visitor's. A verb of visiting names its destination when it has one (an
object, "to America", or the noun its participle modifies: "the countries visited"), so only nouns are read so.

Examples
--------
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.models import Actor
>>> layer = ActorLayer(actors={"bol": Actor(id="bol", name="Bolivia", kind="country", code="BOL"),
...                            "deu": Actor(id="deu", name="West Germany", kind="country", code="DEU"),
...                            "rvw": Actor(id="rvw", name="Weizsaecker", kind="person", affiliations=["deu"])},
...                    token_actor={0: "bol", 5: "bol", 9: "deu", 10: "rvw", 20: "bol"})
>>> story_country(layer, {"rvw", "deu"})
'bol'
"""
from __future__ import annotations

from collections import Counter

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.readings import Found

__all__ = ["story_country", "visit_host"]


def _country_of(aid: str, layer) -> str | None:
    """The country actor ``aid`` is, or the first country it belongs to."""
    actor = layer.actors.get(aid)
    if actor is None:
        return None
    if actor.kind == "country":
        return aid
    return next((a for a in actor.affiliations if (t := layer.actors.get(a)) is not None and t.kind == "country"),
                None)


def story_country(layer, away: set[str]) -> str | None:
    """The country the article of ``layer`` names most, by its mentions and those of its people, places and
    bodies (one per run of tokens), leaving out the countries in ``away``: named at least twice and more
    often than any other; else None.

    Examples
    --------
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> layer = ActorLayer(actors={"chn": Actor(id="chn", name="China", kind="country", code="CHN"),
    ...                            "jpn": Actor(id="jpn", name="Japan", kind="country", code="JPN")},
    ...                    token_actor={0: "chn", 4: "jpn", 8: "chn", 12: "jpn"})
    >>> story_country(layer, set()) is None
    True
    """
    votes: Counter = Counter()
    last: tuple[int, str | None] = (-2, None)
    for i in sorted(layer.token_actor):
        aid = layer.token_actor[i]
        if not (i == last[0] + 1 and aid == last[1]):
            country = _country_of(aid, layer)
            if country is not None and country not in away:
                votes[country] += 1
        last = (i, aid)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def visit_host(found: list[Found], layer) -> list[Found]:
    """``found``, each visit with no recipient and no place given the country of the story as its host
    (see the module).

    Examples
    --------
    >>> visit_host([], None)
    []
    """
    out = []
    for f in found:
        if (f.trig.type == "CONSULT" and f.trig.mode == "visit" and f.cand.kind == "noun" and not f.recips
                and f.location is None and f.actors):
            side = own_side(f.actors, layer)
            away = {c for a in side if (c := _country_of(a, layer)) is not None}
            host = story_country(layer, away) if away else None  # a visitor of no known country may be at home
            if host is not None and host not in side:
                f = f._replace(recips=[host])
        out.append(f)
    return out
