"""Tests for graphkit.ingest.events.mutuality: acts two doers do with each other, both ways."""
from __future__ import annotations

from graphkit.ingest.events.mutuality import by_doer, each_way, is_mutual, mutual_pairs, outside_party
from tests.ingest.events.test_find import events_of


def test_meetings_cooperation_and_agreeing_are_mutual_but_offers_and_mediation_are_not():
    assert is_mutual("CONSULT", None, "held talks with")
    assert is_mutual("COOPERATE", None, "signed with")
    assert is_mutual("AGREE", None, "agreed with")
    assert is_mutual("AGREE", None, "signed with")  # signatories sign with one another
    assert not is_mutual("AGREE", None, "offered")
    assert not is_mutual("AGREE", None, "proposed")
    assert not is_mutual("CONSULT", "third-party", "mediated")
    assert not is_mutual("REQUEST", None, "agreed with")


def test_two_doers_go_both_ways_and_a_gathering_of_more_once_per_doer():
    assert each_way(["can", "usa"]) == [("can", "usa"), ("usa", "can")]
    assert each_way(["can", "usa", "can"]) == [("can", "usa"), ("usa", "can")]
    assert len(each_way(["a", "b", "c"])) == 6
    assert each_way(["a"]) == []
    assert by_doer(each_way(["can", "usa"])) == [(["can"], ["usa"]), (["usa"], ["can"])]
    assert by_doer(each_way(["a", "b", "c", "d"])) == [
        (["a"], ["b", "c", "d"]), (["b"], ["a", "c", "d"]), (["c"], ["a", "b", "d"]), (["d"], ["a", "b", "c"])]


def test_by_doer_keeps_a_one_way_act_one_way():
    assert by_doer([("a", "b"), ("a", "c"), ("b", "c")]) == [(["a"], ["b", "c"]), (["b"], ["c"])]
    assert by_doer([("a", "b"), ("a", "b")]) == [(["a"], ["b"])]


def _agreed_rows(verb, lemma):
    # Canada and Mexico <agreed|offered> to the charge
    return [("Canada", 3, "nsubj", "PROPN", "Canada"), ("and", 0, "cc", "CCONJ", "and"),
            ("Mexico", 0, "conj", "PROPN", "Mexico"), (verb, 3, "ROOT", "VERB", lemma),
            ("to", 3, "prep", "ADP", "to"), ("the", 6, "det", "DET", "the"), ("charge", 4, "pobj", "NOUN", "charge")]


def test_two_parties_that_agree_agree_with_each_other(vocab):
    actors = {0: ("canada", "country"), 2: ("mexico", "country")}
    got = [(t, a, r) for t, _, a, r, c in events_of(vocab, _agreed_rows("agreed", "agree"), actors) if c == "asserted"]
    assert got == [("AGREE", ["canada"], ["mexico"]), ("AGREE", ["mexico"], ["canada"])]


def test_two_parties_that_offer_something_offer_it_together_to_no_one_named(vocab):
    actors = {0: ("canada", "country"), 2: ("mexico", "country")}
    got = events_of(vocab, _agreed_rows("offered", "offer"), actors)
    assert got and all(a == ["canada", "mexico"] and r == [] for _, _, a, r, _ in got)


