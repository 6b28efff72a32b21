"""The recipients an event noun's infinitive complement names (graphkit.ingest.events.complements)."""
from __future__ import annotations

from graphkit.ingest.events.complements import complement_recipients, infinitive_complement, participle_recipients
from tests.ingest.events.test_find import events_of, parse


def _threat(verb_dep="acl", aux="to"):
    # Reagan's threat to impose tariffs on Japan
    return [("Reagan", 2, "poss", "PROPN", "Reagan"), ("'s", 0, "case", "PART", "'s"),
            ("threat", 2, "ROOT", "NOUN", "threat"), (aux, 4, "aux", "PART", aux),
            ("impose", 2, verb_dep, "VERB", "impose"), ("tariffs", 4, "dobj", "NOUN", "tariff"),
            ("on", 4, "prep", "ADP", "on"), ("Japan", 6, "pobj", "PROPN", "Japan")]


_ACTORS = {0: ("usa", "country"), 7: ("japan", "country")}


def test_a_threat_to_impose_tariffs_on_a_country_is_aimed_at_it(vocab):
    doc, layer = parse(vocab, _threat(), _ACTORS)
    assert infinitive_complement(doc[2]).text == "impose"
    assert complement_recipients(doc[2], "THREATEN", layer) == ["japan"]
    threats = [e for e in events_of(vocab, _threat(), _ACTORS) if e[0] == "THREATEN"]
    assert [(e[2], e[3]) for e in threats] == [(["usa"], ["japan"])]


def test_a_participle_or_a_clause_with_its_own_subject_is_no_complement(vocab):
    rows = _threat(verb_dep="acl", aux="will")  # not an infinitive
    doc, layer = parse(vocab, rows, _ACTORS)
    assert infinitive_complement(doc[2]) is None
    assert complement_recipients(doc[2], "THREATEN", layer) == []


def test_a_refusal_answers_whoever_asked_not_the_patient_of_the_refused_act(vocab):
    doc, layer = parse(vocab, _threat(), _ACTORS)
    assert complement_recipients(doc[2], "REJECT", layer) == []


def test_a_possessive_pronoun_in_the_complement_names_no_party(vocab):
    # Bonn's pledge to stimulate its economy
    rows = [("Bonn", 2, "poss", "PROPN", "Bonn"), ("'s", 0, "case", "PART", "'s"),
            ("pledge", 2, "ROOT", "NOUN", "pledge"), ("to", 4, "aux", "PART", "to"),
            ("stimulate", 2, "acl", "VERB", "stimulate"), ("its", 6, "poss", "PRON", "its"),
            ("economy", 4, "dobj", "NOUN", "economy")]
    doc, layer = parse(vocab, rows, {0: ("deu", "country"), 5: ("treasury", "organization")})
    doc[5].tag_ = "PRP$"
    assert complement_recipients(doc[2], "AGREE", layer) == []


def _levied(prep="against"):
    # duties levied by the EC <prep> Spain
    return [("duties", 0, "ROOT", "NOUN", "duty"), ("levied", 0, "acl", "VERB", "levy"),
            ("by", 1, "agent", "ADP", "by"), ("EC", 2, "pobj", "PROPN", "EC"),
            (prep, 1, "prep", "ADP", prep), ("Spain", 4, "pobj", "PROPN", "Spain")]


def test_a_participle_after_a_sanction_noun_aims_it_at_its_prepositional_party(vocab):
    doc, layer = parse(vocab, _levied(), {3: ("ec", "organization"), 5: ("spain", "country")})
    doc[1].tag_ = "VBN"
    assert participle_recipients(doc[0], layer) == ["spain"]
    assert complement_recipients(doc[0], "SANCTION", layer) == ["spain"]


def test_a_participle_after_a_meeting_noun_names_no_recipient(vocab):
    # "talks led on the Polish side by X": the side is the doer's own
    doc, layer = parse(vocab, _levied("on"), {3: ("ec", "organization"), 5: ("spain", "country")})
    doc[1].tag_ = "VBN"
    assert complement_recipients(doc[0], "CONSULT", layer) == []
