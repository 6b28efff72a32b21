"""Nonce bodies named after a person of the article are figures of speech (hand-built Docs)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.models import Article


def actor_names(vocab, words, ents):
    doc = Doc(vocab, words=words, ents=ents)
    return sorted(a.name for a in find_actors(doc, Article(id="a", text=doc.text)).actors.values())


SENT = ["Robert", "Smith", "spoke", ".", "Smith", "likes", "the", "Robert", "Smith", "Party", "more", "than",
        "Amicus", "."]
ENTS = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O"]


def test_a_party_named_once_after_a_person_of_the_article_is_no_actor(vocab):
    assert actor_names(vocab, SENT, ENTS) == ["Amicus", "Robert Smith"]


def test_the_model_taking_the_coinage_for_a_place_changes_nothing(vocab):
    ents = [*ENTS[:7], "B-GPE", "I-GPE", "I-GPE", *ENTS[10:]]
    assert actor_names(vocab, SENT, ents) == ["Amicus", "Robert Smith"]


def test_an_eponymous_body_named_twice_stays(vocab):
    words = [*SENT, "The", "Robert", "Smith", "Party", "won", "."]
    ents = [*ENTS, "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert actor_names(vocab, words, ents) == ["Amicus", "Robert Smith", "Robert Smith Party"]


def test_a_body_after_someone_the_article_does_not_name_stays(vocab):
    words = ["Jones", "spoke", ".", "He", "likes", "the", "Robert", "Smith", "Party", "more", "than", "Amicus", "."]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O"]
    assert actor_names(vocab, words, ents) == ["Amicus", "Jones", "Robert Smith Party"]


def test_a_body_after_a_surname_alone_stays(vocab):
    words = ["Robert", "Smith", "spoke", ".", "He", "likes", "the", "Smith", "Institute", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    assert actor_names(vocab, words, ents) == ["Robert Smith", "Smith Institute"]


def test_a_name_only_the_model_took_for_a_person_makes_no_figure(vocab):
    # "bonds for Den Danske Bank ... Den Danske's bond": a bank, whose short name the model took for a person
    words = ["Bonds", "for", "Den", "Danske", "Bank", "fell", ".", "Den", "Danske", "'s", "bond", "fell", "."]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    assert "Den Danske Bank" in actor_names(vocab, words, ents)
