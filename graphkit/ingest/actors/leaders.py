"""Heads of government WordNet knows, by surname: the leader of "the Thatcher government".

:mod:`graphkit.ingest.actors.known` matches a person named by one word only when WordNet has no other sense of
that word ("Putin"): "Thatcher" is also a roofer, so a "Thatcher" alone stays unknown. Before a government noun
("the Thatcher government", "the Craxi administration") the word names a head of government, and a roofer heads
none; so the surname is read against the heads of government WordNet knows (``data/known_wordnet.tsv``: people of
sector GOV), and gives their country when all who bear it are of one country.

Examples
--------
>>> surname_country("Thatcher"), surname_country("Mitterrand"), surname_country("Smith") is None
('GBR', 'FRA', True)
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["surname_country"]


@lru_cache(maxsize=1)
def _surnames() -> dict[str, frozenset[str]]:
    """The countries of WordNet's people of sector GOV, by the last word of each of their names."""
    text = resources.files("graphkit.ingest").joinpath("data", "known_wordnet.tsv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, country, sector, _ = line.split("\t")
        if kind == "person" and sector == "GOV" and country:
            out.setdefault(name.split()[-1].lower(), set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


def surname_country(surname: str) -> str | None:
    """The one country of the heads of government WordNet knows by ``surname``, else None."""
    codes = _surnames().get(surname.lower(), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None
