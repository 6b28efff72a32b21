"""Distal descriptions (:mod:`graphkit.ingest.actors.demonstratives`) on hand-built Docs."""
from spacy.tokens import Doc

from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.demonstratives import distal

KINDS = {"yugoslavia": "country", "brazil": "country", "usa": "country", "japan": "country"}


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


# Yugoslavia follows Brazil . Yugoslavia understood what that country did .
ROWS = [("Yugoslavia", 1, "nsubj", "PROPN", "NNP"), ("follows", 1, "ROOT", "VERB", "VBZ"),
        ("Brazil", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
        ("Yugoslavia", 5, "nsubj", "PROPN", "NNP"), ("understood", 5, "ROOT", "VERB", "VBD"),
        ("what", 9, "dobj", "PRON", "WP"), ("that", 8, "det", "DET", "DT"),
        ("country", 9, "nsubj", "NOUN", "NN"), ("did", 5, "ccomp", "VERB", "VBD"), (".", 5, "punct", "PUNCT", ".")]


def test_that_country_is_the_one_named_last_not_the_topic(vocab):
    doc = _doc(vocab, ROWS)
    names = {0: "yugoslavia", 2: "brazil", 4: "yugoslavia"}
    assert distal(doc[8], names, KINDS, "country") == "yugoslavia"  # the latest name
    names = {0: "yugoslavia", 2: "brazil"}
    assert distal(doc[8], names, KINDS, "country") == "brazil"
    # "the country" is the salient one; "that country" the latest
    ta = {0: "yugoslavia", 2: "brazil"}
    resolve_references(doc, ta, KINDS)
    assert ta[8] == "brazil"


def test_that_country_is_not_named_in_its_own_phrase(vocab):
    # Japan buys U.S. exports to that country
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("buys", 1, "ROOT", "VERB", "VBZ"),
            ("U.S.", 3, "compound", "PROPN", "NNP"), ("exports", 1, "dobj", "NOUN", "NNS"),
            ("to", 3, "prep", "ADP", "IN"), ("that", 6, "det", "DET", "DT"), ("country", 4, "pobj", "NOUN", "NN")]
    doc = _doc(vocab, rows)
    assert distal(doc[6], {0: "japan", 2: "usa"}, KINDS, "country") == "japan"
    rows[5] = ("the", 6, "det", "DET", "DT")
    assert distal(_doc(vocab, rows)[6], {0: "japan", 2: "usa"}, KINDS, "country") is None
