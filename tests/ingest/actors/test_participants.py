"""Whether a noun takes part in an act (graphkit.ingest.actors.participants)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.actors.participants import acted_on, event_noun, in_role
from graphkit.ingest.prepare.tokentable import token_table


def _table(rows):
    words, heads, deps, pos, tags = (list(c) for c in zip(*rows, strict=True))
    return token_table(Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags))


def test_the_object_of_an_event_nouns_of_phrase_takes_part_but_a_place_does_not():
    # the arrest of journalists in Cairo
    t = _table([("the", 1, "det", "DET", "DT"), ("arrest", 1, "ROOT", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
                ("journalists", 2, "pobj", "NOUN", "NNS"), ("in", 1, "prep", "ADP", "IN"),
                ("Cairo", 4, "pobj", "PROPN", "NNP")])
    assert event_noun(t, 1) and in_role(t, 3) and acted_on(t, 3)
    assert not in_role(t, 5)


def test_force_aimed_at_a_group_makes_it_a_participant_but_not_a_word_of_no_event():
    # troops fired at students / troops looked at students
    for verb, hit in (("fired", True), ("looked", False)):
        t = _table([("troops", 1, "nsubj", "NOUN", "NNS"), (verb, 1, "ROOT", "VERB", "VBD"),
                    ("at", 1, "prep", "ADP", "IN"), ("students", 2, "pobj", "NOUN", "NNS")])
        assert in_role(t, 3) is hit
