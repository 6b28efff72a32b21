"""The party of a meeting whose "with" phrase the parser hung on its venue.

"a meeting at the American diplomatic mission with the Soviet team": a venue (the object of the
meeting's "at" or "in" phrase) meets no one, so a "with" or "between" phrase attached to it names the
meeting's other party. The parser often attaches it so, to the nearest noun.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["meeting", "at", "the", "mission", "with", "the", "team"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 3, 1, 3, 6, 4],
...           deps=["ROOT", "prep", "det", "pobj", "prep", "det", "pobj"])
>>> [t.text for t in venue_parties(doc[0])]
['team']
"""
from __future__ import annotations

from graphkit.ingest.events.roles import np_actors

__all__ = ["venue_parties", "venue_party_actors", "VENUE_PREPS"]

#: Prepositions of the place a meeting is held in.
VENUE_PREPS = frozenset({"at", "in", "inside"})
#: Prepositions of the parties to a meeting.
_PARTY_PREPS = frozenset({"with", "between"})


def venue_parties(noun) -> list:
    """The objects of the "with" or "between" phrases hung on the venue of the meeting noun ``noun``
    (see the module), in text order.

    Parameters
    ----------
    noun : Token
        A noun of meeting.

    Returns
    -------
    list of Token
        The heads of the party phrases; empty when the venue has none.
    """
    return [o for p in noun.children if p.dep_ == "prep" and p.text.lower() in VENUE_PREPS
            for v in p.children if v.dep_ == "pobj"
            for q in v.children if q.dep_ == "prep" and q.text.lower() in _PARTY_PREPS
            for o in q.children if o.dep_ == "pobj"]


def venue_party_actors(noun, layer) -> list[str]:
    """The actors of :func:`venue_parties` (the actor stage's ``layer`` maps the tokens)."""
    return list(dict.fromkeys(a for o in venue_parties(noun) for a in np_actors(o, layer)))
