"""Unnamed state sources placed by their seat (graphkit.ingest.actors.stations)."""
from graphkit.ingest.actors.stations import demonym_country, station_country
from tests.ingest.actors.test_find import make_doc, run

_SPOKESMAN = [("A", 1, "det", "DET", "DT", "O"), ("spokesman", 4, "nsubj", "NOUN", "NN", "O"),
              ("in", 1, "prep", "ADP", "IN", "O"), ("Tokyo", 2, "pobj", "PROPN", "NNP", "B-GPE"),
              ("condemned", 4, "ROOT", "VERB", "VBD", "O"), ("the", 6, "det", "DET", "DT", "O"),
              ("attack", 4, "dobj", "NOUN", "NN", "O"), (".", 4, "punct", "PUNCT", ".", "O")]


def test_a_spokesman_in_a_capital_speaks_for_its_country(vocab):
    layer, by = run(make_doc(vocab, rows=_SPOKESMAN))
    assert layer.at(1) == by["Japan"].id


def test_diplomats_in_a_capital_are_posted_there_and_not_its_own(vocab):
    rows = [("Diplomats", 3, "nsubj", "NOUN", "NNS", "O"), *_SPOKESMAN[2:]]
    rows = [(w, h - 1 if i else 3, d, p, t, e) for i, (w, h, d, p, t, e) in enumerate(rows)]
    rows[1] = ("in", 0, "prep", "ADP", "IN", "O")
    layer, by = run(make_doc(vocab, rows=rows))
    assert "Japan" not in by or layer.at(0) != by["Japan"].id


def test_a_company_spokesman_in_a_capital_is_not_the_states(vocab):
    rows = [("A", 2, "det", "DET", "DT", "O"), ("company", 2, "compound", "NOUN", "NN", "O"),
            *[(w, h + 1, d, p, t, e) for w, h, d, p, t, e in _SPOKESMAN[1:]]]
    layer, by = run(make_doc(vocab, rows=rows))
    assert "Japan" not in by or layer.at(2) != by["Japan"].id


def test_an_official_of_a_ministry_in_a_capital_serves_its_country(vocab):
    # An official of the Finance Ministry in Tokyo criticised Moscow .
    rows = [("An", 1, "det", "DET", "DT", "O"), ("official", 9, "nsubj", "NOUN", "NN", "O"),
            ("of", 1, "prep", "ADP", "IN", "O"), ("the", 5, "det", "DET", "DT", "O"),
            ("Finance", 5, "compound", "PROPN", "NNP", "O"), ("Ministry", 2, "pobj", "PROPN", "NNP", "O"),
            ("in", 5, "prep", "ADP", "IN", "O"), ("Tokyo", 6, "pobj", "PROPN", "NNP", "B-GPE"),
            (",", 9, "punct", "PUNCT", ",", "O"), ("criticised", 9, "ROOT", "VERB", "VBD", "O"),
            ("Moscow", 9, "dobj", "PROPN", "NNP", "B-GPE")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(1) == by["Japan"].id


def test_the_seat_and_the_demonym_of_a_noun(vocab):
    class Builder:
        def __init__(self, doc):
            from graphkit.ingest.prepare.tokentable import token_table
            self.doc, self.table, self.tok_cluster = doc, token_table(doc), {}

    doc = make_doc(vocab, rows=[("Israeli", 2, "amod", "ADJ", "JJ", "B-NORP"),
                                ("army", 2, "compound", "NOUN", "NN", "O"),
                                ("officials", 3, "nsubj", "NOUN", "NNS", "O"), ("said", 3, "ROOT", "VERB", "VBD", "O")])
    assert demonym_country(Builder(doc), 2) == "ISR"
    assert station_country(Builder(doc), 2) is None  # no seat, no office


def test_officials_of_no_country_are_not_of_the_one_country_they_act_on(vocab):
    # Officials criticised the United States .
    rows = [("Officials", 1, "nsubj", "NOUN", "NNS", "O"), ("criticised", 1, "ROOT", "VERB", "VBD", "O"),
            ("the", 4, "det", "DET", "DT", "O"), ("United", 4, "compound", "PROPN", "NNP", "B-GPE"),
            ("States", 1, "dobj", "PROPN", "NNP", "I-GPE"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    officials = by[next(n for n in by if n.lower() == "officials")]
    assert by["United States"].id not in officials.affiliations and officials.code is None
