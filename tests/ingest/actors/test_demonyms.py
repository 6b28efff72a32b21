"""Organisations a nationality modifies (graphkit.ingest.actors.demonyms)."""
from graphkit.ingest.actors.demonyms import modifier_tokens, national_modifier
from graphkit.ingest.actors.gazetteer import country_name
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def _officials(vocab, demonym, ents, noun="officials"):
    # <demonym...> Treasury <noun> met Nigeria .
    n = len(demonym)
    rows = [(w, n, "compound" if i == n - 1 else "amod", "PROPN", "NNP", e)
            for i, (w, e) in enumerate(zip(demonym, ents, strict=True))]
    rows += [("Treasury", n + 1, "compound", "PROPN", "NNP", "B-ORG"), (noun, n + 2, "nsubj", "NOUN", "NNS", "O"),
             ("met", n + 2, "ROOT", "VERB", "VBD", "O"), ("Nigeria", n + 2, "dobj", "PROPN", "NNP", "B-GPE"),
             (".", n + 2, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_a_body_a_demonym_modifies_is_of_its_country(vocab):
    _, by = run(_officials(vocab, ["French"], ["B-NORP"]))
    assert by[country_name("FRA")].id in by["Treasury"].affiliations


def test_a_demonym_of_two_words_is_read_whole(vocab):
    _, by = run(_officials(vocab, ["West", "German"], ["B-NORP", "I-NORP"]))
    assert by[country_name("DEU")].id in by["Treasury"].affiliations


def test_a_name_that_modifies_a_thing_names_no_body(vocab):
    doc = _officials(vocab, ["Japanese"], ["B-NORP"], noun="bills")
    assert modifier_tokens(token_table(doc), 1, 2) == []
    _, by = run(doc)
    assert country_name("JPN") not in by or by[country_name("JPN")].id not in by["Treasury"].affiliations


def test_a_word_that_is_no_demonym_gives_no_country(vocab):
    doc = _officials(vocab, ["Senior"], ["O"])
    assert national_modifier(token_table(doc), 0) is None
    _, by = run(doc)
    assert by["Treasury"].affiliations == []


def test_a_body_in_apposition_to_a_noun_a_country_owns_is_of_that_country(vocab):
    # Mexico 's oil company Pemex agreed .
    rows = [("Mexico", 3, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 0, "case", "PART", "POS", "O"),
            ("oil", 3, "compound", "NOUN", "NN", "O"), ("company", 5, "nsubj", "NOUN", "NN", "O"),
            ("Pemex", 3, "appos", "PROPN", "NNP", "B-ORG"), ("agreed", 5, "ROOT", "VERB", "VBD", "O"),
            (".", 5, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Pemex"].affiliations == [by["Mexico"].id]
    rows[3] = ("company", 4, "compound", "NOUN", "NN", "O")  # no apposition: the name is no description's
    rows[4] = ("Pemex", 5, "nsubj", "PROPN", "NNP", "B-ORG")
    rows[0] = ("Mexico", 5, "npadvmod", "PROPN", "NNP", "B-GPE")
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Pemex"].affiliations == []
