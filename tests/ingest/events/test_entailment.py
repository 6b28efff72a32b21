"""What governing words and subjects entail about an act: denied, prevented, or only asked for."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.entailment import asked_of_object, negative_subject, none_said, prevented


def doc_of(vocab, rows, tags=None):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows], tags=tags)


def test_neither_attached_to_a_name_still_denies(vocab):
    # Neither Sarney nor Funaro accepted (the parser makes "Funaro" the subject, "Neither" its det)
    doc = doc_of(vocab, [("Neither", 3, "det", "DET", "neither"), ("Sarney", 3, "nmod", "PROPN", "Sarney"),
                         ("nor", 1, "cc", "CCONJ", "nor"), ("Funaro", 4, "nsubj", "PROPN", "Funaro"),
                         ("accepted", 4, "ROOT", "VERB", "accept")])
    assert negative_subject(doc[3])
    assert not negative_subject(doc[1])  # not a subject


def test_none_nobody_and_no_subjects_deny(vocab):
    # None of the rebels attacked / no country recognised / nobody accused
    doc = doc_of(vocab, [("None", 4, "nsubj", "NOUN", "none"), ("of", 0, "prep", "ADP", "of"),
                         ("the", 3, "det", "DET", "the"), ("rebels", 1, "pobj", "NOUN", "rebel"),
                         ("attacked", 4, "ROOT", "VERB", "attack")])
    assert negative_subject(doc[0]) and none_said(doc[0])
    doc = doc_of(vocab, [("no", 1, "det", "DET", "no"), ("country", 2, "nsubj", "NOUN", "country"),
                         ("recognised", 2, "ROOT", "VERB", "recognise")])
    assert negative_subject(doc[1])
    doc = doc_of(vocab, [("Nobody", 1, "nsubj", "PRON", "nobody"), ("accused", 1, "ROOT", "VERB", "accuse")])
    assert negative_subject(doc[0])


def test_no_bounding_an_amount_denies_nothing(vocab):
    # No fewer than 20 states condemned: twenty or more did
    rows = [("No", 4, "det", "DET", "no"), ("fewer", 3, "amod", "ADJ", "few"), ("than", 3, "quantmod", "ADP", "than"),
            ("20", 4, "nummod", "NUM", "20"), ("states", 5, "nsubj", "NOUN", "state"),
            ("condemned", 5, "ROOT", "VERB", "condemn")]
    doc = doc_of(vocab, rows, tags=["DT", "JJR", "IN", "CD", "NNS", "VBD"])
    assert not negative_subject(doc[4]) and not none_said(doc[4])


def test_a_plain_subject_denies_nothing(vocab):
    doc = doc_of(vocab, [("the", 1, "det", "DET", "the"), ("rebels", 2, "nsubj", "NOUN", "rebel"),
                         ("attacked", 2, "ROOT", "VERB", "attack")])
    assert not negative_subject(doc[1]) and not none_said(doc[1])


def test_object_of_a_verb_of_preventing_did_not_happen(vocab):
    # Turkey averted a clash / a clash was averted / they headed off a war
    doc = doc_of(vocab, [("Turkey", 1, "nsubj", "PROPN", "Turkey"), ("averted", 1, "ROOT", "VERB", "avert"),
                         ("a", 3, "det", "DET", "a"), ("clash", 1, "dobj", "NOUN", "clash")])
    assert prevented(doc[3]) and not prevented(doc[0])
    doc = doc_of(vocab, [("clash", 2, "nsubjpass", "NOUN", "clash"), ("was", 2, "auxpass", "AUX", "be"),
                         ("averted", 2, "ROOT", "VERB", "avert")])
    assert prevented(doc[0])
    doc = doc_of(vocab, [("they", 1, "nsubj", "PRON", "they"), ("headed", 1, "ROOT", "VERB", "head"),
                         ("off", 1, "prt", "ADP", "off"), ("war", 1, "dobj", "NOUN", "war")])
    assert prevented(doc[3])


def test_object_of_another_verb_happened(vocab):
    # Iran attacked the ship / they headed the war
    doc = doc_of(vocab, [("Iran", 1, "nsubj", "PROPN", "Iran"), ("attacked", 1, "ROOT", "VERB", "attack"),
                         ("ship", 1, "dobj", "NOUN", "ship")])
    assert not prevented(doc[2])


def _control(vocab, verb, lemma, obj, opos="NOUN", olemma=None):
    # Washington directed the companies to end operations
    return doc_of(vocab, [("Washington", 1, "nsubj", "PROPN", "Washington"), (verb, 1, "ROOT", "VERB", lemma),
                          ("the", 3, "det", "DET", "the"), (obj, 1, "dobj", opos, olemma or obj),
                          ("to", 5, "aux", "PART", "to"), ("end", 1, "xcomp", "VERB", "end"),
                          ("operations", 5, "dobj", "NOUN", "operation")])


def test_infinitive_of_an_object_is_asked_unless_caused(vocab):
    assert asked_of_object(_control(vocab, "directed", "direct", "companies", olemma="company")[5])
    assert asked_of_object(_control(vocab, "persuaded", "persuade", "Japan", "PROPN")[5])
    assert not asked_of_object(_control(vocab, "forced", "force", "Japan", "PROPN")[5])
    assert not asked_of_object(_control(vocab, "helped", "help", "Japan", "PROPN")[5])


def test_infinitive_after_a_thing_or_no_object_is_not_asked_of_anyone(vocab):
    # took steps to end operations: "steps" is no party
    assert not asked_of_object(_control(vocab, "took", "take", "steps", olemma="step")[5])
    doc = doc_of(vocab, [("Iran", 1, "nsubj", "PROPN", "Iran"), ("decided", 1, "ROOT", "VERB", "decide"),
                         ("to", 3, "aux", "PART", "to"), ("end", 1, "xcomp", "VERB", "end")])
    assert not asked_of_object(doc[3])
