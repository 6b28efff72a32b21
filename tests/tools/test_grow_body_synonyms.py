"""tools/grow_body_synonyms.py: body nouns of one first sense or a direct hypernym (skipped without nltk or WordNet)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from graphkit.ingest.words import word_list

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
_spec = importlib.util.spec_from_file_location("grow_body_synonyms", ROOT / "tools" / "grow_body_synonyms.py")
assert _spec is not None and _spec.loader is not None
grow = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(grow)


@pytest.fixture(scope="module")
def wn():
    pytest.importorskip("nltk")
    import grow_lexicon

    if not (grow_lexicon.WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 (Debian wordnet-base) not installed")
    return grow_lexicon.open_wordnet()


def test_a_noun_joins_its_direct_hypernym_but_not_a_too_general_kind(wn):
    lines = grow.body_synonyms(wn, ["firm", "business", "party", "union", "organization", "senate", "congress",
                                    "legislature"])
    assert "firm = business" in lines
    assert not any(x.endswith("= organization") for x in lines)  # party, union: too general a kind
    assert "senate = legislature" in lines and "congress = legislature" in lines  # each to its hypernym only


def test_the_shipped_list_is_the_tools_output(wn):
    nouns = sorted(word_list("body_nouns"))
    assert set(grow.body_synonyms(wn, nouns)) == word_list("body_synonyms")
