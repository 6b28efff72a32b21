"""Home countries kept for actors the text does not tie to one (graphkit.ingest.actors.homes)."""
from graphkit.ingest.actors.gazetteer import country_name
from tests.ingest.actors.test_find import make_doc, run


def test_known_person_is_tied_to_the_country_of_its_code(vocab):
    doc = make_doc(vocab, ["Yasser", "Arafat", "met", "Hezbollah", "leaders", "."],
                   ["B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O"])
    _, by = run(doc)
    home = by[country_name("PSE")]
    assert home.code == "PSE" and home.mentions == []  # kept without mentions, as its home
    assert home.id in by["Yasser Arafat"].affiliations


def test_known_person_keeps_its_country_over_the_setting(vocab):
    words = ["Japan", "said", "President", "Reagan", "imposed", "tariffs", "on", "Japan", "."]
    ents = ["B-GPE", "O", "O", "B-PERSON", "O", "O", "O", "B-GPE", "O"]
    _, by = run(make_doc(vocab, words, ents))
    reagan = by["Reagan"]
    assert reagan.code == "USAGOV"
    assert [a.code for a in by.values() if a.id in reagan.affiliations] == ["USA"]


def test_a_capital_named_as_a_party_keeps_its_country(vocab):
    rows = [("Berlin", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("rejected", 1, "ROOT", "VERB", "VBD", "O"),
            ("the", 3, "det", "DET", "DT", "O"), ("calls", 1, "dobj", "NOUN", "NNS", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Berlin"].affiliations == [by[country_name("DEU")].id]
    assert by[country_name("DEU")].mentions == []


def test_a_capital_named_as_a_party_keeps_the_state_it_was_the_capital_of_on_the_date(vocab):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    for capital, state in (("Moscow", "SUN"), ("Belgrade", "YUG")):
        rows = [(capital, 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("rejected", 1, "ROOT", "VERB", "VBD", "O"),
                ("the", 3, "det", "DET", "DT", "O"), ("calls", 1, "dobj", "NOUN", "NNS", "O")]
        doc = make_doc(vocab, rows=rows)
        layer = find_actors(doc, Article(id="a", text=doc.text, published="1987-03-10"))
        by = {a.name: a for a in layer.actors.values()}
        assert by[capital].affiliations == [by[country_name(state)].id]
        assert by[country_name(state)].code == state


def test_a_capital_that_modifies_a_government_noun_stands_for_its_state(vocab):
    rows = [("the", 2, "det", "DET", "DT", "O"), ("Bonn", 2, "compound", "PROPN", "NNP", "B-GPE"),
            ("government", 3, "nsubj", "NOUN", "NN", "O"), ("protested", 3, "ROOT", "VERB", "VBD", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Bonn"].affiliations == [by[country_name("DEU")].id]
    rows[2] = ("hotel", 3, "nsubj", "NOUN", "NN", "O")  # a place that names no government: a setting
    _, by = run(make_doc(vocab, rows=rows))
    assert country_name("DEU") not in by


def test_a_capital_a_preposition_of_a_party_governs_or_a_conjunct_of_a_party_stands_for_its_state(vocab):
    # Reagan imposed sanctions on Tokyo .
    rows = [("Reagan", 1, "nsubj", "PROPN", "NNP", "B-PERSON"), ("imposed", 1, "ROOT", "VERB", "VBD", "O"),
            ("sanctions", 1, "dobj", "NOUN", "NNS", "O"), ("on", 2, "prep", "ADP", "IN", "O"),
            ("Tokyo", 3, "pobj", "PROPN", "NNP", "B-GPE"), (".", 1, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Tokyo"].affiliations == [by[country_name("JPN")].id]
    # Shultz accused Berlin and Havana .
    rows = [("Shultz", 1, "nsubj", "PROPN", "NNP", "B-PERSON"), ("accused", 1, "ROOT", "VERB", "VBD", "O"),
            ("Berlin", 1, "dobj", "PROPN", "NNP", "B-GPE"), ("and", 2, "cc", "CCONJ", "CC", "O"),
            ("Havana", 2, "conj", "PROPN", "NNP", "B-GPE"), (".", 1, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Havana"].affiliations == [by[country_name("CUB")].id]


def test_a_capital_named_as_a_setting_keeps_no_country(vocab):
    rows = [("They", 1, "nsubj", "PRON", "PRP", "O"), ("met", 1, "ROOT", "VERB", "VBD", "O"),
            ("in", 1, "prep", "ADP", "IN", "O"), ("Berlin", 2, "pobj", "PROPN", "NNP", "B-GPE")]
    _, by = run(make_doc(vocab, rows=rows))
    assert country_name("DEU") not in by


def test_a_person_holding_office_in_a_province_is_of_its_country(vocab):
    words = ["Alberta", "Premier", "Don", "Getty", "spoke", "."]
    ents = ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    getty = by["Don Getty"]
    assert by["Alberta"].id in getty.affiliations and by[country_name("CAN")].id in getty.affiliations
    assert getty.code == "CANGOV"


def test_a_place_named_by_a_noun_for_people_gives_no_country(vocab):
    words = ["Liberal", "leader", "John", "Turner", "spoke", "."]  # Liberal, Kansas: a party here
    ents = ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert not any(layer.actors[x].code for x in by["John Turner"].affiliations)


def test_a_body_named_short_is_of_the_country_the_report_stands_in(vocab):
    words = ["Reagan", "spoke", ".", "Congress", "voted", "."]
    ents = ["B-PERSON", "O", "O", "B-ORG", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert [layer.actors[x].code for x in by["Congress"].affiliations] == ["USA"]
    words = ["Manila", "spoke", ".", "Philippines", "votes", ".", "Congress", "voted", "."]  # the Philippines'
    ents = ["B-GPE", "O", "O", "B-GPE", "O", "O", "B-ORG", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert [layer.actors[x].code for x in by["Congress"].affiliations] == ["PHL"]  # not the U.S. one: its own


def test_the_sole_countrys_demonyms_are_read_two_words_first_and_not_inside_a_firms_name(vocab):
    from types import SimpleNamespace

    from graphkit.ingest.actors.homes import _demonym_codes, sole_country
    from graphkit.ingest.prepare.tokentable import token_table

    # South African miners struck at Anglo American Corp .
    words = ["South", "African", "miners", "struck", "at", "Anglo", "American", "Corp", "."]
    firm = SimpleNamespace(kind="organization")
    b = SimpleNamespace(table=token_table(make_doc(vocab, words)), body=0, clusters=[],
                        tok_cluster={5: firm, 6: firm, 7: firm})
    assert _demonym_codes(b) == {"ZAF"}
    assert sole_country(b) == "ZAF"
    b.tok_cluster = {}
    assert _demonym_codes(b) == {"ZAF", "USA"} and sole_country(b) is None


def test_a_person_the_text_ties_to_nothing_takes_the_country_of_a_hepburn_name(vocab):
    words = ["Finance", "Minister", "Kiichi", "Miyazawa", "spoke", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    miyazawa, japan = by["Kiichi Miyazawa"], by[country_name("JPN")]
    assert miyazawa.affiliations == [japan.id] and japan.mentions == []
    assert miyazawa.code == "JPNGOV"


def test_the_text_s_country_wins_over_the_name_s(vocab):
    words = ["Brazilian", "Minister", "Shigeaki", "Ueki", "spoke", "."]
    ents = ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert [by[n].code for n in by if by[n].id in by["Shigeaki Ueki"].affiliations] == ["BRA"]


def test_a_hepburn_surname_alone_is_japanese_only_in_a_text_that_names_japan(vocab):
    ents = ["B-PERSON", "O", "B-GPE", "O", "O", "O"]
    _, by = run(make_doc(vocab, ["Miyazawa", "said", "Japan", "would", "act", "."], ents))
    assert by["Miyazawa"].affiliations == [by["Japan"].id]
    _, by = run(make_doc(vocab, ["Miyazawa", "said", "Canada", "would", "act", "."], ents))
    assert by["Miyazawa"].affiliations == []


def test_a_slavic_surname_in_a_1987_report_is_soviet(vocab):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    doc = make_doc(vocab, ["Gerasimov", "criticised", "Canada", "."], ["B-PERSON", "O", "B-GPE", "O"])
    layer = find_actors(doc, Article(id="a", text=doc.text, published="1987-03-10"))
    by = {a.name: a for a in layer.actors.values()}
    assert [layer.actors[j].code for j in by["Gerasimov"].affiliations] == ["SUN"]


def test_a_minister_refused_the_setting_s_country_takes_its_name_s(vocab):
    words = ["U.S.", "spoke", ",", "U.S.", "spoke", ",", "Prime", "Minister", "Yasuhiro", "Nakasone", "spoke", "."]
    ents = ["B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert [a.code for a in by.values() if a.id in by["Yasuhiro Nakasone"].affiliations] == ["JPN"]
    assert by["Yasuhiro Nakasone"].code == "JPNGOV"
