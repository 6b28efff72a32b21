"""Benchmark: loading a graph and answering ``graphkit query`` on a build of N Reuters articles.

It measures, each in a fresh Python process (best of ``--repeat`` rounds):

* ``graphkit.load(graph.json)``: wall and CPU seconds of the call (imports excluded);
* writing graph.sqlite from the loaded graph;
* every ``graphkit query`` subcommand, run as a command from a cold process, answered from
  graph.sqlite (the folder) and from graph.json (the file named): wall and CPU seconds and
  peak memory (max RSS of the process).

The build is either an existing folder (``--graph DIR``: its graph.json is copied into a
temporary folder, the original is never written) or N articles of
``../shared/corpora/reuters-21578.jsonl.gz`` built first (``--n``, default all 19,042; that
build takes a quarter of an hour). The arguments of each subcommand (actor names, a pair
with events between them, a search word) are taken from the graph itself.

Usage::

    python benchmarks/query_speed.py --graph /work/data/r19k       # an existing 19k build
    python benchmarks/query_speed.py --n 2000 --jobs 2              # build 2,000 articles first
    python benchmarks/query_speed.py --graph out/ --repeat 3 --no-json

Prints a Markdown table. Exits 0 without measuring when neither ``--graph`` nor ../shared is
available. Wall times are noisy on a shared machine; CPU seconds are steadier.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters-21578.jsonl.gz"

_LOAD = """
import json, sys, time
import graphkit
graphkit.KnowledgeGraph  # imports outside the timed part
t, c = time.perf_counter(), time.process_time()
kg = graphkit.load(sys.argv[1])
wall, cpu = time.perf_counter() - t, time.process_time() - c
t = time.perf_counter()
if sys.argv[2] == "write":
    kg.save(sys.argv[3], formats=["sqlite"])
print(json.dumps({"load": wall, "load_cpu": cpu, "write": time.perf_counter() - t, "graph": repr(kg)}))
"""


def _graphkit() -> list[str]:
    exe = Path(sys.executable).with_name("graphkit")
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "graphkit.cli"]


def _timed(cmd: list[str]) -> tuple[float, float, int, int, str]:
    """Wall seconds, CPU seconds, max RSS in MB, exit code and the first line of stderr of one command."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss // 1024, proc.returncode, (err.strip().splitlines() or [""])[0]


def _build(n: int, jobs: int, out: Path) -> None:
    if not CORPUS.is_file():
        print(f"no corpus at {CORPUS}; give --graph DIR")
        sys.exit(0)
    src = out / "articles.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh, open(src, "w", encoding="utf-8") as dst:
        for line in itertools.islice(fh, n):
            dst.write(line)
    subprocess.run([*_graphkit(), "build", str(src), "-o", str(out), "--jobs", str(jobs), "-q", "--no-cache",
                    "--format", "json"], check=True)


def _calls(folder: Path) -> list[list[str]]:
    """Subcommand argument lists with names taken from the graph (through graph.sqlite)."""
    from graphkit.graph.store import GraphStore

    store = GraphStore(folder / "graph.sqlite")
    top = [a for a, _ in store.top_actors(by="events", n=6)]
    a = top[0]
    pair = next(((x, y) for x in top for y in top if x.id < y.id and store.between(x.id, y.id)), (top[0], top[1]))
    country = next((x for x, _ in store.top_actors(by="events", n=5, kind="country")), a)
    dates = sorted(p for (p,) in store.db.execute("SELECT published FROM articles WHERE published IS NOT NULL"))
    month = dates[len(dates) // 2][:7] if dates else "1987-03"  # the median publication month
    return [
        ["actors", "--kind", "country"], ["actors", "--name", a.name.split()[0]], ["actor", a.name],
        ["actor", country.code or country.name], ["events", "--actor", a.name], ["events", "--type", "ASSAULT"],
        ["between", pair[0].id, pair[1].id], ["neighbors", a.id], ["top", "--by", "pagerank", "-n", "10"],
        ["top", "--by", "degree", "--kind", "person"], ["series", pair[0].id, pair[1].id, "--freq", "M"],
        ["ego", a.id, "--radius", "1"], ["filter", "--kind", "country", "--type", "ASSAULT"],
        ["filter", "--kind", "country", "--since", f"{month}", "--date-by", "report"],
        ["events", "--since", f"{month}-02", "--until", f"{month}-06", "--date-by", "report"],
        ["search", "ceasefire"], ["search", "interest rates", "--since", "1987-03"],
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", type=Path, help="A build's folder (or its graph.json) to measure.")
    ap.add_argument("--n", type=int, default=19042, help="Articles to build when no --graph is given.")
    ap.add_argument("--jobs", type=int, default=2, help="Worker processes for that build.")
    ap.add_argument("--repeat", type=int, default=2, help="Rounds; each figure is its best.")
    ap.add_argument("--no-json", action="store_true", help="Do not time the graph.json way of each query.")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="graphkit-query-speed-") as tmp:
        folder = Path(tmp)
        if args.graph:
            src = args.graph / "graph.json" if args.graph.is_dir() else args.graph
            shutil.copy(src, folder / "graph.json")
        else:
            _build(args.n, args.jobs, folder)
        loads = []
        for i in range(args.repeat):
            out = subprocess.run([sys.executable, "-c", _LOAD, str(folder / "graph.json"),
                                  "write" if i == 0 else "-", str(folder)], check=True, capture_output=True, text=True)
            loads.append(json.loads(out.stdout))
        graph_mb = (folder / "graph.json").stat().st_size / 1e6
        sqlite_mb = (folder / "graph.sqlite").stat().st_size / 1e6
        print(f"{loads[0]['graph']}; graph.json {graph_mb:.1f} MB, graph.sqlite {sqlite_mb:.1f} MB\n")
        print("| measure | graph.sqlite: wall (CPU), peak RSS | graph.json: wall (CPU), peak RSS |\n|---|---|---|")
        print(f"| `graphkit.load()` wall / CPU s | | {min(x['load'] for x in loads):.2f} / "
              f"{min(x['load_cpu'] for x in loads):.2f} |")
        print(f"| write graph.sqlite s | {loads[0]['write']:.2f} | |")
        for call in _calls(folder):
            cells = []
            for target in [folder] + ([] if args.no_json else [folder / "graph.json"]):
                runs = [_timed([*_graphkit(), "query", str(target), *call]) for _ in range(args.repeat)]
                wall, cpu, mem, code, err = min(runs)
                cells.append(f"{wall:.2f} s ({cpu:.2f} CPU), {mem} MB"
                             + ("" if code == 0 else f" (exit {code}: {err[:40]})"))
            print(f"| `query {' '.join(call)}` | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
