"""graph.html and timeline.html in a real headless Chromium (Debian's, driven by Playwright).

The map must draw the expected nodes and edges, request nothing outside the file, log no
console error, and run none of the markup an article carries, even when every node and edge
is hovered and its tooltip shown. Skipped when /usr/bin/chromium or playwright is missing;
no browser is ever downloaded.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event, Mention
from graphkit.render.html import generate_html, generate_notebook_html
from graphkit.render.mapdata import map_data
from graphkit.render.timeline import generate_timeline

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

#: Markup an article could carry; any of it running sets window.__pwned.
SCRIPT = "<script>window.__pwned='script'</script>"
ONERROR = "<img src=x onerror=\"window.__pwned='onerror'\">"
SVG = "<svg onload=\"window.__pwned='svg'\"></svg>"


def hostile_kg() -> KnowledgeGraph:
    """Five actors and four events whose every string carries script or onerror markup."""
    evil = f"Eve {ONERROR}{SCRIPT}"
    text = f"{evil} met Bob. Bob attacked {evil}. {SVG}"
    m = Mention(article="a1", start=0, end=3)
    actors = [
        Actor(id="eve", name=evil, kind="person", titles=[SCRIPT], aliases=[ONERROR], affiliations=["bob"],
              mentions=[m, m]),
        Actor(id="bob", name=f"Bob </script>{SCRIPT}", kind="organization", titles=["</title>" + ONERROR]),
        Actor(id="land", name="Land\u2028Sep\u2029 & <b>bold</b>", kind="country", code="LND"),
        Actor(id="town", name=f"Town {SVG}", kind="location"),
        Actor(id="lonely", name=f"Lonely {ONERROR}", kind="group"),
    ]
    events = [
        Event(id="a1#e0", type="CONSULT", label=f"met {ONERROR}", actors=["eve"], recipients=["bob"],
              location="town", date="2014-07-24", article=f"a1{SCRIPT}", sentence=f"Eve met Bob. {ONERROR}",
              start=0, end=3, score=2.5),
        Event(id="a1#e1", type="ASSAULT", label="attacked", actors=["bob"], recipients=["eve"],
              date="2014-08", article="a1", sentence=f"Bob attacked Eve. {SCRIPT}", start=4, end=9, score=-9.0),
        Event(id="a1#e2", type="ACCUSE", label="criticized", actors=["land"], recipients=["bob"],
              article="a1", sentence=f"{SVG} Land criticized Bob.", start=10, end=12, score=-2.0,
              reported="2014-07-25"),
        Event(id="a1#e3", type="REJECT", label="rejected", actors=["bob"], recipients=["land"],
              certainty="possible", article="a1", sentence="Bob may reject Land.", start=13, end=15),
    ]
    return KnowledgeGraph(articles=[Article(id="a1", text=text, published="2014-07-25", title=SCRIPT)],
                          actors=actors, events=events)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A page with every request, console error and page error recorded."""

    def __init__(self, browser, path: Path, bypass_csp: bool = False):
        self.requests, self.errors = [], []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800}, bypass_csp=bypass_csp)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def outside(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:"))]

    def close(self):
        self.page.close()


@pytest.fixture()
def open_page(browser, tmp_path):
    pages = []

    def _open(text: str, name: str = "graph.html", bypass_csp: bool = False) -> Page:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        pg = Page(browser, path, bypass_csp)
        pages.append(pg)
        return pg

    yield _open
    for pg in pages:
        pg.close()


def _wait_drawn(pg: Page, timeout: float = 20.0):
    """Poll from outside: the page's CSP forbids the eval that ``wait_for_function`` uses."""
    for _ in range(int(timeout / 0.05)):
        if pg.page.evaluate("window.graphkitReady") is not None:
            return
        pg.page.wait_for_timeout(50)
    raise AssertionError("the map never finished drawing")


def _ready(pg: Page):
    _wait_drawn(pg)
    pg.page.evaluate("window.graphkitMap.network.setOptions({physics: {enabled: false}})")


def _visible(pg: Page) -> dict:
    return pg.page.evaluate("window.graphkitMap.visible()")


def _hover_all(pg: Page) -> list[str]:
    """Hover every visible node and edge; return the text of each tooltip shown."""
    page = pg.page
    page.evaluate("window.graphkitMap.network.fit({animation: false})")
    page.wait_for_timeout(50)
    targets = page.evaluate("""() => {
      const net = window.graphkitMap.network, box = document.getElementById('gk-map').getBoundingClientRect();
      const dom = p => { const d = net.canvasToDOM(p); return [d.x + box.left, d.y + box.top]; };
      const out = [];
      for (const id of net.body.nodeIndices) {
        const n = net.body.nodes[id]; out.push(['node', id, ...dom({x: n.x, y: n.y})]);
      }
      for (const id of net.body.edgeIndices) {
        const e = net.body.edges[id], p = e.edgeType.getPoint(0.5); out.push(['edge', id, ...dom(p)]);
      }
      return out;
    }""")
    tips = []
    for _kind, _ident, x, y in targets:
        page.mouse.move(5, 5)
        page.wait_for_timeout(30)
        page.mouse.move(x, y, steps=2)
        try:
            page.wait_for_selector("div.vis-tooltip", state="visible", timeout=3000)
            tips.append(page.inner_text("div.vis-tooltip"))
        except Exception:  # an overlapping item may hide this one; the others still count
            tips.append("")
    return tips


LAYOUTS = pytest.mark.parametrize("physics_limit", [300, 1], ids=["physics", "precomputed"])


@LAYOUTS
def test_map_draws_expected_nodes_and_edges_in_both_views(open_page, physics_limit):
    kg = hostile_kg()
    counts = map_data(kg)["counts"]
    pg = open_page(generate_html(kg, physics_limit=physics_limit))
    _ready(pg)
    # the first view: the three related actors (the town is only a location, the lonely group has no event)
    assert _visible(pg) == {"nodes": 3, "edges": counts["relations"]}
    assert pg.page.evaluate("window.graphkitMap.drawn()")["alone"] == 0
    assert counts == {"actors": 5, "relations": 3, "events": 4, "roles": 9}  # the possible event is no relation
    pg.page.check('input[name="gk-view"][value="events"]')
    assert _visible(pg) == {"nodes": 3 + 4, "edges": 8}  # every event; no role edge to the town
    pg.page.check('input[name="gk-view"][value="actors"]')
    assert _visible(pg)["edges"] == counts["relations"]
    pg.page.select_option("#gk-scope", "all")  # "show all" draws every actor
    assert _visible(pg) == {"nodes": counts["actors"], "edges": counts["relations"]}
    pg.page.check('input[name="gk-view"][value="events"]')
    assert _visible(pg) == {"nodes": counts["actors"] + counts["events"], "edges": counts["roles"]}
    assert pg.outside() == [] and pg.errors == []


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_hovering_every_node_and_edge_runs_no_markup(open_page, bypass_csp):
    # without the page's Content-Security-Policy, escaping alone must keep the markup inert
    pg = open_page(generate_html(hostile_kg()), bypass_csp=bypass_csp)
    _ready(pg)
    tips = _hover_all(pg)
    pg.page.evaluate("window.graphkitMap.setView('events')")
    tips += _hover_all(pg)
    assert pg.page.evaluate("window.__pwned") is None
    assert pg.page.evaluate("document.querySelectorAll('#gk-map img, #gk-map script, #gk-map svg').length") == 0
    shown = "\n".join(tips)
    assert sum(1 for t in tips if t) >= len(tips) // 2
    assert "onerror=" in shown and "<script>" in shown  # the markup is shown as text, not run
    assert pg.outside() == [] and pg.errors == []


def _hover_node(pg: Page, node: str) -> str:
    pg.page.evaluate("window.graphkitMap.network.fit({animation: false})")
    x, y = pg.page.evaluate("""(id) => {
      const net = window.graphkitMap.network, box = document.getElementById('gk-map').getBoundingClientRect();
      const p = net.canvasToDOM(net.getPositions([id])[id]); return [p.x + box.left, p.y + box.top];
    }""", node)
    pg.page.mouse.move(x, y, steps=3)
    pg.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=3000)
    return pg.page.inner_text("div.vis-tooltip")


