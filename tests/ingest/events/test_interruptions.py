"""The subject a comma-set clause cuts from its verb (graphkit.ingest.events.interruptions), on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.interruptions import interrupted_subject
from tests.ingest.events.test_find import events_of, parse


def _cut(comma=True):
    # Canada , whose trade grew , held talks with Japan  (the parser: "Canada ... grew" a ccomp of "held")
    rows = [("Canada", 4, "nsubj", "PROPN", "Canada"), (",", 0, "punct", "PUNCT", ","),
            ("whose", 3, "poss", "PRON", "whose"), ("trade", 0, "appos", "NOUN", "trade"),
            ("grew", 6, "ccomp", "VERB", "grow"), (",", 4, "punct", "PUNCT", ","), ("held", 6, "ROOT", "VERB", "hold"),
            ("talks", 6, "dobj", "NOUN", "talk"), ("with", 7, "prep", "ADP", "with"),
            ("Japan", 8, "pobj", "PROPN", "Japan")]
    if not comma:
        rows[1] = ("and", 0, "cc", "CCONJ", "and")
    return rows


def test_the_subject_a_relative_clause_cuts_off_is_the_verbs(vocab):
    actors = {0: ("canada", "country"), 9: ("japan", "country")}
    doc, layer = parse(vocab, _cut(), actors)
    assert interrupted_subject(doc[6]).text == "Canada"
    got = [e for e in events_of(vocab, _cut(), actors) if e[0] == "CONSULT"]
    assert got == [("CONSULT", "held talks with", ["canada"], ["japan"], "asserted")]
    # no comma after the subject: the clause is its own ("Canada grew, held talks" is no such cut)
    doc, layer = parse(vocab, _cut(comma=False), actors)
    assert interrupted_subject(doc[6]) is None


def test_a_verb_with_its_own_subject_takes_none_from_before(vocab):
    rows = _cut()
    rows.insert(6, ("Tokyo", 7, "nsubj", "PROPN", "Tokyo"))
    rows = [(w, h + (h >= 6 and i != 6), d, p, lem) for i, (w, h, d, p, lem) in enumerate(rows)]
    doc, _ = parse(vocab, rows, {0: ("canada", "country")})
    assert doc[7].text == "held" and interrupted_subject(doc[7]) is None
