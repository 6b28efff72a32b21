"""Acts done to one another go both ways."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.readings import Found
from graphkit.ingest.events.reciprocals import both_ways

_BLAMED = Trigger("ACCUSE", None, "blamed")


def _doc(vocab, obj):
    # X and Y blamed <obj>
    words = ["X", "and", "Y", "blamed", *obj]
    heads = [3, 0, 0, 3] + ([5, 3] if len(obj) == 2 else [3])
    deps = ["nsubj", "cc", "conj", "ROOT"] + (["det", "dobj"] if len(obj) == 2 else ["dobj"])
    return Doc(vocab, words=words, heads=heads, deps=deps)


def test_each_other_gives_both_directions(vocab):
    doc = _doc(vocab, ["each", "other"])
    cand = SimpleNamespace(kind="verb", head=doc[3])
    found = [Found(cand, _BLAMED, ["x"], ["y"], None, "asserted")]
    assert [(f.actors, f.recips, f.certainty) for f in both_ways(cand, found)] == [
        (["x"], ["y"], "asserted"), (["y"], ["x"], "asserted")]


def test_three_doers_give_each_doer_once_with_the_others(vocab):
    doc = _doc(vocab, ["one", "another"])
    cand = SimpleNamespace(kind="verb", head=doc[3])
    found = [Found(cand, _BLAMED, ["x"], ["y", "z"], None, "asserted")]
    assert [(f.actors, f.recips) for f in both_ways(cand, found)] == [
        (["x"], ["y", "z"]), (["y"], ["x", "z"]), (["z"], ["x", "y"])]


def test_a_plain_object_keeps_one_direction(vocab):
    doc = _doc(vocab, ["Z"])
    cand = SimpleNamespace(kind="verb", head=doc[3])
    found = [Found(cand, _BLAMED, ["x", "y"], ["z"], None, "asserted")]
    assert both_ways(cand, found) == found


def test_blamed_one_another_read_by_the_model(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    text = "The United States and Brazil blamed one another for the failure of the talks."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    got = {(names[e.actors[0]], names[e.recipients[0]]) for e in recs.events if e.type == "ACCUSE"}
    assert got == {("United States", "Brazil"), ("Brazil", "United States")}