def _click_node(pg: Page, node: str):
    pg.page.evaluate("window.graphkitMap.network.fit({animation: false})")
    x, y = pg.page.evaluate("""(id) => {
      const net = window.graphkitMap.network, box = document.getElementById('gk-map').getBoundingClientRect();
      const p = net.canvasToDOM(net.getPositions([id])[id]); return [p.x + box.left, p.y + box.top];
    }""", node)
    pg.page.mouse.click(x, y)


def test_tooltip_is_short_and_the_side_panel_lists_every_event(open_page):
    pg = open_page(generate_html(hostile_kg(), physics_limit=1))  # fixed positions: nothing overlaps
    _ready(pg)
    tip = _hover_node(pg, "eve")
    assert tip.startswith("Eve " + ONERROR + SCRIPT) and "2 events" in tip and "click for all events" in tip
    assert "Eve met Bob." not in tip  # evidence belongs to the side panel
    _click_node(pg, "eve")
    panel = pg.page.inner_text("#gk-detail")
    for part in ("Eve " + ONERROR + SCRIPT, "person", "Titles: " + SCRIPT, "Affiliations: Bob", "Also: " + ONERROR,
                 "2014-07-24", "met " + ONERROR, "→ Bob", "Eve met Bob.", "article a1" + SCRIPT,
                 "2014-08", "attacked", "← Bob", "Bob attacked Eve."):
        assert part in panel
    assert pg.page.evaluate("document.querySelectorAll('#gk-detail .gk-ev').length") == 2
    assert panel.index("2014-07-24") < panel.index("2014-08")  # by date
    _click_node(pg, "land")
    panel = pg.page.inner_text("#gk-detail")
    assert "country · code LND" in panel and "2014-07-25 (article date)" in panel and "→ Bob" in panel
    assert pg.page.evaluate("window.__pwned") is None and pg.errors == []


