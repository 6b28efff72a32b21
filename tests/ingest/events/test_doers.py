"""Doers and targets a clause takes from its surroundings (graphkit.ingest.events.doers), on hand-built Docs."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of


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
