"""A style given to a person is the person's name, not another actor (hand-built Docs)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.styles import is_style, styled_person
from graphkit.ingest.prepare.tokentable import token_table
from graphkit.models import Article


def actors(doc):
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return sorted((a.name, a.kind, sorted(m.text for m in a.mentions)) for a in layer.actors.values())


def known_as(vocab, first, ent):
    # "Jane Smith is to be known as <first> of Kent ."
    words = ["Jane", "Smith", "is", "to", "be", "known", "as", first, "of", "Kent", "."]
    return Doc(vocab, words=words, heads=[1, 2, 2, 5, 5, 2, 5, 6, 7, 8, 2],
               deps=["compound", "nsubj", "ROOT", "aux", "auxpass", "xcomp", "prep", "pobj", "prep", "pobj", "punct"],
               ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", f"B-{ent}", f"I-{ent}", f"I-{ent}", "O"])


def test_a_style_given_with_known_as_is_a_mention_of_the_subject(vocab):
    assert actors(known_as(vocab, "Duchess", "ORG")) == [("Jane Smith", "person", ["Duchess of Kent", "Jane Smith"])]


def test_a_body_known_by_another_name_stays_an_actor(vocab):
    # "Jane Smith is to be known as Friends of Kent": no style word, a body's name
    found = actors(known_as(vocab, "Friends", "ORG"))
    assert ("Friends of Kent", "organization", ["Friends of Kent"]) in found


def test_a_style_word_outside_the_frames_gives_no_person(vocab):
    # "Jane Smith met the Duchess of Kent ."
    words = ["Jane", "Smith", "met", "the", "Duchess", "of", "Kent", "."]
    doc = Doc(vocab, words=words, heads=[1, 2, 2, 4, 2, 4, 5, 2],
              deps=["compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert styled_person(token_table(doc), 4, 7) is None
    assert ("Jane Smith", "person", ["Jane Smith"]) in actors(doc)


def test_style_words_are_royal_styles_peerage_ranks_honorifics_and_titles():
    assert is_style(["HRH", "Duchess"]) and is_style(["Earl", "Spencer"]) and is_style(["Lady", "Jay"])
    assert not is_style(["Cornwall", "Council"]) and not is_style(["the", "Independent"])


def test_on_the_real_model_styles_papers_and_stations_are_named_whole(nlp):
    text = ("Mrs Jane Parker will take the title HRH Duchess of Kent after the wedding. Mrs Parker spoke. "
            "A poll for the Independent on Sunday found support. They met at London's King Cross station.")
    layer = find_actors(nlp(text), Article(id="a", text=text))
    names = {a.name: a for a in layer.actors.values()}
    assert "HRH Duchess of Kent" in [m.text for m in names["Jane Parker"].mentions]
    assert "Independent on Sunday" in names and "Independent" not in names
    assert names["King Cross station"].kind == "location"
