"""Lexicon senses of verbal acts missed on unseen wire sentences (speech8): weighing or not ruling out a
hostile act, sounding out, raising a matter with a party, telling a party to act; on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb
from tests.ingest.events.test_find import events_of


def test_weighing_a_hostile_act_is_a_threat_and_weighing_anything_else_no_event():
    assert lookup_verb("consider", obj={"sanction"}).type == "THREATEN"
    assert lookup_verb("consider", obj={"measure", "*N:SANCTION"}).type == "THREATEN"
    assert lookup_verb("impose", obj={"measure"}) is None  # "measure" is a sanction only as "retaliatory measures"
    assert lookup_verb("weigh", comp={"impose"}).type == "THREATEN"
    assert lookup_verb("consider", obj={"proposal"}) is None
    assert lookup_verb("consider", comp={"cut"}) is None  # "considering cutting interest rates"


def test_retaliatory_measures_are_sanctions_and_plain_measures_are_not():
    assert lookup_noun("measure", mod={"retaliatory"}).type == "SANCTION"
    assert lookup_noun("action", mod={"punitive"}).type == "SANCTION"
    assert lookup_noun("measure", mod={"economic"}, bare=False) is None


def test_not_ruling_out_a_hostile_act_threatens_and_ruling_it_out_rejects():
    assert lookup_verb("rule", prt={"out"}, neg=True, obj={"retaliation"}).type == "THREATEN"
    assert lookup_verb("rule", prt={"out"}, obj={"retaliation"}).type == "REJECT"
    assert lookup_verb("rule", prt={"out"}, neg=True, obj={"devaluation"}).type == "REJECT"
    assert lookup_verb("refuse", comp={"rule"}) is None  # "refused to rule out": no refusal


def test_sounding_out_and_raising_a_matter_with_a_party_consult():
    assert lookup_verb("sound", prt={"out"}).type == "CONSULT"
    assert lookup_verb("raise", obj={"issue"}, prep={"with"}).type == "CONSULT"
    assert lookup_verb("raise", obj={"rate"}, prep={"with"}) is None


def test_telling_a_party_to_act_is_a_demand_and_telling_the_press_is_none():
    assert lookup_verb("tell", obj={"*actor"}, comp={"open", "*to"}).type == "REQUEST"
    assert lookup_verb("tell", obj={"*actor"}, comp={"*clause"}) is None
    assert lookup_verb("tell", obj={"reporter", "*actor"}, comp={"expect", "*to"}) is None


def _did_not_rule_out(obj_word, obj_lemma):
    # Japan did not rule out <obj> against Washington
    rows = [("Japan", 3, "nsubj", "PROPN", "Japan"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
            ("rule", 3, "ROOT", "VERB", "rule"), ("out", 3, "prt", "ADP", "out"),
            (obj_word, 3, "dobj", "NOUN", obj_lemma), ("against", 5, "prep", "ADP", "against"),
            ("Washington", 6, "pobj", "PROPN", "Washington")]
    return rows, {0: ("jpn", "country"), 7: ("usa", "country")}


def test_not_ruling_out_retaliation_is_an_asserted_threat(vocab):
    assert events_of(vocab, *_did_not_rule_out("retaliation", "retaliation"), asserted_only=True) == [
        ("THREATEN", "threatened", ["jpn"], ["usa"], "asserted")]
    # not ruling out a devaluation threatens no one: the negated rejection is no event
    assert events_of(vocab, *_did_not_rule_out("devaluation", "devaluation"), asserted_only=True) == []


def test_telling_a_country_to_act_is_its_request(vocab):
    # Britain told Japan to open its markets
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("told", 1, "ROOT", "VERB", "tell"),
            ("Japan", 1, "dobj", "PROPN", "Japan"), ("to", 4, "aux", "PART", "to"),
            ("open", 1, "xcomp", "VERB", "open"), ("markets", 4, "dobj", "NOUN", "market")]
    assert events_of(vocab, rows, {0: ("gbr", "country"), 2: ("jpn", "country")}, asserted_only=True) == [
        ("REQUEST", "told to", ["gbr"], ["jpn"], "asserted")]


def test_weighing_what_a_hostile_act_brings_is_no_threat():
    # "studied the effect of the sanctions": the "of" object counts as the object
    assert lookup_verb("study", obj={"effect", "sanction"}) is None
    assert lookup_verb("weigh", obj={"cost", "boycott"}) is None


def test_a_suit_filed_and_charges_brought_accuse_and_charges_levied_do_not():
    assert lookup_noun("suit", gov="file").type == "ACCUSE"
    assert lookup_noun("charge", gov="bring").type == "ACCUSE"
    assert lookup_noun("charge", gov="press").type == "ACCUSE"
    assert lookup_noun("charge", gov="levy") is None  # a fee
    assert lookup_noun("suit", gov="wear") is None


def test_attacking_what_is_said_or_decided_is_criticism_and_attacking_targets_is_not():
    assert lookup_verb("assail", obj={"policy"}).type == "ACCUSE"
    assert lookup_verb("assail", obj={"target"}).type == "ASSAULT"
    assert lookup_verb("savage", obj={"proposal"}).type == "ACCUSE"


def test_verbs_of_disapproval_and_complaint_criticise():
    for verb in ("disapprove", "inveigh", "pillory"):
        assert lookup_verb(verb).type == "ACCUSE"
    assert lookup_verb("rail", prep={"against"}).type == "ACCUSE"
    assert lookup_verb("gripe", prep={"about"}).type == "ACCUSE"
    assert lookup_verb("grumble", bare=False) is None  # grumbling about nothing named aims at no one
    assert lookup_noun("denunciation").type == "ACCUSE"


def test_appreciating_anothers_effort_thanks_and_a_currency_appreciating_is_no_event():
    assert lookup_verb("appreciate", obj={"effort"}).type == "SUPPORT"
    assert lookup_verb("appreciate", bare=False) is None
    assert lookup_verb("appreciate", obj={"gravity"}, bare=False) is None
