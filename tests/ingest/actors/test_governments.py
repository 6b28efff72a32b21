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
