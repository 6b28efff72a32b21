"""Bare surnames the model took for a people or a place: "Bomani said", "an aide to Nakasone".

News writing names a person once in full ("Development Minister Paul Bomani") and then by surname
alone. The small model often labels such a surname as a nationality or religious group (NORP) or
as a place (GPE), so the surname becomes an actor of its own, untied to its bearer. Within one
article a capitalised word that is the surname of exactly one person named in full is that person,
whatever the model's label -- unless the gazetteer knows the word as a people ("Palestinians"), a
nationality, a party or a place, or the model itself called it a location or a facility. A surname
shared by two people named in full stays untied (the caller passes only unique bearers).
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code, party, people_code
from graphkit.ingest.actors.places import is_place

__all__ = ["surname_of_bearer"]

#: Model labels that are evidence of a place, not of a person.
_PLACE_LABELS = frozenset({"LOC", "FAC"})


def surname_of_bearer(name: str, kind: str, labels: list[str]) -> bool:
    """Whether a one-word name of a people or place kind may be the surname of a person named in full.

    Parameters
    ----------
    name : str
        The cluster's name as written ("Bomani").
    kind : str
        The kind the model's labels voted for: only ``"group"`` and ``"location"`` are considered
        here (persons and organisations already join their bearer).
    labels : list of str
        The model's entity labels of the cluster's mentions.

    Returns
    -------
    bool
        True when the word is one capitalised token, names no people, party or known place, and the
        model never labelled it LOC or FAC.

    Examples
    --------
    >>> surname_of_bearer("Bomani", "group", ["NORP"])
    True
    >>> surname_of_bearer("Palestinians", "group", ["NORP"]), surname_of_bearer("Salford", "location", ["GPE"])
    (False, False)
    >>> surname_of_bearer("Nakasone", "location", ["GPE", "LOC"])
    False
    """
    if kind not in ("group", "location") or " " in name or not name[:1].isupper():
        return False
    if any(label in _PLACE_LABELS for label in labels):
        return False
    if demonym_code(name) or people_code(name) or party(name):
        return False
    return not is_place(name)
