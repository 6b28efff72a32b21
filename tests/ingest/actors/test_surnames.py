"""A bare surname the model took for a people or a place is the one person named in full so."""
from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.surnames import surname_of_bearer
from graphkit.models import Article


def doc_of(vocab, words, ents, heads=None, deps=None):
    """A Doc whose capitalised words are proper nouns (the model's tags for a name)."""
    pos = ["PROPN" if w[:1].isupper() else "VERB" for w in words]
    tags = ["NNP" if p == "PROPN" else "VBD" for p in pos]
    return Doc(vocab, words=words, ents=ents, pos=pos, tags=tags, heads=heads, deps=deps)


def run(doc):
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return layer, {a.name: a for a in layer.actors.values()}


def test_words_of_peoples_places_and_phrases_are_no_surnames():
    assert surname_of_bearer("Bomani", "group", ["NORP"]) and surname_of_bearer("Nakasone", "location", ["GPE"])
    assert not surname_of_bearer("Palestinians", "group", ["NORP"])  # a people the gazetteer knows
    assert not surname_of_bearer("Salford", "location", ["GPE"])  # a place it knows
    assert not surname_of_bearer("Nakasone", "location", ["GPE", "LOC"])  # the model's own place label
    assert not surname_of_bearer("Paul Bomani", "group", ["NORP"]) and not surname_of_bearer("bomani", "group", [])
    assert not surname_of_bearer("Bomani", "organization", ["ORG"])  # organisations join by the older rule


def test_a_surname_labelled_as_a_people_is_the_person(vocab):
    words = ["Minister", "Paul", "Bomani", "spoke", ".", "Bomani", "called", "on", "Kenya", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "B-GPE", "O"]
    layer, by = run(doc_of(vocab, words, ents))
    assert "Bomani" not in by
    assert layer.at(5) == by["Paul Bomani"].id and by["Paul Bomani"].kind == "person"


def test_a_surname_labelled_as_a_place_is_the_person(vocab):
    words = ["Premier", "Yasuhiro", "Nakasone", "spoke", ".", "An", "aide", "to", "Nakasone", "said", "so", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    heads = [2, 2, 3, 3, 3, 6, 9, 6, 7, 9, 9, 9]
    deps = ["compound", "compound", "nsubj", "ROOT", "punct", "det", "nsubj", "prep", "pobj", "ROOT", "advmod",
            "punct"]  # "to Nakasone": the object of a preposition of place, as "to Washington" would be
    layer, by = run(doc_of(vocab, words, ents, heads, deps))
    assert "Nakasone" not in by and layer.at(8) == by["Yasuhiro Nakasone"].id


def test_a_surname_the_model_calls_a_people_again_and_again_keeps_its_bearer_a_person(vocab):
    words = ["Dennis", "Paboojian", "resigned", ".", "Paboojian", "left", ".", "Paboojian", "quit", ".",
             "Paboojian", "said", "so", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "B-NORP", "O", "O", "B-NORP", "O", "O", "O"]
    layer, by = run(doc_of(vocab, words, ents))
    assert set(by) == {"Dennis Paboojian"} and by["Dennis Paboojian"].kind == "person"
    assert layer.at(4) == layer.at(7) == layer.at(10) == by["Dennis Paboojian"].id


def tagged(vocab, words, ents, tags):
    return Doc(vocab, words=words, ents=ents, tags=tags, pos=["PROPN" if t == "NNP" else "X" for t in tags],
               sent_starts=[w in ("Yasuhiro", "Echoing", "Replacing") or i == 0 for i, w in enumerate(words)])


def test_two_surnames_the_model_joined_by_a_function_word_are_two_people(vocab):
    words = ["Yasuhiro", "Nakasone", "met", "Noboru", "Takeshita", ".", "Yasuhiro", "chose", "Nakasone", "after",
             "Takeshita", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    tags = ["NNP", "NNP", "VBD", "NNP", "NNP", ".", "NNP", "VBD", "NNP", "IN", "NNP", "VBD", "."]
    layer, by = run(tagged(vocab, words, ents, tags))
    assert "Nakasone after Takeshita" not in by
    assert layer.at(8) == by["Yasuhiro Nakasone"].id and layer.at(10) == by["Noboru Takeshita"].id


def test_an_opening_verb_the_model_took_into_a_name_is_cut_off(vocab):
    words = ["Minister", "Cesar", "Gaviria", "spoke", ".", "Echoing", "Gaviria", ",", "Jorge", "Cardenas", "agreed",
             "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    tags = ["NNP", "NNP", "NNP", "VBD", ".", "NNP", "NNP", ",", "NNP", "NNP", "VBD", "."]
    layer, by = run(tagged(vocab, words, ents, tags))
    assert "Echoing Gaviria" not in by and layer.at(6) == by["Cesar Gaviria"].id and layer.at(5) is None


def test_bodies_and_companies_named_after_a_person_keep_their_names(vocab):
    words = ["Haruo", "Maekawa", "and", "Roger", "King", "spoke", ".", "The", "Maekawa", "committee", "and", "King",
             "and", "Co", "agreed", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG",
            "I-ORG", "I-ORG", "O", "O"]
    tags = ["NNP", "NNP", "CC", "NNP", "NNP", "VBD", ".", "DT", "NNP", "NN", "CC", "NNP", "CC", "NNP", "VBD", "."]
    layer, by = run(tagged(vocab, words, ents, tags))
    assert layer.at(8) != by["Haruo Maekawa"].id and layer.at(11) != by["Roger King"].id



def test_a_surname_the_model_took_for_a_date_is_the_person_but_a_month_is_not(vocab):
    words = ["Kasuhiza", "Okamoto", "and", "Rick", "May", "spoke", ".", '"', "No", '"', ",", "said", "Okamoto", ".",
             "It", "rose", "in", "May", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "B-DATE", "O",
            "O", "O", "O", "B-DATE", "O"]
    layer, by = run(doc_of(vocab, words, ents))
    assert layer.at(12) == by["Kasuhiza Okamoto"].id and layer.at(17) is None


def test_a_style_before_a_given_name_is_the_person_named_in_full_so(vocab):
    words = ["Oil", "Minister", "Sheikh", "Ali", "Khalifa", "spoke", ".", "Sheikh", "Ali", "said", "so", "."]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"]
    layer, by = run(doc_of(vocab, words, ents))
    assert set(by) == {"Ali Khalifa"} and layer.at(8) == by["Ali Khalifa"].id


def test_an_office_before_a_given_name_is_no_reference_to_it(vocab):
    words = ["David", "Blunkett", "spoke", ".", "Minister", "David", "said", "so", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"]
    layer, by = run(doc_of(vocab, words, ents))
    assert layer.at(5) != by["David Blunkett"].id
