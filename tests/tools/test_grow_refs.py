"""tools/grow_refs.py: the WordNet rules behind the actor word lists (skipped without nltk or WordNet)."""
from __future__ import annotations

from tests.tools.conftest import load_tool

grow = load_tool("grow_refs")


def test_agent_forms_follow_english_spelling():
    assert grow.agent_forms("care") == {"carer"}
    assert grow.agent_forms("shop") == {"shopper"} and grow.agent_forms("campaign") == {"campaigner"}
    assert grow.agent_forms("supply") == {"supplier"} and grow.agent_forms("lobby") == {"lobbier"}
    assert grow.agent_forms("negotiate") == {"negotiator"}
    assert grow.agent_forms("organize") == {"organizer", "organiser"}


def test_a_plural_is_read_first_as_its_singulars_plural(wn):
    assert grow.plural_reads_as_thing(wn, "reserves")  # reserve: a store kept back, before the militia
    assert grow.plural_reads_as_thing(wn, "strings")
    assert not grow.plural_reads_as_thing(wn, "authorities")  # authority = power has no plural
    assert not grow.plural_reads_as_thing(wn, "troops") and not grow.plural_reads_as_thing(wn, "boss")


def test_the_agent_verb_files_hold_verbs_of_acting_with_others(wn):
    assert wn.synset("care.v.02").lexname() in grow.AGENT_VERB_FILES  # look after
    assert wn.synset("protest.v.01").lexname() in grow.AGENT_VERB_FILES
    assert wn.synset("run.v.01").lexname() not in grow.AGENT_VERB_FILES  # motion: "runner" is no party


def test_agent_nouns_are_those_wordnet_lacks(wn):
    found = set(grow.agent_nouns(wn))
    assert "carer" in found and "campaigner" not in found  # WordNet has "campaigner"
