"""Warnings of what another party will do (events.forewarnings), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.forewarnings import other_doers
from tests.ingest.events.test_find import events_of, parse


def _warned(subj, subj_lemma, verb, verb_lemma):
    # Iran warned that <subj> would <verb> Kuwait
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("that", 5, "mark", "SCONJ", "that"), (subj, 5, "nsubj", "PROPN" if subj[0].isupper() else "PRON",
                                                   subj_lemma),
            ("would", 5, "aux", "AUX", "would"), (verb, 1, "ccomp", "VERB", verb_lemma),
            ("Kuwait", 5, "dobj", "PROPN", "Kuwait")]
    actors = {0: ("irn", "country"), 6: ("kwt", "country")}
    if subj == "Iraq":
        actors[3] = ("irq", "country")
    return rows, actors


def test_a_warning_that_another_party_will_attack_criticises_it(vocab):
    assert ("ACCUSE", "criticized", ["irn"], ["irq"], "asserted") in events_of(
        vocab, *_warned("Iraq", "Iraq", "attack", "attack"), asserted_only=True)
    assert not any(e[0] == "THREATEN" for e in events_of(vocab, *_warned("Iraq", "Iraq", "attack", "attack")))


def test_a_warning_that_the_speaker_will_attack_stays_a_threat(vocab):
    assert [e[0] for e in events_of(vocab, *_warned("it", "it", "attack", "attack"), asserted_only=True)] == [
        "THREATEN"]


def test_a_warning_that_another_party_will_resist_is_a_forecast_and_no_threat(vocab):
    events = events_of(vocab, *_warned("Iraq", "Iraq", "resist", "resist"))
    assert not any(e[0] in ("THREATEN", "ACCUSE") for e in events)


def test_the_object_a_parser_took_from_a_subjectless_clause_is_its_subject(vocab):
    # Iran warned Iraq would attack Kuwait (the parser: "Iraq" the object of "warned")
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("Iraq", 1, "dobj", "PROPN", "Iraq"), ("would", 4, "aux", "AUX", "would"),
            ("attack", 1, "ccomp", "VERB", "attack"), ("Kuwait", 4, "dobj", "PROPN", "Kuwait")]
    doc, layer = parse(vocab, rows, {0: ("irn", "country"), 2: ("irq", "country"), 5: ("kwt", "country")})
    assert other_doers(doc[1], layer) == ["irq"]
    # with a subject of its own the clause is told to the object: "warned Iraq it would attack"
    rows[3:3] = [("it", 4, "nsubj", "PRON", "it")]
    rows = [(w, h + (h >= 3), d, p, lem) for w, h, d, p, lem in rows]
    doc, layer = parse(vocab, rows, {0: ("irn", "country"), 2: ("irq", "country"), 6: ("kwt", "country")})
    assert other_doers(doc[1], layer) == []


def _admonished(tail):
    # the US warned Japan that it must open markets [or face sanctions]
    rows = [("US", 1, "nsubj", "PROPN", "US"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("Japan", 1, "dobj", "PROPN", "Japan"),
            ("that", 6, "mark", "SCONJ", "that"), ("it", 6, "nsubj", "PRON", "it"), ("must", 6, "aux", "AUX", "must"),
            ("open", 1, "ccomp", "VERB", "open"), ("markets", 6, "dobj", "NOUN", "market")] + tail
    return rows, {0: ("usa", "country"), 2: ("jpn", "country")}


def test_a_warning_that_its_addressee_must_act_is_a_demand_on_it(vocab):
    assert events_of(vocab, *_admonished([]), asserted_only=True) == [
        ("REQUEST", "urged", ["usa"], ["jpn"], "asserted")]


def test_a_warning_that_its_addressee_must_act_or_face_sanctions_stays_a_threat(vocab):
    tail = [("or", 6, "cc", "CCONJ", "or"), ("face", 6, "conj", "VERB", "face"),
            ("sanctions", 9, "dobj", "NOUN", "sanction")]
    assert [e[0] for e in events_of(vocab, *_admonished(tail), asserted_only=True)] == ["THREATEN"]
