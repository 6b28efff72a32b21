"""Tests of who does and undergoes an act told by a noun (graphkit.ingest.events.nominal_roles)."""
from __future__ import annotations

from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.nominal import modifier_doers, nominal_doers
from graphkit.ingest.events.nominal_roles import (
    misplaced_agents,
    modifier_actor,
    patient_objects,
    undergone_authors,
)
from graphkit.ingest.events.patients import patient_nations
from graphkit.models import Actor, Article
from tests.ingest.events.test_find import parse


def _with_codes(layer, codes):
    for aid, code in codes.items():
        layer.actors[aid] = Actor(id=aid, name=aid.title(), kind="country", code=code)
    return layer


def _invasion(vocab, noun="invasion", lemma="invasion", demonym="Soviet"):
    # the Soviet invasion of Afghanistan
    rows = [("the", 2, "det", "DET", "the"), (demonym, 2, "amod", "ADJ", demonym.lower()),
            (noun, 2, "ROOT", "NOUN", lemma), ("of", 2, "prep", "ADP", "of"),
            ("Afghanistan", 3, "pobj", "PROPN", "Afghanistan")]
    doc, layer = parse(vocab, rows, {4: ("afghanistan", "country")})
    return doc, _with_codes(layer, {"ussr": "SUN", "afghanistan": "AFG"})


def test_a_demonym_names_the_country_of_the_article(vocab):
    doc, layer = _invasion(vocab)
    assert modifier_actor(doc[1], doc[2], layer) == "ussr"
    del layer.actors["ussr"]  # no Soviet Union in the article: the adjective names no actor
    assert modifier_actor(doc[1], doc[2], layer) is None


def test_a_name_that_spans_the_noun_is_no_doer(vocab):
    rows = [("U.S.", 1, "compound", "PROPN", "U.S."), ("Raids", 1, "ROOT", "NOUN", "raid")]
    doc, layer = parse(vocab, rows, {0: ("usa", "country"), 1: ("usa", "country")})
    assert modifier_actor(doc[0], doc[1], layer) is None
    doc, layer = parse(vocab, rows, {0: ("usa", "country")})
    assert modifier_actor(doc[0], doc[1], layer) == "usa"


def test_of_names_the_patient_unless_the_act_is_the_doers_own(vocab):
    doc, _ = _invasion(vocab)
    assert [t.text for t in patient_objects(doc[2])] == ["Afghanistan"]
    doc, _ = _invasion(vocab, noun="withdrawal", lemma="withdrawal")  # "the Soviet withdrawal of ..."
    assert patient_objects(doc[2]) == []


def test_a_demonym_does_the_act_done_to_the_of_party(vocab):
    doc, layer = _invasion(vocab)
    assert modifier_doers(doc[2], layer) == ["ussr"]
    assert nominal_doers(doc[2], layer) == ["ussr"]
    doc, layer = _invasion(vocab, demonym="Afghan")  # "the Afghan invasion of Afghanistan": the patient
    assert modifier_doers(doc[2], layer) == []


def _expulsion(vocab, of_party=True):
    # the expulsion of two diplomats by Britain
    rows = [("the", 1, "det", "DET", "the"), ("expulsion", 1, "ROOT", "NOUN", "expulsion"),
            ("of", 1, "prep", "ADP", "of"), ("diplomats", 2, "pobj", "NOUN", "diplomat"),
            ("by", 3, "prep", "ADP", "by"), ("Britain", 4, "pobj", "PROPN", "Britain")]
    actors = {5: ("britain", "country")}
    if of_party:
        actors[3] = ("soviet-diplomats", "group")
    return parse(vocab, rows, actors)


def test_a_by_phrase_on_the_of_party_is_the_acts_agent(vocab):
    doc, layer = _expulsion(vocab)
    assert misplaced_agents(doc[1], layer) == ["britain"]
    assert nominal_doers(doc[1], layer) == ["britain"]
    doc, layer = _expulsion(vocab, of_party=False)  # "the release of a report by X": X wrote the report
    assert misplaced_agents(doc[1], layer) == []


def test_a_demonym_doer_makes_the_noun_an_event(vocab):
    # Iraqi attacks on Iranian shipping increased.
    rows = [("Iraqi", 1, "amod", "ADJ", "iraqi"), ("attacks", 5, "nsubj", "NOUN", "attack"),
            ("on", 1, "prep", "ADP", "on"), ("Iranian", 4, "amod", "ADJ", "iranian"),
            ("shipping", 2, "pobj", "NOUN", "shipping"), ("increased", 5, "ROOT", "VERB", "increase")]
    # the actor stage gives "Iraqi attacks" to Iraq and "Iranian shipping" to Iran
    actors = {1: ("iraq", "country"), 4: ("iran", "country")}
    doc, layer = parse(vocab, rows, actors)
    _with_codes(layer, {"iraq": "IRQ", "iran": "IRN"})
    assert modifier_doers(doc[1], layer) == ["iraq"]
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.recipients) for e in events] == [("ASSAULT", ["iraq"], ["iran"])]


def _attacks_on(vocab, target):
    # Iraqi attacks on <target> shipping
    rows = [("Iraqi", 1, "amod", "ADJ", "iraqi"), ("attacks", 1, "ROOT", "NOUN", "attack"),
            ("on", 1, "prep", "ADP", "on"), (target, 4, "amod", "ADJ", target.lower()),
            ("shipping", 2, "pobj", "NOUN", "shipping")]
    doc, layer = parse(vocab, rows, {})
    return doc, _with_codes(layer, {"iraq": "IRQ", "iran": "IRN"})


def test_a_demonym_of_the_patient_names_whom_the_act_is_done_to(vocab):
    doc, layer = _attacks_on(vocab, "Iranian")
    assert patient_nations(doc[1], layer) == ["iran"]
    doc, layer = _attacks_on(vocab, "Iraqi")  # Iraq, who attacks, is not its own target
    assert patient_nations(doc[1], layer) == []


def _drew(verb_lemma, verb):
    # Japan drew criticism from Washington, "from" hung on the verb
    return [("Japan", 1, "nsubj", "PROPN", "Japan"), (verb, 1, "ROOT", "VERB", verb_lemma),
            ("criticism", 1, "dobj", "NOUN", "criticism"), ("from", 1, "prep", "ADP", "from"),
            ("Washington", 3, "pobj", "PROPN", "Washington")]


def test_the_from_phrase_of_a_verb_of_undergoing_names_the_acts_author(vocab):
    doc, layer = parse(vocab, _drew("draw", "drew"), {0: ("jpn", "country"), 4: ("usa", "country")})
    assert undergone_authors(doc[2], layer) == ["usa"]
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.recipients) for e in events] == [("ACCUSE", ["usa"], ["jpn"])]


def test_the_from_phrase_of_another_verb_names_no_author(vocab):
    doc, layer = parse(vocab, _drew("repeat", "repeated"), {0: ("jpn", "country"), 4: ("usa", "country")})
    assert undergone_authors(doc[2], layer) == []
