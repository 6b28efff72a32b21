"""tools/grow_lexicon.py: proposals from WordNet (skipped without nltk or WordNet)."""
from __future__ import annotations

import pytest

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
    assert all(src.startswith(("wn:", "dom:")) for _, src in props.values())
    # the second channel: a dominant sense under a seed, taken only when read and accepted
    assert props[("N", "genocide", ".")] == ("ASSAULT", "wn:killing.n.02>hypo:genocide.n.01")
    assert props[("N", "advocacy", ".")] == ("SUPPORT", "dom:support.n.02<advocacy.n.01")
    assert ("N", "autopsy", ".") not in props  # under "investigation", but refused


def test_class_words_follow_first_senses(wn):
    words = grow.class_words(wn, ("weapon.n.01",), ())
    assert "rifle" in words and "missile" in words
    assert "letter" not in words


def test_class_roots_can_stand_alone_or_leave_a_subtree_out(wn):
    taxes = grow.class_words(wn, ("tax.n.01",), ())
    assert "vat" in taxes and "tariff" in taxes  # a tariff is a duty, a kind of tax
    assert "tariff" not in grow.class_words(wn, ("tax.n.01", "-duty.n.03"), ())
    assert "vat" in grow.class_words(wn, ("tax.n.01", "-duty.n.03"), ())
    policies = grow.class_words(wn, ("policy.n.01!", "policy.n.02!"), ())
    assert "policy" in policies and "protectionism" not in policies
    assert "protectionism" in grow.class_words(wn, ("policy.n.02",), ())


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


def test_multiword_verbs_and_nouns_become_conditions():
    assert grow._entry("stick_up_for") == ("stick", "prt=up;prep=for")
    assert grow._entry("join_forces") == ("join", "obj=force")
    assert grow._noun_entry("hunger_strike") == ("strike", "mod=hunger")
    assert grow._noun_entry("sit-in") is None  # the tokenizer splits it
    assert grow._noun_entry("stepping_down") is None  # a phrasal verb's gerund, no compound


def test_sense_shares_come_from_tag_counts(wn):
    share = grow.sense_share(wn, "attack", wn.synset("attack.v.02"), "v")
    assert 0.15 < share < 0.3  # "attack" as "criticise": 9 of 44 tagged uses
    assert grow.sense_share(wn, "upbraid", wn.synset("reproach.v.01"), "v") == 1.0  # its only sense
    assert grow.sense_share(wn, "attack", wn.synset("kill.v.01"), "v") == 0.0  # not a sense of it
    assert grow._sense_ok(wn, "attack", wn.synset("attack.v.02"), "v")
    assert not grow._sense_ok(wn, "free", wn.synset("exempt.v.01"), "v")  # a rare sense of "free"


def test_noun_seeds_give_event_nouns(wn):
    props = grow.propose(wn)
    assert props[("N", "truce", ".")] == ("RETREAT", "wn:armistice.n.01")
    assert props[("N", "strike", "mod=wildcat")][0] == "PROTEST"
    assert set(grow.NOUN_SEEDS) == set(grow.LABELS)


def test_frequent_words_in_minor_senses_are_refused_by_usage(wn):
    uses = {("N", "guarantee"): 400, ("N", "treaty"): 400}
    source = "wn:promise.v.01>hypo:undertake.v.03>deriv:guarantee.n.02"
    assert grow.expected_wrong(wn, "N", "guarantee", source, uses) > grow.MAX_WRONG_USES
    assert grow.expected_wrong(wn, "N", "treaty", "wn:treaty.n.01", uses) < grow.MAX_WRONG_USES
    assert grow.expected_wrong(wn, "N", "guarantee", source, {}) == 0  # never written: no evidence against


def test_every_exclusion_gives_its_reason():
    assert all(isinstance(r, str) and len(r) > 3 for r in grow.EXCLUDE.values())


def test_gerunds_follow_wordnet_exceptions_then_the_regular_rule(wn):
    assert grow.gerund(wn, "ban") == "banning"  # verb.exc: the doubled consonant
    assert grow.gerund(wn, "shell") == "shelling"
    assert grow.gerund(wn, "seize") == "seizing"
    assert grow.gerund(wn, "tie") == "tying"


def test_material_verbs_give_their_gerunds_refused_verbs_do_not(wn):
    props = grow.propose(wn)
    assert props[("N", "jailing", ".")] == ("COERCE", "wn:imprison.v.01>ing:jail")
    assert ("N", "rushing", ".") not in props  # "rush" is refused (EXCLUDE): so is its gerund
    assert ("N", "condemning", ".") not in props  # a verbal category: the gerund is rarely a noun
    assert ("N", "building", ".") not in grow.propose(wn, {"build": "MOBILIZE"})  # WordNet: a structure first


