"""graph.gexf: dynamic mode with dates, viz colours and sizes, read back by networkx."""
from __future__ import annotations

from collections import defaultdict

import pytest
from lxml import etree

from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Event
from graphkit.render.gexf import generate_gexf, iso_bounds, parse_gexf, read_gexf
from graphkit.render.style import KIND_COLORS, hex_to_rgb, type_color

NS = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}


def _kg() -> KnowledgeGraph:
    actors = [Actor(id="eve", name="Eve <i>", kind="person", aliases=["E."]),
              Actor(id="bob", name="Bob", kind="organization"),
              Actor(id="land", name="Land", kind="country", code="LND"),
              Actor(id="quiet", name="Quiet", kind="group")]
    events = [Event(id="a#e0", type="CONSULT", label="met", actors=["eve"], recipients=["bob"], date="2014-07-24",
                    article="a", sentence="Eve met Bob.", start=4, end=7, score=2.5),
              Event(id="a#e1", type="ASSAULT", label="attacked", actors=["bob"], recipients=["land"], date="2014-06",
                    article="a", sentence="Bob attacked Land in June.", start=4, end=12, score=-9.0),
              Event(id="a#e2", type="ACCUSE", label="accused", actors=["land"], recipients=["eve"],
                    reported="2014-07-25", article="b", sentence="Land accused Eve.", start=5, end=12),
              Event(id="a#e3", type="REJECT", label="rejected", actors=["quiet"], recipients=["bob"],
                    article="b", sentence="Quiet rejected Bob.", start=6, end=14)]
    return KnowledgeGraph(actors=actors, events=events)


def test_reads_back_with_the_same_nodes_edges_and_attributes():
    kg = _kg()
    G = parse_gexf(generate_gexf(kg))
    assert set(G.nodes) == set(kg.graph.nodes)
    assert sorted((u, v) for u, v in G.edges()) == sorted((u, v) for u, v in kg.graph.edges())
    assert G.nodes["eve"]["label"] == "Eve <i>" and G.nodes["eve"]["kind"] == "person"
    assert G.nodes["eve"]["aliases"] == "E." and G.nodes["land"]["code"] == "LND"
    assert G.nodes["a#e1"]["event_type"] == "ASSAULT" and G.nodes["a#e1"]["char_start"] == 4
    roles = {(u, v): d for u, v, d in G.edges(data=True)}
    assert roles["bob", "a#e1"]["role"] == "actor" and roles["a#e1", "land"]["role"] == "recipient"
    assert roles["bob", "a#e1"]["label"] == "attacked" and roles["bob", "a#e1"]["weight"] == 1.0


def test_time_spans_come_from_event_dates():
    G = parse_gexf(generate_gexf(_kg()))
    assert (G.nodes["a#e0"]["start"], G.nodes["a#e0"]["end"]) == ("2014-07-24", "2014-07-24")
    assert (G.nodes["a#e1"]["start"], G.nodes["a#e1"]["end"]) == ("2014-06-01", "2014-06-30")
    assert (G.nodes["a#e2"]["start"], G.nodes["a#e2"]["end"]) == ("2014-07-25", "2014-07-25")  # reported date
    assert "start" not in G.nodes["a#e3"]  # undated: present all the time
    # actors appear at their first dated event, and stay
    assert G.nodes["bob"]["start"] == "2014-06-01" and "end" not in G.nodes["bob"]
    assert G.nodes["eve"]["start"] == "2014-07-24" and "start" not in G.nodes["quiet"]
    spans = {(u, v): (d.get("start"), d.get("end")) for u, v, d in G.edges(data=True)}
    assert spans["bob", "a#e1"] == ("2014-06-01", "2014-06-30") and spans["quiet", "a#e3"] == (None, None)


def test_graph_is_dynamic_with_date_time_format():
    root = etree.fromstring(generate_gexf(_kg()).encode("utf-8"))
    graph = root.find("g:graph", NS)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert all(e.get("type") in (None, "directed") for e in root.iter("{{{}}}edge".format(NS["g"])))


def test_attributes_are_declared_once_with_one_type():
    root = etree.fromstring(generate_gexf(_kg()).encode("utf-8"))
    seen = defaultdict(set)
    for attrs in root.iter("{{{}}}attributes".format(NS["g"])):
        for a in attrs.findall("g:attribute", NS):
            seen[(attrs.get("class"), a.get("title"))].add(a.get("type"))
    assert seen and all(len(t) == 1 for t in seen.values())
    assert seen[("node", "kind")] == {"string"} and seen[("edge", "weight")] == set()  # weight is an edge attribute


def test_viz_colours_and_sizes():
    G = parse_gexf(generate_gexf(_kg()))
    c = G.nodes["eve"]["viz"]["color"]
    assert (c["r"], c["g"], c["b"]) == hex_to_rgb(KIND_COLORS["person"])
    c = G.nodes["a#e1"]["viz"]["color"]
    assert (c["r"], c["g"], c["b"]) == hex_to_rgb(type_color("ASSAULT"))
    assert G.nodes["bob"]["viz"]["size"] > G.nodes["quiet"]["viz"]["size"]  # bob takes part in more events


@pytest.mark.parametrize("value, bounds", [
    ("2014-02", ("2014-02-01", "2014-02-28")), ("2016-02", ("2016-02-01", "2016-02-29")),
    ("2014", ("2014-01-01", "2014-12-31")), ("2014-07-23T10:00", ("2014-07-23", "2014-07-23")),
    ("2014-W30", None), ("P8Y", None), ("2014-13", None), ("2014-02-30", None), (None, None)])
def test_iso_bounds(value, bounds):
    assert iso_bounds(value) == bounds


@pytest.mark.model
def test_seed_gexf_reads_back(seed_kg, seed_out):
    G = read_gexf(seed_out / "graph.gexf")
    assert set(G.nodes) == set(seed_kg.graph.nodes)
    assert G.graph.get("mode") == "dynamic"


def test_cameo_sector_and_code_are_node_attributes():
    kg = KnowledgeGraph(actors=[Actor(id="t", name="troops", kind="group", sector="MIL", code="USAMIL")])
    G = parse_gexf(generate_gexf(kg))
    assert (G.nodes["t"]["sector"], G.nodes["t"]["code"]) == ("MIL", "USAMIL")
