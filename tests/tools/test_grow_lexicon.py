"""tools/grow_lexicon.py: proposals from WordNet (skipped without nltk or WordNet)."""
from __future__ import annotations

from tests.tools.conftest import load_tool

grow = load_tool("grow_lexicon")


def test_phrasal_verbs_become_particle_conditions():
    assert grow._entry("step_down") == ("step", "prt=down")
    assert grow._entry("upbraid") == ("upbraid", ".")
    assert grow._entry("take_the_floor") is None
    assert grow._entry("O.K.") is None


def test_every_seed_category_has_a_label():
    assert set(grow.SEEDS) == set(grow.LABELS)


def test_proposals_carry_provenance(wn):
    props = grow.propose(wn)
    assert props[("V", "upbraid", ".")][0] == "ACCUSE"
    assert props[("V", "upbraid", ".")][1] == "wn:accuse.v.01>hypo:reproach.v.01"
    assert all(src.startswith("wn:") for _, src in props.values())


def test_class_words_follow_first_senses(wn):
    words = grow.class_words(wn, ("weapon.n.01",), ())
    assert "rifle" in words and "missile" in words
    assert "letter" not in words


def test_prepositional_and_together_verbs_become_conditions():
    assert grow._entry("side_with") == ("side", "prep=with")
    assert grow._entry("work_together") == ("work", "prt=together")
    assert grow._entry("talk_about") is None  # "about" introduces a topic, not a party


def test_hand_verbs_give_their_derived_event_nouns(wn):
    assert ("N", "repatriation", ".") not in grow.propose(wn)
    props = grow.propose(wn, {"repatriate": "RETREAT", "demolish": "COERCE"})
    assert props[("N", "repatriation", ".")] == (
        "RETREAT", "hand:repatriate>wn:repatriate.v.01>deriv:repatriation.n.01")
    assert props[("N", "demolition", ".")][0] == "COERCE"


def test_wordnet_lexicographer_files_are_named_in_order(wn):
    assert wn.synset("kill.v.01").lexname() == "verb.contact"
    assert wn.synset("meet.v.02").lexname() == "verb.social"
    assert wn.synset("attack.v.02").lexname() == "verb.communication"
