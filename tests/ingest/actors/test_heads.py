"""Leaders and units of an unnamed group (graphkit.ingest.actors.heads): the group acting."""
from spacy.tokens import Doc

from graphkit.ingest.actors.heads import group_modifier_at, member_group_word, owned_at
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def test_the_modifier_names_a_group_by_its_plural_or_as_an_institution():
    assert member_group_word("rebel") == "rebels" and member_group_word("Guerrilla") == "guerrillas"
    assert member_group_word("police") == "police" and member_group_word("army") == "army"
    assert member_group_word("share") is None and member_group_word("party") is None


def test_only_a_compound_group_word_before_a_member_noun_names_its_group(vocab):
    # their rebel leaders ; rebel sources ; Rebel leaders (opening the sentence) ; a Hamas leader
    doc = Doc(vocab, words=["their", "rebel", "leaders", "rebel", "sources", "Rebel", "leaders", "Hamas", "leaders"],
              heads=[2, 2, 2, 4, 4, 6, 6, 8, 8], deps=["poss", "compound", "ROOT", "compound", "ROOT",
                                                      "compound", "ROOT", "compound", "ROOT"],
              sent_starts=[1, 0, 0, 1, 0, 1, 0, 1, 0])
    t = token_table(doc)
    assert owned_at(t, 2) and group_modifier_at(t, 2) is None  # the owner acts
    assert group_modifier_at(t, 4) is None  # sources only report
    assert group_modifier_at(t, 6) == 5
    assert group_modifier_at(t, 8) is None  # a name: Hamas acts (graphkit.ingest.actors.unnamed)


def test_rebel_leaders_arrested_are_the_rebels_of_the_place(vocab):
    # Police arrested 20 rebel leaders in Nairobi .
    rows = [("Police", 1, "nsubj", "PROPN", "NNP", "O"), ("arrested", 1, "ROOT", "VERB", "VBD", "O"),
            ("20", 4, "nummod", "NUM", "CD", "O"), ("rebel", 4, "compound", "NOUN", "NN", "O"),
            ("leaders", 1, "dobj", "NOUN", "NNS", "O"), ("in", 1, "prep", "ADP", "IN", "O"),
            ("Nairobi", 5, "pobj", "PROPN", "NNP", "B-GPE"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    rebels = by["rebels"]
    assert layer.at(4) == rebels.id and rebels.kind == "group" and rebels.code == "KENREB"
    assert layer.at(0) == by["police"].id


def test_army_units_that_attack_are_the_army(vocab):
    # Army units attacked the town .
    rows = [("army", 1, "compound", "NOUN", "NN", "O"), ("units", 2, "nsubj", "NOUN", "NNS", "O"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "O"), ("the", 4, "det", "DET", "DT", "O"),
            ("town", 2, "dobj", "NOUN", "NN", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(1) == by["army"].id and by["army"].kind == "organization"


def test_positions_of_a_group_are_the_group_only_where_they_are_hit(vocab):
    # troops shelled rebel positions .  /  the minister visited refugee camps .
    rows = [("troops", 1, "nsubj", "NOUN", "NNS", "O"), ("shelled", 1, "ROOT", "VERB", "VBD", "O"),
            ("rebel", 3, "compound", "NOUN", "NN", "O"), ("positions", 1, "dobj", "NOUN", "NNS", "O"),
            ("in", 1, "prep", "ADP", "IN", "O"), ("Lima", 4, "pobj", "PROPN", "NNP", "B-GPE")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(3) == by["rebels"].id and by["rebels"].code == "PERREB"
    rows = [("the", 1, "det", "DET", "DT", "O"), ("minister", 2, "nsubj", "NOUN", "NN", "O"),
            ("visited", 2, "ROOT", "VERB", "VBD", "O"), ("refugee", 4, "compound", "NOUN", "NN", "O"),
            ("camps", 2, "dobj", "NOUN", "NNS", "O"), ("in", 2, "prep", "ADP", "IN", "O"),
            ("Lima", 5, "pobj", "PROPN", "NNP", "B-GPE")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert "refugees" not in by and layer.at(4) is None
