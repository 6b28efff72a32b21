"""The countries a person's clause names as the other party (graphkit.ingest.actors.counterparts)."""

from graphkit.ingest.actors.counterparts import counterpart_tokens
from graphkit.ingest.actors.titles import SOURCE_NOUNS
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def _table(vocab, rows):
    return token_table(make_doc(vocab, rows=[(*r[:4], "XX", "O") for r in rows]))


def test_the_object_of_the_persons_verb_is_a_counterpart(vocab):
    # Fahd may ask Britain to restore ties .
    rows = [("Fahd", 2, "nsubj", "PROPN"), ("may", 2, "aux", "AUX"), ("ask", 2, "ROOT", "VERB"),
            ("Britain", 2, "dobj", "PROPN"), ("to", 5, "aux", "PART"), ("restore", 2, "xcomp", "VERB"),
            ("ties", 5, "dobj", "NOUN"), (".", 2, "punct", "PUNCT")]
    assert counterpart_tokens(_table(vocab, rows), 0, {3}) == {3}


def test_a_country_in_a_reported_clause_or_owning_a_thing_is_not(vocab):
    # Kohl said Britain would defend Britain 's policy .
    rows = [("Kohl", 1, "nsubj", "PROPN"), ("said", 1, "ROOT", "VERB"), ("Britain", 4, "nsubj", "PROPN"),
            ("would", 4, "aux", "AUX"), ("defend", 1, "ccomp", "VERB"), ("Britain", 7, "poss", "PROPN"),
            ("'s", 5, "case", "PART"), ("policy", 4, "dobj", "NOUN"), (".", 1, "punct", "PUNCT")]
    assert counterpart_tokens(_table(vocab, rows), 0, {2, 5}) == set()
    # Kohl defended Britain 's policy .  (an owner of a thing, in the person's own clause)
    rows = [("Kohl", 1, "nsubj", "PROPN"), ("defended", 1, "ROOT", "VERB"), ("Britain", 4, "poss", "PROPN"),
            ("'s", 2, "case", "PART"), ("policy", 1, "dobj", "NOUN"), (".", 1, "punct", "PUNCT")]
    assert counterpart_tokens(_table(vocab, rows), 0, {2}) == set()


