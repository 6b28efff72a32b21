"""Revenge words (events.reprisals) and the avenged act's doer (nominal.avenged_doers), on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.nominal import avenged_doers
from graphkit.ingest.events.reprisals import is_revenge
from tests.ingest.events.test_find import parse


def test_revenge_is_aimed_at_the_avenged_acts_doer(vocab):
    # Tehran threatened vengeance after U.S. raids  /  Tehran threatened protests after U.S. raids
    for noun, lemma, want in (("vengeance", "vengeance", ["usa"]), ("protests", "protest", [])):
        rows = [("Tehran", 1, "nsubj", "PROPN", "Tehran"), ("threatened", 1, "ROOT", "VERB", "threaten"),
                (noun, 1, "dobj", "NOUN", lemma), ("after", 1, "prep", "ADP", "after"),
                ("U.S.", 5, "compound", "PROPN", "U.S."), ("raids", 3, "pobj", "NOUN", "raid")]
        doc, layer = parse(vocab, rows, {0: ("iran", "country"), 4: ("usa", "country")})
        assert avenged_doers(doc[1], layer) == want, noun


def test_a_revenge_modifier_of_the_object_makes_revenge(vocab):
    # threatened retaliatory action  /  threatened legal action
    for mod, want in (("retaliatory", True), ("legal", False)):
        rows = [("threatened", 0, "ROOT", "VERB", "threaten"), (mod, 2, "amod", "ADJ", mod),
                ("action", 0, "dobj", "NOUN", "action")]
        doc, _ = parse(vocab, rows, {})
        assert is_revenge(doc[0]) is want, mod
