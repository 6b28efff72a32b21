"""The doer of a gerund after a complex preposition, on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.participles import gerund_clause
from graphkit.ingest.events.roles import subject_actors
from tests.ingest.events.test_find import events_of, parse


def _rows(first: str, prep: str, pos: str = "ADV", dep: str = "advmod"):
    # <first> <prep> negotiating with Seoul , Japan sold plants
    return [(first, 7, dep, pos, first.lower()), (prep, 0, "prep", "ADP", prep),
            ("negotiating", 1, "pcomp", "VERB", "negotiate"), ("with", 2, "prep", "ADP", "with"),
            ("Seoul", 3, "pobj", "PROPN", "Seoul"), (",", 7, "punct", "PUNCT", ","),
            ("Japan", 7, "nsubj", "PROPN", "Japan"), ("sold", 7, "ROOT", "VERB", "sell"),
            ("plants", 7, "dobj", "NOUN", "plant")]


_ACTORS = {4: ("south-korea", "country"), 6: ("japan", "country")}


def test_gerund_after_complex_preposition_is_done_by_the_main_subject(vocab):
    for first, prep, pos in (("Prior", "to", "ADV"), ("Ahead", "of", "ADV"), ("Apart", "from", "ADV")):
        doc, layer = parse(vocab, _rows(first, prep, pos), _ACTORS)
        assert gerund_clause(doc[2]).text == "sold"
        assert subject_actors(doc[2], layer) == ["japan"], first
    got = events_of(vocab, _rows("Prior", "to"), _ACTORS)
    assert ("CONSULT", "negotiated with", ["japan"], ["south-korea"], "asserted") in got


def test_counterfactual_and_simple_prepositions_are_left_alone(vocab):
    doc, layer = parse(vocab, _rows("Instead", "of"), _ACTORS)
    assert gerund_clause(doc[2]) is None
    assert subject_actors(doc[2], layer) == []
    # "After negotiating with Seoul, Japan sold plants": the simple preposition is the caller's case
    rows = [("After", 6, "prep", "ADP", "after"), ("negotiating", 0, "pcomp", "VERB", "negotiate"),
            ("with", 1, "prep", "ADP", "with"), ("Seoul", 2, "pobj", "PROPN", "Seoul"),
            (",", 6, "punct", "PUNCT", ","), ("Japan", 6, "nsubj", "PROPN", "Japan"),
            ("sold", 6, "ROOT", "VERB", "sell")]
    doc, layer = parse(vocab, rows, {3: ("south-korea", "country"), 5: ("japan", "country")})
    assert gerund_clause(doc[1]) is None
    assert subject_actors(doc[1], layer) == ["japan"]


def test_adjective_with_a_gerund_is_a_state_not_an_act(vocab):
    # "Japan is guilty of violating the pact" / "capable of deploying": no complex preposition
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("is", 1, "ROOT", "AUX", "be"),
            ("guilty", 1, "acomp", "ADJ", "guilty"), ("of", 2, "prep", "ADP", "of"),
            ("violating", 3, "pcomp", "VERB", "violate"), ("Seoul", 4, "dobj", "PROPN", "Seoul")]
    doc, _ = parse(vocab, rows, {0: ("japan", "country")})
    assert gerund_clause(doc[4]) is None
