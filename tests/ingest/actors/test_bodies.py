"""Unnamed bodies and groups named by a classifying modifier (graphkit.ingest.actors.bodies)."""

from graphkit.ingest.actors.bodies import is_classifier, is_group_head, is_person_noun, standard_spelling
from tests.ingest.actors.test_find import make_doc, run


def rows_doc(vocab, rows):
    return make_doc(vocab, rows=rows)


def test_classifiers_heads_and_spellings_come_from_wordnet_lists():
    assert is_classifier("local", "ADJ") and is_classifier("national", "ADJ") and is_classifier("faith", "NOUN")
    assert not is_classifier("angry", "ADJ") and not is_classifier("many", "ADJ")
    assert is_group_head("councils", "council") and is_group_head("committee", "committee")
    assert is_group_head("campaigners", "campaigner")  # a noun for people
    assert not is_group_head("people", "people") and not is_group_head("countries", "country")
    assert not is_group_head("taxes", "tax")
    assert standard_spelling("guerillas") == "guerrillas" and standard_spelling("Councils") == "councils"


def _councils(adj, ent="O", pos="ADJ"):
    # Wales is poor . <adj> councils set taxes .
    return [("Wales", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("is", 1, "ROOT", "AUX", "VBZ", "O"),
            ("poor", 1, "acomp", "ADJ", "JJ", "O"), (".", 1, "punct", "PUNCT", ".", "O"),
            (adj, 5, "amod", pos, "JJ", ent), ("councils", 6, "nsubj", "NOUN", "NNS", "O"),
            ("set", 6, "ROOT", "VERB", "VBD", "O"), ("taxes", 6, "dobj", "NOUN", "NNS", "O"),
            (".", 6, "punct", "PUNCT", ".", "O")]


def test_a_body_with_a_demonym_is_a_group_of_that_country(vocab):
    layer, by = run(rows_doc(vocab, _councils("Welsh", "B-NORP")))
    g = by["Welsh councils"]
    assert g.kind == "group" and layer.at(5) == g.id
    assert by["United Kingdom"].id in g.affiliations
    assert layer.at(7) is None  # "taxes" names no body


def test_a_relational_adjective_classifies_a_descriptive_one_does_not(vocab):
    _, by = run(rows_doc(vocab, _councils("local")))
    assert "local councils" in by
    layer, by = run(rows_doc(vocab, _councils("angry")))
    assert layer.at(5) is None and not any("councils" in n for n in by)


def test_kinds_of_things_wanted_are_no_actors_bodies_named_are(vocab):
    # Lord Falconer wants quality schools .
    rows = [("Falconer", 1, "nsubj", "PROPN", "NNP", "B-PERSON"), ("wants", 1, "ROOT", "VERB", "VBZ", "O"),
            ("quality", 3, "compound", "NOUN", "NN", "O"), ("schools", 1, "dobj", "NOUN", "NNS", "O"),
            (".", 1, "punct", "PUNCT", ".", "O")]
    layer, _ = run(rows_doc(vocab, rows))
    assert layer.at(3) is None
    rows[2] = ("Welsh", 3, "amod", "ADJ", "JJ", "B-NORP")
    layer, by = run(rows_doc(vocab, rows))
    assert layer.at(3) == by["Welsh schools"].id


def test_a_lower_case_body_with_a_proper_noun_modifier_is_an_organisation(vocab):
    # the Commons work and pensions committee said .
    rows = [("the", 5, "det", "DET", "DT", "O"), ("Commons", 5, "compound", "PROPN", "NNP", "O"),
            ("work", 5, "compound", "NOUN", "NN", "O"), ("and", 2, "cc", "CCONJ", "CC", "O"),
            ("pensions", 2, "conj", "NOUN", "NNS", "O"), ("committee", 6, "nsubj", "NOUN", "NN", "O"),
            ("said", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    c = by["Commons work and pensions committee"]
    assert c.kind == "organization" and layer.at(5) == c.id


def test_an_organised_group_noun_after_a_named_organisation_is_that_organisation(vocab):
    # Hezbollah guerrillas killed him .
    rows = [("Hezbollah", 1, "compound", "PROPN", "NNP", "B-ORG"), ("guerrillas", 2, "nsubj", "NOUN", "NNS", "O"),
            ("killed", 2, "ROOT", "VERB", "VBD", "O"), ("him", 2, "dobj", "PRON", "PRP", "O"),
            (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert layer.at(1) == by["Hezbollah"].id and {n for n, a in by.items() if a.mentions} == {"Hezbollah"}


def test_a_spelling_variant_with_a_demonym_is_a_rebel_group_of_the_country(vocab):
    # Afghan guerillas blew up lines into Kabul .  (rebels fight their country's government: not the country)
    rows = [("Afghan", 1, "amod", "ADJ", "JJ", "B-NORP"), ("guerillas", 2, "nsubj", "NOUN", "NNS", "O"),
            ("blew", 2, "ROOT", "VERB", "VBD", "O"), ("up", 2, "prt", "ADP", "RP", "O"),
            ("lines", 2, "dobj", "NOUN", "NNS", "O"), ("into", 4, "prep", "ADP", "IN", "O"),
            ("Kabul", 5, "pobj", "PROPN", "NNP", "B-GPE"), (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    rebels = by["Afghan guerrillas"]
    assert layer.at(1) == rebels.id and rebels.kind == "group" and rebels.code == "AFGREB"
    assert rebels.affiliations == [by["Afghanistan"].id] and by["Afghanistan"].code == "AFG"


def test_numbers_and_determiners_begin_no_name(vocab):
    # Sixteen governments signed .  /  the two Welsh councils signed .
    rows = [("Sixteen", 1, "nummod", "NUM", "CD", "B-CARDINAL"), ("governments", 2, "nsubj", "NOUN", "NNS", "O"),
            ("signed", 2, "ROOT", "VERB", "VBD", "O"), (".", 2, "punct", "PUNCT", ".", "O")]
    layer, _ = run(rows_doc(vocab, rows))
    assert layer.at(1) is None
    rows = [("the", 3, "det", "DET", "DT", "O"), ("two", 3, "nummod", "NUM", "CD", "B-CARDINAL"),
            ("Welsh", 3, "amod", "ADJ", "JJ", "B-NORP"), ("councils", 4, "nsubj", "NOUN", "NNS", "O"),
            ("signed", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert layer.at(3) == by["Welsh councils"].id


def test_doers_derived_from_verbs_are_people_even_where_wordnet_lacks_them():
    assert is_person_noun("carers") and is_person_noun("carer")  # care -> carer: not a WordNet noun
    assert is_person_noun("campaigners")  # WordNet's own person noun
    assert not is_person_noun("containers") and not is_person_noun("computers")  # WordNet: things first
    assert is_group_head("carers", "carer") and not is_group_head("reserves", "reserve")


def test_foster_carers_are_a_group_of_people(vocab):
    # foster carers want more money .
    rows = [("foster", 1, "compound", "NOUN", "NN", "O"), ("carers", 2, "nsubj", "NOUN", "NNS", "O"),
            ("want", 2, "ROOT", "VERB", "VBP", "O"), ("more", 4, "amod", "ADJ", "JJR", "O"),
            ("money", 2, "dobj", "NOUN", "NN", "O"), (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert by["foster carers"].kind == "group" and layer.at(1) == by["foster carers"].id
    rows[1] = ("reserves", 2, "nsubj", "NOUN", "NNS", "O")  # "foster reserves": a store, not people
    layer, _ = run(rows_doc(vocab, rows))
    assert layer.at(1) is None


def test_a_number_noun_compound_gives_a_size_not_a_name(vocab):
    # the three - man FCA board said .
    rows = [("the", 5, "det", "DET", "DT", "O"), ("three", 3, "nummod", "NUM", "CD", "B-CARDINAL"),
            ("-", 3, "punct", "PUNCT", "HYPH", "O"), ("man", 5, "compound", "NOUN", "NN", "O"),
            ("FCA", 5, "compound", "PROPN", "NNP", "B-ORG"), ("board", 6, "nsubj", "NOUN", "NN", "O"),
            ("said", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert not any("man" in n.split() for n in by)
    assert layer.at(5) == by["FCA"].id  # "the FCA board": the FCA itself


def test_a_two_word_demonym_ties_an_unnamed_body_to_its_country(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    text = "The Sri Lankan army shelled positions in the north on Sunday."
    layer = find_actors(nlp(text), Article(id="a", text=text))
    army = layer.actors[layer.at(3)]  # the army is Sri Lanka's, as "the Israeli army" is Israel's
    assert army.code == "LKA" or [layer.actors[x].code for x in army.affiliations] == ["LKA"]


def test_a_demonym_with_lower_case_modifiers_names_the_countrys_force(vocab):
    # Liberian riot police fired .  (a country's police, not the country)
    rows = [("Liberian", 2, "amod", "ADJ", "JJ", "B-NORP"), ("riot", 2, "compound", "NOUN", "NN", "O"),
            ("police", 3, "nsubj", "NOUN", "NNS", "O"), ("fired", 3, "ROOT", "VERB", "VBD", "O"),
            (".", 3, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    police = by["Liberian riot police"]
    assert layer.at(2) == police.id and police.code == "LBRCOP"
    assert police.affiliations == [by["Liberia"].id]


def test_a_spokesman_for_a_body_is_the_body_acting(vocab):
    # A spokesman for UKIP called .
    rows = [("A", 1, "det", "DET", "DT", "O"), ("spokesman", 4, "nsubj", "NOUN", "NN", "O"),
            ("for", 1, "prep", "ADP", "IN", "O"), ("UKIP", 2, "pobj", "PROPN", "NNP", "B-ORG"),
            ("called", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert layer.at(1) is not None and layer.at(1) == layer.at(3)


def test_the_parties_to_a_mutual_act_named_by_a_noun_are_bodies(vocab):
    # talks between mining companies and Iran foundered .  /  the price of mining companies fell .
    rows = [("talks", 6, "nsubj", "NOUN", "NNS", "O"), ("between", 0, "prep", "ADP", "IN", "O"),
            ("mining", 3, "compound", "NOUN", "NN", "O"), ("companies", 1, "pobj", "NOUN", "NNS", "O"),
            ("and", 3, "cc", "CCONJ", "CC", "O"), ("Iran", 3, "conj", "PROPN", "NNP", "B-GPE"),
            ("foundered", 6, "ROOT", "VERB", "VBD", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert layer.at(3) == by["mining companies"].id
    rows[0:2] = [("price", 6, "nsubj", "NOUN", "NN", "O"), ("of", 0, "prep", "ADP", "IN", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert layer.at(3) is None  # what is only owned or measured takes no part


def test_a_dateline_before_a_group_is_no_part_of_its_name_nor_its_country(vocab):
    # TOKYO - U.S. senators urged Japan .  (the demonym nearest the noun classifies it)
    rows = [("TOKYO", 3, "compound", "PROPN", "NNP", "B-GPE"), ("-", 3, "punct", "PUNCT", "HYPH", "O"),
            ("U.S.", 3, "compound", "PROPN", "NNP", "B-GPE"), ("senators", 4, "nsubj", "NOUN", "NNS", "O"),
            ("urged", 4, "ROOT", "VERB", "VBD", "O"), ("Japan", 4, "dobj", "PROPN", "NNP", "B-GPE"),
            (".", 4, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    senators = by["U.S. senators"]
    assert layer.at(3) == senators.id and senators.code == "USALEG"


def test_the_nearest_demonym_is_read_whole_not_by_its_last_word(vocab):
    # Wales is poor . North Korean councils set taxes .  ("Korean" alone is South Korea's)
    rows = _councils("Korean", "I-NORP")
    rows[4:4] = [("North", 5, "amod", "ADJ", "JJ", "B-NORP")]
    rows = [(w, h + (h >= 4), d, p, tag, e) for w, h, d, p, tag, e in rows]
    layer, by = run(rows_doc(vocab, rows))
    g = by["North Korean councils"]
    assert [a.code for a in by.values() if a.id in g.affiliations] == ["PRK"]


def test_a_group_named_by_a_region_is_not_of_the_articles_country(vocab):
    # Brazil agreed . Brazil paid . <modifier> bankers said .
    def build(modifier):
        rows = [("Brazil", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("agreed", 1, "ROOT", "VERB", "VBD", "O"),
                (".", 1, "punct", "PUNCT", ".", "O"), ("Brazil", 4, "nsubj", "PROPN", "NNP", "B-GPE"),
                ("paid", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O"),
                (modifier, 7, "amod", "ADJ", "JJ", "B-NORP"), ("bankers", 8, "nsubj", "NOUN", "NNS", "O"),
                ("said", 8, "ROOT", "VERB", "VBD", "O"), (".", 8, "punct", "PUNCT", ".", "O")]
        return run(make_doc(vocab, rows=rows))[1]
    assert build("European")["European bankers"].affiliations == []
    by = build("Local")  # no region: the article's own
    assert by["Local bankers"].affiliations == [by["Brazil"].id]


def _boycott(modifier):
    # <modifier> parties boycotted the debate .
    return [(modifier, 1, "compound", "NOUN", "NN", "O"), ("parties", 2, "nsubj", "NOUN", "NNS", "O"),
            ("boycotted", 2, "ROOT", "VERB", "VBD", "O"), ("the", 4, "det", "DET", "DT", "O"),
            ("debate", 2, "dobj", "NOUN", "NN", "O"), (".", 2, "punct", "PUNCT", ".", "O")]


def test_an_opposition_with_no_country_of_its_own_is_of_the_country_the_article_is_set_in(vocab):
    layer, by = run(rows_doc(vocab, _boycott("opposition")), title="Japan Budget Delayed By Boycott")
    g = by["opposition parties"]
    assert layer.at(1) == g.id and by["Japan"].id in g.affiliations
    layer, by = run(rows_doc(vocab, _boycott("opposition")))  # no setting: no country guessed
    assert by["opposition parties"].affiliations == []
    _, by = run(rows_doc(vocab, _boycott("faith")), title="Japan Budget Delayed By Boycott")
    assert by["faith parties"].affiliations == []  # not a country's opposition: the article's main country only


def test_a_body_owned_by_a_country_is_of_that_country(vocab):
    # Japan 's opposition parties criticised the tax .
    rows = [("Japan", 3, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 0, "case", "PART", "POS", "O"),
            ("opposition", 3, "compound", "NOUN", "NN", "O"), ("parties", 4, "nsubj", "NOUN", "NNS", "O"),
            ("criticised", 4, "ROOT", "VERB", "VBD", "O"), ("the", 6, "det", "DET", "DT", "O"),
            ("tax", 4, "dobj", "NOUN", "NN", "O"), (".", 4, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    g = by["opposition parties"]
    assert layer.at(3) == g.id and g.affiliations == [by["Japan"].id]