def test_entering_talks_with_a_party_is_holding_talks_with_it(vocab):
    # Brazil enters talks with Peru
    rows = [("Brazil", 1, "nsubj", "PROPN", "Brazil"), ("enters", 1, "ROOT", "VERB", "enter"),
            ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Peru", 3, "pobj", "PROPN", "Peru")]
    got = events_of(vocab, rows, {0: ("brazil", "country"), 4: ("peru", "country")})
    assert [(t, a, r, c) for t, _, a, r, c in got] == [("CONSULT", ["brazil"], ["peru"], "asserted")]
    rows[1] = ("leaves", 1, "ROOT", "VERB", "leave")  # leaving talks is no holding of them
    got = events_of(vocab, rows, {0: ("brazil", "country"), 4: ("peru", "country")})
    assert ("CONSULT", ["brazil"], ["peru"], "asserted") not in [(t, a, r, c) for t, _, a, r, c in got]


def test_a_visit_goes_one_way_from_its_first_named_doer_and_a_mediation_gives_no_pairs():
    assert mutual_pairs("CONSULT", "visit", "visited", ["irn", "cub"]) == [("irn", "cub")]
    assert mutual_pairs("CONSULT", "host", "hosted", ["a", "b", "c"]) == [("a", "b"), ("a", "c"), ("b", "c")]
    assert mutual_pairs("CONSULT", "third-party", "mediated", ["a", "b"]) == []
    assert mutual_pairs("COOPERATE", None, "signed with", ["pak", "swe"]) == [("pak", "swe"), ("swe", "pak")]


def test_two_parties_that_conclude_an_accord_agree_with_each_other(vocab):
    # Japan and China concluded an accord
    rows = [("Japan", 3, "nsubj", "PROPN", "Japan"), ("and", 0, "cc", "CCONJ", "and"),
            ("China", 0, "conj", "PROPN", "China"), ("concluded", 3, "ROOT", "VERB", "conclude"),
            ("an", 5, "det", "DET", "an"), ("accord", 3, "dobj", "NOUN", "accord")]
    got = events_of(vocab, rows, {0: ("japan", "country"), 2: ("china", "country")})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("AGREE", ["japan"], ["china"]), ("AGREE", ["china"], ["japan"])]


def _talks_rows(prep, partner):
    # Argentina and Bolivia held talks <with|between> <the banks|...>
    return [("Argentina", 3, "nsubj", "PROPN", "Argentina"), ("and", 0, "cc", "CCONJ", "and"),
            ("Bolivia", 0, "conj", "PROPN", "Bolivia"), ("held", 3, "ROOT", "VERB", "hold"),
            ("talks", 3, "dobj", "NOUN", "talk"), (prep, 4, "prep", "ADP", prep),
            ("the", 7, "det", "DET", "the"), (partner, 5, "pobj", "NOUN", partner)]


def test_doers_of_talks_with_a_party_that_is_no_actor_are_not_each_others_partners(vocab):
    actors = {0: ("argentina", "country"), 2: ("bolivia", "country")}
    got = [(t, a, r) for t, _, a, r, c in events_of(vocab, _talks_rows("with", "banks"), actors) if c == "asserted"]
    assert got == [("CONSULT", ["argentina", "bolivia"], [])]
    got = [(t, a, r) for t, _, a, r, c in events_of(vocab, _talks_rows("on", "debt"), actors) if c == "asserted"]
    assert got == [("CONSULT", ["argentina"], ["bolivia"]), ("CONSULT", ["bolivia"], ["argentina"])]


def test_a_party_named_beside_the_doers_is_found_by_its_phrase_or_object():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    doc = Doc(Vocab(), words=["X", "and", "Y", "met", "donors"], heads=[3, 0, 0, 3, 3],
              deps=["nsubj", "cc", "conj", "ROOT", "dobj"], lemmas=["X", "and", "Y", "meet", "donor"])
    assert outside_party(doc[3]) and not outside_party(doc[3], topical=True)
    doc = Doc(Vocab(), words=["X", "and", "Y", "hosted", "a", "dinner"], heads=[3, 0, 0, 3, 5, 3],
              deps=["nsubj", "cc", "conj", "ROOT", "det", "dobj"], lemmas=["X", "and", "Y", "host", "a", "dinner"])
    assert not outside_party(doc[3])  # a thing hosted is no party
    doc = Doc(Vocab(), words=["X", "and", "Y", "spoke", "to", "reporters"], heads=[3, 0, 0, 3, 3, 4],
              deps=["nsubj", "cc", "conj", "ROOT", "prep", "pobj"])
    assert outside_party(doc[3], addressed=True) and not outside_party(doc[3])



