"""When the negation of a cooperative act is a refusal."""
from __future__ import annotations

import pytest

from graphkit.ingest.events.certainty import Assessment
from graphkit.ingest.events.refusals import negation_refuses
from tests.ingest.events.test_find import events_of, parse


def _did_not(vocab, verb):
    rows = [("Peru", 3, "nsubj", "PROPN", "Peru"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
            (verb, 3, "ROOT", "VERB", verb), ("it", 3, "dobj", "PRON", "it")]
    return parse(vocab, rows, {})[0][3]


def test_not_accepting_refuses_not_offering_does_not(vocab):
    assert negation_refuses(_did_not(vocab, "accept"), Assessment("negated"))
    assert not negation_refuses(_did_not(vocab, "offer"), Assessment("negated"))
    assert not negation_refuses(_did_not(vocab, "propose"), Assessment("negated"))


@pytest.mark.parametrize(("verb", "refuses"), [("sign", False), ("initial", False), ("agree", True)])
def test_not_signing_is_an_act_not_done_not_a_refusal(vocab, verb, refuses):
    assert negation_refuses(_did_not(vocab, verb), Assessment("negated")) is refuses


def test_a_negated_purpose_refuses_nothing(vocab):
    assert not negation_refuses(_did_not(vocab, "accept"), Assessment("negated", purpose=True))


def _declined(vocab, verb, comp, obj):
    from spacy.tokens import Doc

    # X <verb> to <comp> <obj>
    return Doc(vocab, words=["X", verb, "to", comp, obj], heads=[1, 1, 3, 1, 3],
               deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], lemmas=["X", verb, "to", comp, obj])


@pytest.mark.parametrize("verb,comp,obj,want", [
    ("decline", "give", "detail", True),        # declined to give details
    ("refuse", "provide", "figure", True),      # refused to provide figures
    ("decline", "put", "figure", True),         # declined to put a figure on it
    ("refuse", "give", "aid", False),           # refused to give aid: a refusal
    ("refuse", "release", "hostage", False),    # refused to release the hostages
    ("agree", "give", "detail", False),         # agreed to give details: no refusal at all
])
def test_refusing_to_give_information_is_declining_comment(vocab, verb, comp, obj, want):
    from graphkit.ingest.events.refusals import declines_to_inform

    assert declines_to_inform(_declined(vocab, verb, comp, obj)[1]) is want


class _Layer:
    def __init__(self, at):
        self._at = at

    def at(self, i):
        return self._at.get(i)


@pytest.mark.parametrize("actors,want", [
    ({0: "irq", 7: "un"}, False),  # "refused to provide information to U.N. inspectors": their request refused
    ({0: "irq"}, True),            # "refused to provide information to reporters": declining comment
])
def test_refusing_information_to_a_party_refuses_that_party(vocab, actors, want):
    from spacy.tokens import Doc

    from graphkit.ingest.events.refusals import declines_to_inform

    # Iraq refused to provide information to (U.N.) inspectors
    words = ["Iraq", "refused", "to", "provide", "information", "to", "U.N.", "inspectors"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 7, 5],
              deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "compound", "pobj"],
              lemmas=["Iraq", "refuse", "to", "provide", "information", "to", "U.N.", "inspector"])
    assert declines_to_inform(doc[1], _Layer(actors)) is want



def _cannot(vocab, modal, verb, prep=None, mark=None):
    # [if] Japan <modal> not <verb> [to] the offer [, talks end]
    rows = [("Japan", 3, "nsubj", "PROPN", "Japan"), (modal, 3, "aux", "AUX", modal), ("not", 3, "neg", "PART", "not"),
            (verb, 3, "ROOT", "VERB", verb)]
    if prep:
        rows += [(prep, 3, "prep", "ADP", prep), ("the", 6, "det", "DET", "the"), ("offer", 4, "pobj", "NOUN", "offer")]
    else:
        rows += [("the", 5, "det", "DET", "the"), ("offer", 3, "dobj", "NOUN", "offer")]
    if mark:  # "if Japan cannot accept the offer, talks end": a refusal the condition supposes
        n = len(rows)
        rows = [(mark, 4, "mark", "SCONJ", mark)] + [(w, h + 1, d, p, lem) for w, h, d, p, lem in rows]
        rows[4] = (rows[4][0], n + 2, "advcl", "VERB", rows[4][4])
        rows += [("talks", n + 2, "nsubj", "NOUN", "talk"), ("end", n + 2, "ROOT", "VERB", "end")]
    return [(e[0], e[2], e[4]) for e in events_of(vocab, rows, {int(bool(mark)): ("jpn", "country")})]


@pytest.mark.parametrize("modal", ["can", "could", "ca"])
def test_a_party_that_cannot_accept_refuses(vocab, modal):
    assert ("REJECT", ["jpn"], "asserted") in _cannot(vocab, modal, "accept")
    assert ("REJECT", ["jpn"], "asserted") in _cannot(vocab, modal, "agree", "to")


def test_may_not_accept_is_no_refusal_told(vocab):
    assert ("REJECT", ["jpn"], "asserted") not in _cannot(vocab, "may", "accept")


def test_a_refusal_an_if_clause_supposes_is_only_possible(vocab):
    events = _cannot(vocab, "can", "accept", mark="if")
    assert ("REJECT", ["jpn"], "possible") in events and ("REJECT", ["jpn"], "asserted") not in events
