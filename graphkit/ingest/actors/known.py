"""Known actors: the country and CAMEO sector of people and organisations WordNet names.

``data/known_wordnet.tsv`` (grown by ``tools/grow_known.py``) lists the names WordNet 3.0 knows as
instances of a person or an organisation in one sense only, with the country of their gloss
("Russian statesman ...") and the sector of their hypernym (statesman GOV, terrorist organisation REB).
State news agencies, official newspapers and state radio (``data/state_media.tsv``: "Tass", "Radio
Tehran") speak for their state, so they are known actors too, with their country and sector MED.
An actor the text gives no code takes its known country and sector (:func:`known_actor`); the text's
evidence always wins (``codes.cluster_code``).

A person is matched by its full name (its longest: "Vladimir Putin"), or, named by one word only, by
that word ("Putin"); "Dennis Blair" is not Tony Blair, and "John M. Huston" of a 1987 business story is
not the film director John Huston, so a known surname alone does not match a full name WordNet does not
list. An organisation or group is matched by any of its names ("Hezbollah", "Hizbollah"), or, when it has a name of
several words, by those only: "ICC" is the Interstate Commerce Commission, but not once the article has
written it out as the International Chamber of Commerce.

Examples
--------
>>> known_actor(["Vladimir Putin", "Putin"], "person")
Known(name='Vladimir Putin', country='RUS', sector='GOV', synset='putin.n.01')
>>> known_actor(["Hezbollah"], "organization").country, known_actor(["Hamas"], "group").sector
('LBN', 'REB')
>>> known_actor(["Dennis Blair", "Blair"], "person") is None, known_actor(["Putin"], "organization") is None
(True, True)
>>> known_actor(["Vladimir V. Putin"], "person") is None
True
>>> known_actor(["Radio Tehran"], "organization").country, known_actor(["Tass"], "organization").sector
('IRN', 'MED')
>>> known_actor(["the official Tanjug news agency"], "organization").country
'YUG'

>>> icc = ["International Chamber of Commerce", "ICC"]
>>> known_actor(["ICC"], "organization").country, known_actor(icc, "organization")
('USA', None)
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from graphkit.names import name_key

__all__ = ["Known", "known_actor", "short_body"]


class Known(NamedTuple):
    """A known actor: its WordNet name, country (ISO-3 or None), CAMEO sector (or None) and synset."""

    name: str
    country: str | None
    sector: str | None
    synset: str


_ORGANISATIONS = frozenset({"organization", "group"})
#: What a news outlet is called after its name ("Tass news agency", "Pravda newspaper").
_OUTLET_KINDS = ("news agency", "press agency", "agency", "newspaper", "daily", "radio")


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], Known]:
    """The known actors by (kind, name key): WordNet's, then the state media of ``data/state_media.tsv``."""
    data = resources.files("graphkit.ingest").joinpath("data")
    text = "\n".join(data.joinpath(f).read_text(encoding="utf-8") for f in ("known_wordnet.tsv", "state_media.tsv"))
    by_name: dict[tuple[str, str], Known] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, country, sector, synset = line.split("\t")
        by_name[(kind, name_key(name))] = Known(name, country or None, sector or None, synset)
    return by_name


def _person(names: list[str]) -> Known | None:
    full = max(names, key=lambda n: (len(n.split()), len(n)))  # the full name decides: "Dennis Blair"
    return _table().get(("person", name_key(full)))


def known_actor(names: list[str], kind: str) -> Known | None:
    """The known actor an actor of ``kind`` ("person", "organization", "group") named ``names`` is, else None."""
    if not names:
        return None
    if kind == "person":
        return _person(names)
    if kind in _ORGANISATIONS:
        table = _table()
        full = [n for n in names if len(name_key(n).split()) > 1]  # "International Chamber of Commerce", "ICC"
        found = next((k for n in full or names if (k := table.get(("organization", name_key(n)))) is not None), None)
        return found or next((k for n in names if (k := _outlet(table, n)) is not None), None)
    return None


def _outlet(table: dict[tuple[str, str], Known], name: str) -> Known | None:
    """The state outlet a name calls by its kind as well ("the official Tanjug news agency", "PAP news agency")."""
    key = name_key(name).removeprefix("official ")
    for kind in _OUTLET_KINDS:
        if key.endswith(" " + kind) and (k := table.get(("organization", key.removesuffix(" " + kind)))):
            return k if k.sector == "MED" else None
    return None


def short_body(names: list[str]) -> Known | None:
    """The national body WordNet names by a name cut short from one with its country ("Senate" of "United States
    Senate", "Congress"), else None. Many countries have a senate: the caller decides whether the article stands
    in the body's country (:func:`graphkit.ingest.actors.homes.short_bodies`).

    >>> short_body(["Senate"]).country, short_body(["Congress"]).sector, short_body(["Bundesbank"]) is None
    ('USA', 'LEG', True)
    """
    table = _table()
    full = [n for n in names if len(name_key(n).split()) > 1]
    return next((k for n in full or names if (k := table.get(("organization short", name_key(n)))) is not None), None)
