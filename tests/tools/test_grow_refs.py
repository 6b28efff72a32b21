"""tools/grow_refs.py: the WordNet rules behind the actor word lists (skipped without nltk or WordNet)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
_spec = importlib.util.spec_from_file_location("grow_refs", ROOT / "tools" / "grow_refs.py")
assert _spec is not None and _spec.loader is not None
grow = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(grow)


def test_agent_forms_follow_english_spelling():
    assert grow.agent_forms("care") == {"carer"}
    assert grow.agent_forms("shop") == {"shopper"} and grow.agent_forms("campaign") == {"campaigner"}
    assert grow.agent_forms("supply") == {"supplier"} and grow.agent_forms("lobby") == {"lobbier"}
    assert grow.agent_forms("negotiate") == {"negotiator"}
    assert grow.agent_forms("organize") == {"organizer", "organiser"}


@pytest.fixture(scope="module")
def wn():
    pytest.importorskip("nltk")
    import grow_lexicon

    if not (grow_lexicon.WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 (Debian wordnet-base) not installed")
    return grow_lexicon.open_wordnet()


def test_a_plural_is_read_first_as_its_singulars_plural(wn):
    assert grow.plural_reads_as_thing(wn, "reserves")  # reserve: a store kept back, before the militia
    assert grow.plural_reads_as_thing(wn, "strings")
    assert not grow.plural_reads_as_thing(wn, "authorities")  # authority = power has no plural
    assert not grow.plural_reads_as_thing(wn, "troops") and not grow.plural_reads_as_thing(wn, "boss")


def test_verb_files_are_named_by_their_wordnet_number(wn):
    assert grow.lexfile(wn.synset("care.v.02")) == "verb.social"
    assert grow.lexfile(wn.synset("protest.v.01")) == "verb.communication"
    assert grow.lexfile(wn.synset("analyst.n.01")) == "noun.person"


def test_agent_nouns_are_those_wordnet_lacks(wn):
    found = set(grow.agent_nouns(wn))
    assert "carer" in found and "campaigner" not in found  # WordNet has "campaigner"
