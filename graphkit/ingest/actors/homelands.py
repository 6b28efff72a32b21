"""Homelands: the country each actor of an article belongs to, for references to "the country".

A report names a country often only through the people and bodies that act for it ("West German
Economics Minister Martin Bangemann rejected a call from the country's leading institutes"): a
definite description of a country ("the country", "the government") with no country named before it
refers to the country of the actor it follows (:mod:`graphkit.ingest.actors.coref`). An actor's
homeland is its first affiliation that is a country, as the actor stage tied them (the affiliation
written with a name, an office holder's country, a body's country).

Examples
--------
>>> from types import SimpleNamespace as C
>>> de, bangemann = C(id="germany", kind="country"), C(id="bangemann", kind="person")
>>> b = C(clusters=[de, bangemann], affil={id(bangemann): [de]}, kinds={"germany": "country"})
>>> homelands(b)
{'bangemann': 'germany'}
"""
from __future__ import annotations

__all__ = ["homelands"]


def homelands(b) -> dict[str, str]:
    """Actor id -> the id of the country it belongs to, for the actors of builder ``b`` with one.

    Parameters
    ----------
    b : actors.find._Builder
        The actor stage of one article, after its ids are assigned (``clusters``, ``affil``: id of a
        cluster -> the clusters it is affiliated to, ``kinds``: actor id -> kind).

    Returns
    -------
    dict
        Actor id -> country actor id; countries themselves are left out.

    Examples
    --------
    >>> from types import SimpleNamespace as C
    >>> jp, firm = C(id="japan", kind="country"), C(id="sony", kind="organization")
    >>> homelands(C(clusters=[jp, firm], affil={id(firm): [jp]}, kinds={"japan": "country"}))
    {'sony': 'japan'}
    """
    out: dict[str, str] = {}
    for c in b.clusters:
        if not c.id or b.kinds.get(c.id) == "country":
            continue
        home = next((t.id for t in b.affil.get(id(c), []) if t.id and b.kinds.get(t.id) == "country"), None)
        if home is not None and home != c.id:
            out[c.id] = home
    return out
