"""Warnings that a party will suffer a hostile act, and refused "rule out"s (events.menaces), on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.menaces import hostile_noun, menaced_party
from tests.ingest.events.test_find import events_of, parse


def _warned(obj, obj_lemma, mod=None):
    # Yeutter warned that Japan would face [mod] <obj>
    rows = [("Yeutter", 1, "nsubj", "PROPN", "Yeutter"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("that", 5, "mark", "SCONJ", "that"), ("Japan", 5, "nsubj", "PROPN", "Japan"),
            ("would", 5, "aux", "AUX", "would"), ("face", 1, "ccomp", "VERB", "face")]
    if mod is not None:
        rows.append((mod, 7, "amod", "ADJ", mod.lower()))
    rows.append((obj, 5, "dobj", "NOUN", obj_lemma))
    return rows, {0: ("yeutter", "person"), 3: ("jpn", "country")}


def test_a_warning_that_a_party_will_face_retaliation_threatens_it(vocab):
    assert events_of(vocab, *_warned("retaliation", "retaliation"), asserted_only=True) == [
        ("THREATEN", "warned", ["yeutter"], ["jpn"], "asserted")]


def test_a_retaliatory_modifier_makes_the_act_hostile(vocab):
    assert [e[0] for e in events_of(vocab, *_warned("tariffs", "tariff", "punitive"), asserted_only=True)] == [
        "THREATEN"]


def test_a_warning_that_a_party_will_face_difficulties_threatens_no_one(vocab):
    assert events_of(vocab, *_warned("difficulties", "difficulty"), asserted_only=True) == []


def test_a_hostile_act_told_as_another_party_s_is_no_menace_of_the_speaker(vocab):
    rows, actors = _warned("attacks", "attack", "Iraqi")
    doc, layer = parse(vocab, rows, actors)
    assert hostile_noun(doc[7]) and menaced_party(doc[1], layer) is None
    rows[6] = ("Iraqi", 7, "amod", "ADJ", "iraqi")
    doc, layer = parse(vocab, rows, {**actors, 6: ("irq", "country")})
    assert menaced_party(doc[1], layer) is None


def test_a_refused_rule_out_of_retaliation_is_a_threat_by_the_refusing_party(vocab):
    # Tamura refused to rule out retaliation against the United States
    rows = [("Tamura", 1, "nsubj", "PROPN", "Tamura"), ("refused", 1, "ROOT", "VERB", "refuse"),
            ("to", 3, "aux", "PART", "to"), ("rule", 1, "xcomp", "VERB", "rule"), ("out", 3, "prt", "ADP", "out"),
            ("retaliation", 3, "dobj", "NOUN", "retaliation"), ("against", 5, "prep", "ADP", "against"),
            ("Washington", 6, "pobj", "PROPN", "Washington")]
    events = events_of(vocab, rows, {0: ("tamura", "person"), 7: ("usa", "country")}, asserted_only=True)
    assert [(e[0], e[2]) for e in events] == [("THREATEN", ["tamura"])]
    # refusing to rule out what is no hostile act is no threat ("refused to rule out a devaluation")
    rows[5] = ("devaluation", 3, "dobj", "NOUN", "devaluation")
    rows = rows[:6]
    assert not any(e[0] == "THREATEN" for e in events_of(vocab, rows, {0: ("tamura", "person")}))


def test_a_hostile_act_of_the_speaker_s_own_side_is_its_threat(vocab):
    rows, actors = _warned("retaliation", "retaliation", "EC")
    rows[6] = ("EC", 7, "compound", "PROPN", "EC")
    own = {**actors, 0: ("ec", "organization"), 6: ("ec", "organization")}
    events = events_of(vocab, rows, own, asserted_only=True)
    assert [(e[0], e[2], e[3]) for e in events] == [("THREATEN", ["ec"], ["jpn"])]
    assert events_of(vocab, rows, {**actors, 6: ("other", "organization")}, asserted_only=True) == []
