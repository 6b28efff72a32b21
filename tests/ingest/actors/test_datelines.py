"""Each item of a roundup is set where its dateline says (graphkit.ingest.actors.datelines)."""
from types import SimpleNamespace

from graphkit.ingest.actors.datelines import _items, item_country, place_code
from tests.ingest.actors.test_find import make_doc, run

ROUNDUP = "Highlights\n    DHAKA - Ershad said.\n    LONDON - Hollis said.\nShe left.\n    Markets fell."


def test_the_country_of_a_datelines_place_or_of_the_country_it_adds():
    assert place_code("MANILA") == "PHL"
    assert place_code("NEW DELHI, India") == "IND"
    assert place_code("ZEEBRUGGE, Belgium") == "BEL"
    assert place_code("NOWHERESVILLE") is None


def test_an_item_runs_from_its_dateline_to_its_paragraphs_end():
    spans = [(ROUNDUP[a:b], code) for a, b, code in _items(ROUNDUP)]
    assert spans == [("DHAKA - Ershad said.", "BGD"), ("LONDON - Hollis said.\nShe left.", "GBR")]


def test_item_country_of_a_token_by_its_offset():
    offsets = [ROUNDUP.index(w) for w in ("Highlights", "Ershad", "Hollis", "She", "Markets")]
    b = SimpleNamespace(table=SimpleNamespace(doc_text=ROUNDUP, idx=offsets))
    assert [item_country(b, k) for k in range(5)] == [None, "BGD", "GBR", "GBR", None]


def test_an_untied_office_holder_of_a_roundup_item_is_of_its_datelines_country(vocab):
    # the roundup names the U.S. most, but President Karim's item is datelined DHAKA
    words = ["Highlights", "\n    ", "WASHINGTON", "-", "U.S.", "aid", "to", "U.S.", "allies", "rose", ".", "\n    ",
             "DHAKA", "-", "Floods", "hit", ".", "President", "Karim", "spoke", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O",
            "B-GPE", "O", "O", "O", "O", "O", "B-PERSON", "O", "O"]
    spaces = [False, False, True, True, True, True, True, True, True, False, False, False,
              True, True, True, False, True, True, True, False, False]
    doc = make_doc(vocab, words, ents, spaces=spaces)
    layer, by = run(doc, title="Highlights")
    assert {layer.actors[a].code for a in by["Karim"].affiliations} - {None} == {"BGD"}


def test_rebels_of_a_roundup_item_are_of_its_datelines_country(vocab):
    # Highlights / WASHINGTON - U.S. aid to U.S. allies rose . / MANILA - Communist rebels attacked a post .
    rows = [("Highlights", 0, "ROOT", "NOUN", "NN", "O"), ("\n    ", 0, "dep", "SPACE", "_SP", "O"),
            ("WASHINGTON", 9, "npadvmod", "PROPN", "NNP", "B-GPE"), ("-", 9, "punct", "PUNCT", ":", "O"),
            ("U.S.", 5, "compound", "PROPN", "NNP", "B-GPE"), ("aid", 9, "nsubj", "NOUN", "NN", "O"),
            ("to", 5, "prep", "ADP", "IN", "O"), ("U.S.", 8, "compound", "PROPN", "NNP", "B-GPE"),
            ("allies", 6, "pobj", "NOUN", "NNS", "O"), ("rose", 9, "ROOT", "VERB", "VBD", "O"),
            (".", 9, "punct", "PUNCT", ".", "O"), ("\n    ", 10, "dep", "SPACE", "_SP", "O"),
            ("MANILA", 16, "npadvmod", "PROPN", "NNP", "B-GPE"), ("-", 16, "punct", "PUNCT", ":", "O"),
            ("Communist", 15, "amod", "ADJ", "JJ", "B-NORP"), ("rebels", 16, "nsubj", "NOUN", "NNS", "O"),
            ("attacked", 16, "ROOT", "VERB", "VBD", "O"), ("a", 18, "det", "DET", "DT", "O"),
            ("post", 16, "dobj", "NOUN", "NN", "O"), (".", 16, "punct", "PUNCT", ".", "O")]
    doc = make_doc(vocab, rows=rows)
    layer, by = run(doc, title="Highlights")
    rebels = layer.actors[layer.token_actor[15]]
    assert {layer.actors[a].code for a in rebels.affiliations} == {"PHL"}
