"""Binding: the subjects of a reference's own clause, on hand-built parsed Docs."""
from spacy.tokens import Doc

from graphkit.ingest.actors.binding import clause_subjects


def parsed(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


def test_clause_subjects_climb_through_clauses_that_share_the_subject(vocab):
    # Kerry spoke with Netanyahu after meeting him .
    rows = [("Kerry", 1, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ROOT", "VERB", "VBD"),
            ("with", 1, "prep", "ADP", "IN"), ("Netanyahu", 2, "pobj", "PROPN", "NNP"),
            ("after", 1, "prep", "ADP", "IN"), ("meeting", 4, "pcomp", "VERB", "VBG"),
            ("him", 5, "dobj", "PRON", "PRP"), (".", 1, "punct", "PUNCT", ".")]
    assert clause_subjects(parsed(vocab, rows)[6], {0: "kerry", 3: "bibi"}) == ["kerry"]


def test_clause_subjects_stop_at_a_clause_with_its_own_subject(vocab):
    # Hamas insisted that Israel end its siege .
    rows = [("Hamas", 1, "nsubj", "PROPN", "NNP"), ("insisted", 1, "ROOT", "VERB", "VBD"),
            ("that", 4, "mark", "SCONJ", "IN"), ("Israel", 4, "nsubj", "PROPN", "NNP"),
            ("end", 1, "ccomp", "VERB", "VB"), ("its", 6, "poss", "PRON", "PRP$"),
            ("siege", 4, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    doc = parsed(vocab, rows)
    ta = {0: "hamas", 3: "israel"}
    assert clause_subjects(doc[6], ta) == ["israel"]
    assert clause_subjects(doc[5], ta) == []  # "its" hangs on a noun: no clause above without the walk
    assert clause_subjects(doc[5], ta, through_nouns=True) == ["israel"]
