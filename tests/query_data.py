"""A small hand-made graph with known answers, shared by the query, knowledge and CLI tests.

Two articles; seven events between countries, an organisation, people and a place:

    a1 e0  CONSULT "spoke to"        john-kerry -> qatar              2014-07-24
    a1 e1  ASSAULT "shelled"         israel -> hamas  (at gaza)       2014-07-24
    a1 e2  ASSAULT "fired rockets at" hamas -> israel                 2014-07     (month only)
    a2 e3  AGREE   "agreed with"     israel -> hamas                  2014-08-05
    a2 e4  ASSAULT "attacked"        israel -> hamas   negated        2014-08-06
    a2 e5  CONSULT "met"             john-kerry -> benjamin-netanyahu (undated)
    a2 e6  REQUEST "urged"           egypt -> israel, hamas           2014-W32    (Aug 4-10)
"""
from __future__ import annotations

from graphkit.knowledge import KnowledgeGraph
from graphkit.models import PLOVER_SCORES, Actor, Article, Event, Mention

__all__ = ["small_kg", "assert_consistent"]

_EVENTS = [
    ("a1", "CONSULT", "spoke to", ["john-kerry"], ["qatar"], "2014-07-24", "asserted", None),
    ("a1", "ASSAULT", "shelled", ["israel"], ["hamas"], "2014-07-24", "asserted", "gaza"),
    ("a1", "ASSAULT", "fired rockets at", ["hamas"], ["israel"], "2014-07", "asserted", None),
    ("a2", "AGREE", "agreed with", ["israel"], ["hamas"], "2014-08-05", "asserted", None),
    ("a2", "ASSAULT", "attacked", ["israel"], ["hamas"], "2014-08-06", "negated", None),
    ("a2", "CONSULT", "met", ["john-kerry"], ["benjamin-netanyahu"], None, "asserted", None),
    ("a2", "REQUEST", "urged", ["egypt"], ["israel", "hamas"], "2014-W32", "asserted", None),
]

# actor id -> (name, kind, code, aliases, articles mentioned in)
_ACTORS = {
    "john-kerry": ("John Kerry", "person", None, ["Kerry"], ["a1", "a2"]),
    "qatar": ("Qatar", "country", "QAT", [], ["a1"]),
    "israel": ("Israel", "country", "ISR", [], ["a1", "a2"]),
    "hamas": ("Hamas", "organization", None, [], ["a1", "a2"]),
    "gaza": ("Gaza", "location", None, [], ["a1"]),
    "benjamin-netanyahu": ("Benjamin Netanyahu", "person", None, [], ["a2"]),
    "sara-netanyahu": ("Sara Netanyahu", "person", None, [], ["a2"]),
    "egypt": ("Egypt", "country", "EGY", [], ["a2"]),
}


def small_kg() -> KnowledgeGraph:
    """A fresh copy of the hand-made graph (tests may not share mutable records)."""
    texts = {"a1": "x" * 400, "a2": "y" * 400}
    articles = [Article(id="a1", text=texts["a1"], title="One", published="2014-07-24"),
                Article(id="a2", text=texts["a2"], title="Two", published="2014-08-10")]
    actors = []
    for n, (aid, (name, kind, code, aliases, arts)) in enumerate(_ACTORS.items()):
        mentions = [Mention(article=a, start=10 * n, end=10 * n + 5) for a in arts]
        actors.append(Actor(id=aid, name=name, kind=kind, code=code, aliases=list(aliases), mentions=mentions,
                            affiliations=["israel"] if aid == "benjamin-netanyahu" else []))
    events = []
    for i, (art, typ, label, who, whom, date, cert, loc) in enumerate(_EVENTS):
        events.append(Event(id=f"{art}#e{i}", type=typ, label=label, actors=who, recipients=whom,
                            date=date, certainty=cert, location=loc, article=art, sentence=f"sentence {i}",
                            start=200 + i, end=205 + i, score=PLOVER_SCORES[typ]))
    return KnowledgeGraph(articles=articles, actors=actors, events=events, metadata={"pipeline": "test"})


def assert_consistent(kg) -> None:
    """No dangling ids: events, affiliations, locations, mentions all point inside ``kg``."""
    actor_ids = {a.id for a in kg.actors}
    article_ids = {a.id for a in kg.articles}
    assert len(actor_ids) == len(kg.actors) and len({e.id for e in kg.events}) == len(kg.events)
    for e in kg.events:
        assert set(e.actors) | set(e.recipients) <= actor_ids, e.id
        assert e.location is None or e.location in actor_ids, e.id
        assert e.article in article_ids, e.id
    for a in kg.actors:
        assert set(a.affiliations) <= actor_ids, a.id
        assert {m.article for m in a.mentions} <= article_ids, a.id
        assert {q.article for q in a.quotes} <= article_ids, a.id
