"""Affiliations and offices stated around a personal name (graphkit.ingest.actors.ties)."""

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.ties import appositive_title, role_owners
from graphkit.ingest.prepare.tokentable import token_table
from graphkit.models import Article
from tests.ingest.actors.test_find import make_doc


def _codes(layer, actor):
    return sorted(layer.actors[x].code for x in actor.affiliations)


def test_a_role_in_apposition_after_the_name_gives_the_body_of_its_of_phrase(vocab):
    # Lizano , president of Nigeria 's bank , has resigned
    rows = [("Lizano", 9, "nsubj", "PROPN", "NNP", "B-PERSON"), (",", 0, "punct", "PUNCT", ",", "O"),
            ("president", 0, "appos", "NOUN", "NN", "O"), ("of", 2, "prep", "ADP", "IN", "O"),
            ("Nigeria", 6, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 4, "case", "PART", "POS", "O"),
            ("bank", 3, "pobj", "NOUN", "NN", "O"), (",", 0, "punct", "PUNCT", ",", "O"),
            ("has", 9, "aux", "AUX", "VBZ", "O"), ("resigned", 9, "ROOT", "VERB", "VBN", "O")]
    t = token_table(make_doc(vocab, rows=rows))
    assert role_owners(t, 0) == [4]
    rows[2] = ("rival", 0, "appos", "NOUN", "NN", "O")  # no role noun: no body
    assert role_owners(token_table(make_doc(vocab, rows=rows)), 0) == []


def test_a_member_of_a_demonym_parliament_is_of_that_country(nlp):
    text = "A member of the Syrian parliament, Mohammed Mamoun, started a hunger strike."
    layer = find_actors(nlp(text), Article(id="a", text=text))
    person = next(a for a in layer.actors.values() if a.kind == "person")
    assert _codes(layer, person) == ["SYR"]


def test_the_office_in_apposition_is_a_title_and_its_description_resolves(nlp):
    text = "The Archbishop of Canterbury, Rowan Williams, criticised the plan. The archbishop said it was wrong."
    doc = nlp(text)
    layer = find_actors(doc, Article(id="a", text=text))
    williams = next(a for a in layer.actors.values() if a.name == "Rowan Williams")
    assert williams.titles == ["Archbishop of Canterbury"]
    k = next(t.i for t in doc if t.text == "archbishop")
    assert layer.at(k) == williams.id


def test_an_indefinite_role_is_no_office(vocab):
    # An archbishop , Williams , spoke
    rows = [("An", 1, "det", "DET", "DT", "O"), ("archbishop", 5, "nsubj", "NOUN", "NN", "O"),
            (",", 1, "punct", "PUNCT", ",", "O"), ("Williams", 1, "appos", "PROPN", "NNP", "B-PERSON"),
            (",", 1, "punct", "PUNCT", ",", "O"), ("spoke", 5, "ROOT", "VERB", "VBD", "O")]
    assert appositive_title(token_table(make_doc(vocab, rows=rows)), 3) is None
    rows[0] = ("The", 1, "det", "DET", "DT", "O")
    assert appositive_title(token_table(make_doc(vocab, rows=rows)), 3) == "archbishop"


def test_a_demonym_the_model_tags_as_a_place_still_ties_the_title_holder(nlp):
    text = "Kyrgyz Prime Minister Kurmanbek Bakiyev met Chinese officials on Monday."
    doc = nlp(text)
    assert any(e.text == "Kyrgyz" and e.label_ == "GPE" for e in doc.ents)  # the case under test
    layer = find_actors(doc, Article(id="a", text=text))
    person = next(a for a in layer.actors.values() if a.kind == "person")
    assert _codes(layer, person) == ["KGZ"] and person.code == "KGZGOV"


def test_a_person_of_a_body_tied_to_a_country_belongs_to_that_country(nlp):
    text = "French National Assembly president Laurent Fabius criticised the plan."
    layer = find_actors(nlp(text), Article(id="a", text=text))
    fabius = next(a for a in layer.actors.values() if a.name == "Laurent Fabius")
    assembly = next(a for a in layer.actors.values() if a.kind == "organization")
    assert assembly.id in fabius.affiliations and "FRA" in [layer.actors[x].code for x in fabius.affiliations]
    assert fabius.code.startswith("FRA")


def test_a_party_member_of_a_place_is_a_role_in_the_place(vocab):
    # Rep. David Bonior , a Michigan Democrat , told reporters .
    from tests.ingest.actors.test_find import make_doc, run
    rows = [("Rep.", 2, "compound", "PROPN", "NNP", "O"), ("David", 2, "compound", "PROPN", "NNP", "B-PERSON"),
            ("Bonior", 8, "nsubj", "PROPN", "NNP", "I-PERSON"), (",", 2, "punct", "PUNCT", ",", "O"),
            ("a", 6, "det", "DET", "DT", "O"), ("Michigan", 6, "compound", "PROPN", "NNP", "B-GPE"),
            ("Democrat", 2, "appos", "PROPN", "NNP", "B-NORP"), (",", 2, "punct", "PUNCT", ",", "O"),
            ("told", 8, "ROOT", "VERB", "VBD", "O"), ("reporters", 8, "dobj", "NOUN", "NNS", "O"),
            (".", 8, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Michigan"].id in by["David Bonior"].affiliations
    assert "USA" in [layer.actors[x].code for x in by["David Bonior"].affiliations]
    rows[6] = ("voter", 2, "appos", "NOUN", "NN", "O")  # "a Michigan voter": no role in a body
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["David Bonior"].affiliations == []


def test_a_company_named_of_a_country_with_its_legal_form_is_of_that_country(vocab):
    from graphkit.ingest.actors.ties import of_country

    words = ["Industrial", "Bank", "of", "Japan", "Ltd"]
    assert of_country(token_table(make_doc(vocab, words=words)), 0, 5) == ("JPN", 3, False)
    assert of_country(token_table(make_doc(vocab, words=["Japan", "Bank", "Ltd"])), 0, 3) is None


def test_a_unit_at_a_body_is_the_body_s_not_its_subject_s():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Ivanov", ",", "head", "of", "the", "Gulf", "desk", "at", "the", "Soviet", "Foreign", "Ministry", ",",
             "spoke"]
    heads = [13, 0, 0, 2, 6, 6, 3, 6, 11, 11, 11, 7, 0, 13]
    deps = ["nsubj", "punct", "appos", "prep", "det", "compound", "pobj", "prep", "det", "amod", "compound", "pobj",
            "punct", "ROOT"]
    assert role_owners(token_table(Doc(Vocab(), words=words, heads=heads, deps=deps)), 0) == [11]
