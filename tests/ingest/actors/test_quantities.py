"""Partitive and quantified groups: the counted group stands where its quantity head does."""
from spacy.tokens import Doc

from graphkit.ingest.actors.quantities import is_quantity_word, quantified_group, quantity_head, quantity_head_at
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def _partitive(vocab, head, head_tag):
    # Police arrested <head> of students in Cairo
    return Doc(vocab, words=["Police", "arrested", head, "of", "students", "in", "Cairo"],
               heads=[1, 1, 1, 2, 3, 1, 5], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
               tags=["NNS", "VBD", head_tag, "IN", "NNS", "IN", "NNP"])


def test_numbers_number_nouns_collectives_and_quantifiers_head_a_partitive():
    for word, tag in (("dozens", "NNS"), ("hundreds", "NNS"), ("scores", "NNS"), ("group", "NN"),
                      ("crowd", "NN"), ("handful", "NN"), ("number", "NN"), ("many", "JJ"), ("some", "DT"),
                      ("20", "CD"), ("three", "CD")):
        assert is_quantity_word(word, tag), word
    for word, tag in (("houses", "NNS"), ("members", "NNS"), ("leaders", "NNS"), ("unit", "NN")):
        assert not is_quantity_word(word, tag), word


def test_the_counted_noun_and_its_head_find_each_other(vocab):
    for head, tag in (("dozens", "NNS"), ("20", "CD"), ("many", "JJ")):
        doc = _partitive(vocab, head, tag)
        assert quantity_head(doc[4]).i == 2 and quantity_head_at(token_table(doc), 4) == 2
        assert quantified_group(doc[2]).i == 4
        assert quantity_head(doc[6]) is None and quantity_head_at(token_table(doc), 6) is None  # "in Cairo"
    doc = _partitive(vocab, "leaders", "NNS")  # "leaders of students": no quantity
    assert quantity_head(doc[4]) is None and quantified_group(doc[2]) is None


def test_a_counted_group_in_object_position_is_a_group_actor(vocab):
    rows = [("Police", 1, "nsubj", "NOUN", "NNS", "O"), ("arrested", 1, "ROOT", "VERB", "VBD", "O"),
            ("dozens", 1, "dobj", "NOUN", "NNS", "O"), ("of", 2, "prep", "ADP", "IN", "O"),
            ("students", 3, "pobj", "NOUN", "NNS", "O"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(4) == by["students"].id and by["students"].kind == "group"
    assert layer.at(2) is None
    # but a group of a noun that is no role ("a photo of dozens of students") stays no actor
    rows = [("Police", 1, "nsubj", "NOUN", "NNS", "O"), ("took", 1, "ROOT", "VERB", "VBD", "O"),
            ("photos", 1, "dobj", "NOUN", "NNS", "O"), ("of", 2, "prep", "ADP", "IN", "O"),
            ("students", 3, "pobj", "NOUN", "NNS", "O"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(4) is None and "students" not in by


def test_the_of_phrase_of_an_event_noun_is_a_role(vocab):
    # Police announced the arrest of journalists
    rows = [("Police", 1, "nsubj", "NOUN", "NNS", "O"), ("announced", 1, "ROOT", "VERB", "VBD", "O"),
            ("the", 3, "det", "DET", "DT", "O"), ("arrest", 1, "dobj", "NOUN", "NN", "O"),
            ("of", 3, "prep", "ADP", "IN", "O"), ("journalists", 4, "pobj", "NOUN", "NNS", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(5) == by["journalists"].id