def test_edge_labels_show_on_hover_and_selection_only(open_page):
    pg = open_page(generate_html(hostile_kg(), physics_limit=1))
    _ready(pg)
    labels = "window.graphkitMap.edges.get().filter(e => e.label).map(e => e.label)"
    assert pg.page.evaluate(labels) == []
    _click_node(pg, "land")  # selecting an actor labels its relations
    assert pg.page.evaluate(labels) == ["criticized"]
    assert "Land" in pg.page.inner_text("#gk-detail")
    pg.page.evaluate("window.graphkitMap.network.unselectAll()")
    pg.page.mouse.click(3, 3)  # nothing there: the selection and its labels go
    pg.page.mouse.move(5, 5)
    x, y = pg.page.evaluate("""() => {
      const net = window.graphkitMap.network, box = document.getElementById('gk-map').getBoundingClientRect();
      const e = net.body.edges[net.getConnectedEdges('land')[0]];
      const p = net.canvasToDOM({x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2});
      return [p.x + box.left, p.y + box.top];
    }""")
    pg.page.mouse.move(x, y, steps=3)
    pg.page.wait_for_timeout(200)
    assert pg.page.evaluate(labels) == ["criticized"]
    pg.page.mouse.move(3, 3, steps=2)
    pg.page.wait_for_timeout(200)
    assert pg.page.evaluate(labels) == []
    assert pg.errors == []


@LAYOUTS
def test_filters_by_type_and_date_and_search(open_page, physics_limit):
    pg = open_page(generate_html(hostile_kg(), physics_limit=physics_limit))
    _ready(pg)
    page = pg.page
    page.uncheck('#gk-type-list input[value="ASSAULT"]')
    assert _visible(pg) == {"nodes": 3, "edges": 2}
    page.click("#gk-all")
    page.fill("#gk-from", "2014-07-01")
    page.fill("#gk-to", "2014-07-31")
    page.dispatch_event("#gk-to", "change")
    # the CONSULT of 2014-07-24 and the ACCUSE reported 2014-07-25; August and undated events drop
    assert _visible(pg) == {"nodes": 3, "edges": 2}
    page.uncheck("#gk-undated")
    page.fill("#gk-from", "")
    page.fill("#gk-to", "")
    page.dispatch_event("#gk-to", "change")
    assert _visible(pg)["edges"] == 3
    page.click("#gk-none")
    assert _visible(pg) == {"nodes": 0, "edges": 0}
    page.click("#gk-all")
    page.check("#gk-undated")
    page.fill("#gk-query", "bob")
    page.click("#gk-search button")
    assert page.evaluate("window.graphkitMap.network.getSelectedNodes()") == ["bob"]
    page.fill("#gk-query", "LONELY")  # not drawn: listed, found, shown in the side panel
    assert "Lonely " + ONERROR in page.inner_text("#gk-offmap-list")
    page.click("#gk-search button")
    assert page.evaluate("window.graphkitMap.network.getSelectedNodes()") == []
    assert "not drawn" in page.inner_text("#gk-found")
    assert "Lonely " + ONERROR in page.inner_text("#gk-detail") and "no relation" in page.inner_text("#gk-detail")
    page.fill("#gk-query", "nobody at all")
    page.click("#gk-search button")
    assert "no actor matches" in page.inner_text("#gk-found")
    page.check('input[name="gk-view"][value="events"]')
    page.uncheck('#gk-type-list input[value="ASSAULT"]')
    # three events left (one undated), their six role edges, and the three actors they touch
    assert _visible(pg) == {"nodes": 6, "edges": 6}
    assert pg.outside() == [] and pg.errors == []


