from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.threats import hostile_act
from tests.ingest.events.test_find import events_of


def _act(vocab, words, heads, deps, lemmas, party=True):
    layer = ActorLayer(token_actor={len(words) - 1: "japan"} if party else {})
    return hostile_act(Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)[0], layer)


def test_an_act_against_a_party_or_a_retaliation_is_hostile(vocab):
    assert _act(vocab, ["take", "measures", "against", "Japan"], [0, 0, 1, 2],
                ["ROOT", "dobj", "prep", "pobj"], ["take", "measure", "against", "Japan"])
    assert _act(vocab, ["act", "against", "Japan"], [0, 0, 1],
                ["ROOT", "prep", "pobj"], ["act", "against", "Japan"])
    assert _act(vocab, ["take", "reprisals"], [0, 0], ["ROOT", "dobj"], ["take", "reprisal"])
    assert _act(vocab, ["take", "retaliatory", "steps"], [0, 2, 0], ["ROOT", "amod", "dobj"],
                ["take", "retaliatory", "step"])
    assert not _act(vocab, ["take", "steps", "against", "dumping"], [0, 0, 1, 2], ["ROOT", "dobj", "prep", "pobj"],
                    ["take", "step", "against", "dumping"], party=False)
    assert not _act(vocab, ["take", "measures"], [0, 0], ["ROOT", "dobj"], ["take", "measure"])
    assert not _act(vocab, ["send", "envoys", "to", "Japan"], [0, 0, 0, 2],
                ["ROOT", "dobj", "prep", "pobj"], ["send", "envoy", "to", "Japan"])


def _ready(against):
    # EC is ready to take measures [against|on] Japan
    return [("EC", 1, "nsubj", "PROPN", "EC"), ("is", 1, "ROOT", "AUX", "be"), ("ready", 1, "acomp", "ADJ", "ready"),
            ("to", 4, "aux", "PART", "to"), ("take", 2, "xcomp", "VERB", "take"),
            ("measures", 4, "dobj", "NOUN", "measure"), (against, 5, "prep", "ADP", against),
            ("Japan", 6, "pobj", "PROPN", "Japan")]


def test_a_readiness_to_act_against_a_party_is_a_threat(vocab):
    actors = {0: ("ec", "country"), 7: ("japan", "country")}
    assert events_of(vocab, _ready("against"), actors) == [("THREATEN", "threatened", ["ec"], ["japan"], "asserted")]
    assert events_of(vocab, _ready("on"), actors) == [("AGREE", "promised", ["ec"], ["japan"], "asserted")]
