"""Generic actors (unnamed groups such as "police") can be left out of queries, in memory and in graph.sqlite."""
from __future__ import annotations

import pytest

from graphkit.graph.generic import generic_of, is_generic
from graphkit.graph.store import GraphStore
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event


def police_kg() -> KnowledgeGraph:
    """Police arrest protesters and Hamas members; Egypt criticises Hamas; Israeli troops shoot at Hamas."""
    actors = [Actor(id="police", name="police", kind="organization"),
              Actor(id="prot", name="protesters", kind="group"),
              Actor(id="egy", name="Egypt", kind="country", code="EGY"),
              Actor(id="ham", name="Hamas", kind="organization"),
              Actor(id="idf", name="Israeli troops", kind="group", sector="MIL")]

    def ev(i, typ, a, r):
        return Event(id=f"a#e{i}", type=typ, label=typ.lower(), actors=[a], recipients=[r], article="a",
                     sentence="s", start=i, end=i + 1)
    events = [ev(0, "COERCE", "police", "prot"), ev(1, "ACCUSE", "egy", "ham"), ev(2, "COERCE", "police", "ham"),
              ev(3, "ASSAULT", "idf", "ham")]
    return KnowledgeGraph(articles=[Article(id="a", text="x" * 20, published="2014-07-24")], actors=actors,
                          events=events)


@pytest.mark.parametrize("kind, name, generic", [
    ("group", "students", True), ("organization", "riot police", True), ("group", "Israeli troops", False),
    ("group", "Palestinians", False), ("organization", "Hamas", False), ("person", "bob", False),
    ("location", "somewhere", False),
])
def test_a_generic_actor_is_an_unnamed_group_or_institution(kind, name, generic):
    assert generic_of(kind, name) is generic
    assert is_generic(Actor(id="x", name=name, kind=kind)) is generic


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    kg = police_kg()
    folder = tmp_path_factory.mktemp("generic")
    kg.save(folder, formats=["sqlite"])
    return kg, GraphStore(folder / "graph.sqlite", KnowledgeGraph)


def test_actors_without_or_only_generic(sources):
    for src in sources:
        assert [a.id for a in src.actors(generic=False)] == ["egy", "ham", "idf"]
        assert [a.id for a in src.actors(generic=True)] == ["police", "prot"]
        assert len(src.actors()) == 5


def test_who_matters_among_named_actors(sources):
    for src in sources:
        assert [(a.id, v) for a, v in src.top_actors(by="degree", n=2)] == [("ham", 3), ("police", 2)]
        assert [(a.id, v) for a, v in src.top_actors(by="degree", n=2, generic=False)] == [("ham", 3), ("egy", 1)]


def test_filter_drops_generic_actors_and_their_events(sources):
    for src in sources:
        sub = src.filter(generic=False)
        assert sorted(a.id for a in sub.actors) == ["egy", "ham", "idf"]
        assert [e.id for e in sub.events] == ["a#e1", "a#e3"]
        only = src.filter(generic=True)
        assert sorted(a.id for a in only.actors) == ["police", "prot"] and [e.id for e in only.events] == ["a#e0"]
