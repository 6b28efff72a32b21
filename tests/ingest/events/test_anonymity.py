"""A source asking not to be named (events.anonymity), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.anonymity import asks_anonymity, asks_no_party
from tests.ingest.events.test_find import events_of, parse


def _asked_to_remain(vocab, obj=None):
    # Iraq asked [<obj>] to remain anonymous
    rows = [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("asked", 1, "ROOT", "VERB", "ask")]
    if obj:
        rows.append((obj, 1, "dobj", "PROPN", obj))
    k = len(rows)
    rows += [("to", k + 1, "aux", "PART", "to"), ("remain", 1, "xcomp", "VERB", "remain"),
             ("anonymous", k + 1, "acomp", "ADJ", "anonymous")]
    return rows, {0: ("irq", "country"), **({2: ("jpn", "country")} if obj else {})}


def test_asking_to_remain_anonymous_asks_no_party(vocab):
    doc, _ = parse(vocab, *_asked_to_remain(vocab))
    assert asks_anonymity(doc[1]) and asks_no_party(doc[1])
    assert events_of(vocab, *_asked_to_remain(vocab)) == []


def test_asking_another_party_to_stay_unnamed_is_a_request_to_it(vocab):
    doc, _ = parse(vocab, *_asked_to_remain(vocab, "Japan"))
    assert not asks_anonymity(doc[1])
    assert [e[:4] for e in events_of(vocab, *_asked_to_remain(vocab, "Japan"))] == [
        ("REQUEST", "asked", ["irq"], ["jpn"])]


def _asked_that_name(vocab, verb, lemma, neg):
    # Iraq asked that its name [not] be <verb>
    rows = [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("asked", 1, "ROOT", "VERB", "ask"),
            ("that", 7, "mark", "SCONJ", "that"), ("its", 4, "poss", "PRON", "its"),
            ("name", 7, "nsubjpass", "NOUN", "name"), ("not" if neg else "then", 7, "neg" if neg else "advmod",
                                                       "PART", "not" if neg else "then"),
            ("be", 7, "auxpass", "AUX", "be"), (verb, 1, "ccomp", "VERB", lemma)]
    doc, _ = parse(vocab, rows, {0: ("irq", "country")})
    return doc[1]


def test_a_name_kept_out_is_anonymity_and_a_name_withdrawn_from_a_race_is_not(vocab):
    assert asks_anonymity(_asked_that_name(vocab, "withheld", "withhold", neg=False))
    assert asks_anonymity(_asked_that_name(vocab, "used", "use", neg=True))
    assert not asks_anonymity(_asked_that_name(vocab, "withdrawn", "withdraw", neg=False))


def test_asking_for_names_is_no_anonymity(vocab):
    rows = [("Baker", 1, "nsubj", "PROPN", "Baker"), ("asked", 1, "ROOT", "VERB", "ask"),
            ("for", 1, "prep", "ADP", "for"), ("names", 2, "pobj", "NOUN", "name")]
    doc, _ = parse(vocab, rows, {0: ("baker", "person")})
    assert not asks_anonymity(doc[1])
    rows[3] = ("anonymity", 2, "pobj", "NOUN", "anonymity")
    doc, _ = parse(vocab, rows, {0: ("baker", "person")})
    assert asks_anonymity(doc[1])
