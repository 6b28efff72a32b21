"""Titles and affiliations written around a name (graphkit.ingest.actors.around)."""

from tests.ingest.actors.test_find import make_doc, run


def _envoy(vocab, prep):
    # Portuguese Ambassador <prep> Peking Octavio Valerio said .
    rows = [("Portuguese", 1, "amod", "ADJ", "JJ", "B-NORP"), ("Ambassador", 6, "nsubj", "PROPN", "NNP", "O"),
            (prep, 1, "prep", "ADP", "IN", "O"), ("Peking", 5, "compound", "PROPN", "NNP", "O"),
            ("Octavio", 5, "compound", "PROPN", "NNP", "B-PERSON"), ("Valerio", 2, "pobj", "PROPN", "NNP", "I-PERSON"),
            ("said", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_an_envoy_to_a_place_is_of_the_country_of_the_demonym_before_the_title(vocab):
    layer, by = run(_envoy(vocab, "to"))
    valerio = by["Octavio Valerio"]
    assert valerio.titles == ["Ambassador"]
    assert [layer.actors[x].code for x in valerio.affiliations] == ["PRT"]


def test_only_an_envoys_to_is_skipped(vocab):
    layer, by = run(_envoy(vocab, "from"))
    assert by["Octavio Valerio"].affiliations == []


def _portfolio(vocab, portfolio_ent):
    # White House Budget Chief James Miller said .
    rows = [("White", 1, "compound", "PROPN", "NNP", "B-ORG"), ("House", 3, "compound", "PROPN", "NNP", "I-ORG"),
            ("Budget", 3, "compound", "PROPN", "NNP", portfolio_ent), ("Chief", 5, "compound", "PROPN", "NNP", "O"),
            ("James", 5, "compound", "PROPN", "NNP", "B-PERSON"), ("Miller", 6, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("said", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_a_body_before_a_capitalised_portfolio_is_the_offices(vocab):
    layer, by = run(_portfolio(vocab, "O"))
    miller = by["James Miller"]
    assert miller.titles == ["Chief"]
    assert [layer.actors[x].name for x in miller.affiliations][:1] == ["White House"]


def test_a_portfolio_with_no_body_before_it_ties_to_nothing(vocab):
    doc = make_doc(vocab, rows=[("Budget", 1, "compound", "PROPN", "NNP", "O"),
                                ("Chief", 3, "compound", "PROPN", "NNP", "O"),
                                ("James", 3, "compound", "PROPN", "NNP", "B-PERSON"),
                                ("Miller", 4, "nsubj", "PROPN", "NNP", "I-PERSON"),
                                ("said", 4, "ROOT", "VERB", "VBD", "O")])
    layer, by = run(doc)
    assert by["James Miller"].titles == ["Chief"] and by["James Miller"].affiliations == []


def test_a_line_break_inside_a_title_phrase_is_skipped(vocab):
    # EC \n External Relations Commissioner Willy de Clercq spoke  (hard-wrapped wire text)
    rows = [("EC", 4, "compound", "PROPN", "NNP", "B-ORG"), ("\n", 0, "dep", "SPACE", "_SP", "O"),
            ("External", 3, "compound", "PROPN", "NNP", "O"), ("Relations", 4, "compound", "PROPN", "NNP", "O"),
            ("Commissioner", 7, "compound", "PROPN", "NNP", "O"), ("Willy", 7, "compound", "PROPN", "NNP", "B-PERSON"),
            ("de", 7, "compound", "X", "FW", "I-PERSON"), ("Clercq", 8, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("spoke", 8, "ROOT", "VERB", "VBD", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    clercq = by["Willy de Clercq"]
    assert clercq.titles == ["External Relations Commissioner"]
    assert [layer.actors[x].name for x in clercq.affiliations] == ["European Community"]
    rows[1] = ("said", 0, "dep", "VERB", "VBD", "O")  # a word, not a line break, ends the phrase
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Willy de Clercq"].affiliations == []


def test_a_line_break_after_of_or_inside_a_title_after_the_name_is_skipped(vocab):
    # Zhao of \n China , the prime \n minister , spoke
    rows = [("Zhao", 11, "nsubj", "PROPN", "NNP", "B-PERSON"), ("of", 0, "prep", "ADP", "IN", "O"),
            ("\n", 1, "dep", "SPACE", "_SP", "O"), ("China", 1, "pobj", "PROPN", "NNP", "B-GPE"),
            (",", 0, "punct", "PUNCT", ",", "O"), ("the", 8, "det", "DET", "DT", "O"),
            ("prime", 8, "amod", "ADJ", "JJ", "O"), ("\n", 6, "dep", "SPACE", "_SP", "O"),
            ("minister", 0, "appos", "NOUN", "NN", "O"), (",", 0, "punct", "PUNCT", ",", "O"),
            ("has", 11, "aux", "AUX", "VBZ", "O"), ("spoken", 11, "ROOT", "VERB", "VBN", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Zhao"].titles == ["prime minister"]
    assert [layer.actors[x].code for x in by["Zhao"].affiliations] == ["CHN"]


def _two_portfolios(vocab, first_ent):
    # Venezuelan Energy and Mines Minister Arturo Grisanti said .
    rows = [("Venezuelan", 1, "compound", "PROPN", "NNP", first_ent), ("Energy", 4, "nmod", "PROPN", "NNP",
                                                                         "I-ORG" if first_ent == "B-ORG" else "O"),
            ("and", 1, "cc", "CCONJ", "CC", "O"), ("Mines", 4, "compound", "PROPN", "NNP", "O"),
            ("Minister", 6, "compound", "PROPN", "NNP", "O"),
            ("Arturo", 6, "compound", "PROPN", "NNP", "B-PERSON"), ("Grisanti", 7, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("said", 7, "ROOT", "VERB", "VBD", "O"), (".", 7, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_coordinated_portfolios_are_one_office_of_the_demonyms_country(vocab):
    for ent in ("B-NORP", "B-ORG"):  # the model may take the demonym and first portfolio for a body
        layer, by = run(_two_portfolios(vocab, ent))
        grisanti = by["Arturo Grisanti"]
        assert grisanti.titles == ["Energy and Mines Minister"]
        assert [layer.actors[x].code for x in grisanti.affiliations] == ["VEN"]
        assert "Venezuelan Energy" not in by


def _office(vocab, office_ent):
    # French Minister of the Interior Charles Pasqua said .
    rows = [("French", 1, "amod", "ADJ", "JJ", "B-NORP"), ("Minister", 7, "nsubj", "PROPN", "NNP", "O"),
            ("of", 1, "prep", "ADP", "IN", "O"), ("the", 6, "det", "DET", "DT", office_ent[0]),
            ("Interior", 6, "compound", "PROPN", "NNP", office_ent[1]),
            ("Charles", 6, "compound", "PROPN", "NNP", "B-PERSON"), ("Pasqua", 2, "pobj", "PROPN", "NNP", "I-PERSON"),
            ("said", 7, "ROOT", "VERB", "VBD", "O"), (".", 7, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_an_unnamed_office_after_of_the_is_part_of_the_title_and_the_demonym_its_country(vocab):
    layer, by = run(_office(vocab, ("O", "O")))
    pasqua = by["Charles Pasqua"]
    assert pasqua.titles == ["Minister of the Interior"] and pasqua.code == "FRAGOV"
    assert "Interior" not in by


def test_a_named_body_after_of_the_is_no_part_of_the_title(vocab):
    layer, by = run(_office(vocab, ("B-ORG", "I-ORG")))
    assert "Minister of the Interior" not in by["Charles Pasqua"].titles


def _party_leader(vocab, words, ents):
    # <demonym> Christian Democrat leader Helmut Kohl spoke .  (the model runs the demonym into the party)
    return make_doc(vocab, words=[*words, "leader", "Helmut", "Kohl", "spoke", "."],
                    ents=[*ents, "O", "B-PERSON", "I-PERSON", "O", "O"])


def test_a_demonym_before_the_party_of_a_title_phrase_is_the_holders_country(vocab):
    layer, by = run(_party_leader(vocab, ["West", "German", "Christian", "Democrat"],
                                  ["B-NORP", "I-NORP", "I-NORP", "B-NORP"]))
    kohl = by["Helmut Kohl"]
    assert "DEU" in [layer.actors[x].code for x in kohl.affiliations]


def test_a_party_with_no_demonym_before_it_gives_no_country(vocab):
    layer, by = run(_party_leader(vocab, ["the", "Christian", "Democrat"], ["O", "B-NORP", "I-NORP"]))
    assert not [layer.actors[x].code for x in by["Helmut Kohl"].affiliations if layer.actors[x].code]


def test_a_demonym_the_model_ran_into_a_dateline_is_still_the_title_holders_country(vocab):
    # WASHINGTON - Japanese Finance Minister Kiichi Miyazawa said .
    words = ["WASHINGTON", "-", "Japanese", "Finance", "Minister", "Kiichi", "Miyazawa", "said", "."]
    doc = make_doc(vocab, words=words,
                   ents=["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    layer, by = run(doc)
    assert [layer.actors[x].code for x in by["Kiichi Miyazawa"].affiliations] == ["JPN"]
