"""Homelands: each actor's country, from the ties the actor stage made."""
from types import SimpleNamespace as C

from graphkit.ingest.actors.homelands import homelands


def test_an_actor_belongs_to_its_first_country_affiliation_not_to_other_ties():
    jp, us = C(id="japan", kind="country"), C(id="usa", kind="country")
    party, minister = C(id="ldp", kind="organization"), C(id="kato", kind="person")
    kinds = {"japan": "country", "usa": "country", "ldp": "organization", "kato": "person"}
    b = C(clusters=[jp, us, party, minister], affil={id(minister): [party, jp, us], id(jp): [us]}, kinds=kinds)
    assert homelands(b) == {"kato": "japan"}  # the party is no country; a country has no homeland here


def test_actors_with_no_country_or_no_id_have_no_homeland():
    firm, loose = C(id="sony", kind="organization"), C(id="", kind="person")
    b = C(clusters=[firm, loose], affil={id(loose): [C(id="japan")]}, kinds={"japan": "country"})
    assert homelands(b) == {}
