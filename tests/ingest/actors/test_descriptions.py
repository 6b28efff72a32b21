"""Definite descriptions by office and by kind of body (graphkit.ingest.actors.descriptions)."""

from graphkit.ingest.actors.descriptions import title_matches, title_synonyms
from graphkit.ingest.actors.find import find_actors
from graphkit.models import Article
from tests.ingest.actors.test_find import make_doc, run


def rows_doc(vocab, rows):
    return make_doc(vocab, rows=rows)


def test_a_description_names_the_holder_of_the_title_or_of_its_synonym():
    assert title_matches(["prime", "minister"], "Prime Minister")
    assert title_matches(["premier"], "Prime Minister")  # WordNet: the same first sense
    assert title_matches(["leader"], "Conservative leader")
    assert not title_matches(["chancellor"], "Prime Minister")  # in British news, of the Exchequer
    assert not title_matches(["home", "secretary"], "foreign secretary")
    assert "prime minister" in title_synonyms()["premier"]


BLAIR = [("Prime", 1, "compound", "PROPN", "NNP", "O"), ("Minister", 3, "compound", "PROPN", "NNP", "O"),
         ("Tony", 3, "compound", "PROPN", "NNP", "B-PERSON"), ("Blair", 4, "nsubj", "PROPN", "NNP", "I-PERSON"),
         ("spoke", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O")]


def _premier(start):
    # The premier left .
    return [("The", start + 1, "det", "DET", "DT", "O"), ("premier", start + 2, "nsubj", "NOUN", "NN", "O"),
            ("left", start + 2, "ROOT", "VERB", "VBD", "O"), (".", start + 2, "punct", "PUNCT", ".", "O")]


def test_the_premier_is_the_prime_minister_named_before(vocab):
    layer, by = run(rows_doc(vocab, BLAIR + _premier(6)))
    assert layer.at(7) == by["Tony Blair"].id
    assert "premier" in [m.text for m in by["Tony Blair"].mentions]


def test_a_description_with_no_holder_in_the_article_stays_unresolved(vocab):
    rows = [("Gordon", 1, "compound", "PROPN", "NNP", "B-PERSON"), ("Brown", 2, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("spoke", 2, "ROOT", "VERB", "VBD", "O"), (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows + _premier(4)))
    assert layer.at(5) is None and set(by) == {"Gordon Brown"}


def test_the_capitalised_title_of_a_monarch_with_no_holder_is_a_person(vocab):
    # The Queen said .
    rows = [("The", 1, "det", "DET", "DT", "O"), ("Queen", 2, "nsubj", "PROPN", "NNP", "O"),
            ("said", 2, "ROOT", "VERB", "VBD", "O"), (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    queen = by["The Queen"]
    assert queen.kind == "person" and layer.at(1) == queen.id
    # a lower-case "queen" ("she should become queen") is a role, not the office holder
    rows[1] = ("queen", 2, "nsubj", "NOUN", "NN", "O")
    layer, by = run(rows_doc(vocab, rows))
    assert not by and layer.at(1) is None


def test_the_agency_is_the_body_named_before_whose_name_ends_with_agency(vocab):
    # The Child Support Agency failed . The agency closed .
    rows = [("The", 3, "det", "DET", "DT", "O"), ("Child", 3, "compound", "PROPN", "NNP", "B-ORG"),
            ("Support", 3, "compound", "PROPN", "NNP", "I-ORG"), ("Agency", 4, "nsubj", "PROPN", "NNP", "I-ORG"),
            ("failed", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O"),
            ("The", 7, "det", "DET", "DT", "O"), ("agency", 8, "nsubj", "NOUN", "NN", "O"),
            ("closed", 8, "ROOT", "VERB", "VBD", "O"), (".", 8, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert layer.at(7) == by["Child Support Agency"].id


def test_descriptions_on_the_real_model(nlp):
    text = ("Prime Minister Tony Blair met Conservative leader Michael Howard on Monday. "
            "The prime minister later rejected claims from the Conservative leader.")
    doc = nlp(text)
    layer = find_actors(doc, Article(id="a", text=text))
    names = {a.id: a.name for a in layer.actors.values()}
    minister = next(t for t in doc if t.text == "minister")
    leader = [t for t in doc if t.text == "leader"][-1]
    assert names.get(layer.at(minister.i)) == "Tony Blair"
    assert names.get(layer.at(leader.i)) == "Michael Howard"


def test_the_company_is_the_last_name_ending_in_a_legal_form(vocab):
    # Hughes Tool Co met Baker . The company said .
    rows = [("Hughes", 2, "compound", "PROPN", "NNP", "B-ORG"), ("Tool", 2, "compound", "PROPN", "NNP", "I-ORG"),
            ("Co", 3, "nsubj", "PROPN", "NNP", "I-ORG"), ("met", 3, "ROOT", "VERB", "VBD", "O"),
            ("Baker", 3, "dobj", "PROPN", "NNP", "B-PERSON"), (".", 3, "punct", "PUNCT", ".", "O"),
            ("The", 7, "det", "DET", "DT", "O"), ("company", 8, "nsubj", "NOUN", "NN", "O"),
            ("said", 8, "ROOT", "VERB", "VBD", "O"), (".", 8, "punct", "PUNCT", ".", "O")]
    layer, by = run(rows_doc(vocab, rows))
    assert layer.at(7) == by["Hughes Tool Co"].id


def test_lower_case_nouns_ending_a_body_name_refer_to_that_body(nlp):
    text = ("The Welsh Assembly Government announced new funding on Monday. "
            "The assembly government said councils would benefit.")
    doc = nlp(text)
    layer = find_actors(doc, Article(id="a", text=text))
    k = [t.i for t in doc if t.text == "government"][-1]
    assert layer.actors[layer.at(k)].name == "Welsh Assembly Government"
    # a description matching no body's name stays unresolved
    text = "The Welsh Assembly Government announced new funding. The county council said it would help."
    doc = nlp(text)
    layer = find_actors(doc, Article(id="a", text=text))
    assert layer.at(next(t.i for t in doc if t.text == "council")) is None


def test_a_shadow_deputy_or_former_office_is_another_office():
    assert not title_matches(["chancellor"], "Shadow chancellor")
    assert not title_matches(["prime", "minister"], "Deputy Prime Minister")
    assert not title_matches(["president"], "Vice-President")
    assert not title_matches(["president"], "former President")
    assert title_matches(["shadow", "chancellor"], "Shadow chancellor")
    assert title_matches(["deputy", "prime", "minister"], "Deputy Prime Minister")


def test_a_body_named_n_of_m_is_taken_up_by_its_head_noun():
    from graphkit.ingest.actors.descriptions import name_heads

    assert name_heads("National Union of Mineworkers") == {"union", "mineworkers"}
    assert name_heads("Bank of England") == {"bank", "england"}
    assert name_heads("Child Support Agency") == {"agency"}
    assert name_heads("Of Mice Society") == {"society"}  # a leading "of" is no "N of M"


def _minister(start, demonym):
    # The <demonym> minister left .
    return [("The", start + 2, "det", "DET", "DT", "O"), (demonym, start + 2, "amod", "ADJ", "JJ", "B-NORP"),
            ("minister", start + 3, "nsubj", "NOUN", "NN", "O"), ("left", start + 3, "ROOT", "VERB", "VBD", "O"),
            (".", start + 3, "punct", "PUNCT", ".", "O")]


TAMURA = [("Minister", 2, "compound", "PROPN", "NNP", "O"), ("Hajime", 2, "compound", "PROPN", "NNP", "B-PERSON"),
          ("Tamura", 3, "nsubj", "PROPN", "NNP", "I-PERSON"), ("spoke", 3, "ROOT", "VERB", "VBD", "O"),
          (".", 3, "punct", "PUNCT", ".", "O")]


def test_a_nationality_told_later_in_a_description_is_the_holders(vocab):
    layer, by = run(rows_doc(vocab, TAMURA + _minister(5, "Japanese")))
    tamura = by["Hajime Tamura"]
    assert layer.at(7) == tamura.id
    assert [layer.actors[a].code for a in tamura.affiliations] == ["JPN"]


def test_a_description_of_another_nationality_is_not_the_holder_of_a_country(vocab):
    rows = [("Japanese", 1, "amod", "ADJ", "JJ", "B-NORP")] + [(w, h + 1, d, p, tg, e) for w, h, d, p, tg, e in TAMURA]
    layer, by = run(rows_doc(vocab, rows + _minister(6, "Soviet")))
    tamura = by["Hajime Tamura"]
    assert layer.at(8) != tamura.id
    assert [layer.actors[a].code for a in tamura.affiliations] == ["JPN"]
    layer, by = run(rows_doc(vocab, rows + _minister(6, "Japanese")))
    assert layer.at(8) != by["Hajime Tamura"].id  # known as Japan's already: another Japanese minister is meant
