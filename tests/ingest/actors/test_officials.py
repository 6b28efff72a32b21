from spacy.tokens import Doc

from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.officials import is_party, national_bodies_only
from graphkit.models import Article


def _body(name):
    c = Cluster()
    c.names = [name]
    c.kinds["organization"] += 1
    return c


def test_national_bodies_are_no_companies_bodies_of_states_or_countries():
    assert national_bodies_only([_body("Board of Foreign Trade")])
    assert not national_bodies_only([_body("Chrysler Corp")])
    assert not national_bodies_only([_body("World Bank")])
    assert not national_bodies_only([])
    coded = _body("Japan")
    coded.code = "JPN"
    assert not national_bodies_only([coded])


def test_parties_by_name():
    assert is_party(_body("National Party")) and is_party(_body("Tories"))
    assert not is_party(_body("Federal Court"))


def _actors(words, ents):
    doc = Doc(_vocab(), words=words, ents=ents)
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return layer, {a.name: a for a in layer.actors.values()}


def _vocab():
    from spacy.vocab import Vocab

    return Vocab()


def _codes(layer, actor):
    return [layer.actors[a].code for a in actor.affiliations if layer.actors[a].code]


def test_a_party_leader_is_of_the_country_the_article_stands_in():
    words = ["Japan", "will", "vote", ".", "Ruling", "party", "leader", "Taro", "Aso", "spoke", ".", "Japan",
             "agreed", "."]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O"]
    layer, by = _actors(words, ents)
    assert by["Taro Aso"].titles == ["Ruling party leader"]
    assert _codes(layer, by["Taro Aso"]) == ["JPN"]


def test_a_leader_of_no_party_or_office_is_not_given_the_setting():
    words = ["Japan", "will", "vote", ".", "Team", "leader", "Taro", "Aso", "spoke", ".", "Japan", "agreed", "."]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O"]
    layer, by = _actors(words, ents)
    assert _codes(layer, by["Taro Aso"]) == []


def test_a_company_officer_is_not_given_the_setting():
    words = ["Japan", "will", "vote", ".", "Sony", "Corp", "president", "Taro", "Aso", "spoke", ".", "Japan",
             "agreed", "."]
    ents = ["B-GPE", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O"]
    layer, by = _actors(words, ents)
    assert _codes(layer, by["Taro Aso"]) == []


def test_party_officials_of_a_report_that_names_no_country_take_its_parties_country():
    words = ["Tory", "leader", "Michael", "Howard", "spoke", ".", "Chancellor", "Gordon", "Brown", "agreed", "."]
    ents = ["B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    layer, by = _actors(words, ents)
    assert _codes(layer, by["Michael Howard"]) == ["GBR"]
    assert _codes(layer, by["Gordon Brown"]) == []  # no party's: a report on the Tories may be a visitor's


def test_parties_give_no_setting_where_the_report_names_a_country():
    words = ["Tory", "leader", "Michael", "Howard", "spoke", ".", "Chancellor", "Gordon", "Brown", "left", "Iraq",
             "."]
    ents = ["B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    layer, by = _actors(words, ents)
    assert _codes(layer, by["Michael Howard"]) != ["GBR"]
