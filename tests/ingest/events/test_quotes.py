"""Quotes: reported speech attributed to its speaker, never an event."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.quotes import find_quotes, quoted_spans
from graphkit.models import Actor, Article


def test_quoted_spans_straight_curly_and_latex_quotes():
    text = 'A "one two" b \u201cthree four\u201d c ``five six\'\' d'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["one two", "three four", "five six"]


def test_quoted_spans_offset():
    assert quoted_spans('x "abc def"', 100) == [(103, 110)]


def _layer(mapping):
    layer = ActorLayer()
    for i, aid in mapping.items():
        layer.actors[aid] = Actor(id=aid, name=aid, kind="person")
        layer.token_actor[i] = aid
    return layer


def test_said_clause_is_a_quote_not_an_event(vocab):
    words = ["Hammond", "said", "that", "Israel", "attacked", "Gaza"]
    doc = Doc(vocab, words=words, heads=[1, 1, 4, 4, 1, 4],
              deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj"],
              pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "PROPN"],
              lemmas=["Hammond", "say", "that", "Israel", "attack", "Gaza"], sent_starts=[1, 0, 0, 0, 0, 0])
    layer = _layer({0: "hammond", 3: "israel", 5: "gaza"})
    layer.actors["israel"] = layer.actors["israel"].model_copy(update={"kind": "country"})
    layer.actors["gaza"] = layer.actors["gaza"].model_copy(update={"kind": "location"})
    events, quotes = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(q.speaker, q.text) for q in quotes] == [("hammond", "Israel attacked Gaza")]
    assert doc.text[quotes[0].start:quotes[0].end] == "Israel attacked Gaza"
    assert [(e.type, e.actors) for e in events] == [("ASSAULT", ["israel"])]  # no event for "said"


def test_told_reporters_takes_the_quoted_words(vocab):
    words = ['"', "We", "are", "ready", '"', ",", "Hammond", "told", "reporters", "."]
    doc = Doc(vocab, words=words, spaces=[False, True, True, False, False, True, True, True, False, False],
              heads=[2, 2, 7, 2, 2, 7, 7, 7, 7, 7],
              deps=["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "nsubj", "ROOT", "dobj", "punct"],
              pos=["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"],
              lemmas=['"', "we", "be", "ready", '"', ",", "Hammond", "tell", "reporter", "."],
              sent_starts=[1] + [0] * 9)
    quotes = find_quotes(doc, Article(id="a", text=doc.text), _layer({6: "hammond"}))
    assert [(q.speaker, q.text) for q in quotes] == [("hammond", "We are ready")]


def test_unattributed_speech_is_dropped(vocab):
    words = ["Someone", "said", "it", "rained"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp"],
              pos=["NOUN", "VERB", "PRON", "VERB"], lemmas=["someone", "say", "it", "rain"])
    assert find_quotes(doc, Article(id="a", text=doc.text), _layer({})) == []


def test_headline_is_not_run_into_the_first_sentence():
    from graphkit.ingest.events.quotes import _clip_title

    text = "U.S. Says Gaps Remain\nKerry worked the phones."
    assert _clip_title(text, 10, len(text) - 1, 5) == (10, 21)  # verb in the headline
    assert _clip_title("He said.\nMore text", 3, 14, 3) == (3, 14)  # no headline
