"""tools/grow_pertainyms.py: adjectives naming a branch of a state, from WordNet (skipped without it)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_pertainyms")


def test_grown_table_is_what_the_shipped_list_holds(wn):
    table = grow.grow(wn)
    assert {line.lower() for line in grow.render(table).splitlines()[2:]} == word_list("sector_adjectives")
    assert table["congressional"] == "LEG" and table["ministerial"] == "GOV" and table["naval"] == "MIL"
    # pertainyms in other senses than a person or a body: food, a metal, an animal
    assert not {"dietary", "cupric", "equine"} & set(table)
