"""The country an act is aimed at through the patient's adjective (graphkit.ingest.events.patients)."""
from __future__ import annotations

from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.patients import (
    aid_takers,
    givers_of_given,
    origin_countries,
    patient_nations,
    result_targets,
)
from graphkit.models import Actor, Article
from tests.ingest.events.test_find import parse


def _tariffs(adjective):
    # Washington imposed tariffs on imports of <adjective> goods
    return [("Washington", 1, "nsubj", "PROPN", "Washington"), ("imposed", 1, "ROOT", "VERB", "impose"),
            ("tariffs", 1, "dobj", "NOUN", "tariff"), ("on", 2, "prep", "ADP", "on"),
            ("imports", 3, "pobj", "NOUN", "import"), ("of", 4, "prep", "ADP", "of"),
            (adjective, 7, "amod", "ADJ", adjective.lower()), ("goods", 5, "pobj", "NOUN", "good")]


def _layer(vocab, rows, countries, subject=True):
    doc, layer = parse(vocab, rows, {0: ("usa", "country")} if subject else {})
    layer.actors["usa"] = Actor(id="usa", name="United States", kind="country", code="USA")
    for aid, code in countries:
        layer.actors[aid] = Actor(id=aid, name=aid.title(), kind="country", code=code)
    return doc, layer


def test_tariffs_on_a_countrys_goods_are_aimed_at_that_country(vocab):
    doc, layer = _layer(vocab, _tariffs("Japanese"), [("japan", "JPN")])
    assert patient_nations(doc[2], layer) == ["japan"]
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.recipients) for e in events if e.type == "SANCTION"] == [
        ("SANCTION", ["usa"], ["japan"])]


def test_tariffs_imposed_on_a_countrys_goods_are_aimed_at_that_country(vocab):
    rows = _tariffs("Japanese")
    rows[3] = ("on", 1, "prep", "ADP", "on")  # the parser hangs "on" on the verb
    doc, layer = _layer(vocab, rows, [("japan", "JPN")])
    assert patient_nations(doc[2], layer) == []
    assert patient_nations(doc[1], layer) == ["japan"]
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.recipients) for e in events if e.type == "SANCTION"] == [
        ("SANCTION", ["usa"], ["japan"])]


def test_no_country_of_the_article_or_the_doers_own_names_no_recipient(vocab):
    doc, layer = _layer(vocab, _tariffs("Japanese"), [])  # no Japan in the article: nobody to name
    assert patient_nations(doc[2], layer) == []
    doc, layer = _layer(vocab, _tariffs("Dutch"), [("japan", "JPN")])
    assert patient_nations(doc[2], layer) == []
    # "Iraqi attacks on Iraqi positions": a country the act noun's own adjective names does it
    rows = [("Iraqi", 1, "amod", "ADJ", "iraqi"), ("attacks", 1, "ROOT", "NOUN", "attack"),
            ("on", 1, "prep", "ADP", "on"), ("Iraqi", 4, "amod", "ADJ", "iraqi"),
            ("positions", 2, "pobj", "NOUN", "position")]
    doc, layer = _layer(vocab, rows, [("iraq", "IRQ")], subject=False)
    assert patient_nations(doc[1], layer) == []


def _cut(with_to):
    # the Senate cut U.S. aid (to Mexico)
    rows = [("Senate", 1, "nsubj", "PROPN", "Senate"), ("cut", 1, "ROOT", "VERB", "cut"),
            ("U.S.", 3, "compound", "PROPN", "U.S."), ("aid", 1, "dobj", "NOUN", "aid")]
    return rows + [("to", 1, "prep", "ADP", "to"), ("Mexico", 4, "pobj", "PROPN", "Mexico")] * with_to


def test_the_giver_of_aid_cut_to_another_is_no_recipient_of_the_cut(vocab):
    doc, layer = parse(vocab, _cut(True), {0: ("senate", "organization"), 2: ("usa", "country"),
                                          5: ("mex", "country")})
    assert givers_of_given(doc[3], layer) == ["usa"]
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.recipients) for e in events] == [("SANCTION", ["senate"], ["mex"])]


