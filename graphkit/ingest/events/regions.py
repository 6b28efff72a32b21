"""Places that act for no one: a sea or a continent is no party to an event.

A city or a capital stands for its country in news ("Tokyo rejected the charge", "shelled Juba"),
and the actor stage ties it to that country; a territory stands for its people ("evacuate the
Gaza Strip"). A location tied to no country whose name is a body of water ("the Gulf", "the
Pacific") or a continent ("Europe"), by WordNet 3.0 (``data/words/waters_continents.txt``), is
where an act happens, not who does it or whom it is aimed at: "the Iraqi missile attack on the U.S. frigate
Stark in the Gulf, which killed 37 Americans" was not made by the Gulf, and "GCC members are
threatening to impose duties" in the Gulf threaten Europe, not the Gulf. Such places leave the
actors and recipients of the article's events (they may still be an event's ``location``); an
event left with no actor is dropped, for an event is always someone's act.

Examples
--------
>>> from graphkit.models import Actor, Event
>>> actors = {"gulf": Actor(id="gulf", name="Gulf", kind="location"),
...           "iraq": Actor(id="iraq", name="Iraq", kind="country", code="IRQ"),
...           "basra": Actor(id="basra", name="Basra", kind="location", affiliations=["iraq"])}
>>> ev = Event(id="a#e0", type="ASSAULT", label="attacked", actors=["iraq"], recipients=["gulf"],
...            article="a", sentence="Iraq attacked ships in the Gulf.", start=5, end=13)
>>> [(e.actors, e.recipients) for e in drop_regions([ev], actors)]
[(['iraq'], [])]
>>> len(drop_regions([ev.model_copy(update={"actors": ["gulf"]})], actors))
0
>>> [e.recipients for e in drop_regions([ev.model_copy(update={"recipients": ["basra"]})], actors)]
[['basra']]
"""
from __future__ import annotations

from graphkit.ingest.words import word_list
from graphkit.models import Actor, Event

__all__ = ["drop_regions", "is_region"]


def is_region(actor: Actor | None) -> bool:
    """Whether ``actor`` is a location tied to no country named as a water or a continent."""
    if actor is None or actor.kind != "location" or actor.affiliations or actor.code:
        return False
    name = actor.name.lower()
    return (name[4:] if name.startswith("the ") else name) in word_list("waters_continents")


def drop_regions(events: list[Event], actors: dict[str, Actor]) -> list[Event]:
    """The events without regions among their actors and recipients (see the module); an event
    left with no actor is dropped."""
    out = []
    for ev in events:
        doers = [a for a in ev.actors if not is_region(actors.get(a))]
        aimed = [a for a in ev.recipients if not is_region(actors.get(a))]
        if ev.actors and not doers:
            continue
        out.append(ev if (doers, aimed) == (ev.actors, ev.recipients)
                   else ev.model_copy(update={"actors": doers, "recipients": aimed}))
    return out
