"""tools/grow_ending_nouns.py: nouns of ending from the verbs of ending (skipped without WordNet)."""
from __future__ import annotations

from graphkit.ingest.words import word_list
from tests.tools.conftest import load_tool

grow = load_tool("grow_ending_nouns")


def test_gerunds_double_a_stressed_final_consonant_and_drop_a_silent_e():
    assert [grow.gerund(v) for v in ("lift", "stop", "revoke", "annul", "end")] == [
        "lifting", "stopping", "revoking", "annulling", "ending"]


def test_nouns_of_ending_are_derived_acts_and_gerunds(wn):
    words = set(grow.grow(wn, ["revoke", "lift", "end"]))
    assert {"revocation", "lifting", "end", "ending"} <= words
    assert "lift" in words or "lift" not in {s.name().split(".")[0] for s in wn.synsets("lift", "n")}


def test_grown_list_is_what_is_shipped(wn):
    assert word_list("ending_nouns") == frozenset(grow.grow(wn, grow.ending_verbs()))
