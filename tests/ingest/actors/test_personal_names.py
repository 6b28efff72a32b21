"""One-word names the model labels a firm, place or people that their sentence shows are a person's
(graphkit.ingest.actors.personal_names)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.personal_names import personal_name
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import run


def _doc(vocab, words, pos, deps, heads, ents):
    return Doc(vocab, words=words, pos=pos, deps=deps, heads=heads, ents=ents)


def test_a_subject_its_clause_calls_he_is_a_person(vocab):
    words = ["Poehl", "told", "bankers", "he", "feared", "a", "rise", "."]
    doc = _doc(vocab, words, ["PROPN", "VERB", "NOUN", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
               ["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "det", "dobj", "punct"], [1, 1, 1, 4, 1, 6, 4, 1],
               ["B-ORG", "O", "O", "O", "O", "O", "O", "O"])
    assert personal_name(token_table(doc), 0)
    _, by = run(doc)
    assert by["Poehl"].kind == "person"


def test_a_subject_its_clause_calls_it_stays_an_organisation(vocab):
    words = ["Dome", "said", "it", "agreed", "."]
    doc = _doc(vocab, words, ["PROPN", "VERB", "PRON", "VERB", "PUNCT"], ["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
               [1, 1, 3, 1, 1], ["B-ORG", "O", "O", "O", "O"])
    assert not personal_name(token_table(doc), 0)
    _, by = run(doc)
    assert by["Dome"].kind != "person"


def test_a_name_listed_with_a_persons_name_is_a_persons(vocab):
    words = ["Funaro", "and", "Gros", "met", "Lawson", "."]
    doc = _doc(vocab, words, ["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
               ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"], [3, 0, 0, 3, 3, 3],
               ["B-PERSON", "O", "B-GPE", "O", "B-PERSON", "O"])
    assert personal_name(token_table(doc), 2)
    _, by = run(doc)
    assert by["Gros"].kind == "person"


def test_a_name_in_apposition_to_a_person_noun_is_a_persons(vocab):
    words = ["Craxi", ",", "the", "premier", ",", "resigned", "."]
    doc = _doc(vocab, words, ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
               ["nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"], [5, 0, 3, 0, 0, 5, 5],
               ["B-ORG", "O", "O", "O", "O", "O", "O"])
    assert personal_name(token_table(doc), 0)


def test_countries_firm_words_and_unproven_names_keep_their_label(vocab):
    words = ["Japan", "and", "Reagan", "met", "Cable", "and", "Wireless", ".", "Volcker", "and", "Baker", "talked"]
    doc = _doc(vocab, words, ["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "CCONJ",
                              "PROPN", "VERB"],
               ["nsubj", "cc", "conj", "ROOT", "dobj", "cc", "conj", "punct", "nsubj", "cc", "conj", "ROOT"],
               [3, 0, 0, 3, 3, 4, 4, 3, 11, 8, 8, 11],
               ["B-GPE", "O", "B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "B-ORG", "O"])
    t = token_table(doc)
    assert not personal_name(t, 0)  # a country listed with a person is still the country
    assert not personal_name(t, 6)  # inside a firm's name
    assert not personal_name(t, 8)  # nothing in the sentence tells a person from a firm


def test_a_place_in_a_longer_list_or_beside_a_count_of_people_stays_a_place(vocab):
    words = ["Gammara", ",", "Santo", "Antonio", "and", "Diamazon", ".", "Wentsville", "(", "900", "workers", ")"]
    doc = Doc(vocab, words=words, pos=["PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "PUNCT",
                                       "NUM", "NOUN", "PUNCT"],
              tags=["NNP", ",", "NNP", "NNP", "CC", "NNP", ".", "NNP", "-LRB-", "CD", "NNS", "-RRB-"],
              deps=["ROOT", "punct", "compound", "conj", "cc", "conj", "punct", "ROOT", "punct", "nummod", "appos",
                    "punct"], heads=[0, 0, 3, 0, 3, 3, 0, 7, 7, 10, 7, 7],
              ents=["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"])
    t = token_table(doc)
    assert not personal_name(t, 0) and not personal_name(t, 7)


def test_a_pair_that_modifies_a_noun_is_a_firm_named_after_its_partners(vocab):
    words = ["Phillips", "and", "Drew", "economist", "Reid", "said"]
    doc = Doc(vocab, words=words, pos=["PROPN", "CCONJ", "PROPN", "NOUN", "PROPN", "VERB"],
              deps=["compound", "cc", "conj", "compound", "nsubj", "ROOT"], heads=[3, 0, 0, 4, 5, 5],
              ents=["B-ORG", "O", "B-PERSON", "O", "B-PERSON", "O"])
    assert not personal_name(token_table(doc), 0)


def test_the_owner_of_a_visit_or_a_remark_is_a_person_of_a_sale_a_firm(vocab):
    words = ["Weizsaecker", "'s", "visit", "and", "Kerin", "'s", "remarks", "and", "Fujitsu", "'s", "sale", "."]
    doc = Doc(vocab, words=words, pos=["PROPN", "PART", "NOUN", "CCONJ", "PROPN", "PART", "NOUN", "CCONJ", "PROPN",
                                       "PART", "NOUN", "PUNCT"],
              deps=["poss", "case", "ROOT", "cc", "poss", "case", "conj", "cc", "poss", "case", "conj", "punct"],
              heads=[2, 0, 2, 2, 6, 4, 2, 6, 10, 8, 6, 2],
              ents=["B-ORG", "O", "O", "O", "B-GPE", "O", "O", "O", "B-ORG", "O", "O", "O"])
    t = token_table(doc)
    assert personal_name(t, 0) and personal_name(t, 4) and not personal_name(t, 8)


def test_a_firm_the_parser_listed_with_its_employee_stays_a_firm(vocab):
    words = ["Phillips", "and", "Drew", "'s", "Reid", "said"]
    doc = Doc(vocab, words=words, pos=["PROPN", "CCONJ", "PROPN", "PART", "PROPN", "VERB"],
              deps=["nsubj", "cc", "poss", "case", "conj", "ROOT"], heads=[5, 0, 4, 2, 0, 5],
              ents=["B-ORG", "O", "B-PERSON", "O", "B-PERSON", "O"])
    assert not personal_name(token_table(doc), 0)


def test_a_name_a_relative_who_or_an_age_refers_to_is_a_persons(vocab):
    words = ["Conable", ",", "who", "was", "there", ",", "met", "Lechin", ",", "83", ",", "and", "Amoco", ",", "which",
             "left", "."]
    doc = Doc(vocab, words=words, pos=["PROPN", "PUNCT", "PRON", "AUX", "ADV", "PUNCT", "VERB", "PROPN", "PUNCT", "NUM",
                                       "PUNCT", "CCONJ", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
              deps=["nsubj", "punct", "nsubj", "relcl", "advmod", "punct", "ROOT", "dobj", "punct", "appos", "punct",
                    "cc", "conj", "punct", "nsubj", "relcl", "punct"],
              heads=[6, 0, 3, 0, 3, 0, 6, 6, 7, 7, 7, 7, 7, 12, 15, 12, 6],
              ents=["B-ORG", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"])
    t = token_table(doc)
    assert personal_name(t, 0) and personal_name(t, 7) and not personal_name(t, 12)


def test_a_speaker_who_says_i_is_a_person_one_who_says_we_may_be_a_firm(vocab):
    words = ["I", "doubt", "it", ",", "Volcker", "said", ".", "We", "doubt", "it", ",", "Amoco", "said", "."]
    doc = Doc(vocab, words=words, pos=["PRON", "VERB", "PRON", "PUNCT", "PROPN", "VERB", "PUNCT"] * 2,
              deps=["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"] * 2,
              heads=[1, 5, 1, 5, 5, 5, 5, 8, 12, 8, 12, 12, 12, 12],
              ents=["O", "O", "O", "O", "B-ORG", "O", "O"] * 2)
    t = token_table(doc)
    assert personal_name(t, 4) and not personal_name(t, 11)


def test_a_who_clause_after_of_a_person_noun_may_be_about_that_person(vocab):
    words = ["director", "of", "Comecon", ",", "who", "left", ",", "and", "support", "of", "Bavadra", ",", "whose",
             "government", "fell"]
    doc = Doc(vocab, words=words, pos=["NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "CCONJ", "NOUN", "ADP",
                                       "PROPN", "PUNCT", "DET", "NOUN", "VERB"],
              deps=["ROOT", "prep", "pobj", "punct", "nsubj", "relcl", "punct", "cc", "conj", "prep", "pobj", "punct",
                    "poss", "nsubj", "relcl"], heads=[0, 0, 1, 2, 5, 2, 0, 0, 0, 8, 9, 10, 13, 14, 10],
              ents=["O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"])
    t = token_table(doc)
    assert not personal_name(t, 2) and personal_name(t, 10)


def test_real_model_surnames_read_as_bodies_or_places_are_people(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    text = ("Poehl told an investment symposium in Frankfurt he feared the tax would raise interest rates. "
            "Funaro and Gros are today meeting British Chancellor of the Exchequer Nigel Lawson.")
    layer = find_actors(nlp(text), Article(id="a", text=text))
    kinds = {a.name: a.kind for a in layer.actors.values()}
    assert kinds["Poehl"] == "person" and kinds["Gros"] == "person" and kinds["Frankfurt"] == "location"


def test_a_known_place_the_model_reads_as_a_body_may_be_a_surname_a_capital_never(vocab):
    words = ["Howard", "'s", "trip", "and", "Washington", "'s", "claims", "and", "Howard", "'s", "trip"]
    doc = Doc(vocab, words=words, pos=["PROPN", "PART", "NOUN", "CCONJ", "PROPN", "PART", "NOUN", "CCONJ", "PROPN",
                                       "PART", "NOUN"],
              deps=["poss", "case", "ROOT", "cc", "poss", "case", "conj", "cc", "poss", "case", "conj"],
              heads=[2, 0, 2, 2, 6, 4, 2, 6, 10, 8, 6],
              ents=["B-ORG", "O", "O", "O", "B-ORG", "O", "O", "O", "B-GPE", "O", "O"])
    t = token_table(doc)
    assert personal_name(t, 0) and not personal_name(t, 4) and not personal_name(t, 8)
