"""Rival antecedents (:mod:`graphkit.ingest.actors.rivals`) and how coreference weighs them, on hand-built Docs."""
from spacy.tokens import Doc

from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.rivals import can_speak, is_speech_subject, rank, reports, rival
from graphkit.ingest.prepare.tokentable import token_table

# Argentina has said the target is firm . It indicated that it would wait .
ARGENTINA = [("Argentina", 2, "nsubj", "PROPN", "NNP", "Argentina"), ("has", 2, "aux", "AUX", "VBZ", "have"),
             ("said", 2, "ROOT", "VERB", "VBN", "say"), ("the", 4, "det", "DET", "DT", "the"),
             ("target", 5, "nsubj", "NOUN", "NN", "target"), ("is", 2, "ccomp", "AUX", "VBZ", "be"),
             ("firm", 5, "acomp", "ADJ", "JJ", "firm"), (".", 2, "punct", "PUNCT", ".", "."),
             ("It", 9, "nsubj", "PRON", "PRP", "it"), ("indicated", 9, "ROOT", "VERB", "VBD", "indicate"),
             ("that", 13, "mark", "SCONJ", "IN", "that"), ("it", 13, "nsubj", "PRON", "PRP", "it"),
             ("would", 13, "aux", "AUX", "MD", "would"), ("wait", 9, "ccomp", "VERB", "VB", "wait"),
             (".", 9, "punct", "PUNCT", ".", ".")]


def _doc(vocab, rows, starts):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows],
               sent_starts=[i in starts for i in range(len(rows))])


def test_a_subject_pronoun_continues_the_main_subject_not_what_it_was_said_of(vocab):
    doc = _doc(vocab, ARGENTINA, {0, 8})
    ta = {0: "argentina"}
    resolve_references(doc, ta, {"argentina": "country"})
    assert ta[8] == "argentina" and ta[11] == "argentina"


def test_a_rival_main_subject_outranks_an_actor_named_after_it_as_an_object(vocab):
    # The paper accused the government . It said ... -> the paper (no actor)
    rows = [("The", 1, "det", "DET", "DT", "the"), ("paper", 2, "nsubj", "NOUN", "NN", "paper"),
            ("accused", 2, "ROOT", "VERB", "VBD", "accuse"), ("the", 4, "det", "DET", "DT", "the"),
            ("government", 2, "dobj", "NOUN", "NN", "government"), (".", 2, "punct", "PUNCT", ".", "."),
            ("It", 7, "nsubj", "PRON", "PRP", "it"), ("said", 7, "ROOT", "VERB", "VBD", "say"),
            ("so", 7, "advmod", "ADV", "RB", "so"), (".", 7, "punct", "PUNCT", ".", ".")]
    doc = _doc(vocab, rows, {0, 6})
    ta = {4: "iran"}
    resolve_references(doc, ta, {"iran": "country"})
    assert 6 not in ta


def test_in_its_own_sentence_a_rival_is_a_wall(vocab):
    # Japan said the bond lost and its price fell .
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT", "the"), ("bond", 4, "nsubj", "NOUN", "NN", "bond"),
            ("lost", 1, "ccomp", "VERB", "VBD", "lose"), ("and", 4, "cc", "CCONJ", "CC", "and"),
            ("its", 7, "poss", "PRON", "PRP$", "its"), ("price", 8, "nsubj", "NOUN", "NN", "price"),
            ("fell", 4, "conj", "VERB", "VBD", "fall"), (".", 1, "punct", "PUNCT", ".", ".")]
    ta = {0: "japan"}
    resolve_references(_doc(vocab, rows, {0}), ta, {"japan": "country"})
    assert 6 not in ta


