"""The one flattening step before GraphML and GEXF: flat values, one type per key, XML-safe text."""
from __future__ import annotations

import datetime as dt
import io

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.render.flatten import flatten_attrs, flatten_graph, flatten_value


def test_values_become_flat():
    assert flatten_value(["a", None, 1]) == "a; 1"
    assert flatten_value(("x",)) == "x"
    assert flatten_value([]) is None and flatten_value(None) is None
    assert flatten_value({"k": 1, "n": None}) == "k=1"
    assert flatten_value(dt.date(2014, 7, 24)) == "2014-07-24"
    assert flatten_value(float("nan")) is None
    assert flatten_value(True) is True and flatten_value(2) == 2 and flatten_value(2.5) == 2.5
    assert flatten_value("bell\x07") == "bell\ufffd"


def test_keep_copies_keys_untouched():
    viz = {"color": {"r": 1, "g": 2, "b": 3, "a": 1.0}}
    assert flatten_attrs({"viz": viz, "x": None, "t": ["a"]}, keep=("viz",)) == {"viz": viz, "t": "a"}


def test_mixed_types_per_key_are_unified():
    G = nx.MultiDiGraph()
    G.add_node("a", n=1, m=1, b=True)
    G.add_node("b", n=2.5, m="x", b=1)
    G.add_edge("a", "b", w=1)
    G.add_edge("a", "b", w=0.5)
    H = flatten_graph(G)
    assert (H.nodes["a"]["n"], H.nodes["b"]["n"]) == (1.0, 2.5)
    assert (H.nodes["a"]["m"], H.nodes["b"]["m"]) == ("1", "x")
    assert (H.nodes["a"]["b"], H.nodes["b"]["b"]) == ("True", "1")
    assert sorted(d["w"] for *_, d in H.edges(data=True)) == [0.5, 1.0]
    assert G.nodes["a"]["n"] == 1  # the input is not changed


def test_node_and_edge_keys_are_typed_separately():
    G = nx.MultiDiGraph()
    G.add_node("a", type="actor")
    G.add_edge("a", "b", type=3)
    H = flatten_graph(G)
    assert H.nodes["a"]["type"] == "actor" and H.edges["a", "b", 0]["type"] == 3


_values = st.one_of(st.none(), st.booleans(), st.integers(-2**31, 2**31 - 1), st.floats(allow_nan=True),
                    st.text(), st.lists(st.one_of(st.none(), st.text(), st.integers()), max_size=3),
                    st.dictionaries(st.text(min_size=1, max_size=3), st.integers(), max_size=2), st.dates())
_attrs = st.dictionaries(st.sampled_from(["a", "b", "label", "kind"]), _values, max_size=4)


@settings(max_examples=40, deadline=None)
@given(st.lists(_attrs, min_size=1, max_size=5), st.lists(_attrs, max_size=5))
def test_any_attributes_write_to_graphml_and_gexf(node_attrs, edge_attrs):
    G = nx.MultiDiGraph()
    for i, d in enumerate(node_attrs):
        G.add_node(f"n\x0b{i}", **d)  # ids from article text may hold control characters too
    for i, d in enumerate(edge_attrs):
        G.add_edge("n\x0b0", f"n\x0b{i % len(node_attrs)}", key=f"e{i}", **d)
    H = flatten_graph(G)
    for _, d in [*H.nodes(data=True), *((None, d) for *_, d in H.edges(data=True))]:
        assert all(isinstance(v, str | int | float | bool) for v in d.values())
    buf = io.BytesIO()
    nx.write_graphml(H, buf)
    back = nx.parse_graphml(buf.getvalue().decode("utf-8"), force_multigraph=True)
    assert back.number_of_nodes() == H.number_of_nodes() and back.number_of_edges() == H.number_of_edges()
    nx.write_gexf(H, io.BytesIO())
