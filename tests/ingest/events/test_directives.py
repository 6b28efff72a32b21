"""Directives told to their addressee (graphkit.ingest.events.directives) on hand-built spaCy Docs."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.directives import told_demands
from tests.ingest.events.test_find import events_of


class _Layer:
    def __init__(self, actors):
        self._actors = actors

    def at(self, i):
        return self._actors.get(i)


def _told(vocab, pronoun="they", modal="should", verb=("defend", "defend"), aux=None, have=False):
    # Pope [aux] told Argentines <pronoun> <modal> [have] <verb> rights
    words, heads, deps, pos, lemmas = [], [], [], [], []

    def add(w, h, d, p, lem):
        words.append(w), heads.append(h), deps.append(d), pos.append(p), lemmas.append(lem)
    add("Pope", None, "nsubj", "PROPN", "Pope")
    if aux:
        add(aux, None, "aux", "AUX", aux)
    told = len(words)
    add("told", None, "ROOT", "VERB", "tell")
    add("Argentines", told, "dobj", "PROPN", "Argentines")
    add(pronoun, None, "nsubj", "PRON", pronoun)
    add(modal, None, "aux", "AUX", modal)
    if have:
        add("have", None, "aux", "AUX", "have")
    content = len(words)
    add(verb[0], told, "ccomp", "VERB", verb[1])
    add("rights", content, "dobj", "NOUN", "right")
    heads = [told if h is None and d in ("nsubj", "aux") and i < told else content if h is None else h
             for i, (h, d) in enumerate(zip(heads, deps, strict=True))]
    heads[told] = told
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)




def _layer(doc):
    return _Layer({0: "pope", next(i for i, t in enumerate(doc) if t.text == "Argentines"): "arg"})


def test_telling_a_party_what_they_must_do_demands_it(vocab):
    doc = _told(vocab)
    (c,) = told_demands(doc, _layer(doc))
    assert (c.trig.type, c.kind, c.extra["actors"], c.extra["recipients"], c.extra["anchor"].text) == (
        "REQUEST", "speech", ["pope"], ["arg"], "told")


@pytest.mark.parametrize("kw", [{"pronoun": "it"}, {"modal": "will"}, {"verb": ("post", "post")},
                                {"have": True}, {"aux": "will"}])
def test_no_demand_from_it_a_forecast_a_reproach_or_a_telling_to_come(vocab, kw):
    doc = _told(vocab, **kw)
    assert told_demands(doc, _layer(doc)) == []


def test_no_demand_when_the_one_told_is_no_actor(vocab):
    doc = _told(vocab)
    assert told_demands(doc, _Layer({0: "pope"})) == []


def test_the_told_demand_becomes_an_event(vocab):
    rows = [("Pope", 1, "nsubj", "PROPN", "Pope"), ("told", 1, "ROOT", "VERB", "tell"),
            ("Argentines", 1, "dobj", "PROPN", "Argentines"), ("they", 5, "nsubj", "PRON", "they"),
            ("should", 5, "aux", "AUX", "should"), ("defend", 1, "ccomp", "VERB", "defend"),
            ("rights", 5, "dobj", "NOUN", "right")]
    events = events_of(vocab, rows, {0: ("pope", "person"), 2: ("arg", "country")}, asserted_only=True)
    assert ("REQUEST", "demanded", ["pope"], ["arg"], "asserted") in events


class _Kind:
    def __init__(self, kind):
        self.kind = kind


@pytest.mark.parametrize(("pronoun", "kind", "tag", "demands"), [
    ("they", "person", "NNP", False),  # "told Gorbachev that they should meet": the two of them
    ("you", "person", "NNP", True),
    ("they", "person", "NNS", True),  # "told Japanese officials they must ...": many
    ("they", "country", "NNP", True),  # "told Japan they must ...": a country's people
])
def test_they_does_not_stand_for_one_person_told(vocab, pronoun, kind, tag, demands):
    doc = _told(vocab, pronoun=pronoun)
    doc[2].tag_ = tag
    layer = _layer(doc)
    layer.actors = {"arg": _Kind(kind)}
    assert bool(told_demands(doc, layer)) is demands