def test_large_maps_use_the_precomputed_layout(open_page):
    kg = hostile_kg()
    data = map_data(kg, physics_limit=1)
    pg = open_page(generate_html(kg, physics_limit=1))
    _wait_drawn(pg)
    pg.page.evaluate("window.graphkitMap.setScope('all')")
    assert _visible(pg) == {"nodes": 5, "edges": 3}
    assert pg.page.evaluate("window.graphkitMap.nodes.length") == 5  # event nodes wait for their view
    pg.page.check('input[name="gk-view"][value="events"]')
    assert _visible(pg) == {"nodes": 9, "edges": 9}
    positions = pg.page.evaluate("window.graphkitMap.network.getPositions(window.graphkitMap.nodes.getIds())")
    assert data["physics"] is False
    for n in data["nodes"]:
        assert (round(positions[n["id"]]["x"]), round(positions[n["id"]]["y"])) == (n["x"], n["y"])
    assert pg.page.evaluate("window.graphkitMap.network.physics.physicsEnabled") is False
    assert pg.outside() == [] and pg.errors == []


def test_large_maps_label_only_the_nodes_in_view_when_zoomed_in(open_page):
    kg = KnowledgeGraph(actors=[Actor(id=f"a{i:04d}", name=f"Actor {i}", kind="person") for i in range(1500)])
    pg = open_page(generate_html(kg))
    _wait_drawn(pg)
    page = pg.page
    labelled = "window.graphkitMap.nodes.get().filter(n => n.label).length"
    page.wait_for_timeout(300)
    assert page.evaluate(labelled) == 0  # zoomed out: too small to read, so not measured
    page.evaluate("""() => { const m = window.graphkitMap, p = m.network.getPositions(['a0000'])['a0000'];
                             m.network.moveTo({position: p, scale: 1.5}); m.labelView(); }""")
    assert page.evaluate("window.graphkitMap.nodes.get('a0000').label") == "Actor 0"
    assert 0 < page.evaluate(labelled) < 300
    assert pg.outside() == [] and pg.errors == []


def test_max_nodes_keeps_the_most_important_actors(open_page):
    pg = open_page(generate_html(hostile_kg(), max_nodes=2))
    _ready(pg)
    ids = sorted(pg.page.evaluate("window.graphkitMap.network.body.nodeIndices"))
    assert ids == ["bob", "eve"]
    assert _visible(pg)["edges"] == 2


def test_timeline_runs_no_markup_and_requests_nothing(open_page):
    pg = open_page(generate_timeline(hostile_kg()), "timeline.html")
    pg.page.wait_for_load_state("load")
    for el in pg.page.query_selector_all("body *:visible")[:200]:
        try:
            el.hover(timeout=300)
        except Exception:  # elements hidden behind others cannot be hovered
            pass
    assert pg.page.evaluate("window.__pwned") is None
    assert pg.page.evaluate("document.querySelectorAll('img, svg').length") == 0
    assert pg.outside() == [] and pg.errors == []


