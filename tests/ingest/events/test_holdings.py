"""Organisations a firm owns (graphkit.ingest.events.holdings)."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.commerce import between_firms
from graphkit.ingest.events.enterprise import business_actors
from graphkit.ingest.events.holdings import owned_firms, owner_of
from graphkit.models import Actor, Event


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows])


def _org(aid, name, **kw):
    return Actor(id=aid, name=name, kind="organization", **kw)


def test_the_possessor_of_the_phrase_a_name_modifies_owns_it(vocab):
    # "its Playboy Licensing unit": "its" stands for Playboy Enterprises Inc
    doc = _doc(vocab, [("its", 3, "poss"), ("Playboy", 2, "compound"), ("Licensing", 3, "compound"),
                       ("unit", 3, "ROOT")])
    assert owner_of(doc[1], {0: "p", 1: "l", 2: "l"}) == "p"
    assert owner_of(doc[1], {1: "l", 2: "l"}) is None  # a pronoun tied to no one owns nothing


def test_a_firms_unit_is_a_firm_and_a_states_body_is_not(vocab):
    # "Holiday Corp's Holiday Inn Hotel Group" / "Japan's Finance Ministry"
    doc = _doc(vocab, [("Holiday", 1, "compound"), ("Corp", 4, "poss"), ("'s", 1, "case"), ("Inn", 4, "compound"),
                       ("Group", 4, "ROOT")])
    names = {0: "h", 1: "h", 3: "g", 4: "g"}
    actors = {"h": _org("h", "Holiday Corp"), "g": _org("g", "Inn Group")}
    assert owned_firms(doc, names, actors, {"h"}) == {"g"}
    assert owned_firms(doc, names, actors, set()) == set()  # the possessor is no firm
    coded = {"h": actors["h"], "g": _org("g", "Finance Ministry", code="JPNGOV")}
    assert owned_firms(doc, names, coded, {"h"}) == set()  # a body with an actor code stays


def test_a_firms_units_plan_is_business(vocab):
    doc = _doc(vocab, [("Holiday", 1, "compound"), ("Corp", 4, "poss"), ("'s", 1, "case"), ("Inn", 4, "compound"),
                       ("Group", 4, "ROOT")])
    actors = {"h": _org("h", "Holiday Corp"), "g": _org("g", "Inn Group")}
    plan = Event(id="e", type="AGREE", label="promised", actors=["g"], recipients=[], article="x", sentence="",
                 start=0, end=1)
    marked = business_actors(doc, SimpleNamespace(actors=actors, token_actor={0: "h", 1: "h", 3: "g", 4: "g"}))
    assert between_firms(plan, marked) and not between_firms(plan, actors)
