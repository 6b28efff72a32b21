"""Entities cut and joined where the model ran names together or apart (graphkit.ingest.actors.entities)."""

from tests.ingest.actors.test_find import make_doc, run


def test_a_name_with_partners_and_legal_forms_is_one_firm_never_a_person(vocab):
    # J.P. Morgan and Co Inc disagreed .
    rows = [("J.P.", 1, "compound", "PROPN", "NNP", "B-PERSON"), ("Morgan", 5, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("and", 1, "cc", "CCONJ", "CC", "O"), ("Co", 4, "compound", "PROPN", "NNP", "B-ORG"),
            ("Inc", 1, "conj", "PROPN", "NNP", "I-ORG"), ("disagreed", 5, "ROOT", "VERB", "VBD", "O"),
            (".", 5, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert set(by) == {"J.P. Morgan and Co Inc"}
    assert by["J.P. Morgan and Co Inc"].kind == "organization"


def test_a_person_and_a_lower_case_company_stay_apart(vocab):
    # John Smith and company left .
    rows = [("John", 1, "compound", "PROPN", "NNP", "B-PERSON"), ("Smith", 4, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("and", 1, "cc", "CCONJ", "CC", "O"), ("company", 1, "conj", "NOUN", "NN", "O"),
            ("left", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["John Smith"].kind == "person"


def test_a_country_the_model_left_unlabelled_is_an_actor_unless_part_of_a_longer_name(vocab):
    # Nigeria missed a payment to Michael Jordan .
    rows = [("Nigeria", 1, "nsubj", "PROPN", "NNP", "O"), ("missed", 1, "ROOT", "VERB", "VBD", "O"),
            ("a", 3, "det", "DET", "DT", "O"), ("payment", 1, "dobj", "NOUN", "NN", "O"),
            ("to", 3, "prep", "ADP", "IN", "O"), ("Michael", 6, "compound", "PROPN", "NNP", "O"),
            ("Jordan", 4, "pobj", "PROPN", "NNP", "O"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Nigeria"].kind == "country" and by["Nigeria"].code == "NGA"
    assert not any("Jordan" in name for name in by)


def test_a_roundup_dateline_taken_for_a_people_is_the_place(vocab):
    # BAHRAIN - Iranians attacked .
    rows = [("BAHRAIN", 0, "ROOT", "PROPN", "NNP", "B-NORP"), ("-", 0, "punct", "PUNCT", "HYPH", "I-NORP"),
            ("Iranians", 3, "nsubj", "PROPN", "NNPS", "B-NORP"), ("attacked", 3, "ROOT", "VERB", "VBD", "O"),
            (".", 3, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Bahrain"].kind == "country" and not any(name.endswith("-") for name in by)
