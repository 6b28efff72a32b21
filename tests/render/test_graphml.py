"""graph.graphml: typed keys Gephi accepts, labels and kinds, round trip through networkx."""
from __future__ import annotations

import io
from collections import defaultdict

import networkx as nx
import pytest
from lxml import etree

from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Event
from graphkit.render.flatten import flatten_graph
from graphkit.render.graphml import export_graph, generate_graphml, parse_graphml, read_graphml

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def _kg() -> KnowledgeGraph:
    actors = [Actor(id="eve", name="Eve <b>&</b>", kind="person", titles=["Minister"], aliases=["E.", "Evie"],
                    affiliations=["land"]),
              Actor(id="bob", name="Bob\x07", kind="organization"),
              Actor(id="land", name="Land", kind="country", code="LND"),
              Actor(id="town", name="Town", kind="location")]
    events = [Event(id="a#e0", type="CONSULT", mode="visit", label="visited", actors=["eve"], recipients=["bob"],
                    location="town", date="2014-07-24", article="a", sentence="Eve visited Bob in Town.",
                    start=4, end=11, score=2.5),
              Event(id="a#e1", type="ASSAULT", label="attacked", actors=["bob"], recipients=["town"],
                    location="town", article="a", sentence="Bob attacked Town.", start=0, end=3, score=-9.0)]
    return KnowledgeGraph(actors=actors, events=events)


def test_round_trip_keeps_nodes_edges_and_attributes():
    kg = _kg()
    expected = flatten_graph(export_graph(kg))
    G = parse_graphml(generate_graphml(kg))
    assert dict(G.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))
    # no parallel edges: the recipient that is also the location gets one edge with both roles
    assert G.number_of_edges("a#e1", "town") == 1 and G.number_of_edges() == 5
    assert [d["type"] for *_, d in G.edges("a#e1", data=True)] == ["recipient+location"]


def test_every_key_is_declared_once_with_a_type():
    root = etree.fromstring(generate_graphml(_kg()).encode("utf-8"))
    keys = root.findall("g:key", NS)
    assert keys
    seen = defaultdict(set)
    for k in keys:
        assert k.get("attr.type") in {"string", "int", "long", "float", "double", "boolean"}
        seen[(k.get("attr.name"), k.get("for"))].add(k.get("attr.type"))
    assert all(len(types) == 1 for types in seen.values())
    declared = {k.get("id") for k in keys}
    assert {d.get("key") for d in root.iter("{{{}}}data".format(NS["g"]))} <= declared


def test_nodes_have_labels_and_kinds_edges_have_type_label_date_weight():
    G = parse_graphml(generate_graphml(_kg()))
    assert {n: (d["label"], d["kind"]) for n, d in G.nodes(data=True)} == {
        "eve": ("Eve <b>&</b>", "person"), "bob": ("Bob\ufffd", "organization"), "land": ("Land", "country"),
        "town": ("Town", "location"), "a#e0": ("visited", "event"), "a#e1": ("attacked", "event")}
    for _u, _v, d in G.edges(data=True):
        assert {"type", "label", "weight"} <= set(d) and isinstance(d["weight"], float)
    assert sorted(d["type"] for *_, d in G.edges(data=True)) == ["actor", "actor", "location", "recipient",
                                                                 "recipient+location"]
    assert {d.get("date") for *_, d in G.edges("a#e0", data=True)} == {"2014-07-24"}
    assert all("date" not in d for *_, d in G.in_edges("a#e1", data=True))  # undated: no None written
    assert G.nodes["a#e0"]["char_start"] == 4 and G.nodes["eve"]["aliases"] == "E.; Evie"


def test_edge_ids_are_unique():
    root = etree.fromstring(generate_graphml(_kg()).encode("utf-8"))
    ids = [e.get("id") for e in root.iter("{{{}}}edge".format(NS["g"]))]
    assert len(ids) == len(set(ids)) == 5


def test_markup_is_escaped_in_xml():
    text = generate_graphml(_kg())
    assert "<b>" not in text and "&lt;b&gt;&amp;&lt;/b&gt;" in text


def test_empty_graph_writes_and_reads():
    G = parse_graphml(generate_graphml(KnowledgeGraph()))
    assert G.number_of_nodes() == 0


@pytest.mark.model
def test_seed_graphml_reads_back_with_networkx(seed_kg, seed_out):
    G = read_graphml(seed_out / "graph.graphml")
    assert set(G.nodes) == set(seed_kg.graph.nodes)
    assert set(G.edges()) == set(seed_kg.graph.edges())
    assert all(d["label"] and d["type"] for *_, d in G.edges(data=True))
    assert nx.is_directed(G)


def test_cameo_sector_and_code_are_node_attributes():
    kg = KnowledgeGraph(actors=[Actor(id="p", name="police", kind="organization", sector="COP", code="GBRCOP"),
                                Actor(id="uk", name="United Kingdom", kind="country", code="GBR")])
    G = parse_graphml(generate_graphml(kg))
    assert (G.nodes["p"]["sector"], G.nodes["p"]["code"]) == ("COP", "GBRCOP")
    assert "sector" not in G.nodes["uk"] and G.nodes["uk"]["code"] == "GBR"


def test_unnamed_groups_carry_a_generic_attribute_for_gephi():
    from graphkit.render.gexf import generate_gexf
    from tests.graph.test_generic import police_kg

    kg = police_kg()
    graphml = nx.read_graphml(io.BytesIO(generate_graphml(kg).encode()))
    gexf = nx.read_gexf(io.BytesIO(generate_gexf(kg).encode()))
    for G in (graphml, gexf):
        flags = {n: d.get("generic") for n, d in G.nodes(data=True) if d.get("type") == "actor"}
        assert flags == {"police": True, "prot": True, "egy": False, "ham": False, "idf": False}
