"""One actor per entity: names the text declares to be one, surname forms, peoples, places and
chambers (hand-built Docs), and roles stated around names."""
from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.links import initials
from graphkit.models import Article


def run(doc):
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return layer, {a.name: a for a in layer.actors.values()}


def test_an_acronym_in_brackets_after_a_name_is_that_name(vocab):
    words = ["The", "Association", "of", "Directors", "of", "Social", "Services", "(", "ADSS", ")", "agreed", ".",
             "ADSS", "said", "so", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-NORP", "O", "O", "O",
            "B-NORP", "O", "O", "O"]
    layer, by = run(Doc(vocab, words=words, ents=ents))
    assert set(by) == {"Association of Directors of Social Services"}
    adss = by["Association of Directors of Social Services"]
    assert adss.kind == "organization" and adss.aliases == ["ADSS"] and layer.at(12) == adss.id


def test_initials_of_names():
    assert sorted(initials("Association of Directors of Social Services")) == ["ADSS", "AODOSS"]
    assert initials("Robert Kilroy-Silk") == {"RKS"} and initials("Blair") == set()


def test_a_style_in_apposition_is_the_person_named_before_it(vocab):
    words = ["Diana", ",", "princess", "of", "Wales", ",", "died", "."]
    ents = ["B-PERSON", "O", "O", "O", "B-GPE", "O", "O", "O"]
    _, by = run(Doc(vocab, words=words, ents=ents))
    assert set(by) == {"Diana"} and by["Diana"].aliases == ["princess of Wales"]


def test_surname_forms_join_the_one_full_name(vocab):
    words = ["Robert", "Kilroy", "-", "Silk", "met", "Camilla", "Parker", "Bowles", ".", "Kilroy", "and", "RKS",
             "and", "Mrs", "Parker", "Bowles", "spoke", "."]
    spaces = [True, False, False, True, True, True, True, False, True, True, True, True, True, True, True, True,
              True, False]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O",
            "B-GPE", "O", "B-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    layer, by = run(Doc(vocab, words=words, spaces=spaces, ents=ents))
    assert set(by) == {"Robert Kilroy-Silk", "Camilla Parker Bowles"}
    rks = by["Robert Kilroy-Silk"]
    assert rks.kind == "person" and layer.at(9) == layer.at(11) == rks.id
    assert layer.at(14) == by["Camilla Parker Bowles"].id


