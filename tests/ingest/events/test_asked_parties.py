"""Who is asked by a request that names the act (graphkit.ingest.events.asked_parties), on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.asked_parties import asked_doers, conformed_doers, move_addressees
from tests.ingest.events.test_find import events_of, parse


def _urged_end(noun="attacks", lemma="attack"):
    # Britain urged an end to <noun> by Iraq
    return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("an", 3, "det", "DET", "an"), ("end", 1, "dobj", "NOUN", "end"), ("to", 3, "prep", "ADP", "to"),
            (noun, 4, "pobj", "NOUN", lemma), ("by", 5, "prep", "ADP", "by"), ("Iraq", 6, "pobj", "PROPN", "Iraq")]


_ACTORS = {0: ("gbr", "country"), 7: ("iraq", "country")}


def test_who_is_to_stop_is_who_does_what_is_to_stop(vocab):
    doc, layer = parse(vocab, _urged_end(), _ACTORS)
    assert asked_doers(doc[1], layer) == ["iraq"]
    got = events_of(vocab, _urged_end(), _ACTORS)
    assert [e[:4] for e in got if e[0] == "REQUEST"] == [("REQUEST", "urged", ["gbr"], ["iraq"])]


def test_the_author_of_a_document_is_asked_nothing(vocab):
    # "Britain urged an end to the report by Iraq": a report's "by" names its author
    doc, layer = parse(vocab, _urged_end("report", "report"), _ACTORS)
    assert asked_doers(doc[1], layer) == []


def test_a_to_phrase_hung_on_the_verb_is_the_object_acts(vocab):
    # "Britain urged a halt [to the sale of arms by Iran]": the parser hangs "to" on "urged"
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("a", 3, "det", "DET", "a"), ("halt", 1, "dobj", "NOUN", "halt"), ("to", 1, "prep", "ADP", "to"),
            ("sale", 4, "pobj", "NOUN", "sale"), ("by", 5, "prep", "ADP", "by"), ("Iran", 6, "pobj", "PROPN", "Iran")]
    doc, layer = parse(vocab, rows, {0: ("gbr", "country"), 7: ("iran", "country")})
    assert asked_doers(doc[1], layer) == ["iran"]


def _answered(verb, lemma):
    # Iran <verb> an appeal from the UN
    return [("Iran", 1, "nsubj", "PROPN", "Iran"), (verb, 1, "ROOT", "VERB", lemma), ("an", 3, "det", "DET", "an"),
            ("appeal", 1, "dobj", "NOUN", "appeal"), ("from", 3, "prep", "ADP", "from"),
            ("UN", 4, "pobj", "PROPN", "UN")]


def test_one_who_answers_a_move_is_whom_it_was_made_to(vocab):
    doc, layer = parse(vocab, _answered("ignored", "ignore"), {0: ("iran", "country"), 5: ("un", "organization")})
    assert move_addressees(doc[3], "REQUEST", layer) == ["iran"]


def test_one_who_only_backs_a_move_is_not_its_addressee(vocab):
    doc, layer = parse(vocab, _answered("supported", "support"), {0: ("iran", "country"), 5: ("un", "organization")})
    assert move_addressees(doc[3], "REQUEST", layer) == []


def _as_urged(obj_word=None):
    # Japan cut rates as Bonn urged [talks]
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("cut", 1, "ROOT", "VERB", "cut"),
            ("rates", 1, "dobj", "NOUN", "rate"), ("as", 5, "mark", "SCONJ", "as"),
            ("Bonn", 5, "nsubj", "PROPN", "Bonn"), ("urged", 1, "advcl", "VERB", "urge")]
    if obj_word:
        rows.append((obj_word, 5, "dobj", "NOUN", obj_word.lower()))
    return rows


def test_a_request_in_an_as_clause_asks_the_doer_of_the_clause_it_is_attached_to(vocab):
    doc, layer = parse(vocab, _as_urged(), {0: ("japan", "country"), 4: ("bonn", "location")})
    assert conformed_doers(doc[5], layer) == ["japan"]
    got = [e for e in events_of(vocab, _as_urged(), {0: ("japan", "country"), 4: ("bonn", "country")})
           if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in got] == [(["bonn"], ["japan"])]


def test_an_as_clause_with_an_object_of_its_own_asks_for_that(vocab):
    doc, layer = parse(vocab, _as_urged("talks"), {0: ("japan", "country"), 4: ("bonn", "country")})
    assert conformed_doers(doc[5], layer) == []
