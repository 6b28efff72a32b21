"""Bare names the model left unlabelled (graphkit.ingest.actors.bare_names)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.bare_names import bare_label, bare_name, common_word
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import run


def _doc(vocab, words, tags, pos, deps, heads, ents=None):
    return Doc(vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads, ents=ents)


def test_a_sentence_initial_surname_the_model_missed_is_a_person(vocab):
    words = ["Shultz", "met", "Shevardnadze", "."]
    doc = _doc(vocab, words, ["NNP", "VBD", "NNP", "."], ["PROPN", "VERB", "PROPN", "PUNCT"],
               ["nsubj", "ROOT", "dobj", "punct"], [1, 1, 1, 1], ents=["O", "O", "B-PERSON", "O"])
    layer, by = run(doc)
    assert set(by) == {"Shultz", "Shevardnadze"}
    assert by["Shultz"].kind == "person"


def test_a_conjunct_of_a_subject_is_a_name_too(vocab):
    words = ["Nakasone", "and", "Reagan", "will", "talk", "."]
    t = token_table(_doc(vocab, words, ["NNP", "CC", "NNP", "MD", "VB", "."],
                         ["PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
                         ["nsubj", "cc", "conj", "aux", "ROOT", "punct"], [4, 0, 0, 4, 4, 4],
                         ents=["O", "O", "B-PERSON", "O", "O", "O"]))
    assert bare_name(t, 0) and not bare_name(t, 2)  # Reagan is the model's entity already


def test_common_words_places_and_calendar_words_are_no_bare_names(vocab):
    words = ["Exports", "to", "Brazil", "and", "Monday", "fell", "."]
    t = token_table(_doc(vocab, words, ["NNP", "IN", "NNP", "CC", "NNP", "VBD", "."],
                         ["PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
                         ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "punct"], [5, 0, 1, 2, 2, 5, 5]))
    assert not any(bare_name(t, i) for i in range(len(words)))
    assert common_word("Exports") and not common_word("Xuto")


def test_a_word_with_an_article_a_legal_form_or_a_firms_word_is_no_bare_name(vocab):
    words = ["Texaco", "Inc", "bought", "the", "Euromarket", "from", "Ltd", "and", "Texaco", "."]
    t = token_table(_doc(vocab, words, ["NNP", "NNP", "VBD", "DT", "NNP", "IN", "NNP", "CC", "NNP", "."],
                         ["PROPN", "PROPN", "VERB", "DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                         ["compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "cc", "conj", "punct"],
                         [1, 2, 2, 4, 2, 2, 5, 6, 6, 2], ents=["B-ORG", "I-ORG"] + ["O"] * 8))
    assert not bare_name(t, 4) and not bare_name(t, 6) and not bare_name(t, 8)


def test_a_name_beside_another_capitalised_word_is_left_to_the_model(vocab):
    words = ["Mr", "Shultz", "met", "Hata", "Tsutomu", "."]
    t = token_table(_doc(vocab, words, ["NNP", "NNP", "VBD", "NNP", "NNP", "."],
                         ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
                         ["compound", "nsubj", "ROOT", "compound", "dobj", "punct"], [1, 2, 2, 4, 2, 2]))
    assert not bare_name(t, 1) and not bare_name(t, 4)


def test_a_bare_name_its_clause_calls_it_is_a_firm_but_a_dummy_it_says_nothing(vocab):
    words = ["Entwistle", "said", "it", "met", "Bird", ".", "Hata", "said", "it", "is", "wrong", "."]
    doc = _doc(vocab, words, ["NNP", "VBD", "PRP", "VBD", "NNP", ".", "NNP", "VBD", "PRP", "VBZ", "JJ", "."],
               ["PROPN", "VERB", "PRON", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
               ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"] * 2, [1, 1, 3, 1, 3, 1, 7, 7, 9, 7, 9, 7])
    t = token_table(doc)
    assert bare_label(t, 0) == "ORG" and bare_label(t, 6) == "PERSON"


def test_a_one_word_place_entity_no_gazetteer_knows_doing_an_act_is_a_name(vocab):
    words = ["Yeutter", "urged", "Japan", ".", "Tokyo", "urged", "Japan", "."]
    doc = _doc(vocab, words, ["NNP", "VBD", "NNP", "."] * 2, ["PROPN", "VERB", "PROPN", "PUNCT"] * 2,
               ["nsubj", "ROOT", "dobj", "punct"] * 2, [1, 1, 1, 1, 5, 5, 5, 5],
               ents=["B-GPE", "O", "B-GPE", "O"] * 2)
    t = token_table(doc)
    assert bare_name(t, 0) and not bare_name(t, 2) and not bare_name(t, 4)
