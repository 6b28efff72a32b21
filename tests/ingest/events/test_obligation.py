"""Demands on one's own side (graphkit.ingest.events.obligation)."""
from __future__ import annotations

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.obligation import own_demand
from graphkit.models import Actor


def _layer() -> ActorLayer:
    return ActorLayer(actors={
        "kim": Actor(id="kim", name="Kim", kind="person", sector="GOV", affiliations=["kor"]),
        "tur": Actor(id="tur", name="Thurso", kind="person", sector="GOV", affiliations=["lib", "kor"]),
        "lib": Actor(id="lib", name="Liberal Democrats", kind="organization"),
        "lee": Actor(id="lee", name="Lee", kind="person", sector="BUS", affiliations=["kor"]),
        "kor": Actor(id="kor", name="South Korea", kind="country"),
        "usa": Actor(id="usa", name="United States", kind="country"),
        "adb": Actor(id="adb", name="Asian Development Bank", kind="organization", sector="IGO")})


def test_a_minister_saying_what_their_own_state_must_do_asks_nobody():
    assert own_demand((["kim"], ["kor"]), _layer())


def test_a_demand_on_another_state_or_body_is_kept():
    assert not own_demand((["kim"], ["usa"]), _layer())
    assert not own_demand((["kim"], ["adb"]), _layer())
    assert not own_demand((["kim"], ["kor", "usa"]), _layer())


def test_a_banker_or_a_party_spokesman_saying_what_their_government_must_do_asks_it():
    assert not own_demand((["lee"], ["kor"]), _layer())
    assert not own_demand((["tur"], ["kor"]), _layer())


def test_no_roles_or_no_recipient_is_no_own_demand():
    assert not own_demand(None, _layer())
    assert not own_demand((["kim"], []), _layer())
    assert not own_demand(([], ["kor"]), _layer())
