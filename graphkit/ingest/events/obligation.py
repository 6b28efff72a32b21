"""What a speaker says their own side must do is no demand on another party.

"X said Y must/should/needs to ..." is read as X's REQUEST to Y (:func:`triggers._demand`,
:func:`speech.quoted_demands`). When Y is the speaker's own side, the speaker themself or, for
a member of a government, the state they govern ("Deputy Prime Minister Kim said the government
needed to reorganise", "the minister said his country needs to repair the pipeline"), the
sentence states a need or a resolve of the speaker's side, as a first-person "we must" does:
nobody is asked anything. A banker, a party or a lobby saying what their country's government
must do asks it ("the chairman said Canadian negotiators must insure access", "the opposition
spokesman said the government needed to address it"): they are kept.

Examples
--------
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.models import Actor
>>> layer = ActorLayer(actors={
...     "kim": Actor(id="kim", name="Kim", kind="person", sector="GOV", affiliations=["kor"]),
...     "kor": Actor(id="kor", name="South Korea", kind="country"),
...     "lee": Actor(id="lee", name="Lee", kind="person", sector="BUS", affiliations=["kor"])})
>>> own_demand((["kim"], ["kor"]), layer)
True
>>> own_demand((["lee"], ["kor"]), layer)
False
"""
from __future__ import annotations

__all__ = ["own_demand", "own_side_of_speakers"]


def own_side_of_speakers(ids: list[str], layer) -> set[str]:
    """The speakers and the countries that the members of a government among them serve. A
    speaker also tied to a party, a bank or a chamber (an opposition spokesman, a central bank
    governor, a business leader) speaks for that body, not for the state: only the speaker.

    Examples
    --------
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> layer = ActorLayer(actors={"a": Actor(id="a", name="A", kind="person", sector="GOV",
    ...                                       affiliations=["jpn"]),
    ...                            "jpn": Actor(id="jpn", name="Japan", kind="country"),
    ...                            "adb": Actor(id="adb", name="ADB", kind="organization", sector="IGO")})
    >>> sorted(own_side_of_speakers(["a"], layer))
    ['a', 'jpn']
    """
    actors = getattr(layer, "actors", {})
    out = set(ids)
    for a in ids:
        who = actors.get(a)
        if who is None or who.sector != "GOV" or not who.affiliations:
            continue
        if all(f in actors and actors[f].kind == "country" for f in who.affiliations):
            out |= set(who.affiliations)
    return out


def own_demand(role: tuple[list[str], list[str]] | None, layer) -> bool:
    """Whether a demand's recipients are all of its speakers' own side
    (:func:`own_side_of_speakers`), so that it asks nobody else anything.

    Parameters
    ----------
    role : tuple of (actors, recipients) or None
        The roles read for the demand; None (no roles) is never an own demand.
    layer : ActorLayer
        The article's actors, whose affiliations give each speaker's side.

    Returns
    -------
    bool
        True when there are speakers and recipients and every recipient is of their side.

    Examples
    --------
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> own_demand((["a"], ["a"]), ActorLayer(actors={}))
    True
    >>> own_demand(([], ["b"]), ActorLayer(actors={}))
    False
    """
    if role is None or not role[0] or not role[1]:
        return False
    side = own_side_of_speakers(list(role[0]), layer)
    return all(r in side for r in role[1])