def test_notebook_iframe_draws_inline_offline(open_page):
    kg = hostile_kg()
    pg = open_page(f"<!DOCTYPE html><html><body>{generate_notebook_html(kg)}</body></html>", "notebook.html")
    pg.page.wait_for_load_state("load")
    frame = next(f for f in pg.page.frames if f is not pg.page.main_frame)
    for _ in range(400):
        if frame.evaluate("window.graphkitReady") is not None:
            break
        pg.page.wait_for_timeout(50)
    assert frame.evaluate("window.graphkitMap.visible()") == {"nodes": 3, "edges": 3}
    assert frame.evaluate("window.__pwned") is None and pg.page.evaluate("window.__pwned") is None
    assert pg.outside() == [] and pg.errors == []


def test_empty_map_draws_without_error(open_page):
    pg = open_page(generate_html(KnowledgeGraph()))
    _wait_drawn(pg)
    assert _visible(pg) == {"nodes": 0, "edges": 0}
    assert pg.outside() == [] and pg.errors == []


def test_seed_map_opens_offline(open_page, seed_out):
    pg = open_page((seed_out / "graph.html").read_text(encoding="utf-8"))
    _ready(pg)
    assert _visible(pg)["nodes"] > 0
    assert pg.outside() == [] and pg.errors == []



# --------------------------------------------------------------------------- large graphs: the first view

@pytest.fixture(scope="module")
def artefacts(tmp_path_factory) -> Path:
    """Where screenshots go: $GRAPHKIT_ARTEFACTS if set, else a temporary folder."""
    import os

    where = os.environ.get("GRAPHKIT_ARTEFACTS")
    path = Path(where) if where else tmp_path_factory.mktemp("artefacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


def synthetic_kg(n_actors: int = 3000, n_related: int = 600, n_events: int = 4000) -> KnowledgeGraph:
    """A corpus-like graph: a few hundred related actors (a few hubs), thousands named once and alone."""
    kinds = ["person", "organization", "country", "location", "group"]
    words = ["North", "Atlantic", "Petroleum", "Holdings", "Bank", "Union", "Ministry", "Energy", "Council"]
    actors = [Actor(id=f"a{i:04d}", name=" ".join(words[(i * k) % len(words)] for k in range(1, 2 + i % 3)) + f" {i}",
                    kind=kinds[i % 5], mentions=[Mention(article=f"d{i % 50}", start=0, end=1)])
              for i in range(n_actors)]
    types = ["CONSULT", "AGREE", "ACCUSE", "ASSAULT", "AID", "REJECT"]
    events = []
    for k in range(n_events):
        u = int(n_related * ((k * 0.6180339887) % 1.0) ** 3)  # a few actors take part in most events
        v = (u + 1 + (k * 7919) % (n_related - 1)) % n_related
        month = 1 + k % 12
        events.append(Event(id=f"d{k % 50}#e{k}", type=types[k % 6], label=f"act{k % 9}", actors=[f"a{u:04d}"],
                            recipients=[f"a{v:04d}"], date=f"1987-{month:02d}" if k % 5 else None,
                            article=f"d{k % 50}", sentence=f"Sentence {k}.", start=0, end=1))
    articles = [Article(id=f"d{i}", text="...", published=f"1987-{1 + i % 12:02d}-15" if i % 2 else None)
                for i in range(50)]
    return KnowledgeGraph(articles=articles, actors=actors, events=events)


@pytest.fixture(scope="module")
def large_map(tmp_path_factory):
    kg = synthetic_kg()
    path = tmp_path_factory.mktemp("large") / "graph.html"
    path.write_text(generate_html(kg), encoding="utf-8")
    return kg, path


def _overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["label"], b["label"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]]


