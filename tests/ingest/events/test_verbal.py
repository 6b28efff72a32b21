"""Attacks in words between unarmed parties are criticisms (graphkit.ingest.events.verbal)."""
import pytest

from graphkit.ingest.events.verbal import in_words
from graphkit.models import Actor
from tests.ingest.events.test_find import events_of


def _attack(subj, obj, *tail):
    return [(subj, 1, "nsubj", "PROPN", subj), ("attacked", 1, "ROOT", "VERB", "attack"),
            (obj, 1, "dobj", "PROPN", obj), *tail]


@pytest.mark.parametrize("kinds, want", [
    (("person", "person"), ("ACCUSE", "criticized")),              # "Blair attacked Howard"
    (("organization", "organization"), ("ACCUSE", "criticized")),  # "Labour attacked the Tories"
    (("country", "country"), ("ASSAULT", "attacked")),             # "Russia attacked Ukraine"
    (("group", "organization"), ("ASSAULT", "attacked")),          # "rebels attacked the UN"
    (("person", "location"), ("ASSAULT", "attacked")),
])
def test_an_attack_between_unarmed_parties_is_in_words(vocab, kinds, want):
    got = events_of(vocab, _attack("Aa", "Bb"), {0: ("aa", kinds[0]), 2: ("bb", kinds[1])})
    assert [(t, label) for t, label, *_ in got] == [want]


def test_a_weapon_keeps_the_assault(vocab):
    rows = _attack("Aa", "Bb", ("with", 1, "prep", "ADP", "with"), ("knife", 3, "pobj", "NOUN", "knife"))
    got = events_of(vocab, rows, {0: ("aa", "person"), 2: ("bb", "person")})
    assert [t for t, *_ in got] == ["ASSAULT"]


def test_clashed_with_names_the_other_party(vocab):
    rows = [("Brown", 1, "nsubj", "PROPN", "Brown"), ("clashed", 1, "ROOT", "VERB", "clash"),
            ("with", 1, "prep", "ADP", "with"), ("Blair", 2, "pobj", "PROPN", "Blair")]
    got = events_of(vocab, rows, {0: ("brown", "person"), 3: ("blair", "person")})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("ACCUSE", ["brown"], ["blair"])]


def test_armed_bodies_and_missing_targets_keep_the_assault():
    actors = {"hez": Actor(id="hez", name="Hezbollah", kind="organization", sector="REB"),
              "lab": Actor(id="lab", name="Labour", kind="organization")}
    assert not in_words(["hez"], ["lab"], actors)
    assert not in_words(["lab"], [], actors)
    assert in_words(["lab"], ["lab"], actors)



def test_two_parties_quarrelling_over_a_country_s_future_is_in_words(vocab):
    subj = [("Blair", 3, "nsubj", "PROPN", "Blair"), ("and", 0, "cc", "CCONJ", "and"),
            ("Howard", 0, "conj", "PROPN", "Howard")]
    rows = [*subj, ("clashed", 3, "ROOT", "VERB", "clash"), ("over", 3, "prep", "ADP", "over"),
            ("Britain", 7, "poss", "PROPN", "Britain"), ("'s", 5, "case", "PART", "'s"),
            ("future", 4, "pobj", "NOUN", "future")]
    got = events_of(vocab, rows, {0: ("blair", "person"), 2: ("howard", "person"), 5: ("uk", "country")})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("ACCUSE", ["blair", "howard"], [])]


def test_the_owner_of_the_topic_is_no_party_beside_a_named_partner(vocab):
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("clashed", 1, "ROOT", "VERB", "clash"),
            ("with", 1, "prep", "ADP", "with"), ("Howard", 2, "pobj", "PROPN", "Howard"),
            ("over", 1, "prep", "ADP", "over"), ("Britain", 7, "poss", "PROPN", "Britain"),
            ("'s", 5, "case", "PART", "'s"), ("future", 4, "pobj", "NOUN", "future")]
    got = events_of(vocab, rows, {0: ("blair", "person"), 3: ("howard", "person"), 5: ("uk", "country")})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("ACCUSE", ["blair"], ["howard"])]


def test_a_lone_doer_criticising_over_another_s_plans_keeps_them(vocab):
    rows = [("Labour", 1, "nsubj", "PROPN", "Labour"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("over", 1, "prep", "ADP", "over"), ("Tory", 4, "compound", "PROPN", "Tory"),
            ("plans", 2, "pobj", "NOUN", "plan")]
    got = events_of(vocab, rows, {0: ("lab", "organization"), 3: ("tory", "organization")})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("ACCUSE", ["lab"], ["tory"])]


@pytest.mark.parametrize("kind, want", [
    ("country", ("ACCUSE", "protested to")),             # "Japan protested the tariffs": an official complaint
    ("group", ("PROTEST", "protested against")),         # "farmers protested the tariffs": a demonstration
    ("organization", ("PROTEST", "protested against")),  # a union, a party
])
def test_a_protest_by_a_state_is_an_official_complaint(vocab, kind, want):
    rows = [("Aa", 1, "nsubj", "PROPN", "Aa"), ("protested", 1, "ROOT", "VERB", "protest"),
            ("tariffs", 1, "dobj", "NOUN", "tariff")]
    got = events_of(vocab, rows, {0: ("aa", kind)})
    assert [(t, label) for t, label, *_ in got] == [want]


def test_a_protest_by_the_people_of_a_state_named_by_its_adjective_stays_a_demonstration(vocab):
    # Australian unions protested the laws: the actor layer may give the country for the unions
    rows = [("Australian", 1, "amod", "ADJ", "australian"), ("unions", 2, "nsubj", "NOUN", "union"),
            ("protested", 2, "ROOT", "VERB", "protest"), ("laws", 2, "dobj", "NOUN", "law")]
    got = events_of(vocab, rows, {0: ("aus", "country"), 1: ("aus", "country")})
    assert [t for t, *_ in got] == ["PROTEST"]
    rows[1] = ("officials", 2, "nsubj", "NOUN", "official")  # Australian officials: the state
    got = events_of(vocab, rows, {0: ("aus", "country"), 1: ("aus", "country")})
    assert [t for t, *_ in got] == ["ACCUSE"]
