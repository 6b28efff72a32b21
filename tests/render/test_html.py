"""graph.html without a browser: offline, escaped, the pyvis network, max-nodes, notebook."""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re

import pytest

from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event, Mention
from graphkit.render.html import embed_json, generate_html, generate_notebook_html, vis_assets
from graphkit.render.mapdata import EVIDENCE_CHARS, build_network, map_data
from graphkit.render.style import KIND_COLORS, KIND_SHAPES, score_color

SCRIPT = "<script>window.__pwned=1</script>"
ONERROR = "<img src=x onerror=window.__pwned=2>"
SCHEME = re.compile(r"(?i)\b(?:https?|wss?|ftp):[^\s\"']*")
MARKUP = re.compile(r"(?i)\b(?:src|href|action|srcset|poster|data)\s*=|@import|<link\b|<iframe\b|<object\b|<embed\b")
SVG_NS = "http:\\u002f\\u002fwww.w3.org/2000/svg"  # vis-network's SVG namespace, a name and no request


def offline_problems(page: str) -> list[str]:
    """Addresses a page names: any scheme URL but the SVG namespace, and fetching markup outside scripts."""
    found = [u for u in SCHEME.findall(page) if u != SVG_NS]
    outside = re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S)
    found += MARKUP.findall(outside)
    found += [u for u in re.findall(r"url\(\s*[\"']?([^)\"']*)", page) if not u.startswith(("data:", "none"))]
    return found


def _kg(n_lonely: int = 0) -> KnowledgeGraph:
    m = Mention(article="a", start=0, end=1)
    actors = [Actor(id="eve", name=f"Eve {SCRIPT}", kind="person", titles=[ONERROR], affiliations=["bob"],
                    mentions=[m]),
              Actor(id="bob", name="Bob\u2028&\u2029", kind="organization"),
              Actor(id="land", name="Land", kind="country", code="LND")]
    actors += [Actor(id=f"z{i:03d}", name=f"Lonely {i}", kind="location") for i in range(n_lonely)]
    events = [Event(id="a#e0", type="CONSULT", label="met", actors=["eve"], recipients=["bob"], date="2014-07-24",
                    article="a", sentence=f"Eve met Bob. {ONERROR}", start=0, end=3, score=2.5),
              Event(id="a#e1", type="ASSAULT", label="attacked", actors=["bob"], recipients=["eve"], date="2014-07",
                    article="a", sentence="x" * (EVIDENCE_CHARS + 50), start=4, end=9, score=-9.0),
              Event(id="a#e2", type="ASSAULT", label="attacked", actors=["bob"], recipients=["eve"],
                    article="b", sentence="Bob attacked Eve again.", start=4, end=9, score=-9.0),
              Event(id="a#e3", type="ACCUSE", label="accused", actors=["land"], recipients=["bob"],
                    certainty="negated", article="b", sentence="Land did not accuse Bob.", start=0, end=4)]
    return KnowledgeGraph(actors=actors, events=events)


def _embedded(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="gk-data">(.*?)</script>', page, re.S)
    return json.loads(m[1])


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.S)


def test_page_names_no_external_address():
    page = generate_html(_kg())
    assert offline_problems(page) == []
    assert "://" not in page and "sourceMappingURL" not in page
    assert offline_problems('<img src="https://cdn.example/x.png"><link href=x>') != []  # the check can fail


def test_vis_assets_come_from_pyvis_and_keep_the_svg_namespace_working():
    js, css = vis_assets()
    assert "vis-network" in js and ".vis-network" in css
    assert "://" not in js and SVG_NS in js
    assert "</script" not in js.lower()


def test_article_text_is_escaped_everywhere():
    page = generate_html(_kg())
    for raw in (SCRIPT, ONERROR, "<img", "</script>window", "\u2028", "\u2029"):
        assert raw not in page
    data = _embedded(page)
    assert data["node_info"]["eve"]["name"] == f"Eve {SCRIPT}"  # the page gets the text back, as text
    assert data["node_info"]["bob"]["name"] == "Bob\u2028&\u2029"
    assert data["events"][0]["sentence"].endswith(ONERROR)
    assert all("title" not in n for n in data["nodes"])  # tooltips are built as DOM elements in the page


