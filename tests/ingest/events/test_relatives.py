"""A relative clause whose gap is its object (graphkit.ingest.events.relatives), on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.relatives import gap_object
from tests.ingest.events.test_speech import events_of, parse


def _clause(head_word, head_lemma, rel=None, verb="imposed", lemma="impose", tail=()):
    """``Japan denounced the <head> [rel] Washington <verb> <tail>``."""
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"), ("denounced", 1, "ROOT", "VERB", "denounce", "VBD"),
            ("the", 3, "det", "DET", "the", "DT"), (head_word, 1, "dobj", "NOUN", head_lemma, "NNS")]
    v = 6 if rel else 5
    if rel:
        rows.append(rel)
    rows += [("Washington", v, "nsubj", "PROPN", "Washington", "NNP"), (verb, 3, "relcl", "VERB", lemma, "VBD")]
    rows += [(w, v if d == "prep" else len(rows) + k - 1, d, p, w, t) for k, (w, d, p, t) in enumerate(tail)]
    return rows


ON_CHINA = (("on", "prep", "ADP", "IN"), ("China", "pobj", "PROPN", "NNP"))


def test_a_contact_clause_without_an_object_has_its_noun_as_object(vocab):
    rows = _clause("sanctions", "sanction", tail=ON_CHINA)
    doc, _ = parse(vocab, rows, {})
    assert gap_object(doc[5]).text == "sanctions"
    got = events_of(vocab, rows, {0: "japan", 4: "usa", 7: "china"})
    assert ("SANCTION", "sanctioned", ["usa"], ["china"], "asserted") in got


def test_a_clause_with_its_own_object_or_a_relative_word_has_no_gap_object(vocab):
    own = _clause("sanctions", "sanction") + [("tariffs", 5, "dobj", "NOUN", "tariff", "NNS")]
    doc, _ = parse(vocab, own, {})
    assert gap_object(doc[5]) is None
    who = [("the", 1, "det", "DET", "the", "DT"), ("man", 1, "ROOT", "NOUN", "man", "NN"),
           ("who", 3, "nsubj", "PRON", "who", "WP"), ("attacked", 1, "relcl", "VERB", "attack", "VBD")]
    doc, _ = parse(vocab, who, {})
    assert gap_object(doc[3]) is None  # the noun is its subject


def test_nouns_of_time_place_and_manner_are_adjuncts_not_objects(vocab):
    rows = _clause("day", "day", verb="attacked", lemma="attack")
    doc, _ = parse(vocab, rows, {})
    assert gap_object(doc[5]) is None
    assert gap_object(doc[1]) is None  # no relative clause at all
