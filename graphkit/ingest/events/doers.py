"""Doers a clause does not give as its subject, read from what surrounds it.

After the roles of each candidate act are read (:func:`~graphkit.ingest.events.arguments.event_roles`),
three general facts of news writing give a doer the clause itself lacks:

- "Y is to blame, X said": a verdict of blame is the speaker's accusation of the one blamed
  (:func:`~graphkit.ingest.events.attribution.blamed_party`);
- in quoted words the speaker is "I" and "we": an act with no doer in a quote is the speaker's
  (:func:`~graphkit.ingest.events.speech.first_person_speaker`);
- "an attack by rebels killed ten": an event noun as subject brings its own doer
  (:func:`~graphkit.ingest.events.nominal.cause_doers`).
"""
from __future__ import annotations

from graphkit.ingest.events import speech as _speech
from graphkit.ingest.events.attribution import blamed_party
from graphkit.ingest.events.nominal import cause_doers

__all__ = ["fill_doers"]


def fill_doers(cands: list, roles: list, layer, quotes: list, speakers: dict) -> None:
    """Give the acts of ``cands`` the doers their surroundings name (see the module); ``roles``
    (``(actors, recipients)`` or None per candidate) is updated in place, in the order above.

    Examples
    --------
    >>> fill_doers([], [], None, [], {})  # no candidate: nothing to do
    """
    for n, c in enumerate(cands):
        if c.kind == "verb" and (blamed := blamed_party(c.head, layer)) is not None:
            said_by = _speech.speaker_of(c.head, layer, speakers)[0]  # "Y is to blame, X said"
            roles[n] = (said_by, [b for b in blamed if b not in said_by]) if said_by and blamed else None
    for n, c in enumerate(cands):
        role = roles[n]
        if role is not None and not role[0] and (speaker := _speech.first_person_speaker(c, quotes, speakers)):
            roles[n] = ([speaker], [r for r in role[1] if r != speaker])
    for n, c in enumerate(cands):
        role = roles[n]
        if role is not None and not role[0] and c.kind == "verb" and (doers := cause_doers(c.head, layer)):
            roles[n] = (doers, [r for r in role[1] if r not in doers])  # "an attack by rebels killed ten"
