"""The doer's own side is no recipient beside another side (graphkit.ingest.events.sides)."""
from __future__ import annotations

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.sides import countries_of, foreign_recipients, other_sides
from graphkit.models import Actor


def _layer() -> ActorLayer:
    return ActorLayer(actors={
        "usa": Actor(id="usa", name="United States", kind="country", code="USA"),
        "jpn": Actor(id="jpn", name="Japan", kind="country", code="JPN"),
        "congress": Actor(id="congress", name="Congress", kind="organization", affiliations=["usa"]),
        "reagan": Actor(id="reagan", name="Reagan", kind="person", affiliations=["usa"]),
        "aide": Actor(id="aide", name="Aide", kind="person", affiliations=["congress"]),
        "garn": Actor(id="garn", name="Garn", kind="person"),
    })


def test_countries_are_found_through_affiliations():
    layer = _layer()
    assert countries_of("aide", layer) == {"usa"}
    assert countries_of("jpn", layer) == {"jpn"}
    assert countries_of("garn", layer) == set()


def test_own_country_recipient_is_dropped_beside_a_foreign_one():
    layer = _layer()
    assert foreign_recipients(["reagan"], ["jpn", "usa"], layer) == ["jpn"]
    assert foreign_recipients(["reagan"], ["congress", "jpn"], layer) == ["jpn"]


def test_own_country_recipients_alone_are_kept():
    layer = _layer()
    assert foreign_recipients(["reagan"], ["congress"], layer) == ["congress"]
    assert foreign_recipients(["reagan"], ["usa", "garn"], layer) == ["usa", "garn"]


def test_a_doer_of_no_country_keeps_every_recipient():
    assert foreign_recipients(["garn"], ["jpn", "usa"], _layer()) == ["jpn", "usa"]


def test_other_sides_drops_the_own_country_of_each_found_event():
    from graphkit.ingest.events.lexicon import Trigger
    from graphkit.ingest.events.readings import Found

    found = Found(None, Trigger("SANCTION", None, "sanctioned"), ["reagan"], ["jpn", "usa"], None, "asserted")
    (got,) = other_sides([found], _layer())
    assert (got.actors, got.recips) == (["reagan"], ["jpn"])


def test_real_parse_tariffs_on_imports_to_the_doers_country(nlp):
    from graphkit.api import build

    text = ("Commenting on President Reagan's decision to increase tariffs on certain Japanese imports to the U.S., "
            "Baldrige said the problems were not comparable.")
    kg = build([{"id": "s0", "text": text, "published": "1987-03-10"}])
    names = {a.id: a.name for a in kg.actors}
    got = [(tuple(names[a] for a in e.actors), tuple(names[a] for a in e.recipients))
           for e in kg.events if e.type == "SANCTION"]
    assert got == [(("Reagan",), ("Japan",))]
