"""The accused, not the forum, of a complaint; the addressee of a request by preposition
(graphkit.ingest.events.forums), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.forums import asks_by_preposition
from graphkit.models import Article
from tests.ingest.events.test_find import events_of, parse

_PROTESTED = [("Greece", 1, "nsubj", "PROPN", "Greece"), ("protested", 1, "ROOT", "VERB", "protest"),
              ("to", 1, "prep", "ADP", "to"), ("NATO", 2, "pobj", "PROPN", "NATO")]
_ACTORS = {0: ("greece", "country"), 3: ("nato", "organization")}


def test_a_complaint_to_a_body_against_a_party_is_aimed_at_the_party(vocab):
    # Greece protested to NATO against Turkey (the parser hangs "against" on NATO)
    rows = _PROTESTED + [("against", 3, "prep", "ADP", "against"), ("Turkey", 4, "pobj", "PROPN", "Turkey")]
    got = [e for e in events_of(vocab, rows, {**_ACTORS, 5: ("turkey", "country")}) if e[0] == "ACCUSE"]
    assert [(e[2], e[3]) for e in got] == [(["greece"], ["turkey"])]
    # with no other party named, the body is the one protested to
    got = [e for e in events_of(vocab, _PROTESTED, _ACTORS) if e[0] == "ACCUSE"]
    assert [(e[2], e[3]) for e in got] == [(["greece"], ["nato"])]


def test_the_doer_of_the_act_complained_about_is_accused(vocab):
    # Greece protested to NATO over Turkish flights: Turkey, named only by its adjective
    rows = _PROTESTED + [("over", 1, "prep", "ADP", "over"), ("Turkish", 6, "amod", "ADJ", "turkish"),
                         ("flights", 4, "pobj", "NOUN", "flight")]
    doc, layer = parse(vocab, rows, _ACTORS)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    (ev,) = [e for e in events if e.type == "ACCUSE"]
    assert ev.actors == ["greece"]
    assert [layer.actors[r].code for r in ev.recipients] == ["TUR"]


def test_a_request_asks_the_object_of_its_preposition_not_a_party_inside_it(vocab):
    # Germany called on banks to ease pressure on Argentina
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("called", 1, "ROOT", "VERB", "call"),
            ("on", 1, "prep", "ADP", "on"), ("banks", 2, "pobj", "NOUN", "bank"), ("to", 5, "aux", "PART", "to"),
            ("ease", 1, "xcomp", "VERB", "ease"), ("pressure", 5, "dobj", "NOUN", "pressure"),
            ("on", 6, "prep", "ADP", "on"), ("Argentina", 7, "pobj", "PROPN", "Argentina")]
    doc, _ = parse(vocab, rows, {})
    assert asks_by_preposition(doc[1], doc[5])
    got = [e for e in events_of(vocab, rows, {0: ("germany", "country"), 8: ("argentina", "country")})
           if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in got] == [(["germany"], [])]


def test_a_preposition_after_the_content_names_no_addressee(vocab):
    # Germany called to ease pressure on Argentina
    rows = [("Germany", 1, "nsubj", "PROPN", "Germany"), ("called", 1, "ROOT", "VERB", "call"),
            ("to", 3, "aux", "PART", "to"), ("ease", 1, "xcomp", "VERB", "ease"),
            ("pressure", 3, "dobj", "NOUN", "pressure"), ("on", 1, "prep", "ADP", "on"),
            ("Argentina", 5, "pobj", "PROPN", "Argentina")]
    doc, _ = parse(vocab, rows, {})
    assert not asks_by_preposition(doc[1], doc[3])
