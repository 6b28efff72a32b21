"""Market moves are no acts, also in a clause that takes its subject from the main clause."""
from types import SimpleNamespace

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.events.market import market_subject


def _after(subject):
    # after extending the rally, the <subject> fell
    words = ["after", "extending", "the", "rally", "the", subject, "fell"]
    return Doc(Vocab(), words=words, heads=[6, 0, 3, 1, 5, 6, 6],
               deps=["prep", "pcomp", "det", "dobj", "det", "nsubj", "ROOT"], lemmas=words)


def test_a_subjectless_clause_is_about_the_main_subject():
    assert market_subject(SimpleNamespace(kind="noun", head=_after("average")[3]))
    assert not market_subject(SimpleNamespace(kind="noun", head=_after("students")[3]))


def test_a_clause_with_its_own_subject_is_read_alone():
    # the students extended the rally after the dollar fell
    words = ["the", "students", "extended", "the", "rally", "after", "the", "dollar", "fell"]
    doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 4, 2, 8, 7, 8, 2],
              deps=["det", "nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "advcl"], lemmas=words)
    assert not market_subject(SimpleNamespace(kind="noun", head=doc[4]))


def test_an_adjectives_complement_is_about_the_subject_of_its_copula():
    # the economy was adapted to demand  /  the minister was adapted to demand
    for subject, expected in (("economy", True), ("minister", False)):
        words = ["the", subject, "was", "adapted", "to", "demand"]
        doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 5, 3],
                  deps=["det", "nsubj", "ROOT", "acomp", "aux", "xcomp"], lemmas=words)
        assert market_subject(SimpleNamespace(kind="verb", head=doc[5])) is expected


def test_an_act_a_market_move_follows_is_another_partys():
    # the dollar fell after/amid talks  /  the dollar came under attack
    for prep, expected in (("after", False), ("amid", False), ("under", True)):
        words = ["the", "dollar", "fell", prep, "talks"]
        doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 3], deps=["det", "nsubj", "ROOT", "prep", "pobj"],
                  lemmas=["the", "dollar", "fall", prep, "talk"])
        assert market_subject(SimpleNamespace(kind="noun", head=doc[4])) is expected
