"""The speaker's government (graphkit.ingest.actors.speakers)."""
from graphkit.ingest.actors.speakers import speaker_at
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run

_ROWS = [("U.S.", 2, "compound", "PROPN", "NNP", "B-GPE"), ("Secretary", 2, "compound", "PROPN", "NNP", "O"),
         ("Baker", 3, "nsubj", "PROPN", "NNP", "B-PERSON"), ("said", 3, "ROOT", "VERB", "VBD", "O"),
         ("the", 5, "det", "DET", "DT", "O"), ("government", 6, "nsubj", "NOUN", "NN", "O"),
         ("rejected", 3, "ccomp", "VERB", "VBD", "O"), ("the", 8, "det", "DET", "DT", "O"),
         ("plan", 6, "dobj", "NOUN", "NN", "O"), (".", 3, "punct", "PUNCT", ".", "O")]


def _doc(vocab, rows):
    doc = make_doc(vocab, rows=rows)
    for tok in doc:
        tok.lemma_ = {"said": "say", "met": "meet"}.get(tok.text, tok.text.lower())
    return doc


def test_the_government_in_the_words_of_a_speaker_of_one_country_is_that_country(vocab):
    layer, by = run(_doc(vocab, _ROWS))
    assert by["Baker"].affiliations == [by["United States"].id]
    assert layer.at(5) == by["United States"].id


def test_a_speaker_tied_to_no_country_settles_nothing(vocab):
    rows = [(w, h - 2, d, p, t, e) for w, h, d, p, t, e in _ROWS[2:]]
    layer, by = run(_doc(vocab, rows))
    assert layer.at(3) is None
    assert all(a.kind != "country" for a in by.values())


def test_no_speaker_above_a_clause_that_reports_nothing(vocab):
    rows = [("Baker", 1, "nsubj", "PROPN", "NNP", "B-PERSON"), ("met", 1, "ROOT", "VERB", "VBD", "O"),
            ("the", 3, "det", "DET", "DT", "O"), ("government", 1, "dobj", "NOUN", "NN", "O")]
    doc = _doc(vocab, rows)
    assert speaker_at(doc, token_table(doc), 3) is None
    rows = [("Baker", 1, "nsubj", "PROPN", "NNP", "B-PERSON"), ("said", 1, "ROOT", "VERB", "VBD", "O"),
            ("the", 3, "det", "DET", "DT", "O"), ("government", 4, "nsubj", "NOUN", "NN", "O"),
            ("erred", 1, "ccomp", "VERB", "VBD", "O")]
    doc = _doc(vocab, rows)
    assert speaker_at(doc, token_table(doc), 3) == 0


def test_the_government_in_the_words_of_an_unnamed_source_of_one_country_is_that_country(vocab):
    rows = [("An", 2, "det", "DET", "DT", "O"), ("Egyptian", 2, "amod", "ADJ", "JJ", "B-NORP"),
            ("official", 3, "nsubj", "NOUN", "NN", "O"), ("said", 3, "ROOT", "VERB", "VBD", "O"),
            ("the", 5, "det", "DET", "DT", "O"), ("government", 6, "nsubj", "NOUN", "NN", "O"),
            ("rejected", 3, "ccomp", "VERB", "VBD", "O"), ("the", 8, "det", "DET", "DT", "O"),
            ("plan", 6, "dobj", "NOUN", "NN", "O")]
    layer, by = run(_doc(vocab, rows))
    assert layer.at(2) == by["Egypt"].id
    assert layer.at(5) == by["Egypt"].id


def test_the_army_in_the_words_of_an_unnamed_source_of_one_country_is_that_country(vocab):
    rows = [("Iraqi", 1, "amod", "ADJ", "JJ", "B-NORP"), ("officials", 2, "nsubj", "NOUN", "NNS", "O"),
            ("said", 2, "ROOT", "VERB", "VBD", "O"), ("the", 4, "det", "DET", "DT", "O"),
            ("army", 5, "nsubj", "NOUN", "NN", "O"), ("attacked", 2, "ccomp", "VERB", "VBD", "O"),
            ("Iranian", 7, "amod", "ADJ", "JJ", "B-NORP"), ("positions", 5, "dobj", "NOUN", "NNS", "O")]
    layer, by = run(_doc(vocab, rows))
    army = by[next(n for n in by if n == "army")]
    assert [by_id.code for by_id in by.values() if by_id.id in army.affiliations] == ["IRQ"]
