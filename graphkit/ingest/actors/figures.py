"""Names that are figures of speech, not actors: used by :mod:`graphkit.ingest.actors.find`.

A body named after a person's full name that the article names only once, while it names that
person as an actor of its own ("more interested in the Robert Kilroy-Silk Party than the UK
Independence Party"), is a nonce coinage: the writer (or a speaker) makes up a body to say that
the person serves himself. A real body named after a person is an actor the report names for
what it does; when it is named once, its namesake is seldom an actor of the same report, and
a body that acts again (or is shortened: "the Foundation") is named more than once.

Examples
--------
>>> from graphkit.ingest.actors.clusters import cluster_mentions
>>> from graphkit.ingest.actors.mentions import NameMention
>>> ms = [NameMention(0, 2, "Robert Kilroy-Silk", "person", key="robert kilroy-silk"),
...       NameMention(4, 5, "Kilroy-Silk", "person", key="kilroy-silk"),
...       NameMention(9, 12, "Robert Kilroy-Silk Party", "organization", key="robert kilroy-silk party")]
>>> [c.name() for c in nonce_eponyms(cluster_mentions(ms))]
['Robert Kilroy-Silk Party']
"""
from __future__ import annotations

from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.styles import styled_person
from graphkit.names import name_key, strip_honorific

__all__ = ["nonce_eponyms", "figures_of_speech"]

#: Kinds the model gives such a name: it takes a made-up body for an organisation or a place.
_BODY_KINDS = frozenset({"organization", "location"})


def nonce_eponyms(clusters: list[Cluster]) -> list[Cluster]:
    """The organisations of ``clusters`` that are nonce coinages after a person of the article.

    Parameters
    ----------
    clusters : list of Cluster
        The clusters of one article.

    Returns
    -------
    list of Cluster
        Organisations (or what the model took for places) named once, by a name of one word
        more than the full name (two words or more, honorific aside) of a person of the article
        (named more than once, or with a title or an honorific: not a name the model alone took
        for a person) named elsewhere: the person's
        name followed by one noun ("the Robert Kilroy-Silk Party"). A body named only after a
        surname ("the Carter Center") is not affected.

    Examples
    --------
    >>> from graphkit.ingest.actors.clusters import cluster_mentions
    >>> from graphkit.ingest.actors.mentions import NameMention
    >>> ms = [NameMention(0, 2, "John Smith", "person", key="john smith"),
    ...       NameMention(5, 8, "John Smith Institute", "organization", key="john smith institute"),
    ...       NameMention(9, 12, "John Smith Institute", "organization", key="john smith institute")]
    >>> nonce_eponyms(cluster_mentions(ms))
    []
    """
    people: set[str] = set()
    for c in clusters:
        if c.kind == "person" and (c.titles or c.gender or len(c.mentions) > 1):  # not "Den Danske" (Bank)
            people.update(key for n in c.names if len((key := name_key(strip_honorific(n))).split()) > 1)
    out = []
    for c in clusters:
        if c.kind not in _BODY_KINDS or c.code or len(c.mentions) != 1 or c.extra:
            continue
        words = name_key(c.mentions[0].text).split()
        if len(words) > 2 and " ".join(words[:-1]) in people:
            out.append(c)
    return out


def figures_of_speech(t, clusters: list[Cluster]) -> list[Cluster]:
    """``clusters`` less the nonce bodies (:func:`nonce_eponyms`), with the styles given to a person
    (:mod:`graphkit.ingest.actors.styles`: "X will take the title HRH Duchess of Cornwall") moved into
    the person's cluster as mentions (not as names: the person keeps the name she is known by).

    Parameters
    ----------
    t : TokenTable
        The article's token table.
    clusters : list of Cluster
        The clusters of the article's name mentions.

    Returns
    -------
    list of Cluster
        The clusters that are actors, in their order.
    """
    gone = {id(c) for c in nonce_eponyms(clusters)}
    person_at = {k: c for c in clusters if c.kind == "person" for m in c.mentions for k in range(m.start, m.end)}
    for c in clusters:
        if c.kind == "person" or c.code or len(c.mentions) != 1:
            continue
        m = c.mentions[0]
        s = styled_person(t, m.start, m.end)
        if s is not None and (p := person_at.get(s)) is not None:
            p.mentions.append(m)
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]
