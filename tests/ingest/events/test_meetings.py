"""Meetings one takes part in (graphkit.ingest.events.meetings), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.meetings import attending_doers, occasion_doers
from tests.ingest.events.test_find import events_of, parse


def _end_of_visit(place):
    # Clark said at the end of a visit <place>
    return [("Clark", 1, "nsubj", "PROPN", "Clark"), ("said", 1, "ROOT", "VERB", "say"),
            ("at", 1, "prep", "ADP", "at"), ("the", 4, "det", "DET", "the"), ("end", 2, "pobj", "NOUN", "end"),
            ("of", 4, "prep", "ADP", "of"), ("a", 7, "det", "DET", "a"), ("visit", 5, "pobj", "NOUN", "visit"),
            (place, 7, "advmod", "ADV", place)]


def test_a_visit_here_is_the_speakers_at_its_end(vocab):
    doc, layer = parse(vocab, _end_of_visit("here"), {0: ("clark", "person")})
    assert occasion_doers(doc[7], layer) == ["clark"]
    assert ("CONSULT", "visited", ["clark"], [], "asserted") in events_of(
        vocab, _end_of_visit("here"), {0: ("clark", "person")})
    # "at the end of a visit then": no host named, none implied
    doc, layer = parse(vocab, _end_of_visit("then"), {0: ("clark", "person")})
    assert occasion_doers(doc[7], layer) == []


def _to_the_talks(verb, lemma):
    # Bedregal <verb> a team to the talks
    return [("Bedregal", 1, "nsubj", "PROPN", "Bedregal"), (verb, 1, "ROOT", "VERB", lemma),
            ("a", 3, "det", "DET", "a"), ("team", 1, "dobj", "NOUN", "team"), ("to", 1, "prep", "ADP", "to"),
            ("the", 6, "det", "DET", "the"), ("talks", 4, "pobj", "NOUN", "talk")]


def test_who_leads_a_team_to_talks_takes_part_in_them(vocab):
    actors = {0: ("bedregal", "person")}
    doc, layer = parse(vocab, _to_the_talks("led", "lead"), actors)
    assert attending_doers(doc[6], layer) == ["bedregal"]
    assert ("CONSULT", "held talks with", ["bedregal"], [], "asserted") in events_of(
        vocab, _to_the_talks("led", "lead"), actors)
    # one who invites or sends a team to the talks does not go there
    for verb, lemma in (("invited", "invite"), ("sent", "send")):
        doc, layer = parse(vocab, _to_the_talks(verb, lemma), actors)
        assert attending_doers(doc[6], layer) == [], verb
