"""The government of a people, in a story no name sets (graphkit.ingest.actors.governments)."""

from graphkit.ingest.actors.governments import _charged
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def _rows(place, place_ent, owner=None):
    # Students in <place> accused the government of repression|<owner> .
    last = owner or ("repression", "NOUN", "NN", "O")
    return [("Students", 3, "nsubj", "NOUN", "NNS", "O"), ("in", 0, "prep", "ADP", "IN", "O"),
            (place, 1, "pobj", "PROPN", "NNP", place_ent), ("accused", 3, "ROOT", "VERB", "VBD", "O"),
            ("the", 5, "det", "DET", "DT", "O"), ("government", 3, "dobj", "NOUN", "NN", "O"),
            ("of", 5, "prep", "ADP", "IN", "O"), (last[0], 6, "pobj", last[1], last[2], last[3]),
            (".", 3, "punct", "PUNCT", ".", "O")]


def test_the_government_students_of_one_country_accuse_is_their_countrys(vocab):
    layer, by = run(make_doc(vocab, rows=_rows("Seoul", "B-GPE")))
    korea = next(a for a in by.values() if a.code == "KOR" and a.kind == "country")
    assert layer.at(5) == korea.id


def test_the_government_of_a_named_country_is_left_to_its_owner(vocab):
    rows = _rows("Seoul", "B-GPE", owner=("Japan", "PROPN", "NNP", "B-GPE"))
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(5) != next(a.id for a in by.values() if a.code == "KOR" and a.kind == "country")


def test_a_charge_is_no_owner_but_a_name_or_a_described_noun_is(vocab):
    charge = token_table(make_doc(vocab, rows=_rows("Seoul", "B-GPE")))
    owner = token_table(make_doc(vocab, rows=_rows("Seoul", "B-GPE", owner=("Japan", "PROPN", "NNP", "B-GPE"))))
    assert _charged(charge, 5) and not _charged(owner, 5)


def test_a_bare_possessor_the_government_s_is_read_and_an_owned_one_is_not(vocab):
    from graphkit.ingest.actors.governments import _possessor
    # rejected the government 's offer ; rejected Bolivia 's government 's offer
    bare = token_table(make_doc(vocab, rows=[
        ("rejected", 0, "ROOT", "VERB", "VBD", "O"), ("the", 2, "det", "DET", "DT", "O"),
        ("government", 4, "poss", "NOUN", "NN", "O"), ("'s", 2, "case", "PART", "POS", "O"),
        ("offer", 0, "dobj", "NOUN", "NN", "O")]))
    owned = token_table(make_doc(vocab, rows=[
        ("rejected", 0, "ROOT", "VERB", "VBD", "O"), ("Bolivia", 3, "poss", "PROPN", "NNP", "B-GPE"),
        ("'s", 1, "case", "PART", "POS", "O"), ("government", 5, "poss", "NOUN", "NN", "O"),
        ("'s", 3, "case", "PART", "POS", "O"), ("offer", 0, "dobj", "NOUN", "NN", "O")]))
    assert _possessor(bare, 2) and not _possessor(owned, 3)


def test_people_at_home_are_read_by_their_head_noun_and_rebels_count():
    from graphkit.ingest.actors.governments import _at_home
    assert _at_home("miners") and _at_home("students") and _at_home("rebels")
    assert not _at_home("banks") and not _at_home("troops") and not _at_home("analysts")


def test_the_authorities_accused_of_a_charge_are_a_state_and_their_owner_s_are_not(vocab):
    from graphkit.ingest.actors.governments import _state
    # accused the authorities of repression ; accused Chile 's authorities
    bare = token_table(make_doc(vocab, rows=[
        ("accused", 0, "ROOT", "VERB", "VBD", "O"), ("the", 2, "det", "DET", "DT", "O"),
        ("authorities", 0, "dobj", "NOUN", "NNS", "O"), ("of", 2, "prep", "ADP", "IN", "O"),
        ("repression", 3, "pobj", "NOUN", "NN", "O")]))
    owned = token_table(make_doc(vocab, rows=[
        ("accused", 0, "ROOT", "VERB", "VBD", "O"), ("Chile", 3, "poss", "PROPN", "NNP", "B-GPE"),
        ("'s", 1, "case", "PART", "POS", "O"), ("authorities", 0, "dobj", "NOUN", "NNS", "O")]))
    assert _state(bare, 2) and not _state(owned, 3)
