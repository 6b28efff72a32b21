"""Name shapes the model gets wrong, on hand-built Docs."""
from spacy.tokens import Doc

from graphkit.ingest.actors.shapes import (
    acronym_arm,
    facility_end,
    name_with_month,
    person_runs_on,
    styled_person,
    sunday_edition,
)
from graphkit.ingest.prepare.tokentable import token_table


def test_a_month_word_ends_a_name_only_after_a_proper_noun_and_before_no_figure(vocab):
    words = ["Theresa", "May", "left", "in", "May", "and", "Since", "May", "and", "Tony", "May", "5"]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "NUM"]
    t = token_table(Doc(vocab, words=words, pos=pos))
    assert [i for i in range(len(words) - 1) if name_with_month(t, i)] == [0]


def test_a_rank_styled_by_a_place_is_a_person_and_a_rank_alone_is_not(vocab):
    words = ["the", "Archbishop", "of", "Canterbury", "and", "the", "mayor", "of", "London"]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE"]
    t = token_table(Doc(vocab, words=words, ents=ents))
    m = styled_person(t, 3, 4)
    assert m is not None and (m.text, m.kind, m.start, m.end) == ("Archbishop of Canterbury", "person", 1, 4)
    assert styled_person(t, 8, 9) is None


def _table(vocab, words, ents, **attrs):
    return token_table(Doc(vocab, words=words, ents=ents, **attrs))


def test_a_papers_sunday_edition_takes_on_sunday_and_a_dated_party_does_not(vocab):
    words = ["a", "poll", "for", "the", "Independent", "on", "Sunday", "found"]
    t = _table(vocab, words, ["O", "O", "O", "O", "B-ORG", "O", "B-DATE", "O"], tags=["DT", "NN", "IN", "DT", "NNP",
                                                                                    "IN", "NNP", "VBD"])
    assert sunday_edition(t, 4, 5) == 7
    words = ["the", "Conservatives", "on", "Sunday", "said"]
    t = _table(vocab, words, ["O", "B-ORG", "O", "B-DATE", "O"], tags=["DT", "NNPS", "IN", "NNP", "VBD"])
    assert sunday_edition(t, 1, 2) == 2


def test_a_body_name_before_a_facility_noun_names_the_place(vocab):
    words = ["at", "King", "Cross", "station", "."]
    t = _table(vocab, words, ["O", "B-ORG", "I-ORG", "O", "O"], heads=[0, 2, 3, 0, 0],
               deps=["ROOT", "compound", "compound", "pobj", "punct"])
    assert facility_end(t, 1, 3) == 4
    t = _table(vocab, ["King", "Cross", "said", "."], ["B-ORG", "I-ORG", "O", "O"], heads=[1, 2, 2, 2],
               deps=["compound", "nsubj", "ROOT", "punct"])
    assert facility_end(t, 0, 2) == 2


def test_an_unknown_acronym_compound_of_a_region_is_a_regional_arm(vocab):
    words = ["by", "HI", "Europe", "and", "the", "UK", "Europe", "team"]
    t = _table(vocab, words, ["O", "O", "B-LOC", "O", "O", "B-GPE", "B-LOC", "O"], heads=[0, 2, 0, 2, 7, 7, 7, 2],
               deps=["ROOT", "compound", "pobj", "cc", "det", "compound", "compound", "conj"])
    assert acronym_arm(t, 2) == 1
    assert acronym_arm(t, 6) == 6  # "UK" is an entity of its own


def test_a_name_cut_in_two_by_the_model_is_one_person_and_its_surname_joins_it(vocab):
    from tests.ingest.actors.test_find import run

    words = ["Spokesman", "Ali", "Akbar", "\n", "Hashemi", "Rafsanjani", "spoke", ".", "Rafsanjani", "left", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    spaces = [True, True, False, False, True, True, False, True, True, False, False]
    layer, by = run(Doc(vocab, words=words, spaces=spaces, ents=ents))
    assert set(by) == {"Ali Akbar Hashemi Rafsanjani"}
    assert layer.at(8) == by["Ali Akbar Hashemi Rafsanjani"].id


def test_people_listed_or_split_by_a_paragraph_stay_apart(vocab):
    from tests.ingest.actors.test_find import run

    words = ["Ali", "Khamenei", "and", "Ali", "Velayati", "spoke", ".", "\n\n", "Ali", "Akbar", "\n    ", "Mousavi",
             "left"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O",
            "B-PERSON", "O"]
    spaces = [True, True, True, True, True, False, False, False, True, False, False, True, False]
    _, by = run(Doc(vocab, words=words, spaces=spaces, ents=ents))
    assert {"Ali Khamenei", "Ali Velayati", "Ali Akbar", "Mousavi"} <= set(by)


def test_an_unknown_word_after_a_wrapped_line_goes_on_the_name_a_place_does_not(vocab):
    words = ["Ali", "Akbar", "\n", "Velayati", "met", "Ali", "Akbar", "\n", "Tehran", "officials"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    tags = ["NNP", "NNP", "_SP", "NNP", "VBD", "NNP", "NNP", "_SP", "NNP", "NNS"]
    spaces = [True, False, False, True, True, True, False, False, True, False]
    t = token_table(Doc(vocab, words=words, spaces=spaces, ents=ents, tags=tags))
    assert person_runs_on(t, 2) == 4 and person_runs_on(t, 7) == 7
