"""Who a plural description lists (graphkit.ingest.actors.members), through coreference."""
from spacy.tokens import Doc

from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.members import listed_members


def parsed(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


# Countries opposing the tax include Britain , Germany and Denmark
LIST = [("Countries", 4, "nsubj", "NOUN", "NNS"), ("opposing", 0, "acl", "VERB", "VBG"),
        ("the", 3, "det", "DET", "DT"), ("tax", 1, "dobj", "NOUN", "NN"),
        ("include", 4, "ROOT", "VERB", "VBP"), ("Britain", 4, "dobj", "PROPN", "NNP"),
        (",", 5, "punct", "PUNCT", ","), ("Germany", 5, "conj", "PROPN", "NNP"),
        ("and", 7, "cc", "CCONJ", "CC"), ("Denmark", 7, "conj", "PROPN", "NNP")]
KINDS = {"gbr": "country", "deu": "country", "dnk": "country"}


def test_a_plural_subject_of_include_is_every_actor_listed(vocab):
    ta = {5: "gbr", 7: "deu", 9: "dnk"}
    plural = resolve_references(parsed(vocab, LIST), ta, KINDS)
    assert ta[0] == "gbr"
    assert plural[0] == ["gbr", "deu", "dnk"]


def test_a_list_that_opens_with_a_thing_lists_nothing(vocab):
    rows = list(LIST)
    rows[5] = ("cars", 4, "dobj", "NOUN", "NNS")
    ta = {7: "deu", 9: "dnk"}
    resolve_references(parsed(vocab, rows), ta, KINDS)
    assert 0 not in ta
    assert listed_members(parsed(vocab, rows)[0], ta) is None


def test_a_singular_subject_is_no_list(vocab):
    rows = list(LIST)
    rows[0] = ("Europe", 4, "nsubj", "PROPN", "NNP")
    assert listed_members(parsed(vocab, rows)[0], {5: "gbr", 7: "deu", 9: "dnk"}) is None
