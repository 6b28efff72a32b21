"""The party told that the teller's side will act (graphkit.ingest.events.addressees)."""
from __future__ import annotations

from graphkit.ingest.events.addressees import same_side, told_addressees
from graphkit.ingest.events.find import find_events
from graphkit.models import Article
from tests.ingest.events.test_find import parse


def _told(vocab, subject, addressee_code="SUNGOV"):
    # Reagan told Gorbachev <subject> would reject the plan
    rows = [("Reagan", 1, "nsubj", "PROPN", "Reagan"), ("told", 1, "ROOT", "VERB", "tell"),
            ("Gorbachev", 1, "dobj", "PROPN", "Gorbachev"), (subject, 5, "nsubj", "PROPN", subject.lower()),
            ("would", 5, "aux", "AUX", "would"), ("reject", 1, "ccomp", "VERB", "reject"),
            ("the", 7, "det", "DET", "the"), ("plan", 5, "dobj", "NOUN", "plan")]
    third = {"he": ("reagan", "person"), "Washington": ("usa", "country"), "Japan": ("japan", "country")}[subject]
    doc, layer = parse(vocab, rows, {0: ("reagan", "person"), 2: ("gorbachev", "person"), 3: third})
    codes = {"reagan": "USAGOV", "gorbachev": addressee_code, "usa": "USA", "japan": "JPN"}
    for aid, actor in layer.actors.items():
        actor.code = codes[aid]
        actor.sector = codes[aid][3:] or None
    return doc, layer


def _rejections(doc, layer):
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.actors, e.recipients) for e in events if e.type == "REJECT"]


def test_the_tellers_own_refusal_is_made_to_the_one_told(vocab):
    doc, layer = _told(vocab, "he")
    assert told_addressees(doc[5], ["reagan"], layer) == ["gorbachev"]
    assert _rejections(doc, layer) == [(["reagan"], ["gorbachev"])]
    doc, layer = _told(vocab, "Washington")  # the teller's country acts
    assert told_addressees(doc[5], ["usa"], layer) == ["gorbachev"]


def test_what_one_tells_of_a_third_party_is_not_addressed_to_the_listener(vocab):
    doc, layer = _told(vocab, "Japan")
    assert told_addressees(doc[5], ["japan"], layer) == []
    assert _rejections(doc, layer) == [(["japan"], [])]


def test_a_news_outlet_told_is_no_party(vocab):
    doc, layer = _told(vocab, "he", addressee_code="USAMED")
    assert told_addressees(doc[5], ["reagan"], layer) == []


def test_one_side_by_the_country_of_its_codes(vocab):
    _, layer = _told(vocab, "Washington")
    assert same_side("reagan", "usa", layer) and not same_side("reagan", "gorbachev", layer)