def test_each_other_names_the_doers_no_outside_party(vocab):
    from spacy.tokens import Doc

    def talks_with(a, b, a_dep, b_dep, a_head, b_head):  # X and Y held talks with <a> <b>
        return Doc(vocab, words=["X", "and", "Y", "held", "talks", "with", a, b],
                   heads=[3, 0, 0, 3, 3, 4, a_head, b_head],
                   deps=["nsubj", "cc", "conj", "ROOT", "dobj", "prep", a_dep, b_dep])
    each_other = talks_with("each", "other", "det", "pobj", 7, 5)
    one_another = talks_with("one", "another", "pobj", "det", 5, 6)
    the_banks = talks_with("the", "banks", "det", "pobj", 7, 5)
    assert not outside_party(each_other[3], each_other[4], topical=True)  # the doers themselves
    assert not outside_party(one_another[3], one_another[4], topical=True)
    assert outside_party(the_banks[3], the_banks[4], topical=True)


def test_two_parties_that_set_a_meeting_agree_on_it_with_each_other(vocab):
    # Canada and Mexico <scheduled|offered> talks
    def rows(verb, lemma):
        return [("Canada", 3, "nsubj", "PROPN", "Canada"), ("and", 0, "cc", "CCONJ", "and"),
                ("Mexico", 0, "conj", "PROPN", "Mexico"), (verb, 3, "ROOT", "VERB", lemma),
                ("talks", 3, "dobj", "NOUN", "talk")]
    actors = {0: ("canada", "country"), 2: ("mexico", "country")}
    assert is_mutual("AGREE", None, "arranged")
    got = [(t, a, r) for t, _, a, r, c in events_of(vocab, rows("scheduled", "schedule"), actors) if c == "asserted"]
    assert ("AGREE", ["canada"], ["mexico"]) in got and ("AGREE", ["mexico"], ["canada"]) in got


def _will_meet_rows(aux, verb, lemma):
    # Canada and Mexico <aux> <verb> next week
    return [("Canada", 4, "nsubj", "PROPN", "Canada"), ("and", 0, "cc", "CCONJ", "and"),
            ("Mexico", 0, "conj", "PROPN", "Mexico"), (aux, 4, "aux", "AUX", aux.lower()),
            (verb, 4, "ROOT", "VERB", lemma), ("next", 6, "amod", "ADJ", "next"),
            ("week", 4, "npadvmod", "NOUN", "week")]


def test_two_parties_that_will_meet_agree_with_each_other_to_meet(vocab):
    actors = {0: ("canada", "country"), 2: ("mexico", "country")}
    got = events_of(vocab, _will_meet_rows("will", "meet", "meet"), actors)
    assert [(t, lab, a, r) for t, lab, a, r, c in got if c == "asserted"] == [
        ("AGREE", "arranged", ["canada"], ["mexico"]), ("AGREE", "arranged", ["mexico"], ["canada"])]
    assert {(t, c) for t, _, _, _, c in got if t == "CONSULT"} == {("CONSULT", "possible")}
    got = events_of(vocab, _will_meet_rows("did", "meet", "meet"), actors)  # met: no agreement told
    assert {(t, c) for t, _, _, _, c in got} == {("CONSULT", "asserted")}


def test_a_reciprocal_act_told_ahead_that_is_no_meeting_is_only_possible():
    from types import SimpleNamespace

    from graphkit.ingest.events.lexicon import Trigger
    from graphkit.ingest.events.mutuality import mutual_senses
    cand, ahead = SimpleNamespace(kind="verb", head=None, noun=None), SimpleNamespace(future=True)
    two = [("x", "y"), ("y", "x")]
    signed = Trigger("AGREE", None, "signed with")
    got = mutual_senses(cand, signed, "asserted", ahead, False, two)
    assert [(t.type, c) for t, c in got] == [("AGREE", "possible")]
    mediated = Trigger("CONSULT", "third-party", "mediated")
    assert [(t.type, c) for t, c in mutual_senses(cand, mediated, "asserted", ahead, False, two)] == [
        ("CONSULT", "possible")]
    met, four = Trigger("CONSULT", None, "met"), [("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("b", "d")]
    got = mutual_senses(cand, met, "asserted", ahead, False, four)  # a gathering of many planned: no agreement
    assert [(t.type, c) for t, c in got] == [("CONSULT", "possible")]
