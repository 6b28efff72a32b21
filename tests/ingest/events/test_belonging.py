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


def test_real_parse_a_meeting_place_neither_acts_nor_receives(nlp):
    from graphkit.api import build

    texts = ["The meeting in Paris agreed to cut coffee export quotas.",
             "Japan pledged 100 mln dlrs to the Philippines at a meeting in Tokyo."]
    kg = build([{"id": f"s{i}", "text": t, "published": "1987-03-10"} for i, t in enumerate(texts)])
    names = {a.id: a.name for a in kg.actors}
    got = {(e.article, e.type, tuple(names[a] for a in e.actors), tuple(names[a] for a in e.recipients))
           for e in kg.events}
    assert not [g for g in got if g[0] == "s0"]  # a meeting's participants, not its town, agree
    assert ("s1", "AID", ("Japan",), ("Philippines",)) in got
