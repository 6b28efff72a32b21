"""The place gazetteer: sub-national units and cities with their country, never countries."""
from graphkit.ingest.actors.places import is_place, place_country


def test_nations_of_a_country_are_places_of_it_not_countries():
    assert [place_country(n) for n in ("Scotland", "Wales", "England", "Northern Ireland")] == ["GBR"] * 4
    assert place_country("Texas") == "USA"


def test_cities_go_to_the_most_populous_of_their_name():
    assert place_country("Manchester") == "GBR" and place_country("Salford") == "GBR"
    assert place_country("Edinburgh") == place_country("Glasgow") == "GBR"


def test_countries_and_unknown_names_are_no_places():
    assert place_country("Britain") is None and place_country("United States") is None
    assert not is_place("Blunkett") and not is_place("")