def test_a_surname_of_two_words_does_not_join_a_man_and_a_woman(vocab):
    words = ["Andrew", "Parker", "Bowles", "met", "Mrs", "Parker", "Bowles", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"]
    words = ["Mr", *words]
    ents = ["O", *ents]
    _, by = run(Doc(vocab, words=words, ents=ents))
    assert set(by) == {"Andrew Parker Bowles", "Parker Bowles"}


def test_a_people_in_the_singular_and_plural_is_one_group(vocab):
    words = ["Muslims", "spoke", ".", "A", "Muslim", "left", "."]
    ents = ["B-NORP", "O", "O", "O", "B-NORP", "O", "O"]
    doc = Doc(vocab, words=words, ents=ents, tags=["NNPS", "VBD", ".", "DT", "NN", "VBD", "."],
              pos=["PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
              heads=[1, 1, 1, 4, 5, 5, 5], deps=["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"])
    layer, by = run(doc)
    assert set(by) == {"Muslims"} and layer.at(4) == layer.at(0)


def test_a_city_named_with_city_is_the_city_unless_a_city_of_its_own(vocab):
    words = ["Edinburgh", "City", "voted", "in", "Edinburgh", "and", "Kansas", "City", "not", "Kansas", "."]
    ents = ["B-GPE", "I-GPE", "O", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O"]
    _, by = run(Doc(vocab, words=words, ents=ents))
    assert {"Edinburgh City", "Kansas City", "Kansas"} <= set(by) and "Edinburgh" not in by
    assert by["Edinburgh City"].aliases == ["Edinburgh"]


def test_the_house_is_the_one_house_of_the_article(vocab):
    words = ["The", "House", "of", "Lords", "voted", ";", "the", "House", "won", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O", "O"]
    layer, by = run(Doc(vocab, words=words, ents=ents))
    assert set(by) == {"House of Lords"} and layer.at(7) == by["House of Lords"].id


def test_a_name_listed_with_organisations_is_one_not_a_place(vocab):
    rows = [("the", 1, "det", "DET", "DT", "O"), ("GMB", 6, "nsubj", "PROPN", "NNP", "B-ORG"),
            ("and", 1, "cc", "CCONJ", "CC", "O"), ("Unison", 1, "conj", "PROPN", "NNP", "B-GPE"),
            ("and", 1, "cc", "CCONJ", "CC", "O"), ("Amicus", 1, "conj", "PROPN", "NNP", "B-ORG"),
            ("agreed", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], ents=[r[5] for r in rows])
    _, by = run(doc)
    assert by["Unison"].kind == "organization"


def test_roles_stated_by_apposition_and_relative_clause(vocab):
    # "one of Amicus 's members , Damien Hockney , who is Veritas ' leader , spoke ."
    rows = [("one", 14, "nsubj", "NUM", "CD", "O"), ("of", 0, "prep", "ADP", "IN", "O"),
            ("Amicus", 4, "poss", "PROPN", "NNP", "B-ORG"), ("'s", 2, "case", "PART", "POS", "O"),
            ("members", 1, "pobj", "NOUN", "NNS", "O"), (",", 0, "punct", "PUNCT", ",", "O"),
            ("Damien", 7, "compound", "PROPN", "NNP", "B-PERSON"), ("Hockney", 0, "appos", "PROPN", "NNP", "I-PERSON"),
            ("who", 9, "nsubj", "PRON", "WP", "O"), ("is", 7, "relcl", "AUX", "VBZ", "O"),
            ("Veritas", 12, "poss", "PROPN", "NNP", "B-ORG"), ("'", 10, "case", "PART", "POS", "O"),
            ("leader", 9, "attr", "NOUN", "NN", "O"), (",", 7, "punct", "PUNCT", ",", "O"),
            ("spoke", 14, "ROOT", "VERB", "VBD", "O"), (".", 14, "punct", "PUNCT", ".", "O")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], ents=[r[5] for r in rows])
    _, by = run(doc)
    ids = {by["Amicus"].id, by["Veritas"].id}
    assert set(by["Damien Hockney"].affiliations) == ids


def test_a_party_first_word_before_a_title_is_that_party(vocab):
    words = ["Green", "MSP", "Mark", "Ballard", "left", "the", "Green", "Party", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O"]
    _, by = run(Doc(vocab, words=words, ents=ents))
    assert by["Mark Ballard"].affiliations == [by["Green Party"].id]


def test_a_country_known_only_as_a_home_of_a_place_takes_its_demonym_mention(vocab):
    # "The British government banned a group in Northern Ireland ."
    rows = [("The", 2, "det", "DET", "DT", "O"), ("British", 2, "amod", "ADJ", "JJ", "B-NORP"),
            ("government", 3, "nsubj", "NOUN", "NN", "O"), ("banned", 3, "ROOT", "VERB", "VBD", "O"),
            ("a", 5, "det", "DET", "DT", "O"), ("group", 3, "dobj", "NOUN", "NN", "O"),
            ("in", 5, "prep", "ADP", "IN", "O"), ("Northern", 8, "compound", "PROPN", "NNP", "B-GPE"),
            ("Ireland", 6, "pobj", "PROPN", "NNP", "I-GPE"), (".", 3, "punct", "PUNCT", ".", "O")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], ents=[r[5] for r in rows])
    layer, by = run(doc)
    uk = by["United Kingdom"]
    assert layer.at(2) == uk.id and [m.text for m in uk.mentions] == ["British"]
    assert by["Northern Ireland"].affiliations == [uk.id]


def test_a_people_keeps_the_words_it_was_named_by_as_aliases(vocab):
    rows = [("Afghan", 1, "amod", "ADJ", "JJ", "B-NORP"), ("civilians", 2, "nsubj", "NOUN", "NNS", "O"),
            ("fled", 2, "ROOT", "VERB", "VBD", "O"), (".", 2, "punct", "PUNCT", ".", "O")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], ents=[r[5] for r in rows])
    layer, by = run(doc)
    afghans = by["Afghans"]
    assert afghans.kind == "group" and afghans.aliases == ["Afghan civilians"] and layer.at(1) == afghans.id


def test_a_known_place_listed_with_an_organisation_stays_a_place(vocab):
    rows = [("Gaza", 3, "nsubj", "PROPN", "NNP", "B-GPE"), ("and", 0, "cc", "CCONJ", "CC", "O"),
            ("Amicus", 0, "conj", "PROPN", "NNP", "B-ORG"), ("agreed", 3, "ROOT", "VERB", "VBD", "O"),
            (".", 3, "punct", "PUNCT", ".", "O")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], ents=[r[5] for r in rows])
    _, by = run(doc)
    assert by["Gaza"].kind == "location" and by["Amicus"].kind == "organization"



def test_two_surnames_joined_by_a_hyphen_are_no_third_actor(vocab):
    words = ["Clayton", "Yeutter", "met", "Willy", "de", "Clercq", ".", "The", "Yeutter", "-", "de", "Clercq",
             "meeting", "and", "Robert", "Kilroy", "-", "Silk", "ended", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG",
            "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    spaces = [True, True, True, True, True, False, True, True, False, False, True, True, True, True, True, False,
              False, True, False, False]
    _, by = run(Doc(vocab, words=words, spaces=spaces, ents=ents))
    assert set(by) == {"Clayton Yeutter", "Willy de Clercq", "Robert Kilroy-Silk"}


def test_a_body_named_after_its_chair_is_one_organisation_by_any_of_its_nouns(vocab):
    # Reagan read the Tower commission report . the Tower inquiry met .
    words = ["Reagan", "read", "the", "Tower", "commission", "report", ".", "The", "Tower", "inquiry", "met", "."]
    heads = [1, 1, 5, 4, 5, 1, 1, 9, 9, 10, 10, 10]
    deps = ["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct", "det", "compound", "nsubj", "ROOT",
            "punct"]
    ents = ["B-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O", "B-FAC", "O", "O", "O"]
    layer, by = run(Doc(vocab, words=words, heads=heads, deps=deps, ents=ents))
    assert {"Reagan", "Tower commission"} <= set(by) and not {"Tower", "Tower inquiry"} & set(by)
    tower = by["Tower commission"]
    assert tower.kind == "organization" and layer.at(9) == tower.id


def test_a_person_before_a_body_noun_he_does_not_modify_stays_a_person(vocab):
    # Tower told the commission .
    words = ["Tower", "told", "the", "commission", "."]
    heads = [1, 1, 3, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct"]
    _, by = run(Doc(vocab, words=words, heads=heads, deps=deps, ents=["B-PERSON", "O", "O", "O", "O"]))
    assert set(by) == {"Tower"} and by["Tower"].kind == "person"


def test_a_company_board_is_no_body_named_after_a_chair(vocab):
    # after a Lane board meeting
    words = ["after", "a", "Lane", "board", "meeting"]
    heads = [0, 4, 3, 4, 0]
    deps = ["ROOT", "det", "compound", "compound", "pobj"]
    _, by = run(Doc(vocab, words=words, heads=heads, deps=deps, ents=["O", "O", "B-PERSON", "O", "O"]))
    assert "Lane board" not in by


def test_the_last_words_of_a_full_name_the_model_took_for_a_body_are_that_person(vocab):
    words = ["Minister", "Luiz", "Carlos", "Bresser", "Pereira", "spoke", ".", "Bresser", "Pereira", "left", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "O"]
    layer, by = run(Doc(vocab, words=words, ents=ents))
    assert set(by) == {"Luiz Carlos Bresser Pereira"}
    assert layer.at(7) == by["Luiz Carlos Bresser Pereira"].id


def test_a_bracketed_acronym_that_leaves_out_the_country_or_reorders_the_initials_is_that_name(vocab):
    words = ["The", "U.S.", "Federal", "Energy", "Regulatory", "Commission", "(", "FERC", ")", "ruled", ".",
             "FERC", "said", "so", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "O", "O"]
    layer, by = run(Doc(vocab, words=words, ents=ents))
    assert "FERC" not in by and layer.at(11) == layer.at(2)
    words = ["The", "Revolutionary", "Institutional", "Party", "(", "PRI", ")", "ruled", ".", "PRI", "said", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "O"]
    layer, by = run(Doc(vocab, words=words, ents=ents))
    pri = by["Revolutionary Institutional Party"]
    assert set(by) == {"Revolutionary Institutional Party"} and pri.aliases == ["PRI"]
    words[5] = words[9] = "IBM"  # other initials: another name
    layer, by = run(Doc(vocab, words=words, ents=ents))
    assert "IBM" in by
