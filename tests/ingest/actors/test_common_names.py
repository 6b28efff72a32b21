"""Generic body names ("the Senate", "Treasury"): one common word, marked on the actor's record."""
from spacy.tokens import Doc

from graphkit.ingest.actors.common_names import generic_body, is_generic_body
from graphkit.ingest.actors.find import find_actors
from graphkit.models import Article


def test_one_common_word_is_generic_and_a_names_own_words_are_not():
    assert [generic_body(n) for n in ("Senate", "the Parliament", "Ministries", "Treasury")] == [True] * 4
    names = ("Reuters", "Philippine Congress", "World Bank", "Foreign Ministry", "Likud")
    assert not any(generic_body(n) for n in names)


def test_abbreviations_are_no_generic_names_and_a_body_in_small_letters_is_generic():
    assert not any(generic_body(n) for n in ("NATO", "UN", "the U.S. Senate", "army officers"))
    assert generic_body("army") and generic_body("the government")


def test_only_bodies_are_generic():
    assert is_generic_body("group", "Army") and not is_generic_body("person", "Army")


def test_the_actor_stage_marks_a_body_named_by_a_common_word(vocab):
    words = ["The", "Senate", "and", "Exxon", "met", "Mr", "Congress", "."]
    ents = ["O", "B-ORG", "O", "B-ORG", "O", "O", "B-PERSON", "O"]
    doc = Doc(vocab, words=words, ents=ents)
    layer = find_actors(doc, Article(id="a", text=doc.text))
    marks = {a.name: a.generic_name for a in layer.actors.values()}
    assert marks.get("Senate") is True and marks.get("Exxon") is False
    assert not any(v for k, v in marks.items() if k not in ("Senate",))
