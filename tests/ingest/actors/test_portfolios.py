"""Departments named by their portfolio or their leader (graphkit.ingest.actors.portfolios)."""
from graphkit.ingest.actors.portfolios import portfolio
from tests.ingest.actors.test_find import make_doc, run


def test_a_portfolio_is_a_name_without_the_words_of_the_office():
    assert portfolio("the Treasury") == portfolio("Treasury Secretary") == frozenset({"treasury"})
    assert portfolio("Ministry of Finance") == portfolio("Finance Minister")
    assert portfolio("Ministry") is None and portfolio("chief economist") is None


def test_the_treasury_is_the_department_of_the_treasury_secretarys_country(vocab):
    words = ["U.S.", "Treasury", "Secretary", "James", "Baker", "spoke", ".", "The", "Treasury", "agreed", "."]
    ents = ["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert [layer.actors[x].code for x in by["Treasury"].affiliations] == ["USA"]
    words[0] = "Mr"  # the office alone is American (graphkit.ingest.actors.cabinets): so is the department
    layer, by = run(make_doc(vocab, words, ["O"] + ents[1:]))
    assert [layer.actors[x].code for x in by["Treasury"].affiliations] == ["USA"]
    words[2] = "Minister"  # no country for the minister: none for the department
    layer, by = run(make_doc(vocab, words, ["O"] + ents[1:]))
    assert by["Treasury"].affiliations == []


def test_an_executive_named_after_its_leader_is_of_the_leaders_country(vocab):
    words = ["The", "Nakasone", "Cabinet", "met", ".", "Japanese", "Prime", "Minister", "Yasuhiro", "Nakasone",
             "spoke", "."]
    ents = ["O", "B-ORG", "I-ORG", "O", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert [layer.actors[x].code for x in by["Nakasone Cabinet"].affiliations] == ["JPN"]
