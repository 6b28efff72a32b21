"""Doers and targets a clause takes from its surroundings (graphkit.ingest.events.doers), on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.doers import relative_cause_targets
from tests.ingest.events.test_find import events_of, parse


def _raids_killed(obj, obj_lemma):
    # Israeli raids on Lebanon killed <obj>
    return [("Israeli", 1, "amod", "ADJ", "israeli"), ("raids", 4, "nsubj", "NOUN", "raid"),
            ("on", 1, "prep", "ADP", "on"), ("Lebanon", 2, "pobj", "PROPN", "Lebanon"),
            ("killed", 4, "ROOT", "VERB", "kill"), (obj, 4, "dobj", "NOUN", obj_lemma)]


def test_the_act_a_cause_subject_does_hits_that_acts_target(vocab):
    actors = {0: ("israel", "country"), 3: ("lebanon", "country")}
    got = [e for e in events_of(vocab, _raids_killed("people", "people"), actors) if e[0] == "ASSAULT"]
    assert [(e[2], e[3]) for e in got] == [(["israel"], ["lebanon"])]


def test_a_target_the_verb_names_itself_is_kept(vocab):
    actors = {0: ("israel", "country"), 3: ("lebanon", "country"), 5: ("soldiers", "group")}
    got = [e for e in events_of(vocab, _raids_killed("soldiers", "soldier"), actors) if e[0] == "ASSAULT"]
    assert [(e[2], e[3]) for e in got] == [(["israel"], ["soldiers"])]


def _raids_which_killed():
    # Israeli raids on Lebanon which killed people
    return [("Israeli", 1, "amod", "ADJ", "israeli"), ("raids", 1, "ROOT", "NOUN", "raid"),
            ("on", 1, "prep", "ADP", "on"), ("Lebanon", 2, "pobj", "PROPN", "Lebanon"),
            ("which", 5, "nsubj", "PRON", "which"), ("killed", 1, "relcl", "VERB", "kill"),
            ("people", 5, "dobj", "NOUN", "people")]


def test_the_act_a_relative_clause_is_about_hits_that_acts_target(vocab):
    doc, layer = parse(vocab, _raids_which_killed(), {0: ("israel", "country"), 3: ("lebanon", "country")})
    assert relative_cause_targets(doc[5], layer) == ["lebanon"]
    assert relative_cause_targets(doc[1], layer) == []  # no relative clause


def test_a_relative_clause_about_a_party_takes_no_target_from_it(vocab):
    # Israeli soldiers in Lebanon who killed people: "soldiers" is no act
    rows = [("Israeli", 1, "amod", "ADJ", "israeli"), ("soldiers", 1, "ROOT", "NOUN", "soldier"),
            ("on", 1, "prep", "ADP", "on"), ("Lebanon", 2, "pobj", "PROPN", "Lebanon"),
            ("who", 5, "nsubj", "PRON", "who"), ("killed", 1, "relcl", "VERB", "kill"),
            ("people", 5, "dobj", "NOUN", "people")]
    doc, layer = parse(vocab, rows, {0: ("israel", "country"), 3: ("lebanon", "country")})
    assert relative_cause_targets(doc[5], layer) == []
