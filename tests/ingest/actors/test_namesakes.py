"""Whose description: "the union" is the article's "... Union" (graphkit.ingest.actors.namesakes)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.namesakes import bearer


def parsed(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], sent_starts=[r[4] for r in rows])


# Canada Post asked Ottawa . the union rejected it . the Letter Carriers Union said so
ROWS = [("Canada", 1, "compound", "PROPN", 1), ("Post", 2, "nsubj", "PROPN", 0), ("asked", 2, "ROOT", "VERB", 0),
        ("Ottawa", 2, "dobj", "PROPN", 0), (".", 2, "punct", "PUNCT", 0),
        ("the", 6, "det", "DET", 1), ("union", 7, "nsubj", "NOUN", 0), ("rejected", 7, "ROOT", "VERB", 0),
        ("it", 7, "dobj", "PRON", 0), (".", 7, "punct", "PUNCT", 0),
        ("the", 13, "det", "DET", 1), ("Letter", 12, "compound", "PROPN", 0), ("Carriers", 13, "compound", "PROPN", 0),
        ("Union", 14, "nsubj", "PROPN", 0), ("said", 14, "ROOT", "VERB", 0), ("so", 14, "advmod", "ADV", 0)]


def test_the_union_is_the_union_named_later_not_the_organization_named_before(vocab):
    ta = {0: "post", 1: "post", 3: "can", 11: "lcu", 12: "lcu", 13: "lcu"}
    resolve_references(parsed(vocab, ROWS), ta, {"post": "organization", "can": "country", "lcu": "organization"})
    assert ta[6] == "lcu"


def test_a_namesake_of_another_kind_is_no_referent(vocab):
    # "the union" is never the Soviet Union, a country: the organization named before keeps it
    ta = {0: "post", 1: "post", 3: "can", 11: "urs", 12: "urs", 13: "urs"}
    resolve_references(parsed(vocab, ROWS), ta, {"post": "organization", "can": "country", "urs": "country"})
    assert ta[6] == "post"


def test_the_nearest_earlier_namesake_wins_over_a_later_one():
    lower = ["world", "bank", "lent", ".", "the", "bank", "said", ".", "chase", "bank", "agreed"]
    names = {0: "wb", 1: "wb", 8: "chase", 9: "chase"}
    assert bearer(5, lower, names, {"wb": "organization", "chase": "organization"}, ("organization", 1)) == "wb"
    assert bearer(5, lower, names, {"wb": "organization", "chase": "organization"}, ("organization", 2)) is None
