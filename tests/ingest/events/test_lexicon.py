"""The trigger lexicon: coverage of PLOVER, labels, conditions, and its file format."""
from __future__ import annotations

from collections import Counter

import pytest

from graphkit.ingest.events import lexicon
from graphkit.ingest.events.lexicon import load_lexicon, lookup_noun, lookup_verb
from graphkit.models import PLOVER_TYPES


def _entries():
    return [e for table in load_lexicon().values() for es in table.values() for e in es]


def test_lexicon_is_large_and_general():
    lex = load_lexicon()
    assert len(lex["V"]) >= 250 and len(lex["N"]) >= 90
    assert len(_entries()) >= 450


@pytest.mark.parametrize("category", PLOVER_TYPES)
def test_every_plover_category_has_verb_triggers(category):
    verbs = [e for e in _entries() if e.pos == "V" and e.trigger.type == category]
    assert len(verbs) >= 3, category


def test_categories_are_broadly_covered():
    per = Counter(e.trigger.type for e in _entries() if e.trigger.type != "-")
    assert set(per) == set(PLOVER_TYPES)
    assert min(per.values()) >= 8


def test_mission_labels_present():
    labels = {e.trigger.label for e in _entries()}
    assert {"spoke to", "mediated", "met", "criticized", "visited", "attacked"} <= labels
    assert lookup_verb("speak", prep={"to"}).label == "spoke to"
    assert lookup_verb("mediate").label == "mediated"
    assert lookup_verb("draft", obj={"proposal"}).label == "mediated"


def test_conditions_choose_the_sense():
    assert lookup_verb("work") is None
    assert lookup_verb("work", obj={"phone"}).type == "CONSULT"
    assert lookup_verb("blow", prt={"up"}).type == "COERCE"
    assert lookup_verb("slam", prep={"into"}).type == "ASSAULT"
    assert lookup_verb("slam", obj={"policy"}).type == "ACCUSE"
    assert lookup_verb("withdraw", obj={"troop"}).type == "RETREAT"
    assert lookup_verb("withdraw", obj={"peacekeeper"}).type == "SANCTION"
    assert lookup_verb("accept", neg=True).type == "REJECT"
    assert lookup_verb("promise", obj={"aid"}).type == "AID"
    assert lookup_verb("promise").type == "AGREE"


def test_stop_entries_block_a_sense():
    assert lookup_verb("meet", obj={"deadline"}) is None  # "met the deadline"
    assert lookup_verb("meet", obj={"demand"}).type == "CONCEDE"
    assert lookup_verb("meet", obj={"*actor"}).type == "CONSULT"
    assert lookup_verb("decline") is None  # "profits declined"
    assert lookup_verb("decline", comp=True).type == "REJECT"  # "declined to comment"


def test_bare_false_skips_unconditional_entries():
    assert lookup_verb("attack", bare=False) is None
    assert lookup_verb("attack").type == "ASSAULT"
    assert lookup_noun("talk", gov="hold", bare=False) is None
    assert lookup_noun("strike", gov="stage", bare=False).type == "PROTEST"
    assert lookup_noun("strike", gov="carry", bare=False).type == "ASSAULT"


def test_every_entry_has_a_label_and_known_mode():
    for e in _entries():
        if e.trigger.type == "-":
            continue
        assert e.trigger.label.strip(), e
        assert e.trigger.mode is None or e.trigger.mode.strip(), e
        assert e.lemma == e.lemma.lower(), e


def test_unknown_condition_is_rejected():
    with pytest.raises(ValueError, match="unknown condition 'colour'"):
        lexicon._parse_conditions("colour=red", "line 1")


def test_loaded_once():
    assert load_lexicon() is load_lexicon()


def test_modifier_and_governor_disambiguate_strike():
    assert lookup_noun("strike", gov="launch", mod={"air"}).type == "ASSAULT"
    assert lookup_noun("strike", gov="stage", mod={"hunger"}).type == "PROTEST"
    assert lookup_noun("strike", gov="launch").type == "ASSAULT"
    # a labour strike by its kind or its length is no attack, whatever verb launches it
    assert lookup_noun("strike", gov="launch", mod={"long"}).type == "PROTEST"  # "week-long strikes"
    assert lookup_noun("strike", gov="launch", mod={"general"}).type == "PROTEST"
    assert lookup_noun("strike", gov="launch", mod={"retaliatory"}).type == "ASSAULT"
    assert lookup_noun("strike") is None  # "a strike" alone says too little


