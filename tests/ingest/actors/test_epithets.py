from spacy.tokens import Doc

from graphkit.ingest.actors.epithets import epithet_after, epithet_before
from graphkit.ingest.prepare.tokentable import token_table


def _table(vocab, words, pos, heads=None, deps=None):
    return token_table(Doc(vocab, words=words, pos=pos, heads=heads, deps=deps))


def test_a_nationality_and_a_person_noun_before_a_name(vocab):
    t = _table(vocab, ["said", "French", "financier", "Pierre", "Moussa"], ["VERB", "ADJ", "NOUN", "PROPN", "PROPN"])
    assert epithet_before(t, 3) == "FRA"
    t = _table(vocab, ["a", "leading", "West", "German", "banker", "Karl", "Otto"],
               ["DET", "ADJ", "ADJ", "ADJ", "NOUN", "PROPN", "PROPN"])
    assert epithet_before(t, 5) == "DEU"


def test_no_nationality_from_a_topic_or_a_title(vocab):
    t = _table(vocab, ["Soviet", "affairs", "expert", "Ed", "Hewett"], ["ADJ", "NOUN", "NOUN", "PROPN", "PROPN"])
    assert epithet_before(t, 3) is None  # the expert's subject, not his country
    t = _table(vocab, ["Japanese", "minister", "Taro", "Aso"], ["ADJ", "NOUN", "PROPN", "PROPN"])
    assert epithet_before(t, 2) is None  # a title: read with the title phrase (around.py)
    t = _table(vocab, ["the", "late", "seismologist", "Kawasumi", "Hiroshi"], ["DET", "ADJ", "NOUN", "PROPN", "PROPN"])
    assert epithet_before(t, 3) is None


def test_a_nationality_in_an_apposition(vocab):
    words = ["Andrei", "Sakharov", ",", "the", "Soviet", "dissident", ",", "spoke"]
    t = _table(vocab, words, ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB"],
               heads=[1, 7, 1, 5, 5, 1, 1, 7], deps=["compound", "nsubj", "punct", "det", "amod", "appos", "punct",
                                                      "ROOT"])
    assert epithet_after(t, 1) == "SUN"
    words = ["John", "Smith", ",", "an", "American", ",", "spoke"]
    t = _table(vocab, words, ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB"],
               heads=[1, 6, 1, 4, 1, 1, 6], deps=["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT"])
    assert epithet_after(t, 1) == "USA"


def test_an_apposition_without_a_nationality_gives_none(vocab):
    words = ["Andrei", "Sakharov", ",", "the", "famous", "dissident", ",", "spoke"]
    t = _table(vocab, words, ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB"],
               heads=[1, 7, 1, 5, 5, 1, 1, 7], deps=["compound", "nsubj", "punct", "det", "amod", "appos", "punct",
                                                      "ROOT"])
    assert epithet_after(t, 1) is None


def test_epithets_on_the_real_model(nlp):
    import graphkit

    kg = graphkit.build([{"id": "e1", "text": "Australian businessman Alan Bond said he would bid.",
                          "published": "1987-03-10"}])
    bond = kg.actor("Alan Bond")
    assert [kg.actor(a).code for a in bond.affiliations] == ["AUS"]
