"""Lexicon senses of conflictive acts missed on unseen wire sentences (conflict16): laying the blame on a
party; on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun
from tests.ingest.events.test_find import events_of


def test_laying_the_blame_accuses_and_a_bare_blame_needs_no_placing_verb():
    assert lookup_noun("blame", gov="lay", bare=False).type == "ACCUSE"
    assert lookup_noun("blame", gov="put", bare=False).type == "ACCUSE"
    assert lookup_noun("blame", gov="accept", bare=False) is None  # "accepted the blame": no one reproached


def _laid_blame(verb, lemma):
    # Britain <verb> the blame on Japan
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), (verb, 1, "ROOT", "VERB", lemma),
            ("the", 3, "det", "DET", "the"), ("blame", 1, "dobj", "NOUN", "blame"),
            ("on", 1, "prep", "ADP", "on"), ("Japan", 4, "pobj", "PROPN", "Japan")]
    return rows, {0: ("gbr", "country"), 5: ("jpn", "country")}


def test_laying_the_blame_on_a_country_is_an_accusation_of_it(vocab):
    assert events_of(vocab, *_laid_blame("laid", "lay"), asserted_only=True) == [
        ("ACCUSE", "blamed", ["gbr"], ["jpn"], "asserted")]
