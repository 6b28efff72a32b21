"""Acts told from the side of their target: "faced criticism from X", "faced calls from X to ..."."""
from __future__ import annotations

import pytest

from graphkit.models import Article


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients), e.certainty)
            for e in recs.events}


@pytest.mark.parametrize("text, want", [
    ("Prime Minister Tony Blair faced fresh criticism from Michael Howard over the war.",
     ("ACCUSE", ("Michael Howard",), ("Tony Blair",), "asserted")),
    ("Gordon Brown has faced calls from the Conservatives to resign.",
     ("REQUEST", ("Conservative Party",), ("Gordon Brown",), "asserted")),
])
def test_the_subject_of_a_verb_of_undergoing_is_the_recipient(nlp, text, want):
    assert want in _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Gordon Brown has faced calls from the Conservatives to resign.",
    "Michael Howard renewed his call for Tony Blair to resign.",
])
def test_what_a_call_asks_for_is_no_act(nlp, text):
    assert not [e for e in _events(nlp, text) if e[0] == "RETREAT"]
