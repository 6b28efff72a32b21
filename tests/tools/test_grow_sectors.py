"""tools/grow_sectors.py: CAMEO sector nouns from WordNet (skipped without nltk or WordNet)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from graphkit.ingest.actors.sectors import SECTORS
from graphkit.ingest.words import word_list

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
_spec = importlib.util.spec_from_file_location("grow_sectors", ROOT / "tools" / "grow_sectors.py")
assert _spec is not None and _spec.loader is not None
grow = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(grow)


def test_plurals_of_heads_and_of_phrases():
    assert grow._plural("policeman", {}) == "policemen" and grow._plural("gendarme", {}) == "gendarmes"
    assert grow._plural("chief of staff", {}) == "chiefs of staff"
    assert grow._plural("armed forces", {}) == "armed forces"
    assert grow._plural("alumnus", {"alumnus": "alumni"}) == "alumni"


def test_seeds_name_only_graphkits_sectors():
    assert set(grow.SEEDS) <= set(SECTORS)


def test_grown_table_is_what_the_shipped_list_holds():
    pytest.importorskip("nltk")
    if not (grow.WORDNET / "data.noun").exists():
        pytest.skip("WordNet 3.0 (Debian wordnet-base) is not installed")
    table = grow.grow(grow.open_wordnet())
    shipped = dict(line.split(" = ") for line in word_list("sector_wordnet"))
    assert {w: s.lower() for w, s in table.items()} == shipped
    assert table["conscripts"] == "MIL" and table["insurgents"] == "REB"
