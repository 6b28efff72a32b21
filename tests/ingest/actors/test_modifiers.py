"""The words that say whose an unnamed source is, through the phrases that modify it
(graphkit.ingest.actors.modifiers)."""
from graphkit.ingest.actors.modifiers import modifier_words
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def _officials(vocab, first="Soviet", ent="B-NORP", pos="ADJ"):
    # <first> Foreign Ministry officials criticised Japan .
    rows = [(first, 2, "compound", pos, "JJ", ent), ("Foreign", 2, "compound", "PROPN", "NNP", "B-ORG"),
            ("Ministry", 3, "compound", "PROPN", "NNP", "I-ORG"), ("officials", 4, "nsubj", "NOUN", "NNS", "O"),
            ("criticised", 4, "ROOT", "VERB", "VBD", "O"), ("Japan", 4, "dobj", "PROPN", "NNP", "B-GPE"),
            (".", 4, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_a_nationality_of_a_modifying_name_is_the_sources(vocab):
    doc = _officials(vocab)
    assert modifier_words(token_table(doc), 2) == [2, 0, 1]
    layer, by = run(doc)
    assert layer.actors[layer.at(3)].code == "SUN"  # Soviet Foreign Ministry officials: Soviet ones


def test_a_lower_case_word_before_the_modifying_name_gives_nothing(vocab):
    doc = _officials(vocab, first="senior", ent="O")
    assert modifier_words(token_table(doc), 2) == [2, 1]
    layer, _ = run(doc)
    aid = layer.at(3)
    assert aid is None or layer.actors[aid].code != "SUN"


def test_a_patron_participle_keeps_its_country_apart(vocab):
    # Syrian - backed militiamen attacked .
    rows = [("Syrian", 2, "npadvmod", "ADJ", "JJ", "B-NORP"), ("-", 2, "punct", "PUNCT", "HYPH", "O"),
            ("backed", 3, "amod", "VERB", "VBN", "O"), ("militiamen", 4, "nsubj", "NOUN", "NNS", "O"),
            ("attacked", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O")]
    assert modifier_words(token_table(make_doc(vocab, rows=rows)), 2) == [2]
    rows[2] = ("led", 3, "amod", "VERB", "VBN", "O")  # "Syrian-led": the led are Syria's
    assert modifier_words(token_table(make_doc(vocab, rows=rows)), 2) == [2, 0]
