"""The side an act was aimed at when it met it with its own (graphkit.ingest.events.resistance), on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.resistance import resisted_party
from tests.ingest.events.test_find import events_of, parse


def _met(verb, lemma):
    # Iraq <verb> an attack by Iran
    return [("Iraq", 1, "nsubj", "PROPN", "Iraq"), (verb, 1, "ROOT", "VERB", lemma), ("an", 3, "det", "DET", "an"),
            ("attack", 1, "dobj", "NOUN", "attack"), ("by", 3, "prep", "ADP", "by"),
            ("Iran", 4, "pobj", "PROPN", "Iran")]


_ACTORS = {0: ("iraq", "country"), 5: ("iran", "country")}


def test_an_attack_repelled_was_aimed_at_who_repelled_it(vocab):
    doc, layer = parse(vocab, _met("repelled", "repel"), _ACTORS)
    assert resisted_party(doc[3], "ASSAULT", layer) == ["iraq"]
    got = events_of(vocab, _met("repelled", "repel"), _ACTORS)
    assert ("ASSAULT", "attacked", ["iran"], ["iraq"], "asserted") in got
    assert ("ASSAULT", "repelled", ["iraq"], ["iran"], "asserted") in got


def test_an_attack_only_judged_gets_no_target_from_the_judge(vocab):
    doc, layer = parse(vocab, _met("condemned", "condemn"), _ACTORS)
    assert resisted_party(doc[3], "ASSAULT", layer) == []
