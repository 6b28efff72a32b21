"""tools/grow_body_synonyms.py: body nouns of one first sense or a direct hypernym (skipped without nltk or WordNet)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_body_synonyms")


def test_a_noun_joins_its_direct_hypernym_but_not_a_too_general_kind(wn):
    lines = grow.body_synonyms(wn, ["firm", "business", "party", "union", "organization", "senate", "congress",
                                    "legislature"])
    assert "firm = business" in lines
    assert not any(x.endswith("= organization") for x in lines)  # party, union: too general a kind
    assert "senate = legislature" in lines and "congress = legislature" in lines  # each to its hypernym only


def test_the_shipped_list_is_the_tools_output(wn):
    nouns = sorted(word_list("body_nouns"))
    assert set(grow.body_synonyms(wn, nouns)) == word_list("body_synonyms")