def test_first_view_of_a_large_graph_answers_who_matters(browser, large_map, artefacts):
    kg, path = large_map
    pg = Page(browser, path)
    try:
        _wait_drawn(pg)
        page = pg.page
        assert page.evaluate("window.graphkitReady") < 3000  # ms from navigation: the target of issue 17
        drawn = page.evaluate("window.graphkitMap.drawn()")
        assert drawn["nodes"] == 150 and drawn["alone"] == 0 and drawn["edges"] > 150
        boxes = page.evaluate("window.graphkitMap.labelBoxes(30)")
        assert len(boxes) == 30 and _overlapping(boxes) == []
        assert min(b["y1"] - b["y0"] for b in boxes) >= 10  # readable without zooming
        width = page.evaluate("document.getElementById('gk-map').getBoundingClientRect().right")
        assert all(b["x0"] >= 0 and b["x1"] <= width + 2 for b in boxes)  # on screen
        # the strongest actor of the synthetic graph has the largest label
        strongest = max(boxes, key=lambda b: b["y1"] - b["y0"])
        assert strongest["id"] == "a0000"
        page.screenshot(path=str(artefacts / "map-first-view.png"))
        assert "Not on the map: 2850 actors" in page.inner_text("#gk-offmap-head")
        page.evaluate("window.graphkitMap.setView('events')")
        page.wait_for_timeout(100)
        page.screenshot(path=str(artefacts / "map-events-view.png"))
        page.evaluate("window.graphkitMap.setView('actors')")
        page.evaluate("window.graphkitMap.setColour('community')")
        colours = page.evaluate("window.graphkitMap.nodes.get().filter(n => n.id[0] === 'a').map(n => n.color)")
        assert len(set(colours)) > 2 and not set(colours) & {"#4e79a7", "#f28e2b"}  # kind colours gone
        page.select_option("#gk-scope", "1")  # "show more": 300
        assert page.evaluate("window.graphkitMap.drawn()") == {**page.evaluate("window.graphkitMap.drawn()"),
                                                               "nodes": 300, "alone": 0}
        page.select_option("#gk-scope", "all")
        assert page.evaluate("window.graphkitMap.drawn()")["nodes"] == len(kg.actors)
        assert pg.outside() == [] and pg.errors == []
    finally:
        pg.close()


def test_date_range_filters_relations_by_event_or_article_date(browser, large_map):
    kg, path = large_map
    data = map_data(kg)
    ids = set(data["focus"][0]["ids"])
    expected = {True: 0, False: 0}  # relations shown with and without the events that have no date at all
    for e in data["edges"]:
        info = data["edge_info"][e["id"]]
        if e["from"] in ids and e["to"] in ids and not info.get("role"):
            evs = [data["events"][i] for i in info["events"]]
            march = any(x["d0"] and x["d1"] >= "1987-03-01" and x["d0"] <= "1987-03-31" for x in evs)
            expected[False] += march
            expected[True] += march or any(not x["d0"] for x in evs)
    pg = Page(browser, path)
    try:
        _wait_drawn(pg)
        page = pg.page
        everything = _visible(pg)["edges"]
        page.fill("#gk-from", "1987-03-01")
        page.fill("#gk-to", "1987-03-31")
        page.dispatch_event("#gk-to", "change")
        assert 0 < _visible(pg)["edges"] == expected[True] < everything
        page.uncheck("#gk-undated")
        assert 0 < _visible(pg)["edges"] == expected[False] < expected[True]
        assert page.evaluate("window.graphkitMap.drawn()")["alone"] == 0  # actors without a relation left go
        assert pg.errors == []
    finally:
        pg.close()


def test_side_panel_pages_a_long_event_list(browser, large_map):
    _, path = large_map
    pg = Page(browser, path)
    try:
        _wait_drawn(pg)
        page = pg.page
        page.evaluate("window.graphkitMap.showActor('a0000')")
        total = page.evaluate("window.graphkitMap.nodes.get('a0000') && JSON.parse(document.getElementById('gk-data')"
                              ".textContent).node_info.a0000.events.length")
        assert total > 200
        rows = "document.querySelectorAll('#gk-detail .gk-ev').length"
        assert page.evaluate(rows) == 100
        page.click("#gk-detail .gk-more")
        assert page.evaluate(rows) == 200
        assert "article date" in page.inner_text("#gk-detail")  # undated events dated by their article
        assert pg.errors == []
    finally:
        pg.close()


# --------------------------------------------------------------------------- timeline at scale and without dates

def _timeline_kg(n: int, dated: bool) -> KnowledgeGraph:
    actors = [Actor(id=f"a{i}", name=f"Actor {i}", kind="person") for i in range(20)]
    events = [Event(id=f"d{k % 300}#e{k}", type="CONSULT", label="met", actors=[f"a{k % 20}"],
                    recipients=[f"a{(k + 1) % 20}"],
                    date=(f"1987-{1 + k % 12:02d}-{1 + k % 28:02d}" if dated else None),
                    article=f"d{k % 300}", sentence=f"Sentence {k}.", start=0, end=1) for k in range(n)]
    articles = [Article(id=f"d{i}", text="...", title=f"Title {i}") for i in range(300)]
    return KnowledgeGraph(articles=articles, actors=actors, events=events)


