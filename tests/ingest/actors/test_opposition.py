"""The opposition of a story's country (graphkit.ingest.actors.opposition)."""

from graphkit.ingest.actors.opposition import is_opposition_body
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def _japan(vocab, tail):
    # Japan 's party compromised with <tail> .   (Japan named as the possessor of the party)
    rows = [("Japan", 2, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 0, "case", "PART", "POS", "O"),
            ("party", 3, "nsubj", "NOUN", "NN", "O"), ("compromised", 3, "ROOT", "VERB", "VBD", "O"),
            ("with", 3, "prep", "ADP", "IN", "O")] + tail
    return make_doc(vocab, rows=rows)


def test_the_opposition_a_party_deals_with_is_its_countrys_opposition(vocab):
    # ... with the opposition . Japan voted .   (Japan named twice: the story's country)
    doc = _japan(vocab, [("the", 6, "det", "DET", "DT", "O"), ("opposition", 4, "pobj", "NOUN", "NN", "O"),
                         (".", 3, "punct", "PUNCT", ".", "O"), ("Japan", 9, "nsubj", "PROPN", "NNP", "B-GPE"),
                         ("voted", 9, "ROOT", "VERB", "VBD", "O"), (".", 9, "punct", "PUNCT", ".", "O")])
    layer, by = run(doc)
    group = next(a for a in by.values() if a.id == layer.at(6))
    assert group.name == "opposition" and group.code == "JPNOPP"


def test_opposition_as_an_attitude_is_no_actor(vocab):
    # ... compromised with strong opposition to it .
    doc = _japan(vocab, [("strong", 6, "amod", "ADJ", "JJ", "O"), ("opposition", 4, "pobj", "NOUN", "NN", "O"),
                         ("to", 6, "prep", "ADP", "IN", "O"), ("it", 7, "pobj", "PRON", "PRP", "O"),
                         (".", 3, "punct", "PUNCT", ".", "O")])
    t = token_table(doc)
    assert not is_opposition_body(t, 6)
    layer, _ = run(doc)
    assert layer.at(6) is None


def test_opposition_modifying_an_event_noun_is_its_doer_but_not_a_party_noun(vocab):
    # an opposition boycott ; the opposition party
    rows = [("an", 2, "det", "DET", "DT", "O"), ("opposition", 2, "compound", "NOUN", "NN", "O"),
            ("boycott", 2, "ROOT", "NOUN", "NN", "O"), ("the", 5, "det", "DET", "DT", "O"),
            ("opposition", 5, "compound", "NOUN", "NN", "O"), ("party", 2, "appos", "NOUN", "NN", "O")]
    doc = make_doc(vocab, rows=rows)
    t = token_table(doc)
    assert is_opposition_body(t, 1) and not is_opposition_body(t, 4)


def test_the_ruling_party_with_no_name_is_the_storys_governing_party(vocab):
    # Japan 's party compromised with the ruling party . Japan voted .
    doc = _japan(vocab, [("the", 7, "det", "DET", "DT", "O"), ("ruling", 7, "amod", "ADJ", "JJ", "O"),
                         ("party", 4, "pobj", "NOUN", "NN", "O"), (".", 3, "punct", "PUNCT", ".", "O"),
                         ("Japan", 10, "nsubj", "PROPN", "NNP", "B-GPE"), ("voted", 10, "ROOT", "VERB", "VBD", "O"),
                         (".", 10, "punct", "PUNCT", ".", "O")])
    layer, by = run(doc)
    group = next(a for a in by.values() if a.id == layer.at(7))
    assert group.name == "ruling party" and group.affiliations == [by["Japan"].id]


def test_the_oppositions_demand_names_the_demands_doer(vocab):
    # the opposition 's demand
    rows = [("the", 1, "det", "DET", "DT", "O"), ("opposition", 3, "poss", "NOUN", "NN", "O"),
            ("'s", 1, "case", "PART", "POS", "O"), ("demand", 3, "ROOT", "NOUN", "NN", "O")]
    assert is_opposition_body(token_table(make_doc(vocab, rows=rows)), 1)
