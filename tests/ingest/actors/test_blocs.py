"""Groups of countries named by number (graphkit.ingest.actors.blocs): one intergovernmental actor."""
from tests.ingest.actors.test_find import make_doc, run


def test_group_of_a_number_is_one_body_of_states_though_the_model_missed_the_name(vocab):
    # The Group of Seven urged Japan .  ("Seven" a cardinal to the model)
    rows = [("The", 1, "det", "DET", "DT", "O"), ("Group", 4, "nsubj", "PROPN", "NNP", "O"),
            ("of", 1, "prep", "ADP", "IN", "O"), ("Seven", 2, "pobj", "PROPN", "NNP", "B-CARDINAL"),
            ("urged", 4, "ROOT", "VERB", "VBD", "O"), ("Japan", 4, "dobj", "PROPN", "NNP", "B-GPE"),
            (".", 4, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    g7 = by["Group of Seven"]
    assert g7.kind == "organization" and g7.code == "IGO"
    assert layer.at(1) == layer.at(3) == g7.id


def test_the_abbreviation_and_the_spelt_out_group_are_the_same_actor(vocab):
    # G-7 ministers met . The seven major industrial nations agreed .
    rows = [("G-7", 1, "compound", "PROPN", "NNP", "O"), ("ministers", 2, "nsubj", "NOUN", "NNS", "O"),
            ("met", 2, "ROOT", "VERB", "VBD", "O"), (".", 2, "punct", "PUNCT", ".", "O"),
            ("The", 8, "det", "DET", "DT", "O"), ("seven", 8, "nummod", "NUM", "CD", "O"),
            ("major", 8, "amod", "ADJ", "JJ", "O"), ("industrial", 8, "amod", "ADJ", "JJ", "O"),
            ("nations", 9, "nsubj", "NOUN", "NNS", "O"), ("agreed", 9, "ROOT", "VERB", "VBD", "O"),
            (".", 9, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    g7 = by["Group of Seven"]
    assert layer.at(0) == layer.at(8) == g7.id and g7.code == "IGO"
    assert layer.at(1) == g7.id  # "G-7 ministers": the group acting


def test_two_industrial_nations_are_no_group(vocab):
    # The two largest industrial nations agreed .
    rows = [("The", 4, "det", "DET", "DT", "O"), ("two", 4, "nummod", "NUM", "CD", "O"),
            ("largest", 4, "amod", "ADJ", "JJS", "O"), ("industrial", 4, "amod", "ADJ", "JJ", "O"),
            ("nations", 5, "nsubj", "NOUN", "NNS", "O"), ("agreed", 5, "ROOT", "VERB", "VBD", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(4) is None and not any(n.startswith("Group of") for n in by)


def test_states_named_by_their_region_that_act_are_a_group_of_no_country(vocab):
    # Arab states condemned Israel .  /  He visited Arab states .  (a destination: no party)
    rows = [("Arab", 1, "amod", "ADJ", "JJ", "B-NORP"), ("states", 2, "nsubj", "NOUN", "NNS", "O"),
            ("condemned", 2, "ROOT", "VERB", "VBD", "O"), ("Israel", 2, "dobj", "PROPN", "NNP", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    arab = by["Arab states"]
    assert layer.at(1) == arab.id and arab.kind == "group" and arab.affiliations == [] and arab.code is None
    rows = [("He", 1, "nsubj", "PRON", "PRP", "O"), ("toured", 1, "ROOT", "VERB", "VBD", "O"),
            ("in", 1, "prep", "ADP", "IN", "O"), ("Arab", 4, "amod", "ADJ", "JJ", "B-NORP"),
            ("states", 2, "pobj", "NOUN", "NNS", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(4) is None and "Arab states" not in by
