"""The reporter's second act conjoined to a backshifted reported clause, on hand-built Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.reporters import reporting_verb
from graphkit.models import Actor, Article


def _doc(vocab, rows):
    """A Doc from ``(word, head, dep, tag, lemma)`` rows."""
    words = [r[0] for r in rows]
    pos = {"N": "NOUN", "V": "VERB", "J": "ADJ", "C": "CCONJ", "M": "AUX"}
    return Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
               heads=[r[1] for r in rows], deps=[r[2] for r in rows], tags=[r[3] for r in rows],
               pos=[pos.get(r[3][0], "X") for r in rows], lemmas=[r[4] for r in rows],
               sent_starts=[1] + [0] * (len(words) - 1))


def _said(first_rows, second_tag="VBD"):
    # Iran said <reported clause> and warned Washington
    n = len(first_rows)
    rows = [("Iran", 1, "nsubj", "NNP", "Iran"), ("said", 1, "ROOT", "VBD", "say"), *first_rows,
            ("and", 3, "cc", "CC", "and"), ("warned", 3, "conj", second_tag, "warn"),
            ("Washington", n + 3, "dobj", "NNP", "Washington")]
    return rows


_COPULA = [("reports", 3, "nsubj", "NNS", "report"), ("were", 1, "ccomp", "VBD", "be"),
           ("baseless", 3, "acomp", "JJ", "baseless")]


def test_simple_past_after_reported_copula_is_the_reporters(vocab):
    doc = _doc(vocab, _said(_COPULA))
    assert reporting_verb(doc[6]).text == "said"
    layer = ActorLayer()
    for i, aid in ((0, "iran"), (7, "usa")):
        layer.actors[aid] = Actor(id=aid, name=aid, kind="country")
        layer.token_actor[i] = aid
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.recipients) for e in events] == [("THREATEN", ["iran"], ["usa"])]


def test_progressive_and_modal_clauses_are_backshifted(vocab):
    # "Iran said banks were stalling / would stall and warned Washington"
    for aux, tag, verb in (("were", "VBD", "stalling"), ("would", "MD", "stall")):
        rows = [("Iran", 1, "nsubj", "NNP", "Iran"), ("said", 1, "ROOT", "VBD", "say"),
                ("banks", 4, "nsubj", "NNS", "bank"), (aux, 4, "aux", tag, aux),
                (verb, 1, "ccomp", "VBG" if tag == "VBD" else "VB", "stall"), ("and", 4, "cc", "CC", "and"),
                ("warned", 4, "conj", "VBD", "warn"), ("Washington", 6, "dobj", "NNP", "Washington")]
        assert reporting_verb(_doc(vocab, rows)[6]).text == "said", aux


def test_no_backshift_or_a_shared_auxiliary_keeps_the_reported_subject(vocab):
    # "Iran said planes hit ships and warned": both simple pasts, both reported
    doc = _doc(vocab, _said([("planes", 3, "nsubj", "NNS", "plane"), ("hit", 1, "ccomp", "VBD", "hit"),
                             ("ships", 3, "dobj", "NNS", "ship")]))
    assert reporting_verb(doc[6]) is None
    # "Iran said the drought had decimated herds and wiped out crops": "had" is shared
    rows = [("Iran", 1, "nsubj", "NNP", "Iran"), ("said", 1, "ROOT", "VBD", "say"),
            ("drought", 4, "nsubj", "NN", "drought"), ("had", 4, "aux", "VBD", "have"),
            ("decimated", 1, "ccomp", "VBN", "decimate"), ("herds", 4, "dobj", "NNS", "herd"),
            ("and", 4, "cc", "CC", "and"), ("wiped", 4, "conj", "VBD", "wipe"),
            ("crops", 7, "dobj", "NNS", "crop")]
    assert reporting_verb(_doc(vocab, rows)[7]) is None
    # "... were baseless and would warn": a modal conjunct is part of what was said
    doc = _doc(vocab, _said(_COPULA, second_tag="VB"))
    assert reporting_verb(doc[6]) is None
