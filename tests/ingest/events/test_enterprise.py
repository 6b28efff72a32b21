"""Firms shortened or described in words (graphkit.ingest.events.enterprise)."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.commerce import between_firms
from graphkit.ingest.events.enterprise import (
    business_actors,
    business_event,
    described_firms,
    firm_named,
    firm_person,
    shortened_firms,
)
from graphkit.models import Actor, Event


def _org(aid, name, **kw):
    return Actor(id=aid, name=name, kind="organization", **kw)


def test_a_firm_shortened_to_its_first_words_is_a_firm():
    actors = {"a": _org("a", "Merrill Lynch and Co Inc"), "b": _org("b", "Merrill Lynch"),
              "c": _org("c", "Lynch"), "d": _org("d", "Lynch Merrill")}
    assert shortened_firms(actors, {"a"}) == {"b"}  # not a later word, nor the words in another order


def test_a_common_word_body_or_a_person_is_no_shortened_firm():
    actors = {"a": _org("a", "Bank of Boston Corp"), "b": _org("b", "Bank", generic_name=True),
              "p": Actor(id="p", name="Bank", kind="person")}
    assert shortened_firms(actors, {"a"}) == set()


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               lemmas=[r[0].lower() for r in rows])


def test_an_organisation_described_as_a_company_is_a_firm(vocab):
    # "FECSA, the Spanish electricity company" / "car maker Nissan"
    doc = _doc(vocab, [("FECSA", 0, "ROOT"), (",", 0, "punct"), ("the", 5, "det"), ("Spanish", 5, "amod"),
                       ("electricity", 5, "compound"), ("company", 0, "appos")])
    orgs = {"f": _org("f", "FECSA")}
    assert described_firms(doc, {0: "f"}, orgs) == {"f"}
    doc = _doc(vocab, [("car", 1, "compound"), ("maker", 2, "compound"), ("Nissan", 2, "ROOT")])
    assert described_firms(doc, {2: "n"}, {"n": _org("n", "Nissan")}) == {"n"}


def test_other_descriptions_and_other_kinds_make_no_firm(vocab):
    # "Unita, the rebel movement"; a country described as a maker is still a country
    doc = _doc(vocab, [("Unita", 0, "ROOT"), (",", 0, "punct"), ("the", 4, "det"), ("rebel", 4, "compound"),
                       ("movement", 0, "appos")])
    assert described_firms(doc, {0: "u"}, {"u": _org("u", "Unita")}) == set()
    doc = _doc(vocab, [("Japan", 0, "ROOT"), (",", 0, "punct"), ("the", 3, "det"), ("maker", 0, "appos")])
    assert described_firms(doc, {0: "j"}, {"j": Actor(id="j", name="Japan", kind="country", code="JPN")}) == set()


def test_a_shortened_firms_plan_to_no_party_is_dropped_as_business(vocab):
    actors = {"a": _org("a", "Merrill Lynch and Co Inc"), "b": _org("b", "Merrill Lynch"),
              "j": Actor(id="j", name="Japan", kind="country", code="JPN")}
    doc = Doc(vocab, words=["Merrill", "Lynch", "said"])
    marked = business_actors(doc, SimpleNamespace(actors=actors, token_actor={}))
    plan = Event(id="e", type="AGREE", label="promised", actors=["b"], recipients=[], article="x", sentence="",
                 start=0, end=1)
    assert between_firms(plan, marked) and not between_firms(plan, actors)
    assert not between_firms(plan.model_copy(update={"recipients": ["j"]}), marked)  # towards a state: kept
    assert marked["j"] == actors["j"]


def test_a_unit_named_by_a_firms_own_first_word_is_a_firm_but_not_by_a_common_word():
    actors = {"a": _org("a", "Amoco Corp"), "b": _org("b", "Amoco Canada"),
              "g": _org("g", "General Electric Co"), "m": _org("m", "General Motors")}
    assert shortened_firms(actors, {"a", "g"}) == {"b"}


def test_a_name_ending_with_a_company_noun_is_a_firm():
    assert firm_named(_org("a", "Philadelphia Stock Exchange"))
    assert firm_named(_org("b", "British Airways"))
    assert not firm_named(_org("c", "Exchange"))  # one word: a common noun, no name
    assert not firm_named(_org("d", "Export-Import Bank"))
    assert not firm_named(Actor(id="e", name="Stock Exchange", kind="location"))


def test_a_named_firms_plan_is_business(vocab):
    actors = {"x": _org("x", "Philadelphia Stock Exchange")}
    marked = business_actors(Doc(vocab, words=["PHLX"]), SimpleNamespace(actors=actors, token_actor={}))
    plan = Event(id="e", type="AGREE", label="promised", actors=["x"], recipients=[], article="x", sentence="",
                 start=0, end=1)
    assert between_firms(plan, marked)


def test_names_coordinated_under_a_firm_noun_are_firms(vocab):
    # "its Nuton and Yale security subsidiaries": Yale shares the description of Nuton
    rows = [("its", 5, "poss"), ("Nuton", 4, "nmod"), ("and", 1, "cc"), ("Yale", 1, "conj"),
            ("security", 5, "compound"), ("subsidiaries", 5, "ROOT")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              lemmas=["its", "Nuton", "and", "Yale", "security", "subsidiary"])
    actors = {"n": _org("n", "Nuton"), "y": _org("y", "Yale")}
    assert described_firms(doc, {1: "n", 3: "y"}, actors) == {"n", "y"}
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              lemmas=["its", "Nuton", "and", "Yale", "security", "guard"])
    assert described_firms(doc, {1: "n", 3: "y"}, actors) == set()


def test_a_person_tied_to_firms_only_acts_for_business():
    firm = _org("f", "Wisenbaker Production Co")
    state = Actor(id="s", name="United States", kind="country", code="USA")
    boss = Actor(id="p", name="Royce Wisenbaker", kind="person", affiliations=["f"])
    actors = {a.id: a for a in (firm, state, boss)}
    agreed = Event(id="e", type="AGREE", label="agreed with", actors=["p"], article="x", sentence="", start=0, end=1)
    assert firm_person(boss, actors) and business_event(agreed, actors)
    assert not business_event(agreed.model_copy(update={"recipients": ["s"]}), actors)  # towards a state: kept
    politician = boss.model_copy(update={"affiliations": ["f", "s"]})
    assert not firm_person(politician, {**actors, "p": politician})
    assert not business_event(agreed, {**actors, "p": politician})


def test_a_person_or_place_described_as_a_company_is_a_firm(vocab):
    # "state oil company Petronas": the model took the firm's name for a person's
    doc = _doc(vocab, [("state", 2, "compound"), ("company", 2, "compound"), ("Petronas", 2, "ROOT")])
    actors = {"p": Actor(id="p", name="Petronas", kind="person")}
    assert described_firms(doc, {2: "p"}, actors) == {"p"}
    marked = business_actors(doc, SimpleNamespace(actors=actors, token_actor={2: "p"}))
    assert marked["p"].kind == "organization" and marked["p"].sector == "BUS"
    plan = Event(id="e", type="AGREE", label="promised", actors=["p"], recipients=[], article="x", sentence="",
                 start=0, end=1)
    assert business_event(plan, marked) and not business_event(plan, actors)
    doc = _doc(vocab, [("chairman", 1, "compound"), ("Agnelli", 1, "ROOT")])  # no company noun: a person
    assert described_firms(doc, {1: "a"}, {"a": Actor(id="a", name="Agnelli", kind="person")}) == set()


def test_a_name_with_a_legal_form_before_of_and_a_place_is_a_firm():
    assert firm_named(_org("a", "Fashionport Private Ltd of India"))
    assert not firm_named(_org("b", "Bank of India"))
    assert not firm_named(Actor(id="c", name="Fashionport Ltd of India", kind="location"))


def test_an_unknown_place_shortening_a_firms_name_is_the_firm_a_known_place_is_not():
    actors = {"a": _org("a", "Gulf States Utilities Co"), "b": Actor(id="b", name="Gulf States", kind="location"),
              "n": _org("n", "New York Times Co"), "y": Actor(id="y", name="New York", kind="location")}
    assert shortened_firms(actors, {"a", "n"}) == {"b"}


def test_a_firms_initials_are_the_firm():
    actors = {"a": _org("a", "General Motors Corp"), "b": _org("b", "GM"), "c": _org("c", "GE"),
              "d": _org("d", "Gm")}
    assert shortened_firms(actors, {"a"}) == {"b"}  # not other initials, nor a word written in lower case
    coded = {"a": _org("a", "Southeastern Capital Corp"), "s": _org("s", "SEC", code="USAGOV")}
    assert shortened_firms(coded, {"a"}) == set()  # a body with an actor code is no firm's initials
