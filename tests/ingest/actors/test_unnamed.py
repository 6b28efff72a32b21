"""Unnamed groups and the sides they act for (graphkit.ingest.actors.unnamed)."""

from tests.ingest.actors.test_find import make_doc, run


def _forces(vocab, participle):
    # Vietnamese-<participle> forces attacked .
    rows = [("Vietnamese", 2, "npadvmod", "ADJ", "JJ", "B-NORP"), ("-", 2, "punct", "PUNCT", "HYPH", "O"),
            (participle, 3, "amod", "VERB", "VBN", "O"), ("forces", 4, "nsubj", "NOUN", "NNS", "O"),
            ("attacked", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    return layer, by


def test_forces_led_by_a_country_act_for_it_but_proxies_do_not_act_for_their_patron(vocab):
    layer, by = _forces(vocab, "led")
    assert layer.token_actor.get(3) == by["Vietnam"].id
    layer, by = _forces(vocab, "backed")
    assert "Vietnam" not in by or layer.token_actor.get(3) != by["Vietnam"].id


def _troops(vocab, first, second):
    # <first> <second> troops attacked .  ("South African", "North Korean": one NORP name of two words)
    rows = [(first, 1, "amod", "ADJ", "JJ", "B-NORP"), (second, 2, "amod", "ADJ", "JJ", "I-NORP"),
            ("troops", 3, "nsubj", "NOUN", "NNS", "O"), ("attacked", 3, "ROOT", "VERB", "VBD", "O"),
            (".", 3, "punct", "PUNCT", ".", "O")]
    return run(make_doc(vocab, rows=rows))


def test_troops_named_by_a_two_word_demonym_are_that_countrys(vocab):
    layer, by = _troops(vocab, "North", "Korean")
    troops = next(a for a in by.values() if a.id == layer.token_actor.get(2))
    assert troops.code == "PRKMIL" and troops.name == "North Korean troops"
    layer, by = _troops(vocab, "South", "African")
    assert next(a for a in by.values() if a.id == layer.token_actor.get(2)).code == "ZAFMIL"


def test_analysts_are_cited_for_what_they_know_and_act_for_no_country(vocab):
    # Japanese analysts criticised the plan .
    rows = [("Japanese", 1, "amod", "ADJ", "JJ", "B-NORP"), ("analysts", 2, "nsubj", "NOUN", "NNS", "O"),
            ("criticised", 2, "ROOT", "VERB", "VBD", "O"), ("the", 4, "det", "DET", "DT", "O"),
            ("plan", 2, "dobj", "NOUN", "NN", "O"), (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(1) is None
    rows[1] = ("officials", 2, "nsubj", "NOUN", "NNS", "O")
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(1) == by["Japan"].id
