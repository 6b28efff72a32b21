"""Places named as a firm's seat (graphkit.ingest.events.premises)."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.commerce import between_firms
from graphkit.ingest.events.enterprise import business_actors
from graphkit.ingest.events.premises import firm_seats, is_seat
from graphkit.models import Actor, Event

_UK = Actor(id="gb", name="United Kingdom", kind="country", code="GBR")
_AU = Actor(id="au", name="Australia", kind="country", code="AUS")


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               lemmas=[r[0].lower() for r in rows])


def test_a_place_modifying_a_firm_part_noun_is_the_firms_seat(vocab):
    # "its South African company" / "its U.K. unit"; "the U.K. government" is the state
    doc = _doc(vocab, [("its", 3, "poss"), ("South", 2, "amod"), ("African", 3, "amod"), ("company", 3, "ROOT")])
    assert is_seat(doc[1], {1: "za", 2: "za"}, set()) and is_seat(doc[2], {1: "za", 2: "za"}, set())
    doc = _doc(vocab, [("the", 2, "det"), ("U.K.", 2, "compound"), ("government", 2, "ROOT")])
    assert not is_seat(doc[1], {1: "gb"}, set())


def test_a_place_after_of_or_in_apposition_to_a_firm_is_its_seat(vocab):
    # "Victoria Exploration N.L. of Perth, Australia"
    doc = _doc(vocab, [("N.L.", 0, "ROOT"), ("of", 0, "prep"), ("Perth", 1, "pobj"), (",", 0, "punct"),
                       ("Australia", 0, "appos")])
    names = {0: "v", 2: "pe", 4: "au"}
    assert is_seat(doc[2], names, {"v"}) and is_seat(doc[4], names, {"v"})
    assert not is_seat(doc[2], names, set()) and not is_seat(doc[4], names, set())  # no firm: a place


def test_a_place_is_a_seat_only_when_every_mention_is_one(vocab):
    doc = _doc(vocab, [("its", 2, "poss"), ("U.K.", 2, "compound"), ("unit", 3, "nsubj"), ("left", 3, "ROOT"),
                       ("the", 5, "det"), ("U.K.", 3, "dobj")])
    assert firm_seats(doc, {1: "gb"}, {"gb": _UK}, set()) == {"gb"}
    assert firm_seats(doc, {1: "gb", 5: "gb"}, {"gb": _UK}, set()) == set()  # "left the U.K.": the place itself


def test_a_firms_dealing_towards_its_own_seat_is_business(vocab):
    # "Royal Corp agreed to sell its properties to Victoria Exploration N.L. of Perth, Australia"
    doc = _doc(vocab, [("N.L.", 0, "ROOT"), (",", 0, "punct"), ("Australia", 0, "appos")])
    actors = {"r": Actor(id="r", name="Royal Corp", kind="organization"),
              "v": Actor(id="v", name="Victoria Exploration N.L.", kind="organization", aliases=["Victoria Ltd"]),
              "au": _AU}
    deal = Event(id="e", type="AGREE", label="agreed with", actors=["r"], recipients=["au", "v"], article="x",
                 sentence="", start=0, end=1)
    marked = business_actors(doc, SimpleNamespace(actors=actors, token_actor={0: "v", 2: "au"}))
    assert between_firms(deal, marked) and not between_firms(deal, actors)
    marked = business_actors(doc, SimpleNamespace(actors=actors, token_actor={0: "v", 2: "au", 1: "au"}))
    assert not between_firms(deal, marked)  # Australia named as itself too: a party, kept