def test_aid_cut_with_no_taker_named_keeps_its_giver(vocab):
    doc, layer = parse(vocab, _cut(False), {0: ("senate", "organization"), 2: ("usa", "country")})
    assert givers_of_given(doc[3], layer) == []


def _backed(noun, prep_head):
    # Washington backed a <noun> for Argentina ("for" on the noun, 3, or on the verb, 1)
    return [("Washington", 1, "nsubj", "PROPN", "Washington"), ("backed", 1, "ROOT", "VERB", "back"),
            ("a", 3, "det", "DET", "a"), (noun, 1, "dobj", "NOUN", noun), ("for", prep_head, "prep", "ADP", "for"),
            ("Argentina", 4, "pobj", "PROPN", "Argentina")]


def test_whom_backed_aid_is_for_is_the_recipient(vocab):
    for prep_head in (3, 1):
        doc, layer = parse(vocab, _backed("loan", prep_head), {0: ("usa", "country"), 5: ("arg", "country")})
        assert aid_takers(doc[1], layer) == ["arg"]
        events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
        assert [(e.type, e.actors, e.recipients) for e in events] == [("SUPPORT", ["usa"], ["arg"])]


def test_a_thing_backed_that_is_no_aid_names_no_taker(vocab):
    doc, layer = parse(vocab, _backed("plan", 1), {0: ("usa", "country"), 5: ("arg", "country")})
    assert aid_takers(doc[1], layer) == []


def _chips(vocab, participle, prep, origin_kind):
    # Washington imposed tariffs on chips <participle> <prep> Japan
    rows = [("Washington", 1, "nsubj", "PROPN", "Washington"), ("imposed", 1, "ROOT", "VERB", "impose"),
            ("tariffs", 1, "dobj", "NOUN", "tariff"), ("on", 2, "prep", "ADP", "on"),
            ("chips", 3, "pobj", "NOUN", "chip"), (participle, 4, "acl", "VERB", participle),
            (prep, 5, "prep", "ADP", prep), ("Japan", 6, "pobj", "PROPN", "Japan")]
    doc, layer = parse(vocab, rows, {0: ("usa", "country"), 7: ("japan", origin_kind)})
    doc[5].tag_ = "VBN"
    return doc, layer



def test_a_measure_on_goods_from_a_country_is_aimed_at_it(vocab):
    for participle, prep in (("imported", "from"), ("made", "in")):
        doc, layer = _chips(vocab, participle, prep, "country")
        assert origin_countries(doc[4], layer) == ["japan"]
        events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
        assert [(e.type, e.actors, e.recipients) for e in events] == [("SANCTION", ["usa"], ["japan"])]


def test_a_place_goods_come_from_that_is_no_country_is_no_target(vocab):
    doc, layer = _chips(vocab, "imported", "from", "location")
    assert origin_countries(doc[4], layer) == []


def _raided_killing(obj="people"):
    # Israel raided Lebanon , killing 12 <obj>
    return [("Israel", 1, "nsubj", "PROPN", "Israel"), ("raided", 1, "ROOT", "VERB", "raid"),
            ("Lebanon", 1, "dobj", "PROPN", "Lebanon"), (",", 1, "punct", "PUNCT", ","),
            ("killing", 1, "advcl", "VERB", "kill"), ("12", 6, "nummod", "NUM", "12"),
            (obj, 4, "dobj", "NOUN", obj)]


def test_a_participle_of_result_hits_the_target_of_its_act(vocab):
    doc, layer = parse(vocab, _raided_killing(), {0: ("israel", "country"), 2: ("lebanon", "country")})
    doc[4].tag_ = "VBG"
    assert result_targets(doc[4], layer) == ["lebanon"]
    # its own object a party: it says whom it hits ("..., killing 12 Syrians")
    doc, layer = parse(vocab, _raided_killing(), {0: ("israel", "country"), 2: ("lebanon", "country"),
                                                  6: ("syria", "country")})
    doc[4].tag_ = "VBG"
    assert result_targets(doc[4], layer) == []