def test_embed_json_round_trips_and_cannot_close_the_script():
    value = {"a": "</script><!--<script>", "b": "\u2028\u2029&<>", "c": [1, 2.5, None, True]}
    text = embed_json(value)
    assert json.loads(text) == value
    assert not re.search(r"[<>&\u2028\u2029]", text)


def test_title_is_escaped():
    page = generate_html(_kg(), title=f"My {SCRIPT}")
    assert "<title>My &lt;script&gt;" in page and SCRIPT not in page


def test_csp_allows_only_the_page_own_scripts():
    page = generate_html(_kg())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)[1]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    inline = _scripts(page)
    assert len(inline) == 2
    assert hashes == {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in inline}


def test_network_is_built_explicitly_with_style_by_kind_score_and_count():
    net = build_network(_kg())
    nodes = {n["id"]: n for n in net.nodes}
    assert nodes["eve"]["color"] == KIND_COLORS["person"] and nodes["eve"]["shape"] == KIND_SHAPES["person"]
    assert nodes["land"]["shape"] == KIND_SHAPES["country"]
    assert nodes["bob"]["size"] > nodes["land"]["size"]  # bob takes part in more events
    assert nodes["a#e0"]["hidden"] is True  # event nodes belong to the other view
    edges = {(e["from"], e["to"], e["label"]): e for e in net.edges if e["id"].startswith("r")}
    # one relation per ordered pair, labelled with its labels and counts; the negated event is no relation
    assert set(edges) == {("eve", "bob", "met"), ("bob", "eve", "attacked ×2")}
    assert edges[("bob", "eve", "attacked ×2")]["color"] == score_color(-9.0)
    assert edges[("eve", "bob", "met")]["color"] == score_color(2.5)
    assert edges[("bob", "eve", "attacked ×2")]["width"] > edges[("eve", "bob", "met")]["width"]


def test_tooltip_data_hold_titles_affiliations_and_dated_evidence():
    data = map_data(_kg())
    eve = data["node_info"]["eve"]
    assert eve["titles"] == [ONERROR] and eve["affiliations"] == ["Bob\u2028&\u2029"]
    assert "aliases" not in eve and "code" not in eve  # empty fields are left out
    evidence = [data["events"][i] for i in eve["events"]]
    assert [(e["date"], e["article"]) for e in evidence] == [("2014-07-24", "a"), ("2014-07", "a"), (None, "b")]
    rel = next(v for k, v in data["edge_info"].items() if v.get("labels") == [("attacked", 2)])
    assert rel["label"] == "attacked ×2" and rel["from"] == "Bob\u2028&\u2029" and len(rel["events"]) == 2
    assert rel["count"] == 2 and rel["first"] == rel["last"] == "2014-07"
    assert len(data["events"][1]["sentence"]) == EVIDENCE_CHARS
    assert (data["events"][1]["d0"], data["events"][1]["d1"]) == ("2014-07-01", "2014-07-31")
    assert data["types"] == ["ACCUSE", "ASSAULT", "CONSULT"] and data["dates"] == ["2014-07-01", "2014-07-31"]


def test_max_nodes_keeps_the_most_important_actors_and_their_events():
    data = map_data(_kg(n_lonely=5), max_nodes=2)
    assert [n["id"] for n in data["nodes"] if "a#" not in n["id"]] == ["eve", "bob"]
    assert data["counts"] == {"actors": 2, "relations": 2, "events": 4, "roles": 7}
    assert map_data(_kg(n_lonely=5))["counts"]["actors"] == 8


