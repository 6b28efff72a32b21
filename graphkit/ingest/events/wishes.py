"""Wishes aimed at no one: wanting or being keen to do a hostile act threatens no party.

A threat is made to someone (PLOVER THREATEN: "threaten sanctions, force, ultimatum"). The event stage reads
an intention to do a hostile act as the threat it commits its doer to ("Iran is keen to attack Iraq"); but
a wish or eagerness whose act is aimed at no party is a policy aim, no threat: "the Bundesbank is keen to
prevent too much liquidity accruing", "the government wanted to prevent further hardship". Readiness and
resolve ("is ready to impose sanctions", "is determined to retaliate") stay threats even unaddressed: they
announce the means held out, as a wish does not.

Examples
--------
>>> from graphkit.ingest.events.lexicon import Trigger
>>> from graphkit.ingest.events.readings import Found
>>> threat = Found(None, Trigger("THREATEN", None, "threatened"), ["deu"], [], None, "asserted")
>>> unaimed_wish(threat, "keen"), unaimed_wish(threat, "ready")
(True, False)
"""
from __future__ import annotations

__all__ = ["WISHING", "unaimed_wish"]

#: Intention words of wishing or eagerness (WordNet 3.0 want.v.01, wish.v.02; eager.a.01, keen.s.01).
WISHING = frozenset({"want", "wish", "keen", "eager"})


def unaimed_wish(found, intent: str | None) -> bool:
    """Whether ``found`` (an event read from a candidate) is a threat with no recipient, read from an
    intention of wishing (``intent`` in :data:`WISHING`): no threat to anyone.

    Parameters
    ----------
    found : Found
        An event read by :func:`graphkit.ingest.events.readings.readings`.
    intent : str or None
        The intention word of its trigger's certainty (:attr:`Assessment.intent`).

    Returns
    -------
    bool

    Examples
    --------
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> from graphkit.ingest.events.readings import Found
    >>> aimed = Found(None, Trigger("THREATEN", None, "threatened"), ["irn"], ["irq"], None, "asserted")
    >>> unaimed_wish(aimed, "keen")
    False
    """
    return found.trig.type == "THREATEN" and not found.recips and intent in WISHING
