"""Requests a clause's act is done at (graphkit.ingest.events.presupposed), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.presupposed import askers, requested_acts
from tests.ingest.events.test_find import events_of, parse


def _at_request(noun, lemma, asker_dep="of"):
    # At the <noun> of Kuwait , Washington sent ships  /  At Kuwait 's <noun> , Washington sent ships
    if asker_dep == "of":
        rows = [("At", 7, "prep", "ADP", "at"), ("the", 2, "det", "DET", "the"), (noun, 0, "pobj", "NOUN", lemma),
                ("of", 2, "prep", "ADP", "of"), ("Kuwait", 3, "pobj", "PROPN", "Kuwait")]
        kuwait = 4
    else:
        rows = [("At", 7, "prep", "ADP", "at"), ("Kuwait", 3, "poss", "PROPN", "Kuwait"),
                ("'s", 1, "case", "PART", "'s"), (noun, 0, "pobj", "NOUN", lemma), ("here", 3, "advmod", "ADV", "here")]
        kuwait = 1
    rows += [(",", 7, "punct", "PUNCT", ","), ("Washington", 7, "nsubj", "PROPN", "Washington"),
             ("sent", 7, "ROOT", "VERB", "send"), ("ships", 7, "dobj", "NOUN", "ship")]
    return rows, {kuwait: ("kuwait", "country"), 6: ("usa", "country")}


def test_the_asker_asks_the_doer_of_the_clause(vocab):
    for dep in ("of", "poss"):
        rows, actors = _at_request("request", "request", dep)
        events = events_of(vocab, rows, actors)
        assert ("REQUEST", "asked", ["kuwait"], ["usa"], "asserted") in events, dep
        assert [e for e in events if e[0] == "REQUEST"] == [("REQUEST", "asked", ["kuwait"], ["usa"], "asserted")]


def test_only_a_noun_of_asking_names_a_request(vocab):
    rows, actors = _at_request("time", "time")
    doc, layer = parse(vocab, rows, actors)
    assert requested_acts(doc, layer) == []
    rows, actors = _at_request("invitation", "invitation")
    doc, layer = parse(vocab, rows, actors)
    assert [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in requested_acts(doc, layer)] == [
        ("REQUEST", ["kuwait"], ["usa"])]


def test_a_request_without_a_named_asker_gives_nothing(vocab):
    rows = [("At", 4, "prep", "ADP", "at"), ("their", 2, "poss", "PRON", "their"),
            ("request", 0, "pobj", "NOUN", "request"), ("Washington", 4, "nsubj", "PROPN", "Washington"),
            ("sent", 4, "ROOT", "VERB", "send")]
    doc, layer = parse(vocab, rows, {3: ("usa", "country")})
    assert askers(doc[2], layer) == []
    assert requested_acts(doc, layer) == []


def test_an_at_phrase_on_a_noun_is_no_request_for_a_clause(vocab):
    # the meeting at the request of Kuwait
    rows = [("the", 1, "det", "DET", "the"), ("meeting", 1, "ROOT", "NOUN", "meeting"), ("at", 1, "prep", "ADP", "at"),
            ("the", 4, "det", "DET", "the"), ("request", 2, "pobj", "NOUN", "request"), ("of", 4, "prep", "ADP", "of"),
            ("Kuwait", 5, "pobj", "PROPN", "Kuwait")]
    doc, layer = parse(vocab, rows, {6: ("kuwait", "country")})
    assert requested_acts(doc, layer) == []


def _answered(verb, lemma, noun="request", noun_lemma="request"):
    # Tokyo <verb> Manila 's request
    rows = [("Tokyo", 1, "nsubj", "PROPN", "Tokyo"), (verb, 1, "ROOT", "VERB", lemma),
            ("Manila", 4, "poss", "PROPN", "Manila"), ("'s", 2, "case", "PART", "'s"),
            (noun, 1, "dobj", "NOUN", noun_lemma)]
    return rows, {0: ("japan", "country"), 2: ("philippines", "country")}


def test_an_answered_request_was_made_to_the_one_answering(vocab):
    for verb, lemma in (("rejected", "reject"), ("granted", "grant")):
        rows, actors = _answered(verb, lemma)
        events = events_of(vocab, rows, actors)
        assert [e for e in events if e[0] == "REQUEST"] == [
            ("REQUEST", "asked", ["philippines"], ["japan"], "asserted")], verb


def test_a_request_that_is_only_studied_or_no_request_gives_nothing(vocab):
    rows, actors = _answered("studied", "study")
    doc, layer = parse(vocab, rows, actors)
    assert requested_acts(doc, layer) == []
    rows, actors = _answered("rejected", "reject", "reports", "report")
    doc, layer = parse(vocab, rows, actors)
    assert requested_acts(doc, layer) == []


def test_a_passive_answer_keeps_the_party_asked(vocab):
    # Japan 's appeal to Washington was rejected
    rows = [("Japan", 2, "poss", "PROPN", "Japan"), ("'s", 0, "case", "PART", "'s"),
            ("appeal", 6, "nsubjpass", "NOUN", "appeal"), ("to", 2, "prep", "ADP", "to"),
            ("Washington", 3, "pobj", "PROPN", "Washington"), ("was", 6, "auxpass", "AUX", "be"),
            ("rejected", 6, "ROOT", "VERB", "reject")]
    doc, layer = parse(vocab, rows, {0: ("japan", "country"), 4: ("usa", "country")})
    assert [(c.extra["actors"], c.extra["recipients"]) for c in requested_acts(doc, layer)] == [(["japan"], ["usa"])]


def test_a_request_hung_on_a_subordinate_clause_names_no_party_asked(vocab):
    # that Washington would sent ships , at the request of Kuwait   (the parser's attachment)
    rows = [("that", 3, "mark", "SCONJ", "that"), ("Washington", 3, "nsubj", "PROPN", "Washington"),
            ("would", 3, "aux", "AUX", "would"), ("send", 3, "ROOT", "VERB", "send"),
            ("at", 3, "prep", "ADP", "at"), ("the", 6, "det", "DET", "the"), ("request", 4, "pobj", "NOUN", "request"),
            ("of", 6, "prep", "ADP", "of"), ("Kuwait", 7, "pobj", "PROPN", "Kuwait")]
    doc, layer = parse(vocab, rows, {1: ("usa", "country"), 8: ("kuwait", "country")})
    assert [(c.extra["actors"], c.extra["recipients"]) for c in requested_acts(doc, layer)] == [(["kuwait"], [])]


def test_a_nationality_before_the_request_names_the_asker(vocab):
    # At Kuwaiti request , Washington sent ships
    rows = [("At", 4, "prep", "ADP", "at"), ("Kuwaiti", 2, "amod", "ADJ", "kuwaiti"),
            ("request", 0, "pobj", "NOUN", "request"), ("Washington", 4, "nsubj", "PROPN", "Washington"),
            ("sent", 4, "ROOT", "VERB", "send"), ("ships", 4, "dobj", "NOUN", "ship")]
    events = events_of(vocab, rows, {3: ("usa", "country")})
    assert [(e[0], e[3]) for e in events if e[0] == "REQUEST"] == [("REQUEST", ["usa"])]
    assert [len(e[2]) for e in events if e[0] == "REQUEST"] == [1]  # Kuwait, added as a country


def test_an_answered_demand_named_by_nationality_is_left_to_the_answer(vocab):
    # Iraq rejected Iranian demands: REJECT only, as the PLOVER records code it
    rows = [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("rejected", 1, "ROOT", "VERB", "reject"),
            ("Iranian", 3, "amod", "ADJ", "iranian"), ("demands", 1, "dobj", "NOUN", "demand")]
    events = events_of(vocab, rows, {0: ("iraq", "country"), 2: ("iran", "country")})
    assert not [e for e in events if e[0] == "REQUEST"]


def test_a_request_its_own_asker_gives_up_is_no_new_request(vocab):
    # "Manila dropped Manila's request": the asker answers its own request (drops, withdraws it)
    rows, actors = _answered("dropped", "drop")
    rows[0] = ("Manila", 1, "nsubj", "PROPN", "Manila")
    actors[0] = ("philippines", "country")
    assert [e for e in events_of(vocab, rows, actors) if e[0] == "REQUEST"] == []
    rows, actors = _answered("rejected", "reject")  # another party answering still tells the request
    assert [e[0] for e in events_of(vocab, rows, actors)].count("REQUEST") == 1
