"""Actor-stage rules for wire copy, on hand-built Docs: short forms of organisation names,
surnames with particles, tickers, figures, the agency itself, countries the model took for people."""
from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.models import Article


def run(vocab, words, ents):
    doc = Doc(vocab, words=words, ents=ents)
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return layer, {a.name: a for a in layer.actors.values()}


def test_first_words_of_one_company_name_are_that_company(vocab):
    words = ["Hitech", "Engineering", "Co", "sued", ".", "Hitech", "won", "and", "Westpac", "Banking", "Corp",
             "said", "Westpac", "grew", "."]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG",
            "O", "B-PERSON", "O", "O"]
    layer, by = run(vocab, words, ents)
    assert set(by) == {"Hitech Engineering Co", "Westpac Banking Corp"}
    assert by["Hitech Engineering Co"].aliases == ["Hitech"] and layer.at(5) == layer.at(0)
    assert by["Westpac Banking Corp"].kind == "organization" and layer.at(12) == layer.at(8)


def test_a_short_form_shared_by_two_companies_or_with_a_legal_form_stays_apart(vocab):
    words = ["Stelco", "Inc", "and", "Stelco", "Erie", "Corp", "and", "Stelco", "and", "Group", "of", "Five",
             "and", "Group"]
    ents = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "B-ORG", "I-ORG", "I-ORG",
            "O", "B-ORG"]
    _, by = run(vocab, words, ents)
    assert {"Stelco Inc", "Stelco Erie Corp", "Group of Five", "Group"} <= set(by)
    assert by["Stelco Erie Corp"].aliases == [] and by["Group of Five"].aliases == []


def test_the_head_noun_alone_is_the_one_organisation_it_heads(vocab):
    words = ["the", "American", "Stock", "Exchange", "and", "the", "European", "Community", ".", "The",
             "Exchange", "and", "the", "Community", "agreed", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "B-ORG",
            "O", "O"]
    _, by = run(vocab, words, ents)
    assert {"American Stock Exchange", "European Community"} <= set(by)
    assert "Exchange" not in by and "Community" not in by
    assert by["American Stock Exchange"].aliases == ["Exchange"] and by["European Community"].aliases == ["Community"]


def test_a_surname_with_a_particle_joins_the_full_name(vocab):
    words = ["Willy", "de", "Clercq", "spoke", ".", "De", "Clercq", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(vocab, words, ents)
    assert set(by) == {"Willy de Clercq"} and by["Willy de Clercq"].aliases == ["De Clercq"]


def test_generic_words_and_institutions_do_not_merge_as_short_forms(vocab):
    words = ["the", "White", "House", "and", "the", "House", "and", "Senate", "and", "Senate", "Banking",
             "Committee", "and", "Tower", "of", "the", "Tower", "Commission"]
    ents = ["O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "O", "B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O",
            "B-PERSON", "O", "O", "B-ORG", "I-ORG"]
    _, by = run(vocab, words, ents)
    assert {"White House", "House", "Senate", "Senate Banking Committee", "Tower", "Tower Commission"} <= set(by)
    assert by["Tower"].kind == "person" and by["Tower Commission"].kind == "organization"


def test_money_supply_ratings_and_currencies_are_no_actors(vocab):
    words = ["U.S.", "M-1", "rose", ",", "Sterling", "M3", "fell", ",", "the", "U.S.", "Dollar", "and", "Baa-3",
             "and", "STET", "said", "so", "."]
    ents = ["B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O",
            "B-PERSON", "O", "O", "O"]
    _, by = run(vocab, words, ents)
    assert set(by) == {"STET"} and by["STET"].kind == "organization"


def test_tickers_figures_and_the_wire_agency_are_no_actors(vocab):
    words = ["Sears,", "Roebuck", "and", "Co", "<", "S", ">", "told", "Reuters", "Div", "7.0p", "and",
             "Sri", "Lanka", "agreed", "."]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "B-ORG", "I-ORG",
            "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(vocab, words, ents)
    assert set(by) == {"Sears, Roebuck and Co", "Sri Lanka"}
    assert by["Sri Lanka"].kind == "country" and by["Sri Lanka"].code == "LKA"


def test_a_place_spelt_like_the_surname_of_one_person_is_that_person_unless_placed(vocab):
    words = ["President", "Raul", "Alfonsin", "spoke", ".", "Alfonsin", "left", "in", "Washington", "and",
             "George", "Washington", "stayed", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON",
            "O", "O"]
    doc = Doc(vocab, words=words, ents=ents, heads=[2, 2, 3, 3, 3, 6, 6, 6, 7, 6, 11, 12, 6, 6],
              deps=["compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "prep", "pobj", "cc",
                    "compound", "nsubj", "conj", "punct"])
    layer = find_actors(doc, Article(id="a", text=doc.text))
    by = {a.name: a for a in layer.actors.values()}
    assert by["Raul Alfonsin"].aliases == ["Alfonsin"] and layer.at(5) == layer.at(1)
    assert by["Washington"].kind == "location" and by["George Washington"].aliases == []


def test_figures_tickers_and_holidays_are_no_actors_whatever_the_label(vocab):
    words = ["Shr", "1.53", "and", "Revs", "24.9", "and", "TIGL.L", "and", "Easter", "and", "Vulcan", "Corp",
             "and", "March", "and", "Jones", "."]
    ents = ["B-NORP", "I-NORP", "O", "B-GPE", "I-GPE", "O", "B-PERSON", "O", "B-PERSON", "O", "B-NORP", "I-NORP",
            "O", "B-PERSON", "O", "B-PERSON", "O"]
    _, by = run(vocab, words, ents)
    assert set(by) == {"Vulcan Corp", "Jones"} and by["Vulcan Corp"].kind == "organization"
