"""Whose reason: the possessive of a verb's "for" phrase (hand-built parsed Docs)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.reasons import reason_object


def parsed(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


# Japan struck back against the United States for its sanctions .
STRIKE = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("struck", 1, "ROOT", "VERB", "VBD"),
          ("back", 1, "advmod", "ADV", "RB"), ("against", 1, "prep", "ADP", "IN"),
          ("the", 5, "det", "DET", "DT"), ("States", 3, "pobj", "PROPN", "NNP"),
          ("for", 1, "prep", "ADP", "IN"), ("its", 8, "poss", "PRON", "PRP$"),
          ("sanctions", 6, "pobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")]
COUNTRIES = {"japan": "country", "usa": "country"}


def test_possessive_of_the_reason_is_the_party_acted_against(vocab):
    ta = {0: "japan", 5: "usa"}
    resolve_references(parsed(vocab, STRIKE), ta, COUNTRIES)
    assert ta[7] == "usa"


def test_without_an_actor_object_the_clause_subject_keeps_the_possessive(vocab):
    # Japan struck back against imports for its farmers .
    rows = list(STRIKE)
    rows[5] = ("imports", 3, "pobj", "NOUN", "NNS")
    doc = parsed(vocab, rows)
    assert reason_object(doc[7], {0: "japan"}) is None
    ta = {0: "japan"}
    resolve_references(doc, ta, COUNTRIES)
    assert ta[7] == "japan"


def test_a_possessive_outside_a_for_phrase_is_not_a_reason(vocab):
    # Japan attacked the United States with its planes .
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("attacked", 1, "ROOT", "VERB", "VBD"),
            ("the", 3, "det", "DET", "DT"), ("States", 1, "dobj", "PROPN", "NNP"),
            ("with", 1, "prep", "ADP", "IN"), ("its", 6, "poss", "PRON", "PRP$"),
            ("planes", 4, "pobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")]
    doc = parsed(vocab, rows)
    assert reason_object(doc[5], {0: "japan", 3: "usa"}) is None
    ta = {0: "japan", 3: "usa"}
    resolve_references(doc, ta, COUNTRIES)
    assert ta[5] == "japan"
