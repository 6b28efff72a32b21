"""Trigger finding (graphkit.ingest.events.triggers) on hand-built spaCy Docs."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb
from graphkit.ingest.events.triggers import find_candidates, verb_lemma
from graphkit.models import Actor
from tests.ingest.events.test_find import events_of


def _doc(vocab, words, lemmas, pos, deps, heads):
    return Doc(vocab, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads)


def test_only_lexicon_words_become_candidates(vocab):
    doc = _doc(vocab, ["Kerry", "walked", "home"], ["Kerry", "walk", "home"], ["PROPN", "VERB", "NOUN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert find_candidates(doc, ActorLayer()) == []


def test_mangled_lemma_of_a_past_form_is_repaired(vocab):
    # the lemmatizer turns "staged" into "stag"
    doc = _doc(vocab, ["Students", "staged", "protests"], ["student", "stag", "protest"],
               ["NOUN", "VERB", "NOUN"], ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert verb_lemma(doc[1]) == "stage"
    (cand,) = find_candidates(doc, ActorLayer())
    assert (cand.kind, cand.trig.type, cand.noun.text) == ("light", "PROTEST", "protests")


def test_event_noun_inside_a_trigger_argument_is_not_a_second_candidate(vocab):
    # Israel rejected the ceasefire proposal: "proposal" is the object of "rejected"
    doc = _doc(vocab, ["Israel", "rejected", "the", "proposal"], ["Israel", "reject", "the", "proposal"],
               ["PROPN", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "det", "dobj"], [1, 1, 3, 1])
    assert [(c.kind, c.head.text) for c in find_candidates(doc, ActorLayer())] == [("verb", "rejected")]
    # standing alone, it is one
    doc = _doc(vocab, ["the", "proposal"], ["the", "proposal"], ["DET", "NOUN"], ["det", "ROOT"], [1, 1])
    assert [(c.kind, c.trig.type) for c in find_candidates(doc, ActorLayer())] == [("noun", "AGREE")]


def test_a_relative_pronoun_object_stands_for_its_noun(vocab):
    # a helicopter that was captured: "capture" of a helicopter is a seizure, not an attack
    doc = _doc(vocab, ["a", "helicopter", "that", "was", "captured"], ["a", "helicopter", "that", "be", "capture"],
               ["DET", "NOUN", "PRON", "AUX", "VERB"], ["det", "ROOT", "nsubjpass", "auxpass", "relcl"],
               [1, 1, 4, 4, 1])
    (cand,) = find_candidates(doc, ActorLayer())
    assert (cand.trig.type, cand.trig.mode) == ("COERCE", "seize")


def _layer(**who):
    from graphkit.models import Actor

    layer = ActorLayer()
    for i, (aid, kind) in who.items():
        layer.actors[aid] = Actor(id=aid, name=aid, kind=kind)
        layer.token_actor[int(i[1:])] = aid
    return layer


def test_leaving_or_joining_an_organisation_is_retreat_or_cooperation_and_a_place_is_not(vocab):
    words, lemmas = ["Hockney", "left", "UKIP"], ["Hockney", "leave", "UKIP"]
    doc = _doc(vocab, words, lemmas, ["PROPN", "VERB", "PROPN"], ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    layer = _layer(t0=("hockney", "person"), t2=("ukip", "organization"))
    assert [c.trig.type for c in find_candidates(doc, layer)] == ["RETREAT"]
    doc = _doc(vocab, ["Hockney", "joined", "UKIP"], ["Hockney", "join", "UKIP"], ["PROPN", "VERB", "PROPN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert [c.trig.type for c in find_candidates(doc, layer)] == ["COOPERATE"]
    layer = _layer(t0=("hockney", "person"), t2=("london", "location"))
    doc = _doc(vocab, ["Hockney", "left", "London"], ["Hockney", "leave", "London"], ["PROPN", "VERB", "PROPN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert find_candidates(doc, layer) == []


def test_an_organisations_troops_left_behind_are_not_the_organisation(vocab):
    doc = _doc(vocab, ["leaving", "UN", "troops"], ["leave", "UN", "troop"], ["VERB", "PROPN", "NOUN"],
               ["ROOT", "compound", "dobj"], [0, 2, 0])
    layer = _layer(t1=("un", "organization"), t2=("un", "organization"))
    assert find_candidates(doc, layer) == []


def test_ringing_a_person_is_consulting_them_and_ringing_a_bell_is_not(vocab):
    layer = _layer(t0=("pound", "person"), t2=("lucy", "person"))
    doc = _doc(vocab, ["Pound", "rang", "Lucy"], ["Pound", "ring", "Lucy"], ["PROPN", "VERB", "PROPN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert [c.trig.type for c in find_candidates(doc, layer)] == ["CONSULT"]
    doc = _doc(vocab, ["Pound", "rang", "bells"], ["Pound", "ring", "bell"], ["PROPN", "VERB", "NOUN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert find_candidates(doc, _layer(t0=("pound", "person"))) == []


def test_joining_a_company_is_employment_not_cooperation(vocab):
    doc = _doc(vocab, ["Stearns", "joined", "Acme", "Co"], ["Stearns", "join", "Acme", "Co"],
               ["PROPN", "VERB", "PROPN", "PROPN"], ["nsubj", "ROOT", "compound", "dobj"], [1, 1, 3, 1])
    layer = _layer(t0=("stearns", "person"), t2=("acme", "organization"), t3=("acme", "organization"))
    layer.actors["acme"] = layer.actors["acme"].model_copy(update={"name": "Acme Co"})
    assert find_candidates(doc, layer) == []


def test_a_second_object_parsed_as_an_apposition_decides_the_sense(vocab):
    # "wish the couple all the luck": the parser makes "luck" an apposition of "couple"
    words = ["They", "wish", "the", "couple", "all", "the", "luck"]
    doc = Doc(vocab, words=words, lemmas=["they", "wish", "the", "couple", "all", "the", "luck"],
              pos=["PRON", "VERB", "DET", "NOUN", "DET", "DET", "NOUN"],
              deps=["nsubj", "ROOT", "det", "dobj", "predet", "det", "appos"], heads=[1, 1, 3, 1, 6, 6, 3])
    assert [c.trig.type for c in find_candidates(doc, ActorLayer())] == ["SUPPORT"]
    doc = Doc(vocab, words=["They", "wish", "the", "couple"], lemmas=["they", "wish", "the", "couple"],
              pos=["PRON", "VERB", "DET", "NOUN"], deps=["nsubj", "ROOT", "det", "dobj"], heads=[1, 1, 3, 1])
    assert find_candidates(doc, ActorLayer()) == []


def test_seeking_to_do_is_an_attempt_and_seeking_help_a_request(vocab):
    layer = _layer(t0=("uk", "country"))
    doc = _doc(vocab, ["Britain", "seeks", "to", "amend", "it"], ["Britain", "seek", "to", "amend", "it"],
               ["PROPN", "VERB", "PART", "VERB", "PRON"], ["nsubj", "ROOT", "aux", "xcomp", "dobj"], [1, 1, 3, 1, 3])
    assert [c.trig.type for c in find_candidates(doc, layer) if c.head.i == 1] == []
    doc = _doc(vocab, ["Britain", "seeks", "help"], ["Britain", "seek", "help"], ["PROPN", "VERB", "NOUN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert [c.trig.type for c in find_candidates(doc, layer)] == ["REQUEST"]



def test_signing_an_agreement_commits_to_it_signing_one_s_own_decree_is_none():
    assert lookup_verb("sign", obj={"ceasefire"}).type == "AGREE"
    assert lookup_verb("sign", obj={"decree"}) is None
    assert lookup_verb("sign", obj={"letter", "intent"}).type == "AGREE"


def test_vowing_revenge_or_an_attack_is_a_threat_vowing_peace_a_promise():
    assert lookup_verb("vow", obj={"revenge"}).type == "THREATEN"
    assert lookup_verb("pledge", obj={"attack"}).type == "THREATEN"
    assert lookup_verb("vow", obj={"peace"}).type == "AGREE"


def test_a_preposition_without_an_object_of_its_own_is_a_particle(vocab):
    # Syrian rebels pulled out of Homs (the parser makes "out" a preposition)
    rows = [("Rebels", 1, "nsubj", "NOUN", "rebel"), ("pulled", 1, "ROOT", "VERB", "pull"),
            ("out", 1, "prep", "ADP", "out"), ("of", 2, "prep", "ADP", "of"), ("Homs", 3, "pobj", "PROPN", "Homs")]
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows])
    assert [(c.trig.type, c.head.text) for c in find_candidates(doc, ActorLayer())] == [("RETREAT", "pulled")]


def test_a_joint_exercise_and_putting_forces_on_alert_are_events():
    assert lookup_noun("exercise", mod={"joint"}).type == "COOPERATE"
    assert lookup_noun("exercise", mod={"military"}) is None
    assert lookup_verb("put", pobj={"alert"}).type == "MOBILIZE"


def _should(vocab, rows, actors):
    """"Blair said <rows> should apologise": the kinds of the candidates."""
    n = len(rows)
    words = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("said", 1, "ROOT", "VERB", "say"), *rows,
             ("should", n + 3, "aux", "AUX", "should"), ("apologise", 1, "ccomp", "VERB", "apologise")]
    doc = Doc(vocab, words=[w[0] for w in words], heads=[w[1] for w in words], deps=[w[2] for w in words],
              pos=[w[3] for w in words], lemmas=[w[4] for w in words])
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid, kind="country"))
        layer.token_actor[i] = aid
    return [c.kind for c in find_candidates(doc, layer)]


def test_should_of_an_actor_is_a_demand_of_a_thing_of_its_own_a_forecast(vocab):
    assert "demand" in _should(vocab, [("Britain", 4, "nsubj", "PROPN", "Britain")], {2: "gbr"})
    own = [("Britain", 4, "poss", "PROPN", "Britain"), ("'s", 2, "case", "PART", "'s"),
           ("economy", 6, "nsubj", "NOUN", "economy")]
    assert "demand" not in _should(vocab, own, {2: "gbr"})


def test_expressing_gratitude_is_support_voicing_disapproval_is_criticism():
    assert lookup_noun("gratitude", gov="express").type == "SUPPORT"
    assert lookup_noun("disapproval", gov="voice").type == "ACCUSE"
    assert lookup_noun("gratitude", gov="feel", bare=False) is None


def test_the_object_the_parser_hangs_on_the_dative_counts(vocab):
    # Blair offered Bush his congratulations ("congratulations" an apposition of "Bush")
    doc = _doc(vocab, ["Blair", "offered", "Bush", "his", "congratulations"],
               ["Blair", "offer", "Bush", "his", "congratulation"], ["PROPN", "VERB", "PROPN", "PRON", "NOUN"],
               ["nsubj", "ROOT", "dative", "poss", "appos"], [1, 1, 1, 4, 2])
    assert [c.trig.type for c in find_candidates(doc, ActorLayer())] == ["SUPPORT"]


def test_quelling_is_coercion_bankrolling_is_aid():
    assert lookup_verb("quell").type == "COERCE" and lookup_verb("bankroll").type == "AID"


def test_fighting_fears_ordering_goods_and_quelling_fears_are_no_events():
    assert lookup_verb("fight", obj={"fear", "*any"}) is None
    assert lookup_verb("fight", obj={"rebel", "*any", "*actor"}).type == "ASSAULT"
    assert lookup_verb("order", prep={"from"}, obj={"aircraft", "*any"}) is None
    assert lookup_verb("quell", obj={"fear", "*any"}) is None


def test_capturing_a_person_is_an_arrest_and_a_town_an_assault(vocab):
    layer = _layer(t0=("rebels", "group"), t2=("hasenfus", "person"))
    doc = _doc(vocab, ["Rebels", "captured", "Hasenfus"], ["rebel", "capture", "Hasenfus"], ["NOUN", "VERB", "PROPN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert [c.trig.type for c in find_candidates(doc, layer)] == ["COERCE"]
    layer = _layer(t0=("rebels", "group"), t2=("juba", "location"))
    doc = _doc(vocab, ["Rebels", "captured", "Juba"], ["rebel", "capture", "Juba"], ["NOUN", "VERB", "PROPN"],
               ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert [c.trig.type for c in find_candidates(doc, layer)] == ["ASSAULT"]


def test_barring_talks_is_a_rejection_barring_imports_a_sanction():
    assert lookup_verb("bar", obj={"negotiation"}).type == "REJECT"
    assert lookup_verb("ban", obj={"talk"}).type == "REJECT"
    assert lookup_verb("ban", obj={"import"}).type == "SANCTION"  # a trade measure (CAMEO 163), types10


def test_speaking_to_reporters_is_no_consultation():
    assert lookup_verb("speak", prep={"to"}, pobj={"reporter"}) is None
    assert lookup_verb("meet", obj={"journalist"}) is None
    assert lookup_verb("speak", prep={"to"}, pobj={"minister"}).type == "CONSULT"


def test_retaliating_is_a_punishment_or_with_arms_an_assault_and_will_retaliate_a_threat(vocab):
    assert lookup_verb("retaliate").type == "SANCTION"
    assert lookup_verb("retaliate", with_={"missile"}).type == "ASSAULT"
    assert lookup_noun("retaliation") is None  # "in retaliation for": the motive of another act
    from tests.ingest.events.test_speech import events_of
    rows = [("Iran", 2, "nsubj", "PROPN", "Iran", "NNP"), ("will", 2, "aux", "AUX", "will", "MD"),
            ("retaliate", 2, "ROOT", "VERB", "retaliate", "VB")]
    assert [e[0] for e in events_of(vocab, rows, {0: "iran"}) if e[4] == "asserted"] == ["THREATEN"]


def test_call_on_or_for_asks_only_when_the_preposition_follows_the_verb():
    assert lookup_verb("call", prep={"on"}).type == "REQUEST"
    assert lookup_verb("call", prep={"on"}, obj={"attack", "*any", "*before"}) is None  # "called the attacks on X ..."
    assert lookup_verb("call", prep={"on"}, obj={"reference", "*any"}).type == "REQUEST"


def test_calling_off_or_cancelling_talks_refuses_them_calling_off_a_strike_concedes():
    assert lookup_verb("call", prt={"off"}, obj={"talk"}).type == "REJECT"
    assert lookup_verb("cancel", obj={"meeting"}).type == "REJECT"  # @N:CONSULT
    assert lookup_verb("call", prt={"off"}, obj={"strike"}).type == "CONCEDE"


def test_a_vow_to_act_is_a_promise_as_promising_is():
    # "vowed to keep the gulf open" promises, as "promised to democratize Serbia" does (a hostile act vowed
    # makes it a threat downstream, as for "promised to")
    assert lookup_verb("vow", comp={"keep"}).type == lookup_verb("promise", comp={"keep"}).type == "AGREE"
    assert lookup_verb("vow", comp={"return", "*not"}).type == "AGREE"  # "vowed not to return": refused
    assert lookup_verb("vow", comp={"support", "*clause"}).type == "AGREE"  # "vowed that Egypt would support"
    assert lookup_verb("vow").type == "AGREE"


def test_one_calls_a_strike_or_a_meeting_but_never_an_attack(vocab):
    # they called the attacks an escalation: "call" names the attacks, it does not launch them
    from graphkit.ingest.events.triggers import _light

    doc = Doc(vocab, words=["they", "called", "the", "attacks"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "det", "dobj"], pos=["PRON", "VERB", "DET", "NOUN"],
              lemmas=["they", "call", "the", "attack"])
    assert _light(doc[1], None, explicit=False) is None
    doc = Doc(vocab, words=["they", "called", "a", "meeting"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "det", "dobj"], pos=["PRON", "VERB", "DET", "NOUN"],
              lemmas=["they", "call", "a", "meeting"])
    found = _light(doc[1], None, explicit=False)
    assert found is not None and found[0].type == "CONSULT"


def _needs(vocab, obj: bool):
    """"Blair said Britain needs [money] to repair it": the kinds of the candidates."""
    words = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("said", 1, "ROOT", "VERB", "say"),
             ("Britain", 3, "nsubj", "PROPN", "Britain"), ("needs", 1, "ccomp", "VERB", "need")]
    if obj:
        words.append(("money", 3, "dobj", "NOUN", "money"))
    n = len(words)
    words += [("to", n + 1, "aux", "PART", "to"), ("repair", 3, "xcomp", "VERB", "repair"),
              ("it", n + 1, "dobj", "PRON", "it")]
    doc = Doc(vocab, words=[w[0] for w in words], heads=[w[1] for w in words], deps=[w[2] for w in words],
              pos=[w[3] for w in words], lemmas=[w[4] for w in words])
    layer = ActorLayer()
    layer.actors["gbr"] = Actor(id="gbr", name="gbr", kind="country")
    layer.token_actor[2] = "gbr"
    return [c.kind for c in find_candidates(doc, layer)]


def test_needing_to_act_is_a_demand_and_needing_a_thing_to_act_is_none(vocab):
    assert "demand" in _needs(vocab, obj=False)
    assert "demand" not in _needs(vocab, obj=True)


def _rows_doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows])


def test_the_subject_of_a_quantity_is_what_it_counts(vocab):
    # Scores of troops marched into the camp: troops deploy; scores of students marched: a protest
    def marched(noun, lemma):
        rows = [("Scores", 3, "nsubj", "NOUN", "score"), ("of", 0, "prep", "ADP", "of"),
                (noun, 1, "pobj", "NOUN", lemma), ("marched", 3, "ROOT", "VERB", "march"),
                ("into", 3, "prep", "ADP", "into"), ("camps", 4, "pobj", "NOUN", "camp")]
        return [(c.trig.type, c.head.text) for c in find_candidates(_rows_doc(vocab, rows), ActorLayer())]

    assert marched("troops", "troop") == [("MOBILIZE", "marched")]
    assert marched("students", "student") == [("PROTEST", "marched")]


def test_forward_is_a_particle_and_one_chairs_a_meeting_of_ministers(vocab):
    # Britain put (its ideas) forward: proposed; Britain put its ideas there: nothing
    def put(adv):
        rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("put", 1, "ROOT", "VERB", "put"),
                ("ideas", 1, "dobj", "NOUN", "idea"), (adv, 1, "advmod", "ADV", adv)]
        return [(c.trig.type, c.trig.label) for c in find_candidates(_rows_doc(vocab, rows), ActorLayer())]

    assert put("forward") == [("AGREE", "proposed")]
    assert put("there") == []
    # Eyskens chaired a meeting of ministers: he met them; "chaired a meeting" alone names no party
    rows = [("Eyskens", 1, "nsubj", "PROPN", "Eyskens"), ("chaired", 1, "ROOT", "VERB", "chair"),
            ("a", 3, "det", "DET", "a"), ("meeting", 1, "dobj", "NOUN", "meeting"), ("of", 3, "prep", "ADP", "of"),
            ("ministers", 4, "pobj", "NOUN", "minister")]
    assert [(c.kind, c.trig.type) for c in find_candidates(_rows_doc(vocab, rows), ActorLayer())] == [
        ("light", "CONSULT")]
    assert [c.kind for c in find_candidates(_rows_doc(vocab, rows[:4]), ActorLayer())] == ["noun"]


def test_an_adverb_after_a_verb_is_its_particle_and_dlrs_are_money(vocab):
    # workers walked (out): a strike; the parser makes "out" an adverb
    def walked(adv):
        rows = [("workers", 1, "nsubj", "NOUN", "worker"), ("walked", 1, "ROOT", "VERB", "walk")]
        rows += [(adv, 1, "advmod", "ADV", adv)] if adv else []
        return [(c.trig.type, c.head.text) for c in find_candidates(_rows_doc(vocab, rows), ActorLayer())]

    assert walked("out") == [("PROTEST", "walked")]
    assert walked(None) == []
    # "output is planned to rise by 4.5 pct, up from 4.4": an adverb further on is no particle
    rows = [("output", 1, "nsubj", "NOUN", "output"), ("rose", 1, "ROOT", "VERB", "rise"),
            ("sharply", 1, "advmod", "ADV", "sharply"), ("up", 1, "advmod", "ADV", "up")]
    assert find_candidates(_rows_doc(vocab, rows), ActorLayer()) == []
    # the Bank lent Brazil 500 mln dlrs: an amount of money; 5 pct is none
    def lent(unit):
        rows = [("Bank", 1, "nsubj", "PROPN", "Bank"), ("lent", 1, "ROOT", "VERB", "lend"),
                ("Brazil", 1, "dative", "PROPN", "Brazil"), ("500", 4, "nummod", "NUM", "500"),
                (unit, 1, "dobj", "NOUN", unit)]
        return [c.trig.type for c in find_candidates(_rows_doc(vocab, rows), ActorLayer())]

    assert lent("dlrs") == ["AID"]
    assert lent("pct") == []


def test_the_noun_a_participle_modifies_is_its_subject(vocab):
    # striking workers: workers on strike, no attack
    rows = [("striking", 1, "amod", "VERB", "strike"), ("workers", 1, "ROOT", "NOUN", "worker")]
    doc = _rows_doc(vocab, rows)
    doc[0].tag_ = "VBG"
    assert [(c.trig.type, c.head.text) for c in find_candidates(doc, ActorLayer())] == [("PROTEST", "striking")]


def test_paying_a_visit_is_visiting(vocab):
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("paid", 1, "ROOT", "VERB", "pay"),
            ("a", 3, "det", "DET", "a"), ("visit", 1, "dobj", "NOUN", "visit")]
    assert [(c.kind, c.trig.type) for c in find_candidates(_rows_doc(vocab, rows), ActorLayer())] == [
        ("light", "CONSULT")]
    rows[3] = ("price", 1, "dobj", "NOUN", "price")
    assert find_candidates(_rows_doc(vocab, rows), ActorLayer()) == []


def test_a_strike_said_to_go_on_is_a_protest_and_one_that_could_spread_is_none(vocab):
    words = ["the", "strike", "entered", "its", "third", "day"]
    doc = _doc(vocab, words, ["the", "strike", "enter", "its", "third", "day"],
               ["DET", "NOUN", "VERB", "PRON", "ADJ", "NOUN"], ["det", "nsubj", "ROOT", "poss", "amod", "dobj"],
               [1, 2, 2, 5, 5, 2])
    assert [(c.kind, c.trig.type, c.head.text) for c in find_candidates(doc, ActorLayer())] == [
        ("noun", "PROTEST", "strike")]
    doc = _doc(vocab, ["the", "strike", "could", "spread"], ["the", "strike", "could", "spread"],
               ["DET", "NOUN", "AUX", "VERB"], ["det", "nsubj", "aux", "ROOT"], [1, 3, 3, 3])
    assert find_candidates(doc, ActorLayer()) == []


def test_a_swift_retaliation_is_a_sanction_one_that_would_be_swift_is_none(vocab):
    doc = _doc(vocab, ["retaliation", "was", "swift"], ["retaliation", "be", "swift"], ["NOUN", "AUX", "ADJ"],
               ["nsubj", "ROOT", "acomp"], [1, 1, 1])
    assert [(c.trig.type, c.head.text) for c in find_candidates(doc, ActorLayer())] == [("SANCTION", "retaliation")]
    doc = _doc(vocab, ["retaliation", "would", "be", "swift"], ["retaliation", "would", "be", "swift"],
               ["NOUN", "AUX", "AUX", "ADJ"], ["nsubj", "aux", "ROOT", "acomp"], [2, 2, 2, 2])
    assert find_candidates(doc, ActorLayer()) == []


def test_an_offensive_taken_for_an_adjective_of_the_compass_is_launched(vocab):
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("launched", 1, "ROOT", "VERB", "launch"),
            ("an", 4, "det", "DET", "an"), ("offensive", 4, "amod", "ADJ", "offensive"),
            ("east", 1, "dobj", "NOUN", "east"), ("of", 4, "prep", "ADP", "of"), ("Basra", 5, "pobj", "PROPN", "Basra")]
    actors = {0: ("iran", "country"), 6: ("basra", "location")}
    assert [e[:3] for e in events_of(vocab, rows, actors)] == [("ASSAULT", "attacked", ["iran"])]
    rows[4] = ("area", 1, "dobj", "NOUN", "area")  # "an offensive area": an adjective all the same
    assert events_of(vocab, rows, actors) == []


def test_an_object_that_is_an_act_by_its_modifier_gives_the_verb_its_sense(vocab):
    # Britain considered retaliatory measures / Britain considered economic measures
    def considered(adjective):
        return _doc(vocab, ["Britain", "considered", adjective, "measures"], ["Britain", "consider", adjective,
                    "measure"], ["PROPN", "VERB", "ADJ", "NOUN"], ["nsubj", "ROOT", "amod", "dobj"], [1, 1, 3, 1])
    assert [(c.kind, c.trig.type) for c in find_candidates(considered("retaliatory"), ActorLayer())] == [
        ("verb", "THREATEN")]
    assert find_candidates(considered("economic"), ActorLayer()) == []


def test_an_infinitive_of_its_own_object_is_told_to_be_done(vocab):
    # Britain told Japan to open / Britain told Japan that it opened (no infinitive: no demand)
    doc = _doc(vocab, ["Britain", "told", "Japan", "to", "open"], ["Britain", "tell", "Japan", "to", "open"],
               ["PROPN", "VERB", "PROPN", "PART", "VERB"], ["nsubj", "ROOT", "dobj", "aux", "xcomp"], [1, 1, 1, 4, 1])
    layer = _layer(t2=("jpn", "country"))
    assert [(c.trig.type, c.trig.label) for c in find_candidates(doc, layer)] == [("REQUEST", "told to")]
    doc = _doc(vocab, ["Britain", "told", "Japan", "it", "opened"], ["Britain", "tell", "Japan", "it", "open"],
               ["PROPN", "VERB", "PROPN", "PRON", "VERB"], ["nsubj", "ROOT", "dobj", "nsubj", "ccomp"], [1, 1, 1, 4, 1])
    assert [c.trig.type for c in find_candidates(doc, layer)] == []


def test_considering_a_measure_to_be_something_judges_it_and_threatens_no_one(vocab):
    # Britain considered sanctions / Britain considered sanctions a mistake
    words, lemmas = ["Britain", "considered", "sanctions", "a", "mistake"], ["Britain", "consider", "sanction", "a",
                                                                            "mistake"]
    pos, deps = ["PROPN", "VERB", "NOUN", "DET", "NOUN"], ["nsubj", "ROOT", "dobj", "det", "oprd"]
    weighed = _doc(vocab, words[:3], lemmas[:3], pos[:3], deps[:3], [1, 1, 1])
    assert [c.trig.type for c in find_candidates(weighed, ActorLayer()) if c.kind == "verb"] == ["THREATEN"]
    judged = _doc(vocab, words, lemmas, pos, deps, [1, 1, 1, 4, 1])
    assert [c.trig.type for c in find_candidates(judged, ActorLayer()) if c.kind == "verb"] == []


def test_meeting_with_a_reaction_is_no_meeting_of_parties():
    # "the proposal met with opposition" / "Reagan met with Gorbachev"
    assert lookup_verb("meet", prep={"with"}, with_={"opposition"}) is None
    assert lookup_verb("meet", prep={"with"}, with_={"objection"}) is None
    assert lookup_verb("meet", prep={"with"}, with_={"Gorbachev"}).type == "CONSULT"


@pytest.mark.parametrize("verb,lemma", [("concluded", "conclude"), ("wrapped", "wrap")])
def test_concluding_talks_held_them(vocab, verb, lemma):
    # Argentina <verb> talks with Mexico
    rows = [("Argentina", 1, "nsubj", "PROPN", "Argentina"), (verb, 1, "ROOT", "VERB", lemma),
            ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Mexico", 3, "pobj", "PROPN", "Mexico")]
    actors = {0: ("argentina", "country"), 4: ("mexico", "country")}
    assert events_of(vocab, rows, actors) == [("CONSULT", "held talks with", ["argentina"], ["mexico"], "asserted")]


def test_a_bare_verb_of_a_list_is_read_with_the_object_it_shares(vocab):
    # "Britain imposed and lifted an embargo": "imposed" has the embargo as its object too (backoff17)
    words = ["Britain", "imposed", "and", "lifted", "an", "embargo"]
    doc = _doc(vocab, words, ["Britain", "impose", "and", "lift", "an", "embargo"],
               ["PROPN", "VERB", "CCONJ", "VERB", "DET", "NOUN"], ["nsubj", "ROOT", "cc", "conj", "det", "dobj"],
               [1, 1, 1, 1, 5, 3])
    assert ("imposed", "SANCTION") in [(c.head.text, c.trig.type) for c in find_candidates(doc, ActorLayer())]
    # a later verb with a subject of its own shares nothing: "Britain protested and Japan lifted the embargo"
    words = ["Britain", "imposed", "and", "Japan", "lifted", "an", "embargo"]
    doc = _doc(vocab, words, ["Britain", "impose", "and", "Japan", "lift", "an", "embargo"],
               ["PROPN", "VERB", "CCONJ", "PROPN", "VERB", "DET", "NOUN"],
               ["nsubj", "ROOT", "cc", "nsubj", "conj", "det", "dobj"], [1, 1, 1, 4, 1, 6, 4])
    assert "imposed" not in [c.head.text for c in find_candidates(doc, ActorLayer())]