# ---------------------------------------------------------------- WordNet-grown entries and classes
def test_grown_entries_answer_only_where_the_hand_lexicon_has_no_bare_sense():
    from importlib import resources

    text = resources.files("graphkit.ingest").joinpath("data/lexicon_wordnet.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert len(rows) > 400
    # provenance on every entry: a seed synset, a hand-written verb and its WordNet sense,
    # a dominant sense under a seed (dom:SEED<...<SENSE), or a sense a reader accepted (cur:SENSE<-PATH)
    assert all(len(r) == 7 and r[6].startswith(("wn:", "hand:", "dom:", "cur:")) for r in rows)
    hand = resources.files("graphkit.ingest").joinpath("data/lexicon.tsv").read_text(encoding="utf-8")
    cols = [c for c in (line.split("\t") for line in hand.splitlines()) if len(c) == 6]
    bare = {(c[0], c[1]) for c in cols if c[2] == "."}
    assert not [r for r in rows if (r[0], r[1]) in bare]
    assert not [r for r in rows if tuple(r[:3]) in {tuple(c[:3]) for c in cols}]


def test_grown_verbs_and_nouns_are_found():
    assert lookup_verb("upbraid").type == "ACCUSE"  # wn:accuse.v.01 > hyponym reproach.v.01
    assert lookup_verb("abdicate").type == "RETREAT"
    assert lookup_verb("shrug", prt={"off"}).type == "REJECT"  # a phrasal verb from WordNet
    assert lookup_verb("shrug") is None
    assert lookup_noun("endorsement").type == "SUPPORT"  # derived noun of endorse
    assert lookup_verb("book") is None  # curated out: its common sense is commercial
    assert lookup_verb("plump", prep={"for"}).type == "SUPPORT"  # a prepositional verb: plump_for
    assert lookup_verb("plump") is None
    assert lookup_verb("criminalize").type == "COERCE"  # wn:forbid.v.01 > hyponym outlaw.v.01
    assert lookup_noun("repatriation").type == "RETREAT"  # derived from the hand-written "repatriate"


def test_a_conditional_hand_lemma_backs_off_to_its_grown_bare_sense():
    # "resignation" is listed by hand only with governors ("handed in his resignation")
    assert lookup_noun("resignation", gov="tender").label == "resigned"  # the hand entry decides
    assert lookup_noun("resignation").type == "RETREAT"  # "his resignation": the grown back-off
    assert lookup_noun("investigation").type == "ACCUSE"


def test_general_lemmas_get_no_grown_back_off():
    # "accept", "help", "call", "strike" have conditional hand senses only, and WordNet's bare
    # sense is not their back-off (curated in tools/grow_lexicon.py: NO_BACKOFF)
    assert lookup_verb("accept", obj={"award"}) is None
    assert lookup_verb("help", obj={"economy"}) is None
    assert lookup_verb("call") is None
    assert lookup_noun("strike") is None
    assert lookup_verb("call", prt={"on"}).type == "REQUEST"  # its phrasal sense is grown


def test_an_apology_is_verbal_yielding():
    # docs/taxonomy.md: CONCEDE "verbal yielding: apologise"
    assert lookup_verb("apologise").type == lookup_noun("apology").type == "CONCEDE"


def test_offering_a_concession_concedes_it_and_only_an_apology_apologises():
    conceded = lookup_verb("offer", obj={"concession"})
    apologised = lookup_verb("offer", obj={"apology"})
    assert conceded.type == apologised.type == "CONCEDE"
    assert (conceded.label, apologised.label) == ("conceded", "apologised to")


def test_attacking_targets_is_military_and_attacking_a_policy_criticism():
    assert lookup_verb("attack", obj={"target"}).type == "ASSAULT"  # not the goal sense of class @idea
    assert lookup_verb("attack", obj={"objective"}).type == "ASSAULT"
    assert lookup_verb("attack", obj={"policy"}).type == "ACCUSE"
    assert lookup_verb("attack", obj={"doctrine"}).type == "ACCUSE"  # @idea still reads criticism


def test_argument_classes_expand_in_conditions():
    assert lookup_verb("send", obj={"rifle"}).type == "AID"       # @weapon
    assert lookup_verb("give", obj={"grant"}).type == "AID"
    assert lookup_verb("send", obj={"battalion"}).type == "MOBILIZE"  # @force
    assert lookup_verb("send", obj={"letter"}) is None
    conds = lexicon._parse_conditions("obj=@money|bribe", "x")
    assert "bribe" in conds[0][1] and "fund" in conds[0][1]


def test_unknown_argument_class_is_rejected():
    with pytest.raises(ValueError, match="unknown argument class '@colour'"):
        lexicon._parse_conditions("obj=@colour", "line 1")


def test_a_line_with_wrong_columns_is_rejected():
    with pytest.raises(ValueError, match="6 or 7 tab-separated columns"):
        lexicon._parse_line("V\tmeet\t.\tCONSULT", "line 1")
    with pytest.raises(ValueError, match="not a PLOVER category"):
        lexicon._parse_line("V\tmeet\t.\tGREET\t.\tmet", "line 1")


def test_closed_lists_back_off_to_the_lexicons_own_event_nouns():
    # obj=@N:ASSAULT: any event noun of the lexicon that is an attack, grown ones included
    assert lookup_verb("halt", obj={"shelling"}).type == "RETREAT"
    assert lookup_verb("stop", obj={"skirmish"}).type == "RETREAT"   # "skirmish" is grown from WordNet
    assert lookup_verb("end", obj={"crackdown"}).type == "RETREAT"   # @N:COERCE
    assert lookup_verb("accept", obj={"ultimatum"}).type == "CONCEDE"  # @N:THREATEN
    assert lookup_verb("suspend", obj={"summit"}).type == "SANCTION"   # @N:CONSULT
    assert lookup_verb("accept", obj={"award"}) is None
    with pytest.raises(ValueError, match="names no PLOVER category"):
        lexicon._parse_conditions("obj=@N:GREET", "line 1")


def test_what_is_offered_or_paid_decides_the_act():
    # "offered his congratulations" is praise, "offered concessions" a concession, "offered talks" a proposal
    assert lookup_verb("offer", obj={"congratulation"}).type == "SUPPORT"
    assert lookup_verb("offer", obj={"concession"}).type == "CONCEDE"
    assert lookup_verb("offer", obj={"talk"}).type == "AGREE"
    assert lookup_noun("tribute", gov="pay").type == "SUPPORT"


def test_accepting_findings_is_a_concession_and_plans_set_out_are_proposals():
    assert lookup_verb("accept", obj={"finding"}).type == "CONCEDE"
    assert lookup_verb("set", prt={"out"}, obj={"plan"}).type == "AGREE"
    assert lookup_verb("set", prt={"out"}, obj={"table"}) is None
    assert lookup_verb("admire", obj={"*actor"}).type == "SUPPORT"  # grown from WordNet admire.v.01
    assert lookup_verb("hammer", prt={"out"}).type == "AGREE"       # thrash_out.v.01


def test_beating_needs_something_beaten():
    assert lookup_verb("beat") is None  # "the heart of Britain beats as strong as ever"
    assert lookup_verb("beat", obj={"*any"}).type == "ASSAULT"


def test_an_attack_on_what_is_said_or_planned_is_criticism():
    # @idea: nouns whose first WordNet sense is a communication, a content of thought or an outgo
    assert lookup_noun("attack", pobj={"cost"}).type == "ACCUSE"
    assert lookup_noun("attack", pobj={"proposal"}).type == "ACCUSE"
    assert lookup_noun("attack", pobj={"village"}).type == "ASSAULT"
    assert lookup_verb("attack", obj={"manifesto"}).type == "ACCUSE"
    assert lookup_verb("attack", obj={"convoy"}).type == "ASSAULT"


def test_closed_lists_of_acts_back_off_to_the_category_nouns():
    # what is revoked, arranged, imposed or denied is an act the lexicon knows as a noun
    assert lookup_verb("revoke", obj={"blockade"}).type == "CONCEDE"     # @N:COERCE
    assert lookup_verb("arrange", obj={"consultation"}).type == "AGREE"  # @N:CONSULT
    assert lookup_verb("impose", obj={"repression"}).type == "COERCE"
    assert lookup_verb("deny", obj={"petition"}).type == "REJECT"        # @N:REQUEST
    assert lookup_verb("revoke", obj={"licence"}) is None                # no act: no event


def test_withholding_support_is_rejection_but_not_for_market_senses():
    assert lookup_verb("support", neg=True, obj={"limit"}).type == "REJECT"
    assert lookup_verb("back", neg=True).type == "REJECT"
    assert lookup_verb("back", neg=True, prt={"down"}).type == "CONCEDE"  # "did not back down"
    assert lookup_verb("support", neg=True, obj={"pound"}) is None
    assert lookup_verb("support", obj={"limit"}) != lookup_verb("support", neg=True, obj={"limit"})


def test_argument_decides_rare_senses_grown_from_wordnet():
    assert lookup_verb("overrule").type == "REJECT"
    assert lookup_verb("write", prep={"to"}).type == "CONSULT"
    assert lookup_verb("write") is None
    assert lookup_verb("remove", obj={"peer", "*actor"}).type == "COERCE"
    assert lookup_verb("remove", obj={"barrier"}) is None
    assert lookup_verb("suspend", obj={"plan"}).type == "RETREAT"
    assert lookup_verb("suspend", obj={"constitution"}) is None
    assert lookup_verb("wish", obj={"luck"}).type == "SUPPORT"
    assert lookup_verb("wish") is None



def test_a_warning_is_a_threat_only_of_an_act_or_to_a_party():
    # the lexicon's own verbs of a category fill "@V:TYPE" ("cut" is a SANCTION verb)
    assert lookup_verb("warn", comp={"cut"}).type == "THREATEN"  # "warned it would cut gas supplies"
    assert lookup_verb("warn", comp={"retaliate"}).type == "THREATEN"
    assert lookup_verb("warn", obj={"*actor"}, comp={"rise"}).type == "THREATEN"  # "warned Kiev that ..."
    assert lookup_verb("warn", comp={"shrink"}) is None  # "warned that the economy would shrink"
    assert lookup_verb("warn").type == "THREATEN"  # "warned against any attack"


def test_grown_lexicon_knows_nouns_of_every_category():
    # noun seeds: "a truce", "a treaty", "the pullout", "a sympathy strike"
    assert lookup_noun("truce").type == "RETREAT" and lookup_noun("pullout").type == "RETREAT"
    assert lookup_noun("treaty").type == "AGREE"
    assert lookup_noun("allegation").type == "ACCUSE"
    assert lookup_noun("strike", mod={"sympathy"}).type == "PROTEST"


def test_financing_agreements_are_no_agreement_between_parties():
    assert lookup_noun("agreement", mod={"repurchase"}) is None  # "customer repurchase agreements"
    assert lookup_noun("pact", mod={"credit"}) is None
    assert lookup_noun("pact", mod={"trade"}).type == "AGREE"  # "a free trade pact"
    assert lookup_noun("agreement", mod={"licensing"}).type == "AGREE"  # a deal between companies


def test_grown_class_entries_need_their_argument_class():
    assert lookup_verb("ferry", obj={"troop"}).type == "MOBILIZE"  # CLASS_SEEDS: transport.v.01 + @force
    assert lookup_verb("ferry", obj={"passenger"}) is None
    assert lookup_noun("shipment", mod={"arms"}).type == "AID"  # "arms shipments": @weapon as modifier
    assert lookup_noun("shipment", mod={"grain"}) is None
    assert lookup_noun("supply", mod={"money"}) is None  # "money supply": no class entry for money on nouns
    assert lookup_verb("shackle", obj={"dissident"}).type == "COERCE"  # @people


def test_grown_gerunds_of_material_verbs():
    assert lookup_noun("jailing").type == "COERCE"  # the -ing noun of a hand-written material verb
    assert lookup_noun("releasing") is None  # "release" has no-event senses by hand: no gerund


def test_weapons_hurled_or_set_off_are_attacks_rounds_are_not():
    assert lookup_verb("hurl", obj={"grenade"}).type == "ASSAULT"  # CLASS_SEEDS: hurl.v.01 + @weapon
    assert lookup_verb("set", prt={"off"}, obj={"bomb"}).type == "ASSAULT"  # explode.v.01: set_off
    assert lookup_noun("detonation", mod={"bomb"}).type == "ASSAULT"  # the class as modifier
    assert lookup_verb("hurl", obj={"insult"}) is None
    assert lookup_verb("lob", obj={"round"}) is None  # "round": mostly no ammunition in news
    assert lookup_verb("enjoin") is None  # refused after reading: parties seeking to enjoin
    assert lookup_verb("move", obj={"troop"}).type == "MOBILIZE"
    assert lookup_verb("send", obj={"division"}) is None  # a company division, more often than not


def test_second_round_derivations_and_synonyms():
    assert lookup_verb("conscript").type == "MOBILIZE"  # the verb of the grown noun "conscription"
    assert lookup_noun("plunder").type == "ASSAULT"  # the noun of the grown verb "plunder"
    assert lookup_verb("bring", prt={"down"}) is None  # a synonym of "overthrow", refused: rates brought down
    assert lookup_verb("beat") is None  # refused: beating forecasts and rivals in business news


def test_curated_entries_keep_the_readers_condition_and_category():
    assert lookup_verb("bow", prep={"to"}).type == "CONCEDE"  # "bowed to pressure": the reader's condition
    assert lookup_verb("bow") is None  # bare "bow" refused: a gesture, or "bow out"
    assert lookup_verb("bow", prt={"out"}).type == "RETREAT"
    assert lookup_verb("impugn").type == "ACCUSE"  # proposed as REQUEST, corrected by the reader
    assert lookup_noun("job", mod={"hatchet"}).type == "ACCUSE"  # "a hatchet job": a compound entry
    assert lookup_noun("job") is None


def test_curated_class_entries_need_their_class():
    assert lookup_verb("drop", obj={"bomb"}).type == "ASSAULT"
    assert lookup_verb("drop", obj={"plan"}) is None
    assert lookup_verb("post", obj={"troop"}).type == "MOBILIZE"
    assert lookup_verb("post", obj={"loss"}) is None  # "posted a loss"
    assert lookup_verb("transfer", obj={"rifle"}).type == "AID"
    assert lookup_verb("transfer", obj={"fund"}) is None  # funds transferred: no @money on "transfer"


def test_phrasal_senses_of_votes_lapses_and_closures():
    assert lookup_verb("vote", prep={"against"}).type == "REJECT"
    assert lookup_verb("vote", prep={"for"}) is None  # "voted for the budget": mostly no party supported
    assert lookup_verb("vote") is None  # voting itself takes no side
    assert lookup_verb("allow", comp={"lapse"}).type == "RETREAT"  # "allowed controls to lapse"
    assert lookup_verb("allow", comp={"continue"}) is None
    assert lookup_verb("seal", prt={"off"}).type == "COERCE"
    assert lookup_verb("seal") is None  # "sealed the deal"


def test_frequent_gaps_of_unlabelled_news():
    assert lookup_verb("disagree", prep={"with"}).type == "ACCUSE"
    assert lookup_verb("work", prep={"with"}) is None  # refused: an intention as often as an act
    assert lookup_verb("send", obj={"delegation"}).mode == "visit"
    assert lookup_verb("put", obj={"pressure"}, pobj={"Japan"}).type == "REQUEST"
    assert lookup_verb("put", obj={"pressure"}, pobj={"dollar"}) is None  # a market under pressure
    assert lookup_noun("pressure", gov="recognise") is None  # "recognise the funding pressures"


def test_recall_reading_of_unseen_news():
    assert lookup_verb("meet", obj={"commitment"}) is None  # fulfilling one's pledges meets no one
    assert lookup_verb("meet", obj={"counterpart"}).type == "CONSULT"
    assert lookup_verb("seek", obj={"re-election"}) is None
    assert lookup_verb("seek", obj={"aid"}).type == "REQUEST"
    assert lookup_verb("approve", obj={"bill"}) is None  # a vote on legislation
    assert lookup_verb("approve", obj={"tariff"}).type == "SANCTION"
    assert lookup_verb("approve", obj={"plan"}).type == "AGREE"
    assert lookup_verb("propose", obj={"law"}) is None
    assert lookup_verb("propose", obj={"ceasefire"}).type == "AGREE"
    assert lookup_verb("march", subj={"troop"}).type == "MOBILIZE"
    assert lookup_verb("march", subj={"student"}).type == "PROTEST"
    assert lookup_verb("crush", obj={"attack"}).type == "ASSAULT"
    assert lookup_verb("crush", obj={"uprising"}).type == "COERCE"
    assert lookup_verb("crush", obj={"can"}) is None
    assert lookup_verb("reconvene").type == "CONSULT"
    assert lookup_verb("put", prt={"forward"}, obj={"proposal"}).type == "AGREE"
    assert lookup_verb("put", prt={"forward"}, obj={"candidate"}) is None  # nominating is no offer
    assert lookup_verb("monitor", obj={"radio"}) is None  # listening to a broadcast
    assert lookup_verb("monitor", obj={"election"}).type == "ACCUSE"


def test_threats_strikes_proposals_and_yielding_of_unseen_news():
    assert lookup_verb("stop", obj={"work"}, subj={"worker"}).type == "PROTEST"
    assert lookup_verb("stop", obj={"work"}, subj={"plant"}) is None  # a plant stopping work strikes no one
    assert lookup_verb("impose", obj={"countermeasure"}).type == "SANCTION"
    assert lookup_verb("present", obj={"proposal"}).type == "AGREE"
    assert lookup_verb("present", obj={"award"}) is None
    assert lookup_verb("present", obj={"draft", "treaty"}).type == "AGREE"  # a draft treaty is a proposal
    assert lookup_noun("threat", gov="raise").type == "THREATEN"
    assert lookup_verb("avenge").type == "SANCTION"  # "vowed to avenge": a threat, made so by the future
    assert lookup_verb("drop", obj={"objection"}).type == "CONCEDE"
    assert lookup_verb("drop", obj={"price"}) is None


def test_countermeasures_pay_back_and_helping_a_party_aids_it():
    assert lookup_noun("countermeasure").type == "SANCTION"
    assert lookup_verb("impose", obj={"measure"}) is None  # "imposed austerity measures": no sanction
    assert lookup_verb("help", obj={"*actor"}).type == "AID"
    assert lookup_verb("help", obj={"economy"}) is None


def test_tariffs_imposed_or_announced_sanction():
    assert lookup_noun("tariff", gov="announce").type == "SANCTION"
    assert lookup_noun("tariff", gov="cut") is None  # "cut its tariffs": no sanction


def test_giving_way_and_softening_a_stance_yield():
    assert lookup_verb("give", obj={"way"}).type == "CONCEDE"
    assert lookup_verb("soften", obj={"stance"}).type == "CONCEDE"
    assert lookup_verb("soften", obj={"blow"}) is None


def test_escorts_blasts_halted_aid_and_duties():
    assert lookup_verb("escort", subj={"warship"}).type == "MOBILIZE"
    assert lookup_verb("escort", subj={"police"}) is None
    assert lookup_verb("escort", subj={"force", "u.s."}).type == "MOBILIZE"  # "U.S. forces began escorting"
    assert lookup_verb("blast", obj={"*actor"}).type == "ACCUSE"
    assert lookup_verb("halt", obj={"aid"}).type == "SANCTION"
    assert lookup_verb("halt", obj={"shelling"}).type == "RETREAT"
    assert lookup_noun("duty", gov="slap").type == "SANCTION"
    assert lookup_noun("duty", gov="perform") is None


def test_what_is_said_of_a_subject_chooses_a_nouns_sense():
    # a strike said to go on is a labour protest; "in retaliation" alone is no act, a swift one is
    assert lookup_noun("strike", pred={"continue"}, bare=False).type == "PROTEST"
    assert lookup_noun("strike", pred={"say"}, bare=False) is None
    assert lookup_noun("strike", mod={"air"}, pred={"continue"}).type == "ASSAULT"
    assert lookup_noun("retaliation", pred={"be", "swift"}).type == "SANCTION"
    assert lookup_noun("retaliation") is None


def test_walking_out_in_protest_is_a_protest():
    assert lookup_verb("walk", prt={"out"}, pobj={"protest"}).type == "PROTEST"
    assert lookup_verb("walk", prt={"out"}, pobj={"parliament"}).type != "PROTEST"


def test_a_strike_that_kills_is_an_attack():
    assert lookup_noun("strike", pred={"kill"}, bare=False).type == "ASSAULT"


def test_dismissing_an_office_holder_is_no_rejection():
    # the class may name a word list of the pipeline (data/words/body_offices.txt)
    assert lookup_verb("dismiss", obj={"head"}) is None
    assert lookup_verb("dismiss", obj={"claim"}).type == "REJECT"


def test_destroying_and_raiding_by_armed_forces_is_an_attack():
    from graphkit.ingest.events.lexicon import lookup_verb
    assert lookup_verb("destroy", subj={"warship"}).type == "ASSAULT"
    assert lookup_verb("raid", subj={"force"}).type == "ASSAULT"
    assert lookup_verb("raid", subj={"police"}).type == "COERCE"  # a police raid coerces
    assert lookup_verb("destroy", subj={"mob"}).type == "COERCE"


def test_inspecting_a_party_or_a_wrong_investigates_but_inspecting_sites_or_damage_does_not():
    assert lookup_verb("inspect", obj={"*actor", "company"}).type == "ACCUSE"
    assert lookup_verb("inspect", obj={"violation"}).type == "ACCUSE"
    assert lookup_verb("inspect", obj={"damage"}) is None and lookup_verb("inspect", obj={"site"}) is None


def test_destroying_forces_attacks_them_but_destroying_houses_coerces():
    assert lookup_verb("destroy", obj={"brigade"}).type == "ASSAULT"
    assert lookup_verb("destroy", obj={"house"}).type == "COERCE"


def test_demonstrating_something_shows_it_and_only_demonstrating_alone_protests():
    assert lookup_verb("demonstrate").type == "PROTEST"
    assert lookup_verb("demonstrate", obj={"*any", "strength"}) is None
    assert lookup_verb("demonstrate", comp=True) is None


def test_predicate_adjectives_are_read_with_their_prepositions():
    from graphkit.ingest.events.lexicon import lookup_adjective

    assert lookup_adjective("critical", prep={"of"}).type == "ACCUSE"
    assert lookup_adjective("critical", prep={"to"}) is None  # "critical to the economy"
    assert lookup_adjective("grateful", prep={"to"}).type == "SUPPORT"
    assert lookup_adjective("angry", comp={"*clause"}).type == "ACCUSE"
    assert lookup_adjective("sore", prep={"at"}).type == "ACCUSE"  # WordNet's angry sense, a common one
    assert lookup_adjective("black", prep={"at"}) is None  # angry only in a rare sense


def test_resuming_or_normalising_ties_in_either_spelling_restores_them():
    assert lookup_verb("resume", obj={"tie"}).type == "SUPPORT"
    assert lookup_verb("normalise", obj={"relation"}).label == lookup_verb("normalize", obj={"relation"}).label
    assert lookup_verb("resume", obj={"tie"}).label == "restored ties with"


def test_ending_a_meeting_held_it_but_ending_a_measure_withdraws_it():
    assert lookup_verb("end", obj={"talk"}).type == "CONSULT"  # "have ended talks"
    assert lookup_verb("end", obj={"visit"}).mode == "visit"  # "ended a four-day visit to China"
    assert lookup_verb("wind", prt={"up"}, obj={"meeting"}).type == "CONSULT"
    assert lookup_verb("end", obj={"session"}) is None  # "stocks ended the session higher"
    assert lookup_verb("end", obj={"embargo"}).type == "RETREAT"


def test_voting_or_speaking_in_favour_or_favouring_a_plan_backs_it_and_not_favouring_it_rejects_it():
    assert lookup_verb("vote", prep={"in"}, pobj={"favour"}).type == "SUPPORT"
    assert lookup_verb("come", prt={"out"}, prep={"in"}, pobj={"favor"}).type == "SUPPORT"
    assert lookup_verb("favour", obj={"plan"}).type == "SUPPORT"
    assert lookup_verb("favour", obj={"plan"}, neg=True).type == "REJECT"
    assert lookup_noun("approval", gov="express", bare=False).type == "SUPPORT"
    assert lookup_noun("approval", gov="give", bare=False) is None  # a body's consent to a measure


def test_suspending_or_ceasing_attacks_or_a_halt_to_them_halts_them():
    assert lookup_verb("suspend", obj={"attack"}).type == "RETREAT"
    assert lookup_verb("cease", obj={"shelling"}).type == "RETREAT"
    assert lookup_verb("cease", obj={"operation"}) is None  # "cease foreign exchange operations"
    assert lookup_noun("halt", pobj={"raid"}).type == "RETREAT"
    assert lookup_noun("suspension", obj={"attack"}).type == "RETREAT"


def test_a_strike_on_a_military_target_is_an_attack():
    assert lookup_noun("strike", pobj={"target"}).type == "ASSAULT"  # "the U.S. strike against Iranian targets"
    assert lookup_noun("strike", pobj={"company"}) is None  # a labour strike against an employer says too little
    assert lookup_noun("strike", pobj={"worker"}).type == "PROTEST"
