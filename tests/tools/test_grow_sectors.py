"""tools/grow_sectors.py: CAMEO sector nouns from WordNet (skipped without nltk or WordNet)."""
from __future__ import annotations

from graphkit.ingest.actors.sectors import SECTORS
from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_sectors")


def test_plurals_of_heads_and_of_phrases():
    assert grow._plural("policeman", {}) == "policemen" and grow._plural("gendarme", {}) == "gendarmes"
    assert grow._plural("chief of staff", {}) == "chiefs of staff"
    assert grow._plural("armed forces", {}) == "armed forces"
    assert grow._plural("alumnus", {"alumnus": "alumni"}) == "alumni"


def test_seeds_name_only_graphkits_sectors():
    assert set(grow.SEEDS) <= set(SECTORS)


def test_grown_table_is_what_the_shipped_list_holds(wn):
    table = grow.grow(wn)
    shipped = dict(line.split(" = ") for line in word_list("sector_wordnet"))
    assert {w: s.lower() for w, s in table.items()} == shipped
    assert table["conscripts"] == "MIL" and table["insurgents"] == "REB"
