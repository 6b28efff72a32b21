"""Names after a title that the model left unlabelled (graphkit.ingest.actors.titled)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.titled import after_title, titled_name_end
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import run


def _doc(vocab, words, tags, spaces=None, ents=None):
    return Doc(vocab, words=words, tags=tags, spaces=spaces, ents=ents)


def test_a_hyphenated_name_after_a_title_is_a_person_with_the_title(vocab):
    words = ["Iranian", "Premier", "Mir", "-", "Hossein", "Mousavi", "vowed", "revenge", "."]
    doc = _doc(vocab, words, ["JJ", "NNP", "NNP", "HYPH", "NNP", "NNP", "VBD", "NN", "."],
               spaces=[True, True, False, False, True, True, True, False, False],
               ents=["B-NORP"] + ["O"] * 8)
    layer, by = run(doc)
    assert set(by) == {"Mir-Hossein Mousavi", "Iran"}
    assert by["Mir-Hossein Mousavi"].kind == "person" and by["Mir-Hossein Mousavi"].titles == ["Premier"]
    assert by["Mir-Hossein Mousavi"].affiliations == [by["Iran"].id]


def test_a_title_of_several_words_and_a_particle_in_the_name(vocab):
    words = ["Secretary", "of", "State", "Willy", "de", "Clercq", "spoke", "."]
    t = token_table(_doc(vocab, words, ["NNP", "IN", "NNP", "NNP", "NNP", "NNP", "VBD", "."]))
    assert after_title(t, 3) and titled_name_end(t, 3) == 6


def test_a_name_wrapped_over_two_lines_and_one_the_model_found_are_taken_whole(vocab):
    words = ["Trade", "Minister", "Clayton", "\n", "Yeutter", "and", "Minister", "Alejandro", "Martinez", "Cuenca"]
    tags = ["NNP", "NNP", "NNP", "_SP", "NNP", "CC", "NNP", "NNP", "NNP", "NNP"]
    ents = ["O"] * 7 + ["O", "B-PERSON", "I-PERSON"]
    t = token_table(_doc(vocab, words, tags, spaces=[True, True, False, False] + [True] * 6, ents=ents))
    assert titled_name_end(t, 2) == 5 and titled_name_end(t, 7) == 10


def test_no_name_after_an_adjective_title_inside_a_firm_or_before_a_noun(vocab):
    words = ["General", "Tire", "said", "the", "official", "Tanjug", "news", "agency", "and", "chief", "Exxon", "Corp",
             "and", "Media", "General", "Class", "A", "stock", "and", "the", "minister", "Monday"]
    tags = ["NNP", "NNP", "VBD", "DT", "JJ", "NNP", "NN", "NN", "CC", "NN", "NNP", "NNP", "CC", "NNP", "NNP", "NNP",
            "NNP", "NN", "CC", "DT", "NN", "NNP"]
    t = token_table(_doc(vocab, words, tags))
    assert [titled_name_end(t, i) for i in (1, 5, 10, 15, 21)] == [1, 5, 10, 15, 21]


def test_a_name_the_model_found_is_left_to_the_model(vocab):
    words = ["Premier", "Mousavi", "spoke"]
    t = token_table(_doc(vocab, words, ["NNP", "NNP", "VBD"], ents=["O", "B-PERSON", "O"]))
    assert titled_name_end(t, 1) == 1