def test_a_destination_is_a_counterpart_but_a_place_and_a_return_home_are_not(vocab):
    # During a visit to Japan , Baker spoke in Tokyo .
    rows = [("During", 6, "prep", "ADP"), ("a", 2, "det", "DET"), ("visit", 0, "pobj", "NOUN"),
            ("to", 2, "prep", "ADP"), ("Japan", 3, "pobj", "PROPN"), (",", 6, "punct", "PUNCT"),
            ("spoke", 6, "ROOT", "VERB"), ("in", 6, "prep", "ADP"), ("Tokyo", 7, "pobj", "PROPN"),
            (".", 6, "punct", "PUNCT")]
    rows.insert(6, ("Baker", 7, "nsubj", "PROPN"))
    rows = [(w, h + (h >= 6 and i != 6), d, p) for i, (w, h, d, p) in enumerate(rows)]
    t = _table(vocab, rows)
    assert t.text[t.head[4]] == "to" and t.text[t.head[6]] == "spoke"
    assert counterpart_tokens(t, 6, {4, 9}) == {4}
    # Baker returned to Japan .
    rows = [("Baker", 1, "nsubj", "PROPN"), ("returned", 1, "ROOT", "VERB"), ("to", 1, "prep", "ADP"),
            ("Japan", 2, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]
    assert counterpart_tokens(_table(vocab, rows), 0, {3}) == set()


def test_the_people_of_a_country_met_with_are_counterparts_and_own_phrase_is_not(vocab):
    # Shultz of Ohio is to meet representatives of Japan .
    rows = [("Shultz", 3, "nsubj", "PROPN"), ("of", 0, "prep", "ADP"), ("Ohio", 1, "pobj", "PROPN"),
            ("is", 3, "ROOT", "AUX"), ("to", 5, "aux", "PART"), ("meet", 3, "xcomp", "VERB"),
            ("representatives", 5, "dobj", "NOUN"), ("of", 6, "prep", "ADP"), ("Japan", 7, "pobj", "PROPN"),
            (".", 3, "punct", "PUNCT")]
    t = _table(vocab, rows)
    assert counterpart_tokens(t, 0, {2, 8}, lambda j: t.lower[j] in SOURCE_NOUNS) == {8}
    assert counterpart_tokens(t, 0, {8}, lambda j: False) == set()  # "of" a thing: not a party


def test_the_settings_guess_never_gives_a_person_the_country_they_ask(vocab):
    # Britain said it would act . King Fahd asked Britain .
    rows = [("Britain", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("said", 1, "ROOT", "VERB", "VBD", "O"),
            ("it", 4, "nsubj", "PRON", "PRP", "O"), ("would", 4, "aux", "AUX", "MD", "O"),
            ("act", 1, "ccomp", "VERB", "VB", "O"), (".", 1, "punct", "PUNCT", ".", "O"),
            ("King", 7, "compound", "PROPN", "NNP", "O"), ("Fahd", 8, "nsubj", "PROPN", "NNP", "B-PERSON"),
            ("asked", 8, "ROOT", "VERB", "VBD", "O"), ("Britain", 8, "dobj", "PROPN", "NNP", "B-GPE"),
            (".", 8, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Fahd"].titles == ["King"]
    assert by["Fahd"].affiliations == []
    rows[9] = ("them", 8, "dobj", "PRON", "PRP", "O")  # he asks others: the country the report stands in is his
    rows[2] = ("Britain", 4, "nsubj", "PROPN", "NNP", "B-GPE")
    layer, by = run(make_doc(vocab, rows=rows))
    assert [layer.actors[x].code for x in by["Fahd"].affiliations] == ["GBR"]


def test_a_report_naming_known_us_actors_only_is_set_in_the_united_states(vocab):
    words = ["Reagan", "spoke", ".", "Reagan", "left", ".", "Deputy", "Secretary", "Caspar", "Weinberger", "said", "."]
    ents = ["B-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert [layer.actors[x].code for x in by["Caspar Weinberger"].affiliations] == ["USA"]
    words[0] = words[3] = "Smith"  # no known actor: no setting, no guess
    layer, by = run(make_doc(vocab, words, ents))
    assert by["Caspar Weinberger"].affiliations == []


def test_where_arms_go_is_not_where_the_report_stands(vocab):
    # Secretary Weinberger sold arms to Iran . Iran paid .
    rows = [("Secretary", 1, "compound", "PROPN", "NNP", "O"), ("Weinberger", 2, "nsubj", "PROPN", "NNP", "B-PERSON"),
            ("sold", 2, "ROOT", "VERB", "VBD", "O"), ("arms", 2, "dobj", "NOUN", "NNS", "O"),
            ("to", 3, "prep", "ADP", "IN", "O"), ("Iran", 4, "pobj", "PROPN", "NNP", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"), ("Iran", 7, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("paid", 8, "ROOT", "VERB", "VBD", "O"), (".", 8, "punct", "PUNCT", ".", "O")]
    rows[7] = ("Iran", 8, "nsubj", "PROPN", "NNP", "B-GPE")
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Weinberger"].affiliations == []
    rows[4] = ("in", 3, "prep", "ADP", "IN", "O")  # "arms in Iran": Iran is where the report stands
    layer, by = run(make_doc(vocab, rows=rows))
    assert [layer.actors[x].code for x in by["Weinberger"].affiliations] == ["IRN"]


def test_the_country_named_most_is_no_setting_where_the_report_stands_elsewhere(vocab):
    from graphkit.ingest.actors.counterparts import outvoted
    from graphkit.ingest.actors.find import _Builder
    from graphkit.ingest.actors.offices import home_country
    from graphkit.models import Article

    words = ["Iran", "paid", ".", "Iran", "left", ".", "Reagan", "spoke", ".", "Reagan", "left", ".",
             "Reagan", "won", "."]
    ents = ["B-GPE", "O", "O"] * 2 + ["B-PERSON", "O", "O"] * 3
    doc = make_doc(vocab, words, ents)
    b = _Builder(doc, Article(id="a", text=doc.text))
    assert outvoted(b, "IRN") and not outvoted(b, "USA")
    assert home_country(b) is None and b.main_country() is None  # Iran is named most, Reagan stands at home
    words[6] = words[9] = words[12] = "Smith"  # no known actor: Iran is the setting
    doc = make_doc(vocab, words, ents)
    b = _Builder(doc, Article(id="a", text=doc.text))
    assert home_country(b) == "IRN" and b.main_country().code == "IRN"


def test_the_party_of_an_act_a_person_reports_is_no_country_of_theirs(vocab):
    # Iran fell . Iran left . Britain sanctioned Iran , Minister Palmer said .
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("fell", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
            ("Iran", 4, "nsubj", "PROPN", "NNP", "B-GPE"), ("left", 4, "ROOT", "VERB", "VBD", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
            ("Britain", 7, "nsubj", "PROPN", "NNP", "B-GPE"), ("sanctioned", 12, "ccomp", "VERB", "VBD", "O"),
            ("Iran", 7, "dobj", "PROPN", "NNP", "B-GPE"), (",", 12, "punct", "PUNCT", ",", "O"),
            ("Minister", 11, "compound", "PROPN", "NNP", "O"), ("Palmer", 12, "nsubj", "PROPN", "NNP", "B-PERSON"),
            ("said", 12, "ROOT", "VERB", "VBD", "O"), (".", 12, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert [layer.actors[x].code for x in by["Palmer"].affiliations] == ["GBR"]
    rows[12] = ("left", 12, "ROOT", "VERB", "VBD", "O")  # no report: the country the article names most
    layer, by = run(make_doc(vocab, rows=rows))
    assert [layer.actors[x].code for x in by["Palmer"].affiliations] != ["GBR"]


def test_the_reported_doers_own_country_is_no_other_party(vocab):
    # Brazil fell . Brazil 's plan will enable Brazil to talk , Minister Pereira said .
    rows = [("Brazil", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("fell", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
            ("Brazil", 5, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 3, "case", "PART", "POS", "O"),
            ("plan", 7, "nsubj", "NOUN", "NN", "O"), ("will", 7, "aux", "AUX", "MD", "O"),
            ("enable", 15, "ccomp", "VERB", "VB", "O"), ("Brazil", 7, "dobj", "PROPN", "NNP", "B-GPE"),
            ("to", 10, "aux", "PART", "TO", "O"), ("talk", 7, "xcomp", "VERB", "VB", "O"),
            (",", 15, "punct", "PUNCT", ",", "O"), ("Minister", 14, "compound", "PROPN", "NNP", "O"),
            ("Pereira", 15, "nsubj", "PROPN", "NNP", "B-PERSON"), ("said", 15, "ROOT", "VERB", "VBD", "O"),
            (".", 15, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert [layer.actors[x].code for x in by["Pereira"].affiliations] == ["BRA"]  # the setting's guess stands