def test_verb_groups_of_a_seed_share_its_category(wn):
    assert grow.propose(wn)[("V", "second", ".")] == ("SUPPORT", "wn:back.v.01>group:second.v.01")


def test_argument_seeds_use_classes_and_the_people_class_is_narrow(wn):
    props = grow.propose(wn)
    assert props[("V", "furnish", "obj=@weapon|@money")] == ("AID", "wn:supply.v.01[@weapon|@money]")
    assert props[("N", "shipment", "mod=@weapon")][0] == "AID"  # "arms shipments": the class as modifier
    assert props[("N", "shipment", "obj=@weapon")][0] == "AID"  # "the shipment of arms"
    assert ("V", "hand", "prt=over;obj=@weapon") not in props  # handing over arms is disarming, no aid
    assert ("N", "supply", "mod=@weapon") in props
    assert ("N", "supply", "mod=@weapon|@money") not in props  # "money supply" is no aid
    assert props[("V", "confine", "obj=@people")][0] == "COERCE"
    people = grow.class_words(wn, grow.CLASSES["people"][0], ())
    assert "hostage" in people and "detainee" in people and "dissident" in people
    assert "steady" not in people and "erie" not in people  # first senses that are persons, no captives


def test_class_words_leave_out_names_but_keep_branded_weapons(wn):
    ideas = grow.class_words(wn, ("communication.n.02",), ())
    assert "statement" in ideas and "michael" not in ideas and "afrikaans" not in ideas
    assert "kalashnikov" not in grow.class_words(wn, ("weapon.n.01",), ())
    assert "kalashnikov" in grow.class_words(wn, ("weapon.n.01",), (), brands=True)


def test_the_curated_channel_adds_accepted_rows_and_removes_refused_ones(wn, tmp_path):
    cur = tmp_path / "c.tsv"
    cur.write_text("V\tbayonet\t.\tbayonet.v.01\tASSAULT\taccept\tstab with a bayonet\troot:stab.v.01\n"
                   "V\tupbraid\t.\treproach.v.01\tACCUSE\treject\ta test refusal\twn:accuse.v.01\n")
    rows, _ = grow.grow(wn, grow.hand_lines(), {}, curation=cur)
    keys = {tuple(r.split("\t")[:3]): r.split("\t") for r in rows}
    assert keys[("V", "bayonet", ".")][3] == "ASSAULT"
    assert keys[("V", "bayonet", ".")][6] == "cur:bayonet.v.01<-root:stab.v.01"
    assert ("V", "upbraid", ".") not in keys  # proposed by a seed, refused by the record
    plain, _ = grow.grow(wn, grow.hand_lines(), {}, curation=tmp_path / "none.tsv")
    assert any(r.startswith("V\tupbraid\t.\t") for r in plain) and not any(r.startswith("V\tbayonet\t") for r in plain)


def test_the_last_synset_of_a_curated_provenance_is_the_read_sense(wn):
    assert grow._last_synset(wn, "cur:bayonet.v.01<-root:stab.v.01>hypo:x.v.01").name() == "bayonet.v.01"


def test_the_curation_record_is_consistent():
    rows = grow.read_curation(grow.CURATION)
    keys = [(r["pos"], r["lemma"], r["when"]) for r in rows]
    assert len(keys) == len(set(keys))  # one verdict per proposal
    assert len(rows) > 1000 and sum(r["verdict"] == "accept" for r in rows) > 90
    assert all(r["category"] in grow.LABELS for r in rows)


@pytest.mark.shared
def test_the_script_regenerates_the_grown_lexicon_and_classes(wn, tmp_path):
    if not grow.REUTERS.exists():
        pytest.skip("the usage corpus (../shared) is absent")
    from pathlib import Path

    data = Path(grow.HAND).parent
    (tmp_path / "words").mkdir()
    assert grow.main(["--out", str(tmp_path / "lexicon_wordnet.tsv")]) == 0
    assert (tmp_path / "lexicon_wordnet.tsv").read_text() == (data / "lexicon_wordnet.tsv").read_text()
    for name in ("weapon", "force", "people"):
        assert (tmp_path / "words" / f"class_{name}.txt").read_text() == (
            data / "words" / f"class_{name}.txt").read_text()


def test_material_classes_leave_out_nouns_written_mostly_in_other_senses(wn, tmp_path):
    busy = {"round": 1000, "division": 1000}  # "a round of talks", "a company division"
    grow.write_classes(wn, tmp_path, lambda noun: busy.get(noun, 0))
    weapons = (tmp_path / "class_weapon.txt").read_text().split("\n")
    forces = (tmp_path / "class_force.txt").read_text().split("\n")
    assert "round" not in weapons and "missile" in weapons
    assert "division" not in forces and "battalion" in forces
    grow.write_classes(wn, tmp_path)  # no usage corpus: every noun of the class
    assert "round" in (tmp_path / "class_weapon.txt").read_text().split("\n")
