"""The object the verbs of a list share (graphkit.ingest.events.shared), on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.events.shared import shared_object_verb, shared_objects
from tests.ingest.events.test_find import events_of, parse

# U.S. forces attacked , seized , and sank an Iranian ship
_LIST = [("forces", 1, "nsubj", "NOUN", "force"), ("attacked", 1, "ROOT", "VERB", "attack"),
         (",", 1, "punct", "PUNCT", ","), ("seized", 1, "conj", "VERB", "seize"), (",", 3, "punct", "PUNCT", ","),
         ("and", 3, "cc", "CCONJ", "and"), ("sank", 3, "conj", "VERB", "sink"), ("a", 8, "det", "DET", "a"),
         ("ship", 6, "dobj", "NOUN", "ship")]


def test_every_verb_of_a_list_shares_the_object_of_the_last(vocab):
    doc, _ = parse(vocab, _LIST, {})
    assert shared_object_verb(doc[1]).i == 6
    assert shared_object_verb(doc[3]).i == 6
    assert shared_object_verb(doc[6]) is None  # it has its own object


def test_the_attack_of_a_list_is_on_the_object_of_its_last_verb(vocab):
    got = events_of(vocab, _LIST, {0: ("usa", "country"), 8: ("irn", "country")})
    assert ("ASSAULT", "attacked", ["usa"], ["irn"], "asserted") in got


def test_a_verb_with_a_complement_of_its_own_shares_no_object(vocab):
    # troops withdrew to the border and shelled towns
    rows = [("troops", 1, "nsubj", "NOUN", "troop"), ("withdrew", 1, "ROOT", "VERB", "withdraw"),
            ("to", 1, "prep", "ADP", "to"), ("the", 4, "det", "DET", "the"), ("border", 2, "pobj", "NOUN", "border"),
            ("and", 1, "cc", "CCONJ", "and"), ("shelled", 1, "conj", "VERB", "shell"),
            ("towns", 6, "dobj", "NOUN", "town")]
    doc, _ = parse(vocab, rows, {})
    assert shared_object_verb(doc[1]) is None
    # a later verb with a subject of its own starts a new clause: "X attacked and Y sank the ship"
    rows = [("X", 1, "nsubj", "PROPN", "X"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("and", 1, "cc", "CCONJ", "and"), ("Y", 4, "nsubj", "PROPN", "Y"), ("sank", 1, "conj", "VERB", "sink"),
            ("ships", 4, "dobj", "NOUN", "ship")]
    doc, _ = parse(vocab, rows, {})
    assert shared_object_verb(doc[1]) is None


def test_shared_objects_are_the_objects_of_the_later_verb_with_their_conjuncts():
    words = ["Iran", "seized", "and", "released", "ships", "and", "tankers"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4, 4],
              deps=["nsubj", "ROOT", "cc", "conj", "dobj", "cc", "conj"])
    assert [t.text for t in shared_objects(doc[1])] == ["ships", "tankers"]
    assert shared_objects(doc[3]) == []  # the later verb has its own
    doc = Doc(Vocab(), words=["troops", "withdrew", "to", "posts", "and", "shelled", "towns"],
              heads=[1, 1, 1, 2, 1, 1, 5], deps=["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj"])
    assert shared_objects(doc[1]) == []  # a complement of its own ends the sharing
