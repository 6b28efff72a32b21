"""tools/lexicon_gaps.py: the clauses where an actor acts on an actor and no event was read."""
from __future__ import annotations

import json

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.models import Actor, Article, ArticleRecords, Event, Mention

from .conftest import load_tool

gaps = load_tool("lexicon_gaps")


def _doc():
    # "Brazil disagreed with Japan ." parsed by hand
    words = ["Brazil", "disagreed", "with", "Japan", "."]
    return Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 1], deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
               pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
               lemmas=["Brazil", "disagree", "with", "Japan", "."], sent_starts=[1, 0, 0, 0, 0])


def _records(doc, events=()):
    actors = [Actor(id=f"a{t.i}", name=t.text, kind="country",
                    mentions=[Mention(article="x", start=t.idx, end=t.idx + len(t))])
              for t in doc if t.text in ("Brazil", "Japan")]
    return ArticleRecords(article=Article(id="x", text=doc.text), actors=actors, events=list(events))


def test_a_clause_of_two_actors_without_an_event_is_a_gap():
    doc = _doc()
    found = list(gaps._doc_gaps(doc, _records(doc), set()))
    assert found == [("disagree with COUNTRY", "Brazil disagreed with Japan .")]


def test_a_clause_whose_verb_an_event_covers_is_no_gap():
    doc = _doc()
    verb = doc[1]
    ev = Event(id="e", type="ACCUSE", label="disagreed with", article="x", sentence=doc.text,
               start=verb.idx, end=verb.idx + len(verb))
    assert list(gaps._doc_gaps(doc, _records(doc, [ev]), set())) == []


def test_a_subject_that_is_no_actor_is_no_gap():
    doc = _doc()
    recs = _records(doc)
    recs.actors[:] = [a for a in recs.actors if a.name == "Japan"]
    assert list(gaps._doc_gaps(doc, recs, set())) == []


def test_political_articles_and_held_out_ids(tmp_path):
    assert gaps.political("Troops crossed the border.") and not gaps.political("Wheat rose.")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"source_article": "reuters-7"}) + "\n" + json.dumps({"id": "r2"}) + "\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "reuters-9.txt").write_text("x")
    assert gaps.excluded_ids([rows, seeds]) == {"reuters-7", "reuters-9"}