def test_timeline_of_15000_events_opens_fast_and_pages_as_it_scrolls(open_page, artefacts):
    pg = open_page(generate_timeline(_timeline_kg(15000, dated=True)), "timeline.html")
    page = pg.page
    page.wait_for_load_state("load")
    cards = "document.querySelectorAll('.ev').length"
    assert page.evaluate(cards) == 200
    ticks = page.evaluate("Array.from(document.querySelectorAll('#axis .tick')).map(t => t.textContent)")
    assert ticks and all(t.startswith("1987-") for t in ticks)  # fitted to the events' year
    page.screenshot(path=str(artefacts / "timeline.png"))
    page.mouse.wheel(0, 60000)
    page.wait_for_timeout(300)
    assert page.evaluate(cards) >= 400
    page.evaluate("window.graphkitTimeline.jump(window.graphkitTimeline.rows[14999])")
    assert page.evaluate(cards) == 15000 and page.evaluate("document.querySelectorAll('.ev.hl').length") == 1
    assert pg.errors == []


def test_timeline_without_any_date_reads_by_article(open_page):
    pg = open_page(generate_timeline(_timeline_kg(40, dated=False)), "timeline.html")
    page = pg.page
    page.wait_for_load_state("load")
    assert page.evaluate("document.getElementById('axis').className") == "none"
    assert "no event has a date" in page.inner_text("#note")
    heads = page.evaluate("Array.from(document.querySelectorAll('.day')).map(d => d.textContent)")
    assert len(heads) == 40 and heads[0].startswith("Undated · article d0 — Title 0")
    assert pg.errors == []


def test_timeline_axis_of_one_dated_event_spans_days_not_years(open_page):
    kg = _timeline_kg(3, dated=False)
    kg.events = [kg.events[0].model_copy(update={"date": "2014-07-24"}), *kg.events[1:]]
    pg = open_page(generate_timeline(kg), "timeline.html")
    pg.page.wait_for_load_state("load")
    ticks = pg.page.evaluate("Array.from(document.querySelectorAll('#axis .tick')).map(t => t.textContent)")
    assert ticks and all(t.startswith("2014-07-2") for t in ticks)
    assert pg.page.evaluate("document.querySelectorAll('#axis .bar').length") == 1
    assert pg.errors == []


def _with_police() -> KnowledgeGraph:
    """Police (an unnamed group) arrest protesters (another); Egypt criticises Hamas."""
    actors = [Actor(id="police", name="police", kind="organization"),
              Actor(id="prot", name="protesters", kind="group"),
              Actor(id="egy", name="Egypt", kind="country", code="EGY"),
              Actor(id="ham", name="Hamas", kind="organization")]
    events = [Event(id="a#e0", type="COERCE", label="arrested", actors=["police"], recipients=["prot"], article="a",
                    sentence="Police arrested protesters.", start=7, end=15),
              Event(id="a#e1", type="ACCUSE", label="criticized", actors=["egy"], recipients=["ham"], article="a",
                    sentence="Egypt criticised Hamas.", start=36, end=46),
              Event(id="a#e2", type="COERCE", label="arrested", actors=["police"], recipients=["ham"], article="a",
                    sentence="Police arrested Hamas members.", start=50, end=58)]
    return KnowledgeGraph(articles=[Article(id="a", text="x" * 60)], actors=actors, events=events)


@LAYOUTS
def test_unnamed_groups_can_be_hidden_with_their_events(open_page, physics_limit):
    pg = open_page(generate_html(_with_police(), physics_limit=physics_limit))
    _ready(pg)
    assert _visible(pg) == {"nodes": 4, "edges": 3}
    pg.page.uncheck("#gk-generic")
    assert _visible(pg) == {"nodes": 2, "edges": 1}  # Egypt -> Hamas only
    pg.page.check('input[name="gk-view"][value="events"]')
    assert _visible(pg) == {"nodes": 3, "edges": 2}  # its event node and two role edges
    pg.page.check('input[name="gk-view"][value="actors"]')
    pg.page.check("#gk-generic")
    assert _visible(pg) == {"nodes": 4, "edges": 3}
    assert pg.outside() == [] and pg.errors == []
