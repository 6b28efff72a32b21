"""KnowledgeGraph: its query methods are the query functions, its record lists are callable."""
import copy
import pickle

import networkx as nx
import pytest
from query_data import small_kg

from graphkit.errors import ActorNotFoundError, AmbiguousActorError
from graphkit.graph import query as q
from graphkit.graph import subgraph as sg
from graphkit.knowledge import KnowledgeGraph, RecordList


@pytest.fixture
def kg():
    return small_kg()


def ids(records):
    return [r.id for r in records]


def test_record_lists_are_lists_and_queries(kg):
    assert isinstance(kg.actors, list) and isinstance(kg.actors, RecordList)
    assert len(kg.actors) == 8 and kg.actors[0].id == "john-kerry"
    assert ids(kg.actors(kind="country")) == ["qatar", "israel", "egypt"]
    assert ids(kg.events(actor="Kerry")) == ["a1#e0", "a2#e5"]
    assert kg.events == list(kg.events)


def test_record_lists_stay_queries_after_assignment(kg):
    kg.events = [e for e in kg.events if e.type != "ASSAULT"]
    assert isinstance(kg.events, RecordList)
    assert ids(kg.events(recipient="Hamas")) == ["a2#e3", "a2#e6"]
    assert kg.graph.number_of_nodes() == 8 + 4
    kg.actors = [a for a in kg.actors if a.id != "sara-netanyahu"]  # caches follow the new records
    assert kg.actor("Netanyahu").id == "benjamin-netanyahu"
    assert kg.graph.number_of_nodes() == 7 + 4 and "sara-netanyahu" not in kg.actor_index


def test_record_lists_copy_and_pickle_as_plain_lists(kg):
    for other in (copy.copy(kg.actors), copy.deepcopy(kg.actors), pickle.loads(pickle.dumps(kg.actors))):
        assert type(other) is list and other == list(kg.actors)


def test_an_orphan_record_list_says_so():
    with pytest.raises(TypeError, match="belongs to no graph"):
        RecordList([1, 2])()


@pytest.mark.parametrize("method, args, kwargs", [
    ("between", ("Israel", "Hamas"), {"certainty": "asserted"}),
    ("neighbors", ("Israel",), {"direction": "out"}),
    ("timeline", (), {"actor": "Kerry"}),
    ("dyad_series", ("Israel", "Hamas"), {"freq": "W"}),
    ("top_actors", (), {"by": "pagerank", "n": 3}),
])
def test_methods_are_the_query_functions(kg, method, args, kwargs):
    assert getattr(kg, method)(*args, **kwargs) == getattr(q, method)(kg, *args, **kwargs)


def test_actor_method(kg):
    assert kg.actor("QAT").name == "Qatar"
    with pytest.raises(AmbiguousActorError):
        kg.actor("Netanyahu")
    assert kg.actor("Gaza", kind="location").id == "gaza"
    with pytest.raises(ActorNotFoundError, match="no actor named 'Gaza' of kind country"):
        kg.actor("Gaza", kind="country")


def test_ego_filter_merge_return_knowledge_graphs(kg):
    sub = kg.ego("Kerry", radius=1)
    assert isinstance(sub, KnowledgeGraph)
    assert sub.to_json() == sg.ego(kg, "Kerry", radius=1).to_json()
    only = kg.filter(type="ASSAULT")
    assert isinstance(only, KnowledgeGraph) and ids(only.events) == ["a1#e1", "a1#e2", "a2#e4"]
    whole = kg.filter(articles="a1").merge(kg.filter(articles="a2"))
    assert len(whole.events) == len(kg.events) and sorted(ids(whole.actors)) == sorted(ids(kg.actors))
    assert whole.metadata == {"pipeline": "test"}


def test_sub_graph_networkx_views(kg):
    sub = kg.ego("Israel", radius=1)
    G = sub.graph
    assert isinstance(G, nx.MultiDiGraph)
    assert {n for n, d in G.nodes(data="type") if d == "actor"} == set(ids(sub.actors))
    A = sub.actor_graph()
    assert ("israel", "hamas") in A.edges() and ("hamas", "israel") in A.edges()


def test_json_round_trip_keeps_queries(kg):
    again = KnowledgeGraph.from_json(kg.to_json())
    assert ids(again.events(type="ASSAULT")) == ids(kg.events(type="ASSAULT"))
    assert again.dyad_series("Israel", "Hamas") == kg.dyad_series("Israel", "Hamas")


def test_pickled_and_copied_graphs_keep_their_queries(kg):
    for other in (pickle.loads(pickle.dumps(kg)), copy.copy(kg), copy.deepcopy(kg)):
        assert other is not kg and other.to_json() == kg.to_json()
        assert ids(other.events(type="AGREE")) == ["a2#e3"]
        assert other.actors._owner is other and other.events._owner is other
