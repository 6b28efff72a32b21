"""Whether a noun belongs to the place it is in (graphkit.ingest.events.belonging)."""
from spacy.tokens import Doc

from graphkit.ingest.events.belonging import is_gathering, of_where_they_are


def test_officials_belong_where_they_are_but_diplomats_and_economists_do_not(vocab):
    words = ["officials", "police", "diplomats", "embassy", "economists", "dealers", "market"]
    lemmas = ["official", "police", "diplomat", "embassy", "economist", "dealer", "market"]
    doc = Doc(vocab, words=words, lemmas=lemmas)
    assert [of_where_they_are(t) for t in doc] == [True, True, False, False, False, False, False]


def test_a_gathering_is_held_in_a_place_not_of_it(vocab):
    words = ["meeting", "conference", "talks", "summit", "delegation", "protest"]
    lemmas = ["meeting", "conference", "talk", "summit", "delegation", "protest"]
    doc = Doc(vocab, words=words, lemmas=lemmas)
    assert [of_where_they_are(t) for t in doc] == [False, False, False, False, True, True]


def test_only_nouns_whose_every_event_sense_is_a_meeting_are_gatherings():
    assert is_gathering("meeting") and is_gathering("session")
    assert not is_gathering("rally") and not is_gathering("demand") and not is_gathering("official")