def test_the_subject_of_a_verb_of_saying_skips_rivals_that_cannot_speak(vocab):
    # The OECD said so . Consumption rose , it noted .
    rows = [("The", 1, "det", "DET", "DT", "the"), ("OECD", 2, "nsubj", "PROPN", "NNP", "OECD"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"), ("so", 2, "advmod", "ADV", "RB", "so"),
            (".", 2, "punct", "PUNCT", ".", "."), ("Consumption", 6, "nsubj", "NOUN", "NN", "consumption"),
            ("rose", 9, "ccomp", "VERB", "VBD", "rise"), (",", 9, "punct", "PUNCT", ",", ","),
            ("it", 9, "nsubj", "PRON", "PRP", "it"), ("noted", 9, "ROOT", "VERB", "VBD", "note"),
            (".", 9, "punct", "PUNCT", ".", ".")]
    doc = _doc(vocab, rows, {0, 5})
    assert is_speech_subject(doc[8])
    assert rival(token_table(doc), 8, {1: "oecd"}, "n", 0) == 5
    assert rival(token_table(doc), 8, {1: "oecd"}, "n", 0, speech=True) == -1
    ta = {1: "oecd"}
    resolve_references(doc, ta, {"oecd": "organization"})
    assert ta[8] == "oecd"


def test_they_keeps_its_plural_rival_as_a_wall(vocab):
    # The U.S. urged parties to keep their word .
    rows = [("The", 1, "det", "DET", "DT", "the"), ("U.S.", 2, "nsubj", "PROPN", "NNP", "U.S."),
            ("urged", 2, "ROOT", "VERB", "VBD", "urge"), ("parties", 2, "dobj", "NOUN", "NNS", "party"),
            ("to", 5, "aux", "PART", "TO", "to"), ("keep", 2, "xcomp", "VERB", "VB", "keep"),
            ("their", 7, "poss", "PRON", "PRP$", "their"), ("word", 5, "dobj", "NOUN", "NN", "word"),
            (".", 2, "punct", "PUNCT", ".", ".")]
    ta = {1: "usa", 3: "parties"}
    resolve_references(_doc(vocab, rows, {0}), ta, {"usa": "country", "parties": "group"})
    assert ta[6] == "parties"


def test_nouns_that_can_speak():
    assert can_speak("officials") and can_speak("paper") and can_speak("committee")
    assert not can_speak("growth") and not can_speak("prices")
    assert rank(0, True, True) == 0 and rank(2, False, False) == 11


# Kohl spoke . A senior official said so . He added ...
OFFICIAL = [("Kohl", 1, "nsubj", "PROPN", "NNP", "Kohl"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (".", 1, "punct", "PUNCT", ".", "."), ("A", 5, "det", "DET", "DT", "a"),
            ("senior", 5, "amod", "ADJ", "JJ", "senior"), ("official", 6, "nsubj", "NOUN", "NN", "official"),
            ("said", 6, "ROOT", "VERB", "VBD", "say"), ("so", 6, "advmod", "ADV", "RB", "so"),
            (".", 6, "punct", "PUNCT", ".", "."), ("He", 10, "nsubj", "PRON", "PRP", "he"),
            ("added", 10, "ROOT", "VERB", "VBD", "add"), ("more", 10, "dobj", "ADJ", "JJR", "more"),
            (".", 10, "punct", "PUNCT", ".", ".")]


def test_he_who_speaks_after_an_unnamed_speaker_is_that_speaker(vocab):
    ta = {0: "kohl"}
    resolve_references(_doc(vocab, OFFICIAL, {0, 3, 9}), ta, {"kohl": "person"})
    assert 9 not in ta
    # the same "he" after "Kohl said so": Kohl
    rows = [r if k != 5 else ("Kohl", 6, "nsubj", "PROPN", "NNP", "Kohl") for k, r in enumerate(OFFICIAL)]
    ta = {0: "kohl", 5: "kohl"}
    resolve_references(_doc(vocab, rows, {0, 3, 9}), ta, {"kohl": "person"})
    assert ta[9] == "kohl"


def test_a_speaker_named_in_apposition_is_no_rival(vocab):
    # The banker , Quevedo , said so . He added more .
    rows = [("The", 1, "det", "DET", "DT", "the"), ("banker", 5, "nsubj", "NOUN", "NN", "banker"),
            (",", 1, "punct", "PUNCT", ",", ","), ("Quevedo", 1, "appos", "PROPN", "NNP", "Quevedo"),
            (",", 1, "punct", "PUNCT", ",", ","), ("said", 5, "ROOT", "VERB", "VBD", "say"),
            ("so", 5, "advmod", "ADV", "RB", "so"), (".", 5, "punct", "PUNCT", ".", "."),
            ("He", 9, "nsubj", "PRON", "PRP", "he"), ("added", 9, "ROOT", "VERB", "VBD", "add"),
            ("more", 9, "dobj", "ADJ", "JJR", "more"), (".", 9, "punct", "PUNCT", ".", ".")]
    doc = _doc(vocab, rows, {0, 8})
    assert reports(doc[8])
    assert rival(token_table(doc), 8, {3: "quevedo"}, "m", 0, doc=doc) == -1
    assert rival(token_table(doc), 8, {}, "m", 0, doc=doc) == 1
    # "the secretary" is an office: a holder named before, described
    office = ("secretary", 5, "nsubj", "NOUN", "NN", "secretary")
    doc = _doc(vocab, [office if k == 1 else r for k, r in enumerate(rows)], {0, 8})
    assert rival(token_table(doc), 8, {}, "m", 0, doc=doc) == -1


def test_a_possessive_never_refers_to_the_phrase_it_is_in(vocab):
    # Kohl wrote . His minister Kiechle spoke .
    rows = [("Kohl", 1, "nsubj", "PROPN", "NNP", "Kohl"), ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
            (".", 1, "punct", "PUNCT", ".", "."), ("His", 4, "poss", "PRON", "PRP$", "his"),
            ("minister", 5, "compound", "NOUN", "NN", "minister"), ("Kiechle", 6, "nsubj", "PROPN", "NNP", "Kiechle"),
            ("spoke", 6, "ROOT", "VERB", "VBD", "speak"), (".", 6, "punct", "PUNCT", ".", ".")]
    ta = {0: "kohl", 5: "kiechle"}
    resolve_references(_doc(vocab, rows, {0, 3}), ta, {"kohl": "person", "kiechle": "person"})
    assert ta[3] == "kohl"
