"""The parties a verb's phrases only seem to name (graphkit.ingest.events.parties)."""
from __future__ import annotations

from graphkit.ingest.events.parties import topic_objects, with_parties
from tests.ingest.events.test_find import events_of, parse


def _discussed(tail):
    # Funaro discussed Brazil 's debt <tail>
    return [("Funaro", 1, "nsubj", "PROPN", "Funaro"), ("discussed", 1, "ROOT", "VERB", "discuss"),
            ("Brazil", 4, "poss", "PROPN", "Brazil"), ("'s", 2, "case", "PART", "'s"),
            ("debt", 1, "dobj", "NOUN", "debt"), *tail]


_ACTORS = {0: ("funaro", "person"), 2: ("brazil", "country")}


def test_the_owner_of_what_is_discussed_is_no_party_to_the_talks(vocab):
    doc, layer = parse(vocab, _discussed([]), _ACTORS)
    assert with_parties(doc[1], [doc[4]], layer, ["brazil"]) == []
    assert [e[3] for e in events_of(vocab, _discussed([]), _ACTORS) if e[0] == "CONSULT"] == [[]]


def test_a_with_phrase_on_the_object_names_the_party(vocab):
    # "discussed Brazil's debt with Egypt": the parser hangs "with" on the object
    rows = _discussed([("with", 4, "prep", "ADP", "with"), ("Egypt", 5, "pobj", "PROPN", "Egypt")])
    actors = {**_ACTORS, 6: ("egypt", "country")}
    doc, layer = parse(vocab, rows, actors)
    assert with_parties(doc[1], [doc[4]], layer, ["brazil"]) == ["egypt"]
    assert [e[3] for e in events_of(vocab, rows, actors) if e[0] == "CONSULT"] == [["egypt"]]


def test_a_with_phrase_down_the_objects_of_chain_names_the_party(vocab):
    # "negotiated a package of reforms with the IMF"
    rows = [("Uganda", 1, "nsubj", "PROPN", "Uganda"), ("negotiated", 1, "ROOT", "VERB", "negotiate"),
            ("package", 1, "dobj", "NOUN", "package"), ("of", 2, "prep", "ADP", "of"),
            ("reforms", 3, "pobj", "NOUN", "reform"), ("with", 4, "prep", "ADP", "with"),
            ("IMF", 5, "pobj", "PROPN", "IMF")]
    doc, layer = parse(vocab, rows, {0: ("uganda", "country"), 6: ("imf", "organization")})
    assert with_parties(doc[1], [doc[2]], layer, []) == ["imf"]


def test_a_with_phrase_deeper_in_the_matter_is_part_of_it(vocab):
    # "discussed the crisis in relations with Japan": Japan is what the crisis concerns
    rows = [("Howe", 1, "nsubj", "PROPN", "Howe"), ("discussed", 1, "ROOT", "VERB", "discuss"),
            ("crisis", 1, "dobj", "NOUN", "crisis"), ("in", 2, "prep", "ADP", "in"),
            ("relations", 3, "pobj", "NOUN", "relation"), ("with", 4, "prep", "ADP", "with"),
            ("Japan", 5, "pobj", "PROPN", "Japan")]
    doc, layer = parse(vocab, rows, {0: ("howe", "person"), 6: ("japan", "country")})
    assert with_parties(doc[1], [doc[2]], layer, ["japan"]) == []


def test_what_is_cut_keeps_its_parties(vocab):
    doc, layer = parse(vocab, _discussed([]), _ACTORS)
    assert with_parties(doc[1], [doc[4]], layer, ["brazil"], matter=False) == ["brazil"]


def _agreement_on(topic="rights", lemma="right"):
    # Britain reached an agreement on <topic> with Japan
    return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("reached", 1, "ROOT", "VERB", "reach"),
            ("an", 3, "det", "DET", "an"), ("agreement", 1, "dobj", "NOUN", "agreement"),
            ("on", 3, "prep", "ADP", "on"), (topic, 4, "pobj", "NOUN", lemma),
            ("with", 5, "prep", "ADP", "with"), ("Japan", 6, "pobj", "PROPN", "Japan")]


_GBR_JPN = {0: ("gbr", "country"), 7: ("jpn", "country")}


def test_a_with_phrase_on_the_topic_of_the_object_names_the_party(vocab):
    doc, layer = parse(vocab, _agreement_on(), _GBR_JPN)
    assert [t.text for t in topic_objects(doc[3])] == ["rights"]
    assert with_parties(doc[1], [doc[3]], layer, []) == ["jpn"]
    got = [e for e in events_of(vocab, _agreement_on(), _GBR_JPN) if e[0] == "AGREE"]
    assert [(e[2], e[3]) for e in got] == [(["gbr"], ["jpn"])]


def test_the_other_side_of_a_relation_the_topic_names_is_no_party(vocab):
    doc, layer = parse(vocab, _agreement_on("relations", "relation"), _GBR_JPN)
    assert topic_objects(doc[3]) == []
    assert with_parties(doc[1], [doc[3]], layer, []) == []
