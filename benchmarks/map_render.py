"""Benchmark: how long graph.html of a 2,000-article build takes to open and finish drawing.

Builds graph.json once from the first N articles of ``../shared/corpora/reuters-21578.jsonl.gz``
(``graphkit build FILE --format json``, a few minutes; kept in a temporary folder and reused),
writes graph.html from it (timed), then opens the page in Debian's headless Chromium through
Playwright several times, each in a fresh page, and reads ``window.graphkitReady``: the time,
from the start of navigation, of the map's first drawing once the network is ready
(vis-network's ``afterDrawing``, after ``stabilizationIterationsDone`` when physics is on).
It also prints the page's own marks (data parsed, tooltips built, network created, drawn),
and checks that no request left the page and no console error was logged.

Usage::

    python benchmarks/map_render.py                       # 2,000 articles, 3 loads
    python benchmarks/map_render.py --graph out/graph.json --runs 5
    python benchmarks/map_render.py --max-nodes 500

Target: drawn within 5 s. Exits 0 without measuring when ../shared (or Chromium, or
Playwright) is absent. Figures are noisy on a shared machine: the median is reported.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
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
TARGET_MS = 5000.0


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
    subprocess.run([sys.executable, "-m", "graphkit.cli", "build", str(sample), "--format", "json",
                    "-o", str(out), "-q", "--no-cache"], check=True)
    return graph


def load_page(browser, path: Path) -> dict:
    """Open ``path`` in a fresh page; the ready time, marks, outside requests and console errors."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    outside, errors = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: r.url.startswith(("file:", "data:")) or outside.append(r.url))
    page.goto(path.as_uri())
    deadline = time.monotonic() + 60
    ready = None
    while ready is None and time.monotonic() < deadline:
        ready = page.evaluate("window.graphkitReady")
        if ready is None:
            page.wait_for_timeout(20)
    marks = page.evaluate("performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)])")
    shown = page.evaluate("window.graphkitMap ? window.graphkitMap.visible() : null")
    page.close()
    return {"ready": ready, "marks": marks, "visible": shown, "outside": outside, "errors": errors}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", type=Path, help="an existing graph.json (default: build one from Reuters)")
    ap.add_argument("--n", type=int, default=2000, help="articles to build from (default 2000)")
    ap.add_argument("--runs", type=int, default=3, help="page loads to time (default 3)")
    ap.add_argument("--max-nodes", type=int, default=None, help="keep only the N most important actors")
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
    from graphkit.render.html import write_html
    from graphkit.render.mapdata import map_data

    graph = args.graph or build_graph(args.n)
    kg = graphkit.load(graph)
    html = Path(tempfile.mkdtemp(prefix="graphkit-map-")) / "graph.html"
    t = time.perf_counter()
    write_html(kg, html, max_nodes=args.max_nodes)
    write_s = time.perf_counter() - t
    counts = map_data(kg, max_nodes=args.max_nodes)["counts"]
    print(f"{len(kg.articles)} articles, {len(kg.actors)} actors, {len(kg.events)} events -> map of "
          f"{counts['actors']} actors, {counts['relations']} relations, {counts['events']} event nodes")
    print(f"graph.html: {html.stat().st_size / 1e6:.1f} MB written in {write_s:.1f} s")

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for run in range(args.runs):
            r = load_page(browser, html)
            results.append(r)
            print(f"  load {run + 1}: drawn at {r['ready']:.0f} ms; marks {r['marks']}; visible {r['visible']}")
        browser.close()
    times = [r["ready"] for r in results if r["ready"] is not None]
    outside = sorted({u for r in results for u in r["outside"]})
    errors = sorted({e for r in results for e in r["errors"]})
    if not times:
        print("FAILED: the map never finished drawing")
        return 1
    median = statistics.median(times)
    print(f"median time to drawn: {median:.0f} ms (best {min(times):.0f}, worst {max(times):.0f}; "
          f"target {TARGET_MS:.0f} ms: "
          f"{'met' if median <= TARGET_MS else 'NOT met'}); requests outside the file: {len(outside)}; "
          f"console errors: {len(errors)}")
    for line in outside[:5] + errors[:5]:
        print("   ", line)
    return 0 if median <= TARGET_MS and not outside and not errors and len(times) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
