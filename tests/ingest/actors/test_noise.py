"""Capitalised words that are no names, and entities the model ran together (hand-built Docs)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.entities import name_ents
from graphkit.ingest.actors.mentions import find_mentions
from graphkit.ingest.actors.noise import (
    capitalised_inside,
    initial_common_word,
    is_bare_description,
    is_cut_compass,
    is_opinion_plural,
    split_points,
    starts_clause,
)
from graphkit.ingest.prepare.tokentable import token_table


def names(vocab, words, ents, **attrs):
    return [(m.text, m.kind) for m in find_mentions(Doc(vocab, words=words, ents=ents, **attrs))]


def test_a_sentence_initial_modifier_of_a_common_noun_is_no_name(vocab):
    # "Foster carers are paid. Hodge met Amicus." -- "Foster" is capitalised only as the first word
    words = ["Foster", "carers", "are", "paid", ".", "Hodge", "met", "Amicus", "."]
    heads = [1, 3, 3, 3, 3, 6, 6, 6, 6]
    deps = ["compound", "nsubjpass", "auxpass", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"]
    tags = ["NNP", "NNS", "VBP", "VBN", ".", "NNP", "VBD", "NNP", "."]
    sent_starts = [True, False, False, False, False, True, False, False, False]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "B-ORG", "O"]
    found = names(vocab, words, ents, heads=heads, deps=deps, tags=tags, sent_starts=sent_starts)
    assert found == [("Hodge", "person"), ("Amicus", "organization")]


def test_a_word_the_article_capitalises_inside_a_sentence_stays_a_name(vocab):
    words = ["Foster", "carers", "met", "Ms", "Foster", "."]
    doc = Doc(vocab, words=words, heads=[1, 2, 2, 4, 2, 2],
              deps=["compound", "nsubj", "ROOT", "compound", "dobj", "punct"],
              tags=["NNP", "NNS", "VBD", "NNP", "NNP", "."])
    t = token_table(doc)
    assert "foster" in capitalised_inside(t)
    assert not initial_common_word(t, 0, 1, capitalised_inside(t))


def test_abbreviations_are_never_sentence_initial_common_words(vocab):
    doc = Doc(vocab, words=["U.N.", "helicopters", "left", "."], heads=[1, 2, 2, 2],
              deps=["compound", "nsubj", "ROOT", "punct"], tags=["NNP", "NNS", "VBD", "."])
    assert not initial_common_word(token_table(doc), 0, 1, frozenset())


def test_a_clause_starts_after_a_line_break_or_an_opening_quote(vocab):
    doc = Doc(vocab, words=["Title", "\n\n", "Foster", "said", ":", '"', "Carers", "."],
              spaces=[False, False, True, False, True, False, False, False])
    t = token_table(doc)
    assert starts_clause(t, 2) and starts_clause(t, 6) and not starts_clause(t, 3)


def test_the_bare_government_and_opinion_plurals_are_no_actors(vocab):
    assert is_bare_description("Government") and not is_bare_description("Home Office")
    assert is_opinion_plural("Europhiles") and is_opinion_plural("Eurosceptics")
    assert not is_opinion_plural("Palestinians")
    words = ["The", "Government", "and", "the", "Europhiles", "met", "Unison", "."]
    ents = ["O", "B-ORG", "O", "O", "B-ORG", "O", "B-ORG", "O"]
    assert names(vocab, words, ents) == [("Unison", "organization")]


def test_a_compass_word_cut_from_a_longer_name_is_no_place(vocab):
    doc = Doc(vocab, words=["East", "Midlands", "MEP", "and", "the", "East", "."],
              ents=["B-LOC", "O", "O", "O", "O", "B-LOC", "O"])
    t = token_table(doc)
    assert is_cut_compass(t, 0, 1) and not is_cut_compass(t, 5, 6)


def test_a_spaced_dash_ends_a_name_and_a_hyphen_does_not(vocab):
    doc = Doc(vocab, words=["Veritas", "-", "Latin", "for", "truth", "and", "Kilroy", "-", "Silk"],
              spaces=[True, True, True, True, True, True, False, False, False],
              ents=["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON"])
    t = token_table(doc)
    assert split_points(t, 0, 3) == [(1, 3)]
    assert split_points(t, 6, 9) == []
    assert [(e.text, e.label_) for e in name_ents(doc, 0, t)] == [("Veritas", "ORG"), ("Kilroy-Silk", "PERSON")]


def test_a_party_run_into_a_country_is_cut_in_two(vocab):
    doc = Doc(vocab, words=["With", "Labour", "Britain", "is", "working", "."],
              ents=["O", "B-GPE", "I-GPE", "O", "O", "O"])
    t = token_table(doc)
    assert split_points(t, 1, 3) == [(2, 2)]
    assert [e.text for e in name_ents(doc, 0, t)] == ["Labour", "Britain"]


def test_a_list_of_places_taken_for_one_organisation_is_split(vocab):
    doc = Doc(vocab, words=["riots", "in", "the", "Midlands", ",", "Merseyside", ",", "Bristol", "and", "GMB", "."],
              ents=["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"])
    got = [(e.text, e.label_) for e in name_ents(doc, 0, token_table(doc))]
    assert got == [("Midlands", "GPE"), ("Merseyside", "GPE"), ("Bristol", "GPE"), ("GMB", "ORG")]
    doc = Doc(vocab, words=["Sears", ",", "Roebuck", "and", "Co", "rose"],
              spaces=[False, True, True, True, True, False], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert [e.text for e in name_ents(doc, 0, token_table(doc))] == ["Sears, Roebuck and Co"]


def test_a_title_alone_names_no_one(vocab):
    words = ["she", "may", "become", "Princess", "Consort", "after", "Prince", "Charles", "."]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    assert names(vocab, words, ents) == [("Charles", "person")]


def test_a_demonym_after_an_honorific_is_a_surname(vocab):
    words = ["Mr", "German", "said", "so", "."]
    found = find_mentions(Doc(vocab, words=words, ents=["O", "B-NORP", "O", "O", "O"]))
    assert [(m.text, m.kind, m.gender) for m in found] == [("German", "person", "m")]


def test_what_someone_told_an_outlet_s_programme_is_no_actor(vocab):
    words = ["Falconer", "told", "BBC1", "'s", "Breakfast", "With", "Frost", "and", "the", "BBC", "'s", "Nick",
             "Robinson", "."]
    ents = ["B-PERSON", "O", "B-ORG", "O", "B-LOC", "O", "B-PERSON", "O", "O", "B-ORG", "O", "B-PERSON",
            "I-PERSON", "O"]
    assert names(vocab, words, ents) == [("Falconer", "person"), ("BBC1", "organization"),
                                         ("BBC", "organization"), ("Nick Robinson", "person")]


def test_a_name_after_either_or_every_is_a_kind_not_an_actor(vocab):
    rows = [("from", 0, "prep", "ADP", "IN", "O"), ("either", 2, "det", "DET", "DT", "O"),
            ("House", 0, "pobj", "PROPN", "NNP", "B-ORG"), ("or", 2, "cc", "CCONJ", "CC", "O"),
            ("any", 6, "det", "DET", "DT", "O"), ("Labour", 6, "compound", "PROPN", "NNP", "B-ORG"),
            ("MP", 2, "conj", "NOUN", "NN", "O")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], ents=[r[5] for r in rows])
    assert [(m.text, m.kind) for m in find_mentions(doc)] == [("Labour Party", "organization")]


def test_a_compass_word_cut_from_a_place_name_is_taken_with_it(vocab):
    doc = Doc(vocab, words=["the", "East", "Midlands", "MEP", "spoke", "."], ents=["O", "B-LOC", "O", "O", "O", "O"])
    assert [(e.text, e.label_) for e in name_ents(doc, 0, token_table(doc))] == [("East Midlands", "LOC")]


def test_only_english_adjectives_and_verbs_are_taken_for_sentence_initial_common_words(vocab):
    from graphkit.ingest.actors.noise import modifier_words

    if not modifier_words():
        import pytest
        pytest.skip("the spaCy model's lemmatizer tables are not installed")
    assert "foster" in modifier_words() and "hezbollah" not in modifier_words()
    doc = Doc(vocab, words=["Hezbollah", "guerrillas", "left", "."], heads=[1, 2, 2, 2],
              deps=["compound", "nsubj", "ROOT", "punct"], tags=["NNP", "NNS", "VBD", "."])
    assert not initial_common_word(token_table(doc), 0, 1, frozenset())


def test_a_demonym_before_a_party_word_is_a_party_of_its_own(vocab):
    words = ["Neither", "the", "English", "Democrats", "nor", "Kerry", "agreed", "."]
    ents = ["O", "O", "B-LANGUAGE", "B-NORP", "O", "B-PERSON", "O", "O"]
    assert names(vocab, words, ents) == [("English Democrats", "organization"), ("Kerry", "person")]


def test_a_party_name_before_another_capitalised_noun_is_another_name(vocab):
    from graphkit.ingest.actors.noise import other_name_after_party

    words = ["Labour", "Day", "and", "Labour", "MP", "and", "Labour", "Britain", "and", "Labour", "Cabinet", "and",
             "Labour", "Kinnock"]
    ents = ["O"] * 13 + ["B-PERSON"]
    t = token_table(Doc(vocab, words=words, ents=ents))
    assert [other_name_after_party(t, j, frozenset({"cabinet"})) for j in (1, 4, 7, 10, 13)] == \
        [True, False, False, False, False]
    assert other_name_after_party(t, 10)  # "Cabinet" only as the caller's organisation word


def test_labour_day_is_no_party(vocab):
    from tests.ingest.actors.test_find import run

    words = ["Workers", "observe", "Labour", "Day", ".", "Labour", "MPs", "agreed", "."]
    _, by = run(Doc(vocab, words=words, ents=["O"] * 9))
    assert [m.start for m in by["Labour Party"].mentions] == [len("Workers observe Labour Day . ")]


def test_a_hyphened_pair_of_countries_is_no_organisation(vocab):
    from graphkit.ingest.actors.noise import is_country_pair

    words = ["the", "U.S.-Japan", "accord", "and", "Hewlett-Packard", "."]
    doc = Doc(vocab, words=words, ents=["O", "B-ORG", "O", "O", "B-ORG", "O"])
    assert [e.text for e in name_ents(doc, 0, token_table(doc))] == ["Hewlett-Packard"]
    assert is_country_pair("Soviet-Afghan") and not is_country_pair("Japan") and not is_country_pair("U.S.-U.S.")
