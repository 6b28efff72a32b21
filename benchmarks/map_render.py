"""Benchmark: the first view of graph.html (and timeline.html) of a real build, in Chromium.

Loads a graph.json (``--graph``; by default builds one once from the first N articles of
``../shared/corpora/reuters-21578.jsonl.gz`` with ``graphkit build FILE --format json --jobs 1``,
kept in a temporary folder and reused), writes graph.html and timeline.html from the loaded
graph (``kg.save(dir, formats=["html", "timeline"])``, timed), then opens the map in Debian's
headless Chromium through Playwright several times, each in a fresh 1280 x 800 page, and
measures what issue 17 asks of the first view:

- ``ready``: ``window.graphkitReady``, ms from the start of navigation to the first drawing of
  the first view (target < 3,000 ms);
- nodes drawn (target <= 300) and how many of them have no drawn relation (target 0);
- the top-30 labels: their boxes as drawn (vis-network's label boxes mapped to the screen),
  pairs that overlap (target 0) and the smallest label height in screen pixels.

It also checks that no request leaves the page and no console error is logged, times the
timeline page (load to first cards), and saves screenshots of the first view, the event view,
the "all" view and the timeline to ``--artefacts`` (default ``$GRAPHKIT_ARTEFACTS`` or a
temporary folder).

Usage::

    python benchmarks/map_render.py                              # 2,000 Reuters articles, 3 loads
    python benchmarks/map_render.py --graph /work/data/r19k/graph.json --runs 3

Exits 0 without measuring when ../shared (or Chromium, or Playwright) is absent; 1 when a
target is missed. Figures are noisy on a shared machine: the median is reported.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters-21578.jsonl.gz"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TARGET_MS = 3000.0
MAX_NODES = 300
TOP_LABELS = 30


def build_graph(n: int) -> Path:
    """graph.json of the first ``n`` Reuters articles (built once, then reused)."""
    out = Path(tempfile.gettempdir()) / f"graphkit-map-bench-{n}"
    graph = out / "graph.json"
    if graph.exists():
        return graph
    out.mkdir(parents=True, exist_ok=True)
    sample = out / "articles.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, n))
    print(f"building graph.json from {n} articles (once; a few minutes) ...", flush=True)
    subprocess.run([sys.executable, "-m", "graphkit.cli", "build", str(sample), "--format", "json", "--jobs", "1",
                    "-o", str(out), "-q", "--no-cache"], check=True)
    return graph


def overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    """Pairs of label boxes (screen pixels) that overlap."""
    return [(a["label"], b["label"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]]


def _wait_ready(page, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = page.evaluate("window.graphkitReady")
        if ready is not None:
            return ready
        page.wait_for_timeout(20)
    return None


def load_map(browser, path: Path, shots: Path | None = None) -> dict:
    """Open the map in a fresh page: readiness, what is drawn, label boxes, requests, errors."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    outside, errors = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: r.url.startswith(("file:", "data:")) or outside.append(r.url))
    page.goto(path.as_uri())
    ready = _wait_ready(page)
    out = {"ready": ready, "outside": outside, "errors": errors}
    if ready is not None:
        out["drawn"] = page.evaluate("window.graphkitMap.drawn()")
        boxes = page.evaluate(f"window.graphkitMap.labelBoxes({TOP_LABELS})")
        out["labels"] = len(boxes)
        out["overlaps"] = overlaps(boxes)
        out["min_label_px"] = round(min((b["y1"] - b["y0"] for b in boxes), default=0), 1)
        out["top"] = [b["label"] for b in boxes[:8]]
        out["marks"] = page.evaluate("performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)])")
        if shots:
            page.screenshot(path=str(shots / "map-first-view.png"))
            page.evaluate("window.graphkitMap.setColour('community')")
            page.screenshot(path=str(shots / "map-communities.png"))
            page.evaluate("window.graphkitMap.setColour('kind'); window.graphkitMap.setView('events')")
            page.wait_for_timeout(200)
            page.screenshot(path=str(shots / "map-events-view.png"))
            page.evaluate("window.graphkitMap.setView('actors'); window.graphkitMap.setScope('all')")
            page.wait_for_timeout(500)
            page.screenshot(path=str(shots / "map-all.png"))
    page.close()
    return out


