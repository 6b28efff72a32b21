"""A visit told without its destination is to the story's country (events.hosts)."""
from __future__ import annotations

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.hosts import story_country
from graphkit.models import Actor, Article


def _layer(token_actor):
    return ActorLayer(actors={"bol": Actor(id="bol", name="Bolivia", kind="country", code="BOL"),
                              "deu": Actor(id="deu", name="West Germany", kind="country", code="DEU"),
                              "paz": Actor(id="paz", name="Paz Estenssoro", kind="person", affiliations=["bol"]),
                              "rvw": Actor(id="rvw", name="Weizsaecker", kind="person", affiliations=["deu"])},
                      token_actor=token_actor)


def test_the_story_country_is_named_most_by_its_people_too_leaving_out_the_visitor_s():
    # Bolivia once, its president twice (a name of two tokens counts once), West Germany three times
    layer = _layer({0: "bol", 5: "paz", 6: "paz", 12: "paz", 20: "deu", 21: "rvw", 30: "deu", 40: "deu"})
    assert story_country(layer, {"deu"}) == "bol"
    assert story_country(layer, set()) == "deu"


def test_no_story_country_when_named_once_or_tied():
    assert story_country(_layer({0: "bol", 4: "deu"}), set()) is None
    assert story_country(_layer({0: "bol", 4: "deu", 8: "bol", 12: "deu"}), set()) is None
    assert story_country(_layer({0: "bol", 4: "rvw"}), {"deu"}) is None


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, e.mode, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events}


def test_a_visit_in_passing_is_to_the_story_s_country(nlp):
    text = ("Bolivian miners declared a general strike against the Bolivian government. The government said "
            "the strike was designed to embarrass it during the visit of West German President Richard von "
            "Weizsaecker.")
    got = _events(nlp, text)
    assert any(e[0] == "CONSULT" and e[1] == "visit" and e[3] == ("Bolivia",) for e in got)


def test_a_visit_with_its_destination_keeps_it(nlp):
    got = _events(nlp, "Bolivian miners struck in Bolivia. Bolivian ministers met. Weizsaecker's visit to Peru began.")
    assert not any(e[0] == "CONSULT" and e[3] == ("Bolivia",) for e in got)


def test_a_visitor_of_no_known_country_gets_no_guessed_host(nlp):
    text = ("Bolivian miners declared a general strike against the Bolivian government. The government said "
            "the strike was designed to embarrass it during the visit of Weizsaecker.")
    got = _events(nlp, text)
    assert not any(e[0] == "CONSULT" and e[3] == ("Bolivia",) for e in got)
