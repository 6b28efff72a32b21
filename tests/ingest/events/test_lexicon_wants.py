"""Lexicon senses of wanting, advising and pressing another party to act (lex9), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_verb
from tests.ingest.events.test_find import events_of


def _wants(verb, lemma, subject="Japan", kind="country"):
    # "Washington <verb> <subject> to open markets", parsed as a clause with a subject of its own
    rows = [("Washington", 1, "nsubj", "PROPN", "Washington"), (verb, 1, "ROOT", "VERB", lemma),
            (subject, 4, "nsubj", "PROPN" if kind else "NOUN", subject), ("to", 4, "aux", "PART", "to"),
            ("open", 1, "ccomp", "VERB", "open"), ("markets", 4, "dobj", "NOUN", "market")]
    actors = {0: ("washington", "country")}
    if kind:
        actors[2] = (subject.lower(), kind)
    return rows, actors


def test_wanting_another_party_to_act_asks_it_to(vocab):
    assert events_of(vocab, *_wants("wants", "want")) == [
        ("REQUEST", "called on", ["washington"], ["japan"], "asserted")]
    assert events_of(vocab, *_wants("recommended", "recommend"))[0][:4] == (
        "REQUEST", "urged", ["washington"], ["japan"])


def test_wanting_a_thing_to_happen_asks_no_one(vocab):
    # "Washington wants prices to open ...": the clause's subject is no party
    assert events_of(vocab, *_wants("wants", "want", subject="prices", kind=None)) == []


def test_advising_that_something_is_so_informs():
    assert lookup_verb("advise", comp={"*clause", "*actor"}) is None
    assert lookup_verb("advise", obj={"*actor", "government"}, comp={"*to", "cut"}).type == "REQUEST"


def test_raising_pressure_on_a_party_presses_it_but_not_on_a_market():
    assert lookup_verb("step", prt={"up"}, obj={"pressure"}).label == "pressed"
    assert lookup_verb("increase", obj={"pressure"}, pobj={"yen"}) is None
    assert lookup_verb("increase", obj={"rate"}) is None
    assert lookup_verb("apply", obj={"pressure", "rate"}) is None  # "apply upward rate pressure"


def test_a_call_for_an_act_is_a_request_and_a_telephone_call_none():
    from graphkit.ingest.events.lexicon import lookup_noun

    assert lookup_noun("call", pobj={"talk"}).label == "called for"
    assert lookup_noun("call", pobj={"sanction"}).type == "REQUEST"
    assert lookup_noun("call", mod={"telephone"}, pobj={"sanction"}) is None
    assert lookup_noun("call", pobj={"tokyo"}) is None
