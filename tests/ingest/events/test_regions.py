"""Places tied to no country are no party to an event (graphkit.ingest.events.regions)."""
from graphkit.ingest.events.regions import drop_regions, is_region
from graphkit.models import Actor, Event

ACTORS = {"gulf": Actor(id="gulf", name="Gulf", kind="location"),
          "europe": Actor(id="europe", name="Europe", kind="location"),
          "usa": Actor(id="usa", name="United States", kind="country", code="USA"),
          "tokyo": Actor(id="tokyo", name="Tokyo", kind="location", affiliations=["japan"]),
          "gcc": Actor(id="gcc", name="GCC", kind="organization")}


def _ev(actors, recipients):
    return Event(id="a#e0", type="THREATEN", label="threatened", actors=actors, recipients=recipients,
                 article="a", sentence="s", start=0, end=1, location="gulf")


def test_a_sea_or_region_is_no_recipient_but_stays_the_place():
    out = drop_regions([_ev(["gcc"], ["europe", "usa"])], ACTORS)
    assert [(e.actors, e.recipients, e.location) for e in out] == [(["gcc"], ["usa"], "gulf")]


def test_an_event_whose_only_doer_is_a_region_is_dropped():
    assert drop_regions([_ev(["gulf"], ["usa"])], ACTORS) == []
    assert [e.actors for e in drop_regions([_ev(["gulf", "gcc"], [])], ACTORS)] == [["gcc"]]


def test_a_city_tied_to_its_country_and_unknown_ids_stay():
    assert is_region(ACTORS["gulf"]) and not is_region(ACTORS["tokyo"]) and not is_region(None)
    ev = _ev(["tokyo"], ["nobody"])
    assert drop_regions([ev], ACTORS) == [ev]


def test_a_territory_tied_to_no_country_still_stands_for_its_people():
    gaza = Actor(id="gaza", name="Gaza Strip", kind="location")
    ev = _ev(["usa"], ["gaza"])
    assert not is_region(gaza) and drop_regions([ev], {**ACTORS, "gaza": gaza}) == [ev]
