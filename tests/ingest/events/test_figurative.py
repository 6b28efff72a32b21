"""Acts named only in a comparison (graphkit.ingest.events.figurative) on hand-built Docs."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.figurative import (
    abstract_patient,
    figurative,
    happening_doer,
    in_comparison,
    march_to_a_state,
)
from graphkit.ingest.events.lexicon import Trigger

_ATTACKED = Trigger("ASSAULT", None, "attacked")
_MET = Trigger("CONSULT", None, "met")


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows])


def test_the_object_of_like_is_a_likeness(vocab):
    # "it was like killing the messenger" / "it was like a war"
    doc = _doc(vocab, [("it", 1, "nsubj"), ("was", 1, "ROOT"), ("like", 1, "prep"), ("killing", 2, "pcomp"),
                       ("the", 5, "det"), ("messenger", 3, "dobj")])
    assert in_comparison(doc[3])
    doc = _doc(vocab, [("it", 1, "nsubj"), ("was", 1, "ROOT"), ("like", 1, "prep"), ("a", 4, "det"),
                       ("war", 2, "pobj")])
    assert in_comparison(doc[4])


def test_as_if_and_as_though_are_unreal_but_as_alone_is_a_time(vocab):
    rows = [("they", 1, "nsubj"), ("acted", 1, "ROOT"), ("as", 5, "mark"), ("if", 5, "mark"),
            ("they", 5, "nsubj"), ("won", 1, "advcl")]
    assert in_comparison(_doc(vocab, rows)[5])
    rows[3] = ("though", 5, "mark")
    assert in_comparison(_doc(vocab, rows)[5])
    # "they celebrated as troops attacked": a time, the attack happened
    doc = _doc(vocab, [("they", 1, "nsubj"), ("celebrated", 1, "ROOT"), ("as", 4, "mark"), ("troops", 4, "nsubj"),
                       ("attacked", 1, "advcl")])
    assert not in_comparison(doc[4])


def test_a_main_verb_or_another_preposition_is_no_comparison(vocab):
    doc = _doc(vocab, [("rebels", 1, "nsubj"), ("killed", 1, "ROOT"), ("soldiers", 1, "dobj"), ("after", 1, "prep"),
                       ("talks", 3, "pobj")])
    assert not in_comparison(doc[1])
    assert not in_comparison(doc[4])


def _verb(vocab, rows, head, trig):
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              lemmas=[r[3] for r in rows], pos=[r[4] for r in rows])
    return SimpleNamespace(kind="verb", head=doc[head], trig=trig)


def _targeted(obj, pos="NOUN"):
    # Korea targeted a <obj>
    return [("Korea", 1, "nsubj", "Korea", "PROPN"), ("targeted", 1, "ROOT", "target", "VERB"),
            ("a", 3, "det", "a", "DET"), (obj, 1, "dobj", obj, pos)]


def test_an_attack_on_an_abstraction_is_no_attack(vocab):
    assert abstract_patient(_verb(vocab, _targeted("surplus"), 1, _ATTACKED))
    assert figurative(_verb(vocab, _targeted("surplus"), 1, _ATTACKED))


def test_an_attack_on_a_thing_a_name_or_an_actor_stays(vocab):
    assert not abstract_patient(_verb(vocab, _targeted("tanker"), 1, _ATTACKED))
    assert not abstract_patient(_verb(vocab, _targeted("Surplus", "PROPN"), 1, _ATTACKED))
    layer = SimpleNamespace(at=lambda i: "x" if i == 3 else None)
    assert not abstract_patient(_verb(vocab, _targeted("surplus"), 1, _ATTACKED), layer)


def test_the_lexicon_sense_for_the_object_wins(vocab):
    # "attacked the policy" has its own sense (criticised): not for this module to drop
    rows = [("X", 1, "nsubj", "X", "PROPN"), ("attacked", 1, "ROOT", "attack", "VERB"),
            ("the", 3, "det", "the", "DET"), ("policy", 1, "dobj", "policy", "NOUN")]
    assert not abstract_patient(_verb(vocab, rows, 1, _ATTACKED))


def test_a_desire_met_is_satisfied_but_a_minister_met_is_a_meeting(vocab):
    # that desire has been met
    rows = [("that", 1, "det", "that", "DET"), ("desire", 4, "nsubjpass", "desire", "NOUN"),
            ("has", 4, "aux", "have", "AUX"), ("been", 4, "auxpass", "be", "AUX"), ("met", 4, "ROOT", "meet", "VERB")]
    assert abstract_patient(_verb(vocab, rows, 4, _MET))
    rows[1] = ("minister", 4, "nsubjpass", "minister", "NOUN")
    assert not abstract_patient(_verb(vocab, rows, 4, _MET))


def test_only_verbs_of_meeting_a_party_and_of_attacking_are_judged(vocab):
    # they discussed the proposal: its object is the topic
    rows = [("they", 1, "nsubj", "they", "PRON"), ("discussed", 1, "ROOT", "discuss", "VERB"),
            ("the", 3, "det", "the", "DET"), ("proposal", 1, "dobj", "proposal", "NOUN")]
    assert not abstract_patient(_verb(vocab, rows, 1, Trigger("CONSULT", None, "discussed with")))
    assert not abstract_patient(_verb(vocab, _targeted("surplus"), 1, Trigger("SUPPORT", None, "supported")))


def _hit_by(*agent):
    # GM was hit by <agent ...>: the agent rows are (word, head, dep, lemma, pos), heads counted from 0
    return [("GM", 2, "nsubjpass", "GM", "PROPN"), ("was", 2, "auxpass", "be", "AUX"),
            ("hit", 2, "ROOT", "hit", "VERB"), ("by", 2, "agent", "by", "ADP"), *agent]


def test_a_strike_or_a_recession_that_hits_affects(vocab):
    # GM was hit by a national strike
    rows = _hit_by(("a", 6, "det", "a", "DET"), ("national", 6, "amod", "national", "ADJ"),
                   ("strike", 3, "pobj", "strike", "NOUN"))
    assert happening_doer(_verb(vocab, rows, 2, _ATTACKED))
    assert figurative(_verb(vocab, rows, 2, _ATTACKED))
    # the recession hit exporters (subject of the active verb)
    rows = [("the", 1, "det", "the", "DET"), ("slump", 2, "nsubj", "slump", "NOUN"), ("hit", 2, "ROOT", "hit", "VERB"),
            ("exporters", 2, "dobj", "exporter", "NOUN")]
    assert happening_doer(_verb(vocab, rows, 2, _ATTACKED))


def test_an_attack_by_people_or_by_an_attack_stays(vocab):
    # GM was hit by rebels
    assert not happening_doer(_verb(vocab, _hit_by(("rebels", 3, "pobj", "rebel", "NOUN")), 2, _ATTACKED))
    # GM was hit by an air strike: the lexicon reads "air strike" as an attack
    rows = _hit_by(("an", 6, "det", "an", "DET"), ("air", 6, "compound", "air", "NOUN"),
                   ("strike", 3, "pobj", "strike", "NOUN"))
    assert not happening_doer(_verb(vocab, rows, 2, _ATTACKED))
    # GM was hit by a wave of attacks
    rows = _hit_by(("a", 5, "det", "a", "DET"), ("wave", 3, "pobj", "wave", "NOUN"), ("of", 5, "prep", "of", "ADP"),
                   ("attacks", 6, "pobj", "attack", "NOUN"))
    assert not happening_doer(_verb(vocab, rows, 2, _ATTACKED))
    # a name or a noun an actor stands for is a party
    rows = _hit_by(("Strike", 3, "pobj", "Strike", "PROPN"))
    assert not happening_doer(_verb(vocab, rows, 2, _ATTACKED))
    rows = _hit_by(("strike", 3, "pobj", "strike", "NOUN"))
    assert not happening_doer(_verb(vocab, rows, 2, _ATTACKED), SimpleNamespace(at=lambda i: "x" if i == 4 else None))
    # only attacks are judged: "the strike was backed by workers" is no attack at all
    assert not happening_doer(_verb(vocab, rows, 2, Trigger("SUPPORT", None, "supported")))


def test_fires_that_destroy_a_forest_are_no_doer_of_force(vocab):
    # fires destroyed the forest
    rows = [("fires", 1, "nsubj", "fire", "NOUN"), ("destroyed", 1, "ROOT", "destroy", "VERB"),
            ("the", 3, "det", "the", "DET"), ("forest", 1, "dobj", "forest", "NOUN")]
    assert happening_doer(_verb(vocab, rows, 1, Trigger("COERCE", None, "destroyed")))
    rows[0] = ("troops", 1, "nsubj", "troop", "NOUN")
    assert not happening_doer(_verb(vocab, rows, 1, Trigger("COERCE", None, "destroyed")))


def test_an_attack_on_a_happening_that_is_no_fight_is_figurative(vocab):
    # Korea targeted tax changes / fought the election
    assert abstract_patient(_verb(vocab, _targeted("change"), 1, _ATTACKED))
    assert abstract_patient(_verb(vocab, _targeted("election"), 1, _ATTACKED))
    # a meeting about a happening is still judged by the abstract nouns alone ("attended the talks")
    rows = [("they", 1, "nsubj", "they", "PRON"), ("met", 1, "ROOT", "meet", "VERB"),
            ("the", 3, "det", "the", "DET"), ("election", 1, "dobj", "election", "NOUN")]
    assert not abstract_patient(_verb(vocab, rows, 1, _MET))


def test_an_attack_on_a_march_or_a_strike_is_one_on_its_doers(vocab):
    # police attacked the march / broke up a national strike
    assert not abstract_patient(_verb(vocab, _targeted("march"), 1, _ATTACKED))
    rows = _targeted("strike")
    rows[2] = ("national", 3, "amod", "national", "ADJ")
    assert not abstract_patient(_verb(vocab, rows, 1, _ATTACKED))


def test_a_number_of_people_is_judged_by_the_people(vocab):
    # forces tortured scores of refugees / hundreds of rebels attacked the town
    rows = [("forces", 1, "nsubj", "force", "NOUN"), ("tortured", 1, "ROOT", "torture", "VERB"),
            ("scores", 1, "dobj", "score", "NOUN"), ("of", 2, "prep", "of", "ADP"),
            ("refugees", 3, "pobj", "refugee", "NOUN")]
    assert not abstract_patient(_verb(vocab, rows, 1, _ATTACKED))
    rows = [("hundreds", 3, "nsubj", "hundred", "NOUN"), ("of", 0, "prep", "of", "ADP"),
            ("rebels", 1, "pobj", "rebel", "NOUN"), ("attacked", 3, "ROOT", "attack", "VERB"),
            ("the", 5, "det", "the", "DET"), ("town", 3, "dobj", "town", "NOUN")]
    assert not happening_doer(_verb(vocab, rows, 3, _ATTACKED))
    # a wave of selling hit the market
    rows[2] = ("selling", 1, "pobj", "selling", "NOUN")
    assert happening_doer(_verb(vocab, rows, 3, _ATTACKED))


_MARCH = Trigger("PROTEST", "demo", "protested against")


def _march_to(vocab, goal, pos="NOUN"):
    # Germany's march toward <goal>
    doc = Doc(vocab, words=["Germany", "'s", "march", "toward", goal], heads=[2, 0, 2, 2, 3],
              deps=["poss", "case", "ROOT", "prep", "pobj"], lemmas=["Germany", "'s", "march", "toward", goal],
              pos=["PROPN", "PART", "NOUN", "ADP", pos])
    return SimpleNamespace(kind="noun", head=doc[2], trig=_MARCH)


def test_a_march_toward_a_state_is_progress(vocab):
    assert march_to_a_state(_march_to(vocab, "victory"))
    assert figurative(_march_to(vocab, "rate"))


def test_a_march_to_a_place_stays(vocab):
    assert not march_to_a_state(_march_to(vocab, "building"))
    assert not march_to_a_state(_march_to(vocab, "Parliament", "PROPN"))
    assert not march_to_a_state(_march_to(vocab, "victory"), SimpleNamespace(at=lambda i: "x" if i == 4 else None))
    # a march with no goal is the protest itself
    doc = Doc(vocab, words=["students", "marched"], heads=[1, 1], deps=["nsubj", "ROOT"], lemmas=["student", "march"])
    assert not march_to_a_state(SimpleNamespace(kind="verb", head=doc[1], trig=_MARCH))