def test_max_nodes_reaches_the_page_through_save(tmp_path):
    _kg(n_lonely=5).save(tmp_path, formats=["html"], html={"max_nodes": 1})
    data = _embedded((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert data["counts"]["actors"] == 1


def test_large_maps_ship_positions_and_turn_physics_off():
    small = map_data(_kg())
    assert small["physics"] is True and small["options"]["physics"]["enabled"] is True
    assert all("x" not in n for n in small["nodes"])
    big = map_data(_kg(n_lonely=20), physics_limit=10)
    assert big["physics"] is False and big["options"]["physics"] == {"enabled": False}
    xy = [(n["x"], n["y"]) for n in big["nodes"]]
    assert len(set(xy)) == len(xy) == 27  # every node placed, no two on the same spot


def test_legend_filters_search_and_view_toggle_are_on_the_page():
    page = generate_html(_kg())
    for part in ('id="gk-legend"', 'id="gk-query"', 'id="gk-from"', 'id="gk-to"', 'name="gk-view" value="events"',
                 'id="gk-type-list"'):
        assert part in page
    for kind in KIND_COLORS:
        assert f"</span>{kind}</li>" in page


def test_notebook_html_is_a_sandboxed_iframe_without_cdn():
    out = KnowledgeGraph._repr_html_(_kg())
    assert out == generate_notebook_html(_kg())
    assert out.startswith("<iframe") and 'sandbox="allow-scripts"' in out
    srcdoc = html.unescape(re.search(r'srcdoc="([^"]*)"', out)[1])
    assert srcdoc == generate_html(_kg()) and offline_problems(srcdoc) == []


@pytest.mark.model
def test_seed_map_is_offline(seed_out):
    page = (seed_out / "graph.html").read_text(encoding="utf-8")
    assert offline_problems(page) == []
    assert _embedded(page)["counts"]["actors"] > 0


def test_side_panel_data_carry_code_sector_and_community():
    kg = _kg()
    kg.actors = [a.model_copy(update={"sector": "BUS"}) if a.id == "land" else a for a in kg.actors]
    info = map_data(kg)["node_info"]
    assert (info["land"]["code"], info["land"]["sector"]) == ("LND", "BUS")
    assert "sector" not in info["eve"]  # an actor without a sector carries none
    assert info["eve"]["community"] == info["bob"]["community"] == 0
    assert "community" not in info["land"]  # its only event is negated: no relation
    assert (info["eve"]["strength"], info["bob"]["strength"], info["land"].get("strength", 0)) == (3, 3, 0)


def test_undated_events_take_their_article_date_marked_as_such():
    kg = _kg()
    kg.articles = [Article(id="b", text="...", published="2014-08-02")]
    events = map_data(kg)["events"]
    dated, by_article = events[1], events[2]
    assert (dated["d0"], dated["d1"], dated["pub"]) == ("2014-07-01", "2014-07-31", False)
    assert (by_article["date"], by_article["reported"], by_article["pub"]) == (None, "2014-08-02", True)
    assert (by_article["d0"], by_article["d1"]) == ("2014-08-02", "2014-08-02")
    assert events[3]["article"] == "b" and events[3]["pub"] is True


def test_first_view_holds_only_related_actors_strongest_first():
    data = map_data(_kg(n_lonely=30))
    (tier,) = data["focus"]  # a single tier: fewer related actors than the first tier size
    assert tier["ids"] == ["bob", "eve"]  # land's only event is negated; the lonely have none
    assert set(tier["pos"]) == {"bob", "eve"} and set(tier["events"]) == {"a#e0", "a#e1", "a#e2"}
    assert tier["labels"]["bob"] >= tier["labels"]["eve"] and tier["sizes"]["bob"] >= tier["sizes"]["eve"]
    assert data["counts"]["actors"] == 33  # "all" still holds every actor
    assert [c["names"] for c in data["communities"]] == [["Bob\u2028&\u2029", "Eve " + SCRIPT]]


def test_focus_tiers_grow_and_stop_at_the_related_actors():
    actors = [Actor(id=f"a{i:03d}", name=f"A{i}", kind="person") for i in range(40)]
    events = [Event(id=f"x#e{i}", type="CONSULT", label="met", actors=[f"a{i:03d}"], recipients=[f"a{i + 1:03d}"],
                    article="x", sentence="s", start=0, end=1) for i in range(0, 30)]
    data = map_data(KnowledgeGraph(actors=actors, events=events), tiers=(10, 20, 50, 80))
    assert [len(t["ids"]) for t in data["focus"]] == [10, 20, 31]
    for t in data["focus"]:
        ids = set(t["ids"])
        assert all(any(e["from"] == a and e["to"] in ids or e["to"] == a and e["from"] in ids
                       for e in data["edges"]) for a in ids)
