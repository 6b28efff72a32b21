"""Saying a party's charge is false rejects it (events.denials), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.denials import charge_owners
from tests.ingest.events.test_find import events_of, parse


def _said(subject, false_word, owner=("U.S.", "compound")):
    # Japan said [owner] <subject> were <false_word>
    word, dep = owner
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("said", 1, "ROOT", "VERB", "say"),
            (word, 3, dep, "PROPN" if dep == "compound" else "ADJ", word),
            (subject, 4, "nsubj", "NOUN", subject.rstrip("s")),
            ("were", 1, "ccomp", "AUX", "be"), (false_word, 4, "acomp", "ADJ", false_word)]
    return rows, {0: ("jpn", "country"), **({2: ("usa", "country")} if dep == "compound" else {})}


def test_saying_a_party_s_charges_are_unfounded_rejects_that_party(vocab):
    assert events_of(vocab, *_said("charges", "unfounded"), asserted_only=True) == [
        ("REJECT", "rejected", ["jpn"], ["usa"], "asserted")]


def test_a_charge_true_or_owned_by_no_one_is_no_denial(vocab):
    assert events_of(vocab, *_said("charges", "serious"), asserted_only=True) == []
    rows, actors = _said("rumours", "baseless", ("wild", "amod"))
    assert events_of(vocab, rows, actors, asserted_only=True) == []


def test_a_country_adjective_owns_the_charge(vocab):
    rows, actors = _said("charges", "baseless", ("Iranian", "amod"))
    doc, layer = parse(vocab, rows, actors)
    assert [layer.actors[a].code for a in charge_owners(doc[3], layer)] == ["IRN"]
    assert [(e[0], e[2]) for e in events_of(vocab, rows, actors, asserted_only=True)] == [("REJECT", ["jpn"])]


def test_calling_a_party_s_accusations_a_fabrication_rejects_it(vocab):
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("called", 1, "ROOT", "VERB", "call"),
            ("U.S.", 3, "compound", "PROPN", "U.S."), ("accusations", 1, "dobj", "NOUN", "accusation"),
            ("a", 5, "det", "DET", "a"), ("fabrication", 1, "oprd", "NOUN", "fabrication")]
    events = events_of(vocab, rows, {0: ("irn", "country"), 2: ("usa", "country")}, asserted_only=True)
    assert ("REJECT", "rejected", ["irn"], ["usa"], "asserted") in events


def test_a_claim_that_is_no_charge_called_false_is_one_criticism(vocab):
    # "Japan said U.S. claims were false": ACCUSE, as events.judgements codes it, and no twin REJECT
    assert events_of(vocab, *_said("claims", "false"), asserted_only=True) == [
        ("ACCUSE", "criticized", ["jpn"], ["usa"], "asserted")]
