"""Dealings between firms are no PLOVER events; a firm's act towards a state or a person stays."""
import pytest

from graphkit.ingest.events.commerce import between_firms, is_firm
from graphkit.models import Actor, Event, Mention


def firm(aid, name, *mentions):
    return Actor(id=aid, name=name, kind="organization", mentions=list(mentions))


ACTORS = {a.id: a for a in (
    firm("pz", "Pennzoil Co"), firm("tx", "Texaco Inc"),
    firm("fd", "Fidata", Mention(article="x", start=0, end=6, text="Fidata")),
    firm("wb", "World Bank"),
    Actor(id="jp", name="Japan", kind="country", code="JPN"),
    Actor(id="dot", name="Department of Transportation", kind="organization", code="USAGOV"),
)}


def event(actors, recipients=()):
    return Event(id="e", type="AGREE", label="agreed with", actors=list(actors), recipients=list(recipients),
                 article="x", sentence="", start=0, end=1)


@pytest.mark.parametrize(("name", "expected"), [
    ("Royal Dutch Petroleum Co", True), ("Montedison Spa", True), ("Courtaulds Plc", True),
    ("Volkswagen AG", True), ("World Bank", False), ("Inc", False), ("Bank of Japan", False),
])
def test_a_firm_is_named_with_a_legal_form(name, expected):
    assert is_firm(firm("a", name)) is expected


def test_a_ticker_after_a_mention_marks_a_listed_company():
    text = "Fidata <FID> said it reached a settlement."
    assert is_firm(ACTORS["fd"], text)
    assert not is_firm(ACTORS["fd"], "Fidata said it reached a settlement.")


def test_a_country_or_person_is_no_firm_whatever_its_name():
    assert not is_firm(Actor(id="p", name="Pennzoil Co", kind="person"))


def test_firms_among_themselves_are_commerce():
    assert between_firms(event(["tx"], ["pz"]), ACTORS)
    assert between_firms(event(["tx"]), ACTORS)  # "Texaco is appealing the ruling"


def test_a_firm_dealing_with_a_state_or_its_body_stays():
    assert not between_firms(event(["tx"], ["jp"]), ACTORS)
    assert not between_firms(event(["tx"], ["dot"]), ACTORS)
    assert not between_firms(event(["jp"], ["tx"]), ACTORS)
    assert not between_firms(event(["wb"], ["tx"]), ACTORS)


def test_an_event_with_no_actor_is_not_judged():
    assert not between_firms(event([], ["tx"]), ACTORS)


@pytest.mark.model
def test_an_acquisition_between_firms_gives_no_event_and_a_request_to_a_ministry_does(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.ingest.prepare.sentences import tokenize
    from graphkit.models import Article

    def events(text):
        art = Article(id="x", text=text, published="1987-03-01")
        return [e.type for e in extract_doc(nlp(tokenize(nlp, text)), art).events if e.certainty == "asserted"]

    assert events("Hudson Foods Inc said it has agreed to acquire Thies Cos Inc.") == []
    assert events("Japan agreed with Hudson Foods Inc on a new plant.") == ["AGREE"]


def test_a_business_group_acting_alone_or_on_firms_is_commerce():
    firms = Actor(id="uf", name="U.S. firms", kind="group", sector="BUS")
    actors = {**ACTORS, "uf": firms}
    assert between_firms(event(["uf"]), actors)  # "U.S. firms have complained"
    assert between_firms(event(["uf"], ["tx"]), actors)
    assert not between_firms(event(["uf"], ["jp"]), actors)  # towards a state it stays


def test_a_persons_business_title_does_not_make_commerce():
    chairman = Actor(id="roh", name="Roh", kind="person", sector="BUS")
    assert not between_firms(event(["roh"]), {**ACTORS, "roh": chairman})


def test_a_commercial_banks_loan_is_business_whoever_borrows():
    bank = Actor(id="cb", name="Chase Manhattan Bank", kind="organization")
    world = Actor(id="wb2", name="World Bank", kind="organization", code="IGO")
    actors = {**ACTORS, "cb": bank, "wb2": world}
    loan = event(["cb"], ["jp"]).model_copy(update={"type": "AID", "label": "aided"})
    assert between_firms(loan, actors)
    assert between_firms(loan.model_copy(update={"actors": ["pz"]}), actors)  # a firm's loan
    assert not between_firms(loan.model_copy(update={"actors": ["wb2"]}), actors)  # an aid body's
    assert not between_firms(loan.model_copy(update={"type": "ACCUSE"}), actors)  # a bank's other acts stay


def test_a_central_banks_help_to_no_named_party_is_the_money_market_not_aid():
    boe = Actor(id="boe", name="Bank of England", kind="organization", affiliations=["uk"])
    fed = Actor(id="fed", name="Federal Reserve", kind="organization")
    world = Actor(id="wb2", name="World Bank", kind="organization", code="IGO")
    actors = {**ACTORS, "boe": boe, "fed": fed, "wb2": world}
    help_ = event(["boe"]).model_copy(update={"type": "AID", "label": "aided"})
    assert between_firms(help_, actors)  # "provided the money market with 437 mln stg assistance"
    assert between_firms(help_.model_copy(update={"actors": ["fed"]}), actors)
    assert not between_firms(help_.model_copy(update={"recipients": ["jp"]}), actors)  # a bridging loan to Japan
    assert not between_firms(help_.model_copy(update={"actors": ["wb2"]}), actors)  # an aid body's loan
    assert not between_firms(help_.model_copy(update={"type": "REQUEST"}), actors)  # a bank's other acts stay


def test_a_name_inside_angle_brackets_is_a_company():
    text = "<Mr. Jax Fashions Inc> said it agreed to sell shares. <Nursing Centers of America> too."
    jax = firm("jx", "Jax", Mention(article="x", start=5, end=8, text="Jax"))
    name = "Nursing Centers of America"
    nca = firm("nc", name, Mention(article="x", start=55, end=81, text=name))
    assert is_firm(jax, text) and is_firm(nca, text)
    plain = firm("pl", "Jax", Mention(article="x", start=0, end=3, text="Jax"))
    assert not is_firm(plain, "Jax said it agreed. <JAX> is its ticker elsewhere.")


def test_funding_no_party_named_is_spending_not_aid():
    fund = event(["jp"]).model_copy(update={"type": "AID", "label": "funded"})
    assert between_firms(fund, ACTORS)  # "Japan is struggling to finance tax cuts"
    assert not between_firms(fund.model_copy(update={"recipients": ["dot"]}), ACTORS)  # funds a party
    assert not between_firms(fund.model_copy(update={"label": "aided"}), ACTORS)  # "Japan gave 300 mln dlrs in aid"
