""""According to X" and "Y is to blame", on the real model."""
from __future__ import annotations

import pytest

from graphkit.models import Article


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events if e.certainty == "asserted"}


@pytest.mark.parametrize("text", [
    "Gordon Brown is to blame for the crisis, the Liberal Democrats said.",
    "Gordon Brown is to blame for the crisis, according to the Liberal Democrats.",
])
def test_y_is_to_blame_is_the_speakers_charge_against_y(nlp, text):
    got = _events(nlp, text)
    assert ("ACCUSE", ("Liberal Democrats",), ("Gordon Brown",)) in got
    assert not [e for e in got if e[1] == ("Gordon Brown",)]  # never Brown's own act


def test_a_place_inside_what_is_to_blame_is_not_blamed(nlp):
    got = _events(nlp, "A lack of brokers in Japan is also to blame, the Liberal Democrats said.")
    assert not [e for e in got if e[0] == "ACCUSE"]


def test_y_is_to_blame_said_by_nobody_is_no_event(nlp):
    assert _events(nlp, "Gordon Brown is to blame for the crisis.") == set()


def test_a_fault_stated_according_to_x_is_xs_criticism(nlp):
    got = _events(nlp, "Gordon Brown failed to stop the crisis, according to the Liberal Democrats.")
    assert ("ACCUSE", ("Liberal Democrats",), ("Gordon Brown",)) in got
