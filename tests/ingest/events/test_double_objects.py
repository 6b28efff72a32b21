"""Two objects the parser fused into one (graphkit.ingest.events.double_objects), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.double_objects import fused_recipient, fused_theme
from tests.ingest.events.test_find import events_of, parse

# The EC granted Turkey aid: "Turkey" parsed as a compound of "aid", labelled the dative
_GRANTED = [("The", 1, "det", "DET", "the"), ("EC", 2, "nsubj", "PROPN", "EC"), ("granted", 2, "ROOT", "VERB", "grant"),
            ("Turkey", 4, "compound", "PROPN", "Turkey"), ("aid", 2, "dative", "NOUN", "aid")]
_ACTORS = {1: ("ec", "organization"), 3: ("turkey", "country")}


def test_a_name_fused_into_the_single_object_of_a_verb_of_giving_is_its_recipient(vocab):
    doc, _ = parse(vocab, _GRANTED, {})
    assert fused_recipient(doc[2]).i == 3
    assert fused_theme(doc[2]).i == 4
    got = events_of(vocab, _GRANTED, _ACTORS)
    assert ("AID", "aided", ["ec"], ["turkey"], "asserted") in got


def test_the_event_noun_given_is_received_by_the_fused_name(vocab):
    # Japan offered the United States compensation
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("offered", 1, "ROOT", "VERB", "offer"),
            ("the", 5, "det", "DET", "the"), ("United", 4, "compound", "PROPN", "United"),
            ("States", 5, "compound", "PROPN", "States"), ("compensation", 1, "dobj", "NOUN", "compensation")]
    doc, _ = parse(vocab, rows, {})
    assert fused_recipient(doc[1]).i == 4 and fused_theme(doc[1]) is None  # already the object
    got = events_of(vocab, rows, {0: ("japan", "country"), 3: ("usa", "country"), 4: ("usa", "country")})
    assert [(e[0], e[2], e[3]) for e in got if e[1] == "compensated"] == [("RETREAT", ["japan"], ["usa"])]


def test_no_fused_name_without_a_verb_of_giving_or_after_a_possessive(vocab):
    # Japan sold its Canada unit: a possessive opens the object
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("sold", 1, "ROOT", "VERB", "sell"),
            ("its", 4, "poss", "PRON", "its"), ("Canada", 4, "compound", "PROPN", "Canada"),
            ("unit", 1, "dobj", "NOUN", "unit")]
    doc, _ = parse(vocab, rows, {})
    assert fused_recipient(doc[1]) is None
    # Japan attacked Turkey positions: "attack" takes one object, "Turkey" modifies it
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Turkey", 3, "compound", "PROPN", "Turkey"), ("positions", 1, "dobj", "NOUN", "position")]
    doc, _ = parse(vocab, rows, {})
    assert fused_recipient(doc[1]) is None
    # Japan told the Chicago chapter: a verb of saying; its object is the addressee, nothing was given
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("told", 1, "ROOT", "VERB", "tell"),
            ("the", 4, "det", "DET", "the"), ("Chicago", 4, "compound", "PROPN", "Chicago"),
            ("chapter", 1, "dobj", "NOUN", "chapter")]
    doc, _ = parse(vocab, rows, {})
    assert fused_recipient(doc[1]) is None
    # The EC granted Turkey a loan: two objects, nothing fused
    rows = [("EC", 1, "nsubj", "PROPN", "EC"), ("granted", 1, "ROOT", "VERB", "grant"),
            ("Turkey", 1, "dative", "PROPN", "Turkey"), ("a", 4, "det", "DET", "a"),
            ("loan", 1, "dobj", "NOUN", "loan")]
    doc, _ = parse(vocab, rows, {})
    assert fused_recipient(doc[1]) is None
