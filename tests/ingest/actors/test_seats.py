"""Organisations named after their seat, a capital (graphkit.ingest.actors.seats)."""
from graphkit.ingest.actors.gazetteer import country_name
from graphkit.ingest.actors.seats import seat_country
from tests.ingest.actors.test_find import make_doc, run


def test_a_name_opening_with_a_capital_gives_its_country():
    assert seat_country("Tokyo Stock Exchange") == "JPN" and seat_country("the Tehran Times") == "IRN"
    assert seat_country("Mexico City Council") == "MEX"  # a capital of two words, read whole


def test_a_forum_a_lower_case_rest_or_a_disputed_capital_give_none():
    assert seat_country("Paris Club") is None and seat_country("Warsaw Pact") is None
    assert seat_country("Tokyo Round of trade talks") is None
    assert seat_country("Victoria Bank") is None  # Seychelles' capital, an Australian state
    assert seat_country("Tokyo") is None and seat_country("Brooklyn Union Gas") is None


def _doc(vocab, words):
    # <name ...> accused Iraq .
    n = len(words)
    rows = [(w, n - 1, "compound", "PROPN", "NNP", "B-ORG" if i == 0 else "I-ORG") for i, w in enumerate(words)]
    rows[-1] = (words[-1], n, "nsubj", "PROPN", "NNP", "I-ORG")
    rows += [("accused", n, "ROOT", "VERB", "VBD", "O"), ("Iraq", n, "dobj", "PROPN", "NNP", "B-GPE"),
             (".", n, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_a_body_named_after_a_capital_is_of_its_country_as_of_the_report(vocab):
    _, by = run(_doc(vocab, ["Tehran", "Times"]))
    assert by[country_name("IRN")].id in by["Tehran Times"].affiliations
    _, by = run(_doc(vocab, ["Paris", "Club"]))
    assert by["Paris Club"].affiliations == []
