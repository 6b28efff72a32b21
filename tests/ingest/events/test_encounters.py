"""Meetings named by their "between" parties (graphkit.ingest.events.encounters), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.encounters import met_parties, occasion_preps
from tests.ingest.events.test_find import events_of, parse


def _at_meeting(noun, lemma):
    # Shultz spoke at a <noun> between Iran and Iraq
    return [("Shultz", 1, "nsubj", "PROPN", "Shultz"), ("spoke", 1, "ROOT", "VERB", "speak"),
            ("at", 1, "prep", "ADP", "at"), ("a", 4, "det", "DET", "a"), (noun, 2, "pobj", "NOUN", lemma),
            ("between", 4, "prep", "ADP", "between"), ("Iran", 5, "pobj", "PROPN", "Iran"),
            ("and", 6, "cc", "CCONJ", "and"), ("Iraq", 6, "conj", "PROPN", "Iraq")]


_ACTORS = {0: ("shultz", "person"), 6: ("irn", "country"), 8: ("irq", "country")}


def test_the_parties_between_whom_a_meeting_is(vocab):
    doc, layer = parse(vocab, _at_meeting("meeting", "meeting"), _ACTORS)
    assert met_parties(doc[4], layer) == ["irn", "irq"]
    doc, layer = parse(vocab, _at_meeting("border", "border"), _ACTORS)  # no meeting: no parties
    assert met_parties(doc[4], layer) == []


def test_one_party_meets_the_others_named(vocab):
    doc, layer = parse(vocab, _at_meeting("meeting", "meeting"), {0: ("shultz", "person"), 6: ("irn", "country")})
    assert met_parties(doc[4], layer) == ["irn"]
    rows = _at_meeting("meeting", "meeting")[:7]  # "at a meeting between Iran": one party named
    doc, layer = parse(vocab, rows, {0: ("shultz", "person"), 6: ("irn", "country")})
    assert met_parties(doc[4], layer) == []


def test_a_meeting_is_an_occasion_at_and_in(vocab):
    doc, _ = parse(vocab, _at_meeting("meeting", "meeting"), {})
    assert {"at", "in", "during"} <= occasion_preps(doc[4])
    doc, _ = parse(vocab, _at_meeting("border", "border"), {})
    assert "at" not in occasion_preps(doc[4])


def test_a_meeting_an_agreement_is_reached_at_was_held(vocab):
    # "an agreement was reached at a meeting between Iran and Iraq": they met and agreed
    rows = [("agreement", 2, "nsubjpass", "NOUN", "agreement"), ("was", 2, "auxpass", "AUX", "be"),
            ("reached", 2, "ROOT", "VERB", "reach"), ("at", 2, "prep", "ADP", "at"),
            ("meeting", 3, "pobj", "NOUN", "meeting"), ("between", 4, "prep", "ADP", "between"),
            ("Iran", 5, "pobj", "PROPN", "Iran"), ("and", 6, "cc", "CCONJ", "and"),
            ("Iraq", 6, "conj", "PROPN", "Iraq")]
    got = {(e[0], tuple(e[2]), tuple(e[3]), e[4]) for e in events_of(vocab, rows, {6: ("irn", "country"),
                                                                                  8: ("irq", "country")})}
    assert got == {(t, a, r, "asserted") for t in ("AGREE", "CONSULT") for a, r in ((("irn",), ("irq",)),
                                                                                   (("irq",), ("irn",)))}


def test_discussions_and_conversations_are_meetings_of_their_parties(vocab):
    for noun in ("discussion", "conversation"):
        doc, layer = parse(vocab, _at_meeting(noun + "s", noun), _ACTORS)
        assert met_parties(doc[4], layer) == ["irn", "irq"]
