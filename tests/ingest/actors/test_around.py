"""Titles and affiliations written around a name (graphkit.ingest.actors.around)."""

from tests.ingest.actors.test_find import make_doc, run


def _envoy(vocab, prep):
    # Portuguese Ambassador <prep> Peking Octavio Valerio said .
    rows = [("Portuguese", 1, "amod", "ADJ", "JJ", "B-NORP"), ("Ambassador", 6, "nsubj", "PROPN", "NNP", "O"),
            (prep, 1, "prep", "ADP", "IN", "O"), ("Peking", 5, "compound", "PROPN", "NNP", "O"),
            ("Octavio", 5, "compound", "PROPN", "NNP", "B-PERSON"), ("Valerio", 2, "pobj", "PROPN", "NNP", "I-PERSON"),
            ("said", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_an_envoy_to_a_place_is_of_the_country_of_the_demonym_before_the_title(vocab):
    layer, by = run(_envoy(vocab, "to"))
    valerio = by["Octavio Valerio"]
    assert valerio.titles == ["Ambassador"]
    assert [layer.actors[x].code for x in valerio.affiliations] == ["PRT"]


def test_only_an_envoys_to_is_skipped(vocab):
    layer, by = run(_envoy(vocab, "from"))
    assert by["Octavio Valerio"].affiliations == []
