"""A participle misread as a verb's complement (graphkit.ingest.events.attributive), on hand-built Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.attributive import attributive_object
from graphkit.ingest.events.find import find_events
from graphkit.models import Actor, Article


def _doc(vocab, rows, actors):
    """A Doc from ``(word, head, dep, tag, pos, lemma)`` rows and a layer from ``{index: id}`` (persons)."""
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], tags=[r[3] for r in rows], pos=[r[4] for r in rows],
              lemmas=[r[5] for r in rows], sent_starts=[1] + [0] * (len(words) - 1))
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind="person"))
        layer.token_actor[i] = aid
    return doc, layer


def _met_visiting(verb="met", lemma="meet", dep="advcl"):
    return [("Kohl", 1, "nsubj", "NNP", "PROPN", "Kohl"), (verb, 1, "ROOT", "VBD", "VERB", lemma),
            ("visiting", 1, dep, "VBG", "VERB", "visit"), ("French", 5, "amod", "JJ", "ADJ", "french"),
            ("President", 5, "compound", "NNP", "PROPN", "President"),
            ("Mitterrand", 2, "dobj", "NNP", "PROPN", "Mitterrand")]


def test_visiting_before_a_titled_name_is_its_modifier(vocab):
    doc, layer = _doc(vocab, _met_visiting(), {0: "kohl", 5: "mitterrand"})
    assert attributive_object(doc[2]).text == "Mitterrand"
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    got = {(e.type, e.mode, tuple(e.actors), tuple(e.recipients)) for e in events}
    assert ("CONSULT", None, ("kohl",), ("mitterrand",)) in got  # Kohl met Mitterrand
    assert ("CONSULT", "visit", ("mitterrand",), ("kohl",)) in got  # Mitterrand is the visitor
    assert not any(e.mode == "visit" and e.actors == ["kohl"] for e in events)


def test_a_verb_that_takes_a_gerund_keeps_it(vocab):
    # "Kohl kept visiting French President Mitterrand": Kohl visits
    doc, _ = _doc(vocab, _met_visiting("kept", "keep", "xcomp"), {0: "kohl", 5: "mitterrand"})
    assert attributive_object(doc[2]) is None


def test_a_verb_with_its_own_object_keeps_the_participle(vocab):
    rows = [("Kohl", 1, "nsubj", "NNP", "PROPN", "Kohl"), ("left", 1, "ROOT", "VBD", "VERB", "leave"),
            ("Bonn", 1, "dobj", "NNP", "PROPN", "Bonn"), ("visiting", 1, "advcl", "VBG", "VERB", "visit"),
            ("French", 5, "amod", "JJ", "ADJ", "french"), ("Mitterrand", 3, "dobj", "NNP", "PROPN", "Mitterrand")]
    doc, _ = _doc(vocab, rows, {0: "kohl", 5: "mitterrand"})
    assert attributive_object(doc[3]) is None


def test_an_untitled_object_is_the_participles(vocab):
    # "Kohl met visiting Mitterrand" has no title to show the participle is a modifier
    rows = [("Kohl", 1, "nsubj", "NNP", "PROPN", "Kohl"), ("met", 1, "ROOT", "VBD", "VERB", "meet"),
            ("visiting", 1, "advcl", "VBG", "VERB", "visit"), ("Mitterrand", 2, "dobj", "NNP", "PROPN", "Mitterrand")]
    doc, _ = _doc(vocab, rows, {0: "kohl", 3: "mitterrand"})
    assert attributive_object(doc[2]) is None
