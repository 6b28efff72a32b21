"""Whose request: a possessive on the proposal a party answers (graphkit.ingest.actors.responses)."""
import pytest
from spacy.tokens import Doc

from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.responses import answered_proposal


def parsed(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows],
               sent_starts=[r[6] for r in rows])


def _two(verb, lemma, noun, own=False):
    # "India asked Washington . Washington <verb> its [own] <noun> ."
    rows = [("India", 1, "nsubj", "PROPN", "NNP", "India", 1), ("asked", 1, "ROOT", "VERB", "VBD", "ask", 0),
            ("Washington", 1, "dobj", "PROPN", "NNP", "Washington", 0), (".", 1, "punct", "PUNCT", ".", ".", 0),
            ("Washington", 5, "nsubj", "PROPN", "NNP", "Washington", 1), (verb, 5, "ROOT", "VERB", "VBD", lemma, 0),
            ("its", 8 if own else 7, "poss", "PRON", "PRP$", "its", 0)]
    if own:
        rows.append(("own", 8, "amod", "ADJ", "JJ", "own", 0))
    rows += [(noun, 5, "dobj", "NOUN", "NN", noun, 0), (".", 5, "punct", "PUNCT", ".", ".", 0)]
    return rows


COUNTRIES = {"ind": "country", "usa": "country"}


@pytest.mark.parametrize("verb, lemma, noun", [("rejected", "reject", "request"), ("accepted", "accept", "offer"),
                                               ("granted", "grant", "appeal")])
def test_the_possessive_of_an_answered_proposal_is_the_other_party(vocab, verb, lemma, noun):
    doc = parsed(vocab, _two(verb, lemma, noun))
    assert answered_proposal(doc[6])
    ta = {0: "ind", 2: "usa", 4: "usa"}
    resolve_references(doc, ta, COUNTRIES)
    assert ta[6] == "ind"


@pytest.mark.parametrize("verb, lemma, noun, own", [("withdrew", "withdraw", "request", False),
                                                    ("rejected", "reject", "quota", False),
                                                    ("rejected", "reject", "proposal", True)])
def test_ones_own_request_withdrawn_or_a_thing_rejected_keeps_the_subject(vocab, verb, lemma, noun, own):
    doc = parsed(vocab, _two(verb, lemma, noun, own))
    assert not answered_proposal(doc[6])
    ta = {0: "ind", 2: "usa", 4: "usa"}
    resolve_references(doc, ta, COUNTRIES)
    assert ta[6] == "usa"


def test_turned_down_answers_but_turned_over_does_not(vocab):
    rows = [("Washington", 1, "nsubj", "PROPN", "NNP", "Washington", 1),
            ("turned", 1, "ROOT", "VERB", "VBD", "turn", 0),
            ("down", 1, "prt", "ADP", "RP", "down", 0), ("its", 4, "poss", "PRON", "PRP$", "its", 0),
            ("offer", 1, "dobj", "NOUN", "NN", "offer", 0)]
    assert answered_proposal(parsed(vocab, rows)[3])
    rows[2] = ("over", 1, "prt", "ADP", "RP", "over", 0)
    assert not answered_proposal(parsed(vocab, rows)[3])


def test_a_possessed_body_answers_its_owners_own_proposal(vocab):
    # "Fujitsu 's board approved its bid": the board is Fujitsu's; "its" is Fujitsu's, not another's
    rows = [("Fujitsu", 2, "poss", "PROPN", "NNP", "Fujitsu", 1), ("'s", 0, "case", "PART", "POS", "'s", 0),
            ("board", 3, "nsubj", "NOUN", "NN", "board", 0), ("approved", 3, "ROOT", "VERB", "VBD", "approve", 0),
            ("its", 5, "poss", "PRON", "PRP$", "its", 0), ("bid", 3, "dobj", "NOUN", "NN", "bid", 0)]
    doc = parsed(vocab, rows)
    assert answered_proposal(doc[4]) is False
    rows[0], rows[1] = ("the", 2, "det", "DET", "DT", "the", 1), ("new", 2, "amod", "ADJ", "JJ", "new", 0)
    assert answered_proposal(parsed(vocab, rows)[4]) is True  # "the new board approved its bid": another's
