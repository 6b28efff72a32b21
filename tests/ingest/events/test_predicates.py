"""Rule tests for predicate adjectives of attitude ("X is critical of Y") on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.predicates import attitudes
from tests.ingest.events.test_appraisal import events_of, parse


def _copular(adj, prep, obj, neg=False):
    """ "Japan is [not] ADJ PREP OBJ" with Japan and OBJ actors."""
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("is", 1, "ROOT", "AUX", "be")]
    if neg:
        rows.append(("not", 1, "neg", "PART", "not"))
    a = len(rows)
    rows += [(adj, 1, "acomp", "ADJ", adj), (prep, a, "prep", "ADP", prep), (obj, a + 1, "pobj", "PROPN", obj)]
    return rows, {0: "japan", a + 2: obj.lower()}


def test_an_adjective_of_disapproval_aimed_at_a_party_is_criticism(vocab):
    rows, actors = _copular("critical", "of", "Washington")
    assert events_of(vocab, rows, actors) == [("ACCUSE", "criticized", ["japan"], ["washington"], "asserted")]
    rows, actors = _copular("angry", "at", "Washington")
    assert events_of(vocab, rows, actors)[0][:4] == ("ACCUSE", "criticized", ["japan"], ["washington"])


def test_approval_and_hostility(vocab):
    rows, actors = _copular("pleased", "with", "Bonn")
    assert events_of(vocab, rows, actors)[0][:4] == ("SUPPORT", "praised", ["japan"], ["bonn"])
    rows, actors = _copular("hostile", "to", "Bonn")
    assert events_of(vocab, rows, actors)[0][:4] == ("REJECT", "rejected", ["japan"], ["bonn"])


def test_a_preposition_the_entry_does_not_name_is_no_attitude_toward_a_party(vocab):
    rows, actors = _copular("critical", "to", "Washington")  # "critical to the economy": vital
    assert events_of(vocab, rows, actors) == []


def test_an_attitude_toward_no_party_is_no_event(vocab):
    rows, actors = _copular("happy", "with", "results")
    doc, layer = parse(vocab, rows, {0: "japan"})
    assert attitudes(doc, layer) == []


def test_a_negated_approval_is_criticism_and_a_negated_disapproval_none(vocab):
    rows, actors = _copular("happy", "with", "Bonn", neg=True)
    assert events_of(vocab, rows, actors) == [("ACCUSE", "criticized", ["japan"], ["bonn"], "asserted")]
    rows, actors = _copular("angry", "at", "Bonn", neg=True)
    doc, layer = parse(vocab, rows, actors)
    assert attitudes(doc, layer) == []


def test_a_feeling_about_a_clause_is_aimed_at_its_subject(vocab):
    # "Japan was angry that Bonn imposed tariffs"
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("was", 1, "ROOT", "AUX", "be"),
            ("angry", 1, "acomp", "ADJ", "angry"), ("that", 5, "mark", "SCONJ", "that"),
            ("Bonn", 5, "nsubj", "PROPN", "Bonn"), ("imposed", 2, "ccomp", "VERB", "impose"),
            ("tariffs", 5, "dobj", "NOUN", "tariff")]
    doc, layer = parse(vocab, rows, {0: "japan", 4: "bonn"})
    [c] = attitudes(doc, layer)
    assert (c.trig.type, c.head.text, c.extra["recipients"]) == ("ACCUSE", "was", ["bonn"])


def test_only_a_copula_predicates_an_attitude(vocab):
    # "Japan made Bonn angry at Washington": Bonn's anger is not Japan's act
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("made", 1, "ROOT", "VERB", "make"),
            ("Bonn", 3, "nsubj", "PROPN", "Bonn"), ("angry", 1, "ccomp", "ADJ", "angry"),
            ("at", 3, "prep", "ADP", "at"), ("Washington", 4, "pobj", "PROPN", "Washington")]
    doc, layer = parse(vocab, rows, {0: "japan", 2: "bonn", 5: "washington"})
    assert attitudes(doc, layer) == []
