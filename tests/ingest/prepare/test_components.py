"""The fast attribute ruler and lemmatizer annotate exactly as spaCy's own components."""
import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from graphkit.ingest.prepare.components import FastAttributeRuler, FastEnglishLemmatizer, speed_up

ATTRS = [TAG, POS, MORPH, LEMMA, DEP]
TEXTS = [
    "\"Y'all ain't gonna believe it, but there's nothin' we can do,\" he said. Let's go, c'mon.",
    "I'd say they gotta leave: there are 12 ships  off Gaza, and Hamas wasn't told why.",
    "U.S. Secretary of State John Kerry worked the phones on Thursday, meeting Ban Ki-moon in Cairo.",
    "Something happened to anybody whose boats were seized; nobody, it seems, knew.\n\nThe talks ended.",
]


def annotations(doc):
    return doc.to_array(ATTRS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


def spacy_and_fast(nlp, text):
    """The doc annotated by spaCy's own ruler and lemmatizer code, and by the fast versions."""
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        base = nlp(text)
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    stock, fast = Doc(base.vocab).from_bytes(base.to_bytes()), Doc(base.vocab).from_bytes(base.to_bytes())
    ruler.set_annotations(stock, AttributeRuler.match(ruler, stock))
    Lemmatizer.__call__(lemmatizer, stock)  # its `lemmatize` is spaCy's bound rule_lemmatize
    lemmatizer(ruler(fast))
    return stock, fast


@pytest.mark.model
def test_the_loaded_model_has_the_fast_components(nlp):
    assert type(nlp.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is FastEnglishLemmatizer


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_spacy(nlp, text):
    for _ in range(2):  # the second time from the memos
        stock, fast = spacy_and_fast(nlp, text)
        assert annotations(fast) == annotations(stock)
    lemmas = dict(zip([t.text for t in fast], [t.lemma_ for t in fast], strict=True))
    assert annotations(fast)[2] != [""] * len(fast)
    if "ain't" in text:
        assert (lemmas["ai"], lemmas["gon"], lemmas["na"], lemmas["'s"]) == ("be", "go", "to", "us")


@pytest.fixture()
def ruled():
    """A blank pipeline with a ruler using every kind of test, and a copy left as spaCy's."""
    patterns = [
        ([[{"LOWER": "kerry"}]], {"POS": "PROPN"}, 0),
        ([[{"LOWER": {"IN": ["met", "meets"]}}]], {"POS": "VERB"}, 0),
        ([[{"LOWER": {"NOT_IN": ["met", "kerry", ""]}}]], {"MORPH": "Foo=Bar"}, 0),
        ([[{"LOWER": {"REGEX": "^ab"}}]], {"LEMMA": "abbas"}, 0),
        ([[{"IS_SPACE": True}]], {"POS": "SPACE"}, 0),
        ([[{"LOWER": "met"}, {"LOWER": {"REGEX": "^ab"}}]], {"LEMMA": "second"}, 1),
        ([[{"LOWER": "kerry"}], [{"LOWER": "kerry"}, {"LOWER": "met"}]], {"MORPH": "Later=Wins"}, 0),
        ([[{"LOWER": "met"}, {"LOWER": "abbas"}]], {"POS": "NOUN"}, -1),
    ]
    pair = []
    for _ in range(2):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        for pats, attrs, index in patterns:
            ruler.add(pats, attrs, index=index)
        pair.append(nlp)
    assert speed_up(pair[1]) == ["attribute_ruler"]
    return pair


def test_every_kind_of_test_as_spacy(ruled):
    stock, fast = ruled
    for text in ["Kerry met Abbas  in Cairo", "kerry met abbas; Kerry meets Abu Mazen", "", "met"]:
        a, b = stock(text), fast(text)
        assert annotations(b) == annotations(a)
    doc = fast("Kerry met Abbas")
    assert [t.lemma_ for t in doc] == ["", "", "second"]  # the index-1 pattern wins over the REGEX one
    assert str(doc[0].morph) == "Later=Wins"
    assert doc[2].pos_ == "NOUN"  # index -1: the last token of the match


def test_an_index_outside_the_match_is_spacys_error(ruled):
    for nlp in ruled:
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": "cairo"}]], {"POS": "PROPN"}, index=1)
        with pytest.raises(ValueError, match="E1001"):
            nlp("in Cairo")


def test_patterns_it_does_not_understand_leave_the_ruler_as_spacy():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert speed_up(nlp) == []
    assert type(ruler) is AttributeRuler
    assert nlp("very very good")[1].pos_ == "ADV"


def test_patterns_added_after_the_swap_are_used(ruled):
    _, fast = ruled
    fast("Kerry met Abbas")
    fast.get_pipe("attribute_ruler").add([[{"LOWER": "cairo"}]], {"POS": "PROPN"})
    assert fast("in Cairo")[1].pos_ == "PROPN"