def load_timeline(browser, path: Path, shots: Path | None = None) -> dict:
    """Open timeline.html: ms to the load event, cards rendered, errors."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    t = time.perf_counter()
    page.goto(path.as_uri(), wait_until="load")
    ms = (time.perf_counter() - t) * 1000
    cards = page.evaluate("document.querySelectorAll('.ev').length")
    total = page.evaluate("window.graphkitTimeline.rows.length")
    if shots:
        page.screenshot(path=str(shots / "timeline.png"))
    page.close()
    return {"ms": round(ms), "cards": cards, "events": total, "errors": errors}


def _report(results: list[dict]) -> tuple[float | None, bool]:
    times = [r["ready"] for r in results if r["ready"] is not None]
    if not times:
        print("FAILED: the map never finished drawing")
        return None, False
    first = next(r for r in results if r["ready"] is not None)
    median = statistics.median(times)
    drawn = first["drawn"]
    ok = (median <= TARGET_MS and drawn["nodes"] <= MAX_NODES and drawn["alone"] == 0 and not first["overlaps"]
          and first["labels"] >= min(TOP_LABELS, drawn["nodes"]) and len(times) == len(results))
    print(f"first view ready: median {median:.0f} ms (best {min(times):.0f}, worst {max(times):.0f}; "
          f"target {TARGET_MS:.0f})")
    print(f"drawn: {drawn['nodes']} nodes (target <= {MAX_NODES}), {drawn['edges']} edges, "
          f"{drawn['alone']} nodes without a relation (target 0)")
    print(f"top-{TOP_LABELS} labels: {first['labels']} measured, {len(first['overlaps'])} overlapping pairs "
          f"(target 0), smallest {first['min_label_px']} px high; strongest: {', '.join(first['top'])}")
    return median, ok


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", type=Path, help="an existing graph.json (default: build one from Reuters)")
    ap.add_argument("--n", type=int, default=2000, help="articles to build from (default 2000)")
    ap.add_argument("--runs", type=int, default=3, help="page loads to time (default 3)")
    ap.add_argument("--artefacts", type=Path, default=None, help="folder for the screenshots")
    args = ap.parse_args(argv)

    if args.graph is None and not CORPUS.exists():
        print(f"skipped: {CORPUS} is not available")
        return 0
    if not Path(CHROMIUM).exists():
        print(f"skipped: {CHROMIUM} is not installed")
        return 0
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("skipped: playwright is not installed")
        return 0

    import graphkit

    graph = args.graph or build_graph(args.n)
    shots = args.artefacts or Path(os.environ.get("GRAPHKIT_ARTEFACTS") or tempfile.mkdtemp(prefix="graphkit-shots-"))
    shots.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    kg = graphkit.load(graph)
    load_s = time.perf_counter() - t
    out = Path(tempfile.mkdtemp(prefix="graphkit-map-"))
    t = time.perf_counter()
    kg.save(out, formats=["html", "timeline"])
    write_s = time.perf_counter() - t
    html, timeline = out / "graph.html", out / "timeline.html"
    print(f"{graph}: {len(kg.articles)} articles, {len(kg.actors)} actors, {len(kg.events)} events "
          f"(loaded in {load_s:.1f} s)")
    print(f"graph.html {html.stat().st_size / 1e6:.1f} MB + timeline.html {timeline.stat().st_size / 1e6:.1f} MB "
          f"written in {write_s:.1f} s")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        results = [load_map(browser, html, shots if run == 0 else None) for run in range(args.runs)]
        tl = load_timeline(browser, timeline, shots)
        browser.close()
    for run, r in enumerate(results):
        print(f"  load {run + 1}: ready at {r['ready']} ms; marks {r.get('marks')}")
    median, ok = _report(results)
    outside = sorted({u for r in results for u in r["outside"]})
    errors = sorted({e for r in results for e in r["errors"]} | set(tl["errors"]))
    print(f"timeline: {tl['events']} events, loaded in {tl['ms']} ms with {tl['cards']} cards rendered")
    print(f"requests outside the file: {len(outside)}; console errors: {len(errors)}; screenshots in {shots}")
    for line in outside[:5] + errors[:5]:
        print("   ", line)
    return 0 if ok and not outside and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
