"""Unnamed groups (graphkit.ingest.actors.groups, .unnamed): which plurals are groups, capitals that only
open a sentence, the country of a group, and a country's own forces."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.actors.groups import common_at, group_words, is_group_word, is_plural_at
from graphkit.ingest.prepare.tokentable import token_table
from graphkit.ingest.words import word_list
from tests.ingest.actors.test_find import make_doc, run


def test_group_words_come_from_the_hand_list_the_sector_nouns_and_wordnet():
    assert word_list("group_nouns") <= group_words()
    assert {"soldiers", "gendarmes", "teachers", "journalists"} <= group_words()  # sector nouns for people
    assert {"kidnappers", "attackers", "rioters", "hijackers"} <= group_words()  # grown from WordNet
    assert "kidnappers" in word_list("group_wordnet") and "bombers" not in word_list("group_wordnet")
    # anyone ("people", "parents"), bodies ("companies"), office holders who speak for a body ("ministers")
    for word in ("people", "parents", "owners", "companies", "courts", "ministers", "peers", "members", "soldier"):
        assert not is_group_word(word), word


def test_a_capital_opening_a_sentence_or_a_quote_is_a_common_word(vocab):
    doc = Doc(vocab, words=["He", "left", ".", '"', "Troops", "came", ".", "Rebels", "left", "with", "Rebels"],
              sent_starts=[1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], tags=[""] * 4 + ["NNP"] + [""] * 6)
    t = token_table(doc)
    assert common_at(t, 4) and common_at(t, 7) and common_at(t, 1)
    assert not common_at(t, 10)  # a capital inside the sentence is a name
    assert is_plural_at(t, 4, "troops")


def test_sentence_initial_group_nouns_act_and_take_the_country_of_their_place(vocab):
    # Police arrested protesters in Cairo .  /  Students in Tehran attacked the embassy .
    rows = [("Police", 1, "nsubj", "PROPN", "NNP", "O"), ("arrested", 1, "ROOT", "VERB", "VBD", "O"),
            ("protesters", 1, "dobj", "NOUN", "NNS", "O"), ("in", 1, "prep", "ADP", "IN", "O"),
            ("Cairo", 3, "pobj", "PROPN", "NNP", "B-GPE"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    police, protesters = by["police"], by["protesters"]
    assert layer.at(0) == police.id and police.code == "EGYCOP" and police.affiliations == [by["Egypt"].id]
    assert protesters.code == "EGYOPP"
    assert by["Egypt"].mentions == [] and by["Egypt"].code == "EGY"  # kept, unnamed, so that the ties resolve
    rows = [("Students", 3, "nsubj", "NOUN", "NNS", "O"), ("in", 0, "prep", "ADP", "IN", "O"),
            ("Tehran", 1, "pobj", "PROPN", "NNP", "B-GPE"), ("attacked", 3, "ROOT", "VERB", "VBD", "O"),
            ("the", 5, "det", "DET", "DT", "O"), ("embassy", 3, "dobj", "NOUN", "NN", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(0) == by["students"].id and by["students"].code == "IRNEDU"


def test_diplomats_meeting_somewhere_are_not_of_that_place(vocab):
    # Diplomats met in Geneva .  /  Gunmen killed a guard in Karachi .
    rows = [("Diplomats", 1, "nsubj", "NOUN", "NNS", "O"), ("met", 1, "ROOT", "VERB", "VBD", "O"),
            ("in", 1, "prep", "ADP", "IN", "O"), ("Geneva", 2, "pobj", "PROPN", "NNP", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert "diplomats" not in by or not by["diplomats"].affiliations
    rows = [("Gunmen", 1, "nsubj", "NOUN", "NNS", "O"), ("killed", 1, "ROOT", "VERB", "VBD", "O"),
            ("a", 3, "det", "DET", "DT", "O"), ("guard", 1, "dobj", "NOUN", "NN", "O"),
            ("in", 1, "prep", "ADP", "IN", "O"), ("Karachi", 4, "pobj", "PROPN", "NNP", "B-GPE")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["gunmen"].kind == "group" and by["gunmen"].code == "PAKREB"


def test_rebels_of_a_country_are_a_group_tied_to_it_and_distinct_per_country(vocab):
    # Syrian rebels attacked Egyptian police .
    rows = [("Syrian", 1, "amod", "ADJ", "JJ", "B-NORP"), ("rebels", 2, "nsubj", "NOUN", "NNS", "O"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "O"), ("Egyptian", 4, "amod", "ADJ", "JJ", "B-NORP"),
            ("police", 2, "dobj", "NOUN", "NNS", "O"), (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(1) == by["Syrian rebels"].id and by["Syrian rebels"].code == "SYRREB"
    assert layer.at(4) == by["Egyptian police"].id and by["Egyptian police"].code == "EGYCOP"
    assert by["Syrian rebels"].affiliations == [by["Syria"].id]


def test_the_army_acts_and_targets_of_at_are_groups(vocab):
    # The army fired at students .
    rows = [("The", 1, "det", "DET", "DT", "O"), ("army", 2, "nsubj", "NOUN", "NN", "O"),
            ("fired", 2, "ROOT", "VERB", "VBD", "O"), ("at", 2, "prep", "ADP", "IN", "O"),
            ("students", 3, "pobj", "NOUN", "NNS", "O"), (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(1) == by["army"].id and by["army"].kind == "organization" and by["army"].sector == "MIL"
    assert layer.at(4) == by["students"].id


def test_a_countrys_own_forces_and_described_groups_are_no_parties(vocab):
    # Britain mobilized reservists .  /  a few officers were racist .
    rows = [("Britain", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("mobilized", 1, "ROOT", "VERB", "VBD", "O"),
            ("reservists", 1, "dobj", "NOUN", "NNS", "O"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(2) is None and "reservists" not in by
    doc = make_doc(vocab, rows=[("officers", 1, "nsubj", "NOUN", "NNS", "O"), ("were", 1, "ROOT", "AUX", "VBD", "O"),
                                ("racist", 1, "acomp", "ADJ", "JJ", "O")])
    doc[1].lemma_ = "be"
    layer, by = run(doc)
    assert layer.at(0) is None and "officers" not in by


def test_people_and_members_alone_are_no_actors(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    text = "People gathered in the square. Members voted against the plan."
    layer = find_actors(nlp(text), Article(id="a", text=text))
    assert not layer.actors


def test_owned_forces_and_idioms_are_no_groups(vocab):
    # Baghdad said its forces attacked .  /  Washington joined forces with Moscow .
    rows = [("Baghdad", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("said", 1, "ROOT", "VERB", "VBD", "O"),
            ("its", 3, "poss", "PRON", "PRP$", "O"), ("forces", 4, "nsubj", "NOUN", "NNS", "O"),
            ("attacked", 1, "ccomp", "VERB", "VBD", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert "forces" not in by and layer.at(3) is None
    rows = [("Washington", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("joined", 1, "ROOT", "VERB", "VBD", "O"),
            ("forces", 1, "dobj", "NOUN", "NNS", "O"), ("with", 2, "prep", "ADP", "IN", "O"),
            ("Moscow", 3, "pobj", "PROPN", "NNP", "B-GPE")]
    _, by = run(make_doc(vocab, rows=rows))
    assert "forces" not in by


def test_unnamed_groups_of_two_countries_differ_and_one_group_merges(vocab):
    # Police in Cairo arrested students . Police in Tehran arrested students .  (two parse trees: two sentences)
    def sentence(city, o):
        return [("Police", o + 3, "nsubj", "PROPN", "NNP", "O"), ("in", o, "prep", "ADP", "IN", "O"),
                (city, o + 1, "pobj", "PROPN", "NNP", "B-GPE"), ("arrested", o + 3, "ROOT", "VERB", "VBD", "O"),
                ("students", o + 3, "dobj", "NOUN", "NNS", "O"), (".", o + 3, "punct", "PUNCT", ".", "O")]
    layer, _ = run(make_doc(vocab, rows=sentence("Cairo", 0) + sentence("Tehran", 6)))
    police = [a for a in layer.actors.values() if a.name == "police"]
    assert sorted(a.code for a in police) == ["EGYCOP", "IRNCOP"] and layer.at(0) != layer.at(6)
    layer, _ = run(make_doc(vocab, rows=sentence("Cairo", 0) + sentence("Cairo", 6)))
    police = [a for a in layer.actors.values() if a.name == "police"]
    assert len(police) == 1 and layer.at(0) == layer.at(6) and len(police[0].mentions) == 2


def test_local_people_take_the_country_of_their_place_and_investors_none(vocab):
    # Villagers in Kenya protested .  /  Investors in Kenya protested .
    def sentence(noun):
        return [(noun, 3, "nsubj", "NOUN", "NNS", "O"), ("in", 0, "prep", "ADP", "IN", "O"),
                ("Kenya", 1, "pobj", "PROPN", "NNP", "B-GPE"), ("protested", 3, "ROOT", "VERB", "VBD", "O")]
    _, by = run(make_doc(vocab, rows=sentence("Villagers")))
    assert by["villagers"].code == "KENCVL" and by["villagers"].affiliations == [by["Kenya"].id]
    _, by = run(make_doc(vocab, rows=sentence("Investors")))
    assert by["investors"].affiliations == []  # investors of anywhere


def test_one_unnamed_doer_of_force_is_an_actor_of_its_place(vocab):
    # A gunman killed a guard in Karachi .
    rows = [("A", 1, "det", "DET", "DT", "O"), ("gunman", 2, "nsubj", "NOUN", "NN", "O"),
            ("killed", 2, "ROOT", "VERB", "VBD", "O"), ("a", 4, "det", "DET", "DT", "O"),
            ("guard", 2, "dobj", "NOUN", "NN", "O"), ("in", 2, "prep", "ADP", "IN", "O"),
            ("Karachi", 5, "pobj", "PROPN", "NNP", "B-GPE")]
    layer, by = run(make_doc(vocab, rows=rows))
    gunman = by["gunman"]
    assert layer.at(1) == gunman.id and gunman.kind == "group" and gunman.code == "PAKREB"


def test_one_holder_of_an_everyday_role_or_a_rare_sense_is_no_actor(vocab):
    # A student attacked a host .  ("hosts" are an army only in WordNet's rarest sense)
    rows = [("A", 1, "det", "DET", "DT", "O"), ("student", 2, "nsubj", "NOUN", "NN", "O"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "O"), ("a", 4, "det", "DET", "DT", "O"),
            ("host", 2, "dobj", "NOUN", "NN", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(1) is None and layer.at(4) is None and "student" not in by and "host" not in by


def test_a_lone_agent_needs_an_article_or_a_demonym():
    from graphkit.ingest.actors.groups import lone_agent_at

    doc = Doc(Vocab(), words=["gunman", "fire", "the", "soldier", "a", "soldiers"],
              tags=["NN", "NN", "DT", "NN", "DT", "NNS"], heads=[1, 1, 3, 3, 5, 5],
              deps=["compound", "ROOT", "det", "ROOT", "det", "ROOT"])
    t = token_table(doc)
    assert not lone_agent_at(t, 0, "gunman")  # "gunman fire": a modifier, no article
    assert lone_agent_at(t, 3, "soldier")
    assert not lone_agent_at(t, 5, "soldiers")  # a plural is a group noun, read elsewhere


def test_holders_of_a_branch_named_by_its_adjective_are_a_group_of_the_country(vocab):
    # U.S. farmers urged congressional leaders  /  parliamentary sources said : only cited
    rows = [("U.S.", 1, "compound", "PROPN", "NNP", "B-GPE"), ("farmers", 2, "nsubj", "NOUN", "NNS", "O"),
            ("urged", 2, "ROOT", "VERB", "VBD", "O"), ("congressional", 4, "amod", "ADJ", "JJ", "O"),
            ("leaders", 2, "dobj", "NOUN", "NNS", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    leaders = by["congressional leaders"]
    assert layer.at(4) == leaders.id and leaders.code == "USALEG" and leaders.affiliations == [by["United States"].id]
    doc = make_doc(vocab, ["parliamentary", "sources", "said"], heads=[1, 2, 2], deps=["amod", "nsubj", "ROOT"],
                   pos=["ADJ", "NOUN", "VERB"], tags=["JJ", "NNS", "VBD"], lemmas=["parliamentary", "source", "say"])
    layer, by = run(doc)
    assert layer.at(1) is None and "parliamentary sources" not in by


def test_his_country_is_the_country_its_possessor_serves(vocab):
    # Egyptian President Mubarak said his country would retaliate .
    rows = [("Egyptian", 2, "amod", "ADJ", "JJ", "B-NORP"), ("President", 2, "compound", "PROPN", "NNP", "O"),
            ("Mubarak", 3, "nsubj", "PROPN", "NNP", "B-PERSON"), ("said", 3, "ROOT", "VERB", "VBD", "O"),
            ("his", 5, "poss", "PRON", "PRP$", "O"), ("country", 7, "nsubj", "NOUN", "NN", "O"),
            ("would", 7, "aux", "AUX", "MD", "O"), ("retaliate", 3, "ccomp", "VERB", "VB", "O"),
            (".", 3, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(5) == by["Egypt"].id
    rows[2] = ("Mubarak", 3, "nsubj", "PROPN", "NNP", "B-PERSON")
    rows[0:2] = [("The", 2, "det", "DET", "DT", "O"), ("old", 2, "amod", "ADJ", "JJ", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(5) is None  # a possessor tied to no country: nothing is guessed
