"""Rule tests for the implied state doer of agentless legal and coercive acts (events.implied)."""
from __future__ import annotations

from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.implied import dateline_code, state_act
from graphkit.models import Article
from tests.ingest.events.test_find import parse


def events_of(vocab, rows, actors):
    doc, layer = parse(vocab, rows, actors)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.actors, e.recipients, e.certainty) for e in events], layer


def _passive(verb, lemma, tail, aux=("were", "be")):
    """"Rebels were <verb> <tail...>": rows with the verb at index 2."""
    return [("Rebels", 2, "nsubjpass", "NOUN", "rebel"), (aux[0], 2, "auxpass", "AUX", aux[1]),
            (verb, 2, "ROOT", "VERB", lemma), *tail]


def test_arrest_in_a_city_is_done_by_its_country_and_the_city_is_no_recipient(vocab):
    rows = _passive("arrested", "arrest", [("in", 2, "prep", "ADP", "in"), ("Manila", 3, "pobj", "PROPN", "Manila")])
    got, layer = events_of(vocab, rows, {0: ("rebels", "group"), 4: ("manila", "location")})
    assert got == [("COERCE", ["philippines"], ["rebels"], "asserted")]
    assert (layer.actors["philippines"].kind, layer.actors["philippines"].code) == ("country", "PHL")


def test_expulsion_from_a_country_is_done_by_that_country(vocab):
    rows = _passive("expelled", "expel", [("from", 2, "prep", "ADP", "from"),
                                          ("Nicaragua", 3, "pobj", "PROPN", "Nicaragua")])
    got, _ = events_of(vocab, rows, {0: ("rebels", "group"), 4: ("nicaragua", "country")})
    assert got == [("SANCTION", ["nicaragua"], ["rebels"], "asserted")]


def test_killing_keeps_an_unknown_doer(vocab):
    rows = _passive("killed", "kill", [("in", 2, "prep", "ADP", "in"), ("Manila", 3, "pobj", "PROPN", "Manila")])
    got, layer = events_of(vocab, rows, {0: ("rebels", "group"), 4: ("manila", "location")})
    assert [e[1] for e in got] == [[]] and "philippines" not in layer.actors


def test_no_place_and_no_dateline_gives_no_doer(vocab):
    got, _ = events_of(vocab, _passive("arrested", "arrest", []), {0: ("rebels", "group")})
    assert got == [("COERCE", [], ["rebels"], "asserted")]


def test_dateline_sets_the_doer(vocab):
    rows = [("MOSCOW", 4, "npadvmod", "PROPN", "Moscow"), ("-", 4, "punct", "PUNCT", "-"),
            ("Rebels", 4, "nsubjpass", "NOUN", "rebel"), ("were", 4, "auxpass", "AUX", "be"),
            ("sentenced", 4, "ROOT", "VERB", "sentence")]
    got, _ = events_of(vocab, rows, {0: ("moscow", "location"), 2: ("rebels", "group")})
    assert got == [("SANCTION", ["russia"], ["rebels"], "asserted")]


def test_future_arrest_gets_no_doer(vocab):
    rows = [("Rebels", 3, "nsubjpass", "NOUN", "rebel"), ("will", 3, "aux", "AUX", "will"),
            ("be", 3, "auxpass", "AUX", "be"), ("arrested", 3, "ROOT", "VERB", "arrest"),
            ("in", 3, "prep", "ADP", "in"), ("Manila", 4, "pobj", "PROPN", "Manila")]
    got, layer = events_of(vocab, rows, {0: ("rebels", "group"), 5: ("manila", "location")})
    assert all(not e[1] for e in got) and "philippines" not in layer.actors


def test_an_agent_other_than_a_state_organ_is_no_implied_doer(vocab):
    rows = _passive("arrested", "arrest", [("by", 2, "agent", "ADP", "by"), ("rebels", 3, "pobj", "NOUN", "rebel")])
    doc, _ = parse(vocab, rows, {})
    assert not state_act(doc[2], "COERCE", "arrest")
    rows = _passive("arrested", "arrest", [("by", 2, "agent", "ADP", "by"), ("police", 3, "pobj", "NOUN", "police")])
    assert state_act(parse(vocab, rows, {})[0][2], "COERCE", "arrest")
    assert state_act(parse(vocab, _passive("arrested", "arrest", []), {})[0][2], "COERCE", "arrest")


def test_a_state_does_not_act_on_itself(vocab):
    rows = [("Nicaragua", 2, "nsubjpass", "PROPN", "Nicaragua"), ("was", 2, "auxpass", "AUX", "be"),
            ("fined", 2, "ROOT", "VERB", "fine"), ("in", 2, "prep", "ADP", "in"),
            ("Nicaragua", 3, "pobj", "PROPN", "Nicaragua")]
    got, _ = events_of(vocab, rows, {0: ("nicaragua", "country"), 4: ("nicaragua", "country")})
    assert all(not e[1] for e in got)


def test_roundup_item_dateline_only_within_its_paragraph():
    text = "Highlights\n    DHAKA - Men were held.\n    LONDON - Men were held.\n\nLater text."
    assert dateline_code(text, 0, text.index("Men were held.\n    LONDON")) == "BGD"
    assert dateline_code(text, 0, text.index("Later")) is None


def test_expulsion_from_no_place_gets_no_doer_from_the_dateline(vocab):
    rows = [("MOSCOW", 4, "npadvmod", "PROPN", "Moscow"), ("-", 4, "punct", "PUNCT", "-"),
            ("Rebels", 4, "nsubjpass", "NOUN", "rebel"), ("were", 4, "auxpass", "AUX", "be"),
            ("expelled", 4, "ROOT", "VERB", "expel"), ("from", 4, "prep", "ADP", "from"),
            ("the", 7, "det", "DET", "the"), ("party", 5, "pobj", "NOUN", "party")]
    got, layer = events_of(vocab, rows, {0: ("moscow", "location"), 2: ("rebels", "group")})
    assert all(not e[1] for e in got) and "russia" not in layer.actors


def test_people_no_actor_stands_for_still_undergo_the_state_act(vocab):
    # "Two men were arrested in Manila": the Philippines arrested, no actor for the men
    rows = [("Two", 1, "nummod", "NUM", "two"), ("men", 3, "nsubjpass", "NOUN", "man"),
            ("were", 3, "auxpass", "AUX", "be"), ("arrested", 3, "ROOT", "VERB", "arrest"),
            ("in", 3, "prep", "ADP", "in"), ("Manila", 4, "pobj", "PROPN", "Manila")]
    got, _ = events_of(vocab, rows, {5: ("manila", "location")})
    assert got == [("COERCE", ["philippines"], [], "asserted")]


def test_no_people_undergoing_gives_no_doer(vocab):
    # "Shares were suspended in Manila" is no state act; "Cars were seized" names no people
    rows = [("Cars", 2, "nsubjpass", "NOUN", "car"), ("were", 2, "auxpass", "AUX", "be"),
            ("seized", 2, "ROOT", "VERB", "seize"), ("in", 2, "prep", "ADP", "in"),
            ("Manila", 3, "pobj", "PROPN", "Manila")]
    got, layer = events_of(vocab, rows, {4: ("manila", "location")})
    assert "philippines" not in layer.actors
