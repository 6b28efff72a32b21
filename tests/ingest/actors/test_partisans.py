from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.partisans import party_tag
from graphkit.models import Article


def test_party_state_tags_after_a_name():
    for text in ("X (D-Fla.) said", "X, R-Mo., said", "X, (D-Kans.), chairman", "X (R-N.C.) said",
                 "X (D-Texas) said", "X, R-Mo. and Y"):
        assert party_tag(text, 1), text


def test_other_brackets_after_a_name_are_no_tags():
    for text in ("X (Kansas) said", "X (D) said", "X, Democrat, said", "X (GE-N) said", "X, DR-Congo said",
                 "X (R-2) said"):
        assert not party_tag(text, 1), text


def _actors(doc):
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return layer, {a.name: a for a in layer.actors.values()}


def test_a_tagged_name_is_a_member_of_the_us_congress(vocab):
    words = ["Japan", "must", "open", "markets", ",", "Rudy", "Boschwitz", "(", "R", "-", "Minn.", ")", "said", "."]
    spaces = [True, True, True, False, True, True, True, False, False, False, False, True, False, False]
    ents = ["B-GPE", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O", "O", "O"]
    layer, by = _actors(Doc(vocab, words=words, spaces=spaces, ents=ents))
    man = by["Rudy Boschwitz"]
    assert [layer.actors[a].code for a in man.affiliations] == ["USA"]
    assert man.titles == ["member of Congress"]


def test_an_untagged_name_is_not_tied_by_the_rule(vocab):
    words = ["Japan", "must", "open", "markets", ",", "Rudy", "Boschwitz", "(", "Minnesota", ")", "said", "."]
    spaces = [True, True, True, False, True, True, True, False, False, True, False, False]
    ents = ["B-GPE", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O"]
    layer, by = _actors(Doc(vocab, words=words, spaces=spaces, ents=ents))
    assert "USA" not in [layer.actors[a].code for a in by["Rudy Boschwitz"].affiliations]
