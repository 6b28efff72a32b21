"""End-to-end actor checks on the seed article with the real model."""
import pytest
from conftest import SEED_ID, SEEDS

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def by_name(seed_kg):
    return {a.name: a for a in seed_kg.actors}


@pytest.fixture(scope="module")
def seed_layer(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.ingest.read.readers import read_articles

    [art] = [a for a in read_articles([SEEDS]) if a.id == SEED_ID]
    doc = nlp(art.text)
    return doc, find_actors(doc, art)


def test_seed_actors_kinds_and_codes(by_name):
    expected = {
        "John Kerry": "person", "United States": "country", "Hamas": "organization", "Israel": "country",
        "Egypt": "country", "Qatar": "country", "Turkey": "country", "Khaled Meshaal": "person",
        "Recep Tayyip Erdogan": "person", "Benjamin Netanyahu": "person", "Tel Aviv": "location",
        "United Nations": "organization", "Jen Psaki": "person", "Philip Hammond": "person", "Cairo": "location",
        "Ban Ki-moon": "person", "Boerge Brende": "person", "Norway": "country", "Oslo": "location",
        "Ad Hoc Liaison Committee": "organization", "Frode Andersen": "person", "Sharm El-Sheikh": "location",
        "Palestinians": "group",
    }
    for name, kind in expected.items():
        assert name in by_name, name
        assert by_name[name].kind == kind, name
    assert by_name["United States"].code == "USA" and by_name["Israel"].code == "ISR"
    assert "Gaza" in by_name["Gaza Strip"].aliases and by_name["Gaza Strip"].kind == "location"
    assert "Kerry" in by_name["John Kerry"].aliases and "U.N." in by_name["United Nations"].aliases


def test_seed_has_no_noise_actors(by_name):
    bad = {"Gaps Remain", "Kerry Presses", "Islamist", "Jewish", "Western", "State", "Israeli", "Egyptian",
           "foreign ministry"}
    names = {n for a in by_name.values() for n in [a.name, *a.aliases]}
    assert not bad & names


def test_seed_affiliations(by_name):
    def affs(name):
        ids = by_name[name].affiliations
        return {a.name for a in by_name.values() if a.id in ids}

    assert affs("John Kerry") == {"United States"}
    assert affs("Benjamin Netanyahu") == {"Israel"}
    assert affs("Recep Tayyip Erdogan") == {"Turkey"}
    assert affs("Khaled Meshaal") == {"Hamas"}
    assert affs("Philip Hammond") == {"United Kingdom"}
    assert affs("Ban Ki-moon") == {"United Nations"}
    assert affs("Boerge Brende") == {"Norway", "Ad Hoc Liaison Committee"}
    assert affs("Jen Psaki") == {"John Kerry", "United States"}
    assert affs("Frode Andersen") == {"Norway"}
    assert by_name["John Kerry"].titles == ["Secretary of State"]


def test_seed_mentions_point_at_the_names(seed_kg, by_name):
    [art] = [a for a in seed_kg.articles if a.id == SEED_ID]
    for actor in by_name.values():
        # every actor is named, but for the country of a people the text never names ("Palestinians")
        assert actor.mentions or (actor.kind == "country" and actor.name == "Palestine"), actor.name
        for m in actor.mentions:
            assert art.text[m.start:m.end] == m.text
    assert len(by_name["John Kerry"].mentions) >= 9


def _tok(doc, text, after):
    start = doc.text.index(after)
    return next(t for t in doc if t.idx >= start and t.text == text)


def test_seed_references_resolve_for_events(seed_layer):
    doc, layer = seed_layer
    ids = {a.name: a.id for a in layer.actors.values()}
    assert layer.at(_tok(doc, "him", "after meeting him").i) == ids["Benjamin Netanyahu"]
    assert layer.at(_tok(doc, "he", "as he pressed").i) == ids["John Kerry"]
    assert layer.at(_tok(doc, "she", "she said").i) == ids["Jen Psaki"]
    assert layer.at(_tok(doc, "group", "the Islamist group").i) == ids["Hamas"]
    assert layer.at(_tok(doc, "state", "the Jewish state").i) == ids["Israel"]
    assert layer.at(_tok(doc, "official", "a U.S. official").i) == ids["United States"]
    assert layer.at(_tok(doc, "official", "a senior Hamas official").i) == ids["Hamas"]
    assert layer.at(_tok(doc, "which", "which drafted").i) == ids["Egypt"]
    assert layer.at(_tok(doc, "it", "it was unrealistic").i) is None
    assert layer.all_at(_tok(doc, "ministers", "foreign ministers").i) == [ids["Qatar"], ids["Turkey"]]
