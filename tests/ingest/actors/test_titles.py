from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.titles import (
    clean_title,
    full_title,
    is_honorific,
    is_title_head,
    is_title_word,
    title_gender,
)
from graphkit.models import Article


def test_title_words():
    for w in ("Minister", "minister", "Secretary", "chief", "spokeswoman", "President", "envoy"):
        assert is_title_head(w)
    for w in ("Prime", "Foreign", "junior", "State"):
        assert is_title_word(w) and not is_title_head(w)
    for w in ("Kerry", "Gaza", "said", "the"):
        assert not is_title_word(w)


def test_gender_from_titles_and_honorifics():
    assert title_gender("spokeswoman") == "f"
    assert title_gender("foreign ministry spokesman") == "m"
    assert title_gender("Mrs.") == "f"
    assert title_gender("Secretary of State") is None
    assert is_honorific("Mr.") and not is_honorific("Minister")


def test_clean_title():
    assert clean_title(["Secretary", "-", "General"]) == "Secretary-General"
    assert clean_title(["of", "Foreign", "Minister", ","]) == "Foreign Minister"


def test_a_title_written_with_designate_before_a_name_gives_its_country(vocab):
    words = ["Italian", "Prime", "Minister", "designate", "Giulio", "Andreotti", "spoke", ".", "Andreotti", "said",
             "so", "."]
    ents = ["B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O"]
    layer, by = _actors(Doc(vocab, words=words, ents=ents))
    andreotti = by["Giulio Andreotti"]
    assert andreotti.titles == ["Prime Minister designate"] and layer.at(8) == andreotti.id
    assert [layer.actors[a].code for a in andreotti.affiliations] == ["ITA"]


def _actors(doc):
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return layer, {a.name: a for a in layer.actors.values()}


def test_abbreviated_titles_are_the_titles_they_stand_for():
    assert is_title_head("Sen.") and is_title_head("Gov.") and is_title_word("Lt.")
    assert full_title("Rep.") == "representative" and full_title("Senator") == "senator"
    assert clean_title(["Sen."]) == "Senator"
    assert not is_title_word("Mo.") and not is_title_word("Inc.")


def test_an_abbreviated_title_before_a_name_is_its_title(vocab):
    words = ["Sen.", "Thad", "Cochran", "said", "so", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    _, by = _actors(Doc(vocab, words=words, ents=ents))
    assert by["Thad Cochran"].titles == ["Senator"]


def test_a_delegate_is_a_title_head():
    assert is_title_head("delegate")
