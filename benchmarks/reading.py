"""How well graphkit reads news: the scorer's figures on every visible set, split in two folds.

Builds the seed article, the PLOVER dev records, the BBC politics dev articles and TimeBank
with the current code (``graphkit build ... --no-cache``), then scores them with
``../shared/tools/score.py`` and prints one table. Each visible set is split in two folds
so that a rule written while looking at one fold can be judged on the other:

* PLOVER dev by the parity of the record number (``...-0001`` odd, ``...-0002`` even);
* BBC dev articles 101-110 and 111-120.

A change that raises the fold it was written from and not the other is overfitting.

Usage::

    python benchmarks/reading.py [--out /tmp/reading] [--only plover,bbc,seed,timebank] [--no-build]
                                 [--heldout DIR]

``--heldout DIR`` adds a set of one's own, kept outside the repository: ``DIR/reuters-sents.jsonl``
(sentences in the scorer's ``petrarch`` format: ``{"id": "HS-0001", "text", "published", "events":
[{"event", "source", "target"}], "noevents"}``), split by the parity of the row number, and
``DIR/articles/`` (``seeds/NAME.txt``, ``gold/NAME.json`` in the BBC gold's format, ``published.json``
mapping NAME to its date), split into the first and the last half of the names in sorted order.
A second sentence file, ``DIR/reuters-sents2.jsonl``, is scored whole: a test set kept unread.

``--no-build`` re-scores the graphs of an earlier run. Fold gold files are written under
``--out`` (never into the repository). Exits 0 without measuring when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")  # ../shared, or ../../shared from a git worktree
SCORE = SHARED / "tools" / "score.py"
SETS = ("seed", "plover", "bbc", "timebank")


def plover_fold(record_id: str) -> str:
    """The fold of a PLOVER record: "odd" or "even" by its trailing number.

    Examples
    --------
    >>> plover_fold("PLOVER-GSR01-DISAPPROVE-0001"), plover_fold("PLOVER-GSR01-AID-0012")
    ('odd', 'even')
    """
    m = re.search(r"(\d+)\D*$", record_id)
    return "odd" if m and int(m.group(1)) % 2 else "even"


def bbc_fold(name: str) -> str:
    """The fold of a BBC dev article: "101-110" or "111-120".

    Examples
    --------
    >>> bbc_fold("bbc-politics-104.json"), bbc_fold("bbc-politics-117.json")
    ('101-110', '111-120')
    """
    m = re.search(r"(\d+)\.\w+$", name)
    return "101-110" if m and int(m.group(1)) <= 110 else "111-120"


def _split_by_parity(src: Path, out: Path, prefix: str) -> dict[str, Path]:
    """The JSONL rows of ``src`` in two files ``out/PREFIX-odd.jsonl`` and ``-even`` by the parity of
    the number their id ends with."""
    folds: dict[str, list[str]] = {"odd": [], "even": []}
    for line in src.read_text().splitlines():
        if line.strip():
            folds[plover_fold(json.loads(line)["id"])].append(line)
    paths = {}
    for name, lines in folds.items():
        paths[name] = out / f"{prefix}-{name}.jsonl"
        paths[name].write_text("\n".join(lines) + "\n")
    return paths


def _heldout_articles(src: Path, out: Path) -> tuple[Path, dict[str, Path]]:
    """One JSONL of the held-out articles with their dates, and their gold split in two halves."""
    dates = json.loads((src / "published.json").read_text())
    names = sorted(f.stem for f in (src / "gold").glob("*.json"))
    jsonl = out / "heldout-articles.jsonl"
    jsonl.write_text("".join(json.dumps({"id": n, "text": (src / "seeds" / f"{n}.txt").read_text(),
                                         "published": dates.get(n)}) + "\n" for n in names))
    folds = {}
    for k, part in (("a", names[:len(names) // 2]), ("b", names[len(names) // 2:])):
        d = folds[k] = out / f"heldout-gold-{k}"
        d.mkdir(exist_ok=True)
        for n in part:
            if not (d / f"{n}.json").exists():
                (d / f"{n}.json").symlink_to(src / "gold" / f"{n}.json")
    return jsonl, folds


def _heldout_rows(src: Path, out: Path, build: bool) -> list[tuple[str, str]]:
    rows = []
    if (src / "reuters-sents.jsonl").exists():
        took = f"  [{_build(src / 'reuters-sents.jsonl', out / 'hsents'):.0f}s]" if build else ""
        graph = str(out / "hsents" / "graph.json")
        for fold, path in _split_by_parity(src / "reuters-sents.jsonl", out, "heldout-sents").items():
            rows.append((f"held sents {fold}", _sentence_figures(_score("petrarch", graph, str(path)))))
        rows[-1] = (rows[-1][0], rows[-1][1] + took)
    if (src / "reuters-sents2.jsonl").exists():
        took = f"  [{_build(src / 'reuters-sents2.jsonl', out / 'hsents2'):.0f}s]" if build else ""
        line = _score("petrarch", str(out / "hsents2" / "graph.json"), str(src / "reuters-sents2.jsonl"))
        rows.append(("held sents 2", _sentence_figures(line) + took))
    if (src / "articles" / "gold").is_dir():
        jsonl, folds = _heldout_articles(src / "articles", out)
        took = f"  [{_build(jsonl, out / 'harts'):.0f}s]" if build else ""
        for fold, path in folds.items():
            line = _score("articles", str(out / "harts" / "graph.json"), str(path))
            p, r = _nums(line, "events P", r"events P [0-9.]+ R")
            (f1,), (aff,) = _nums(line, r"actors P [0-9.]+ R [0-9.]+ F1"), _raw(line, "affiliations")
            rows.append((f"held arts {fold}", f"events P {p}  R {r}  actors F1 {f1}  affiliations {aff}"))
        rows[-1] = (rows[-1][0], rows[-1][1] + took)
    return rows


def _sentence_figures(line: str) -> str:
    """The scorer's last ``petrarch`` line as the table's cell."""
    typ, act, rec, full, prec = _nums(line, "type", "actor", "recipient", "full", "precision")
    quiet = re.search(r"quiet (\S+)", line)
    return (f"type {typ}  actor {act}  recipient {rec}  full {full}  precision {prec}  "
            f"quiet {quiet.group(1) if quiet else '?'}")


def _build(src: Path, out: Path) -> float:
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "graphkit.cli", "build", str(src), "-o", str(out), "--no-cache"]
    res = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if res.returncode:
        sys.exit(f"build of {src} failed:\n{res.stderr[-2000:]}")
    return time.perf_counter() - t0


def _score(*args: str) -> str:
    res = subprocess.run([sys.executable, str(SCORE), *args], check=True, capture_output=True, text=True)
    return res.stdout.strip().splitlines()[-1]


def _nums(line: str, *keys: str) -> list[str]:
    out = []
    for key in keys:
        m = re.search(rf"{key}\s+([0-9.]+)", line)
        out.append(m.group(1) if m else "?")
    return out


def _raw(line: str, *keys: str) -> list[str]:
    """The word after each key ("dates 5/5" -> "5/5")."""
    out = []
    for key in keys:
        m = re.search(rf"{key}\s+(\S+)", line)
        out.append(m.group(1) if m else "?")
    return out


def _split_bbc(out: Path) -> dict[str, Path]:
    paths = {}
    for f in sorted((SHARED / "gold" / "bbc-dev").glob("*.json")):
        d = out / f"bbc-gold-{bbc_fold(f.name)}"
        d.mkdir(exist_ok=True)
        link = d / f.name
        if not link.exists():
            link.symlink_to(f)
        paths[bbc_fold(f.name)] = d
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/reading"))
    ap.add_argument("--only", default=",".join(SETS), help="comma-separated subset of " + ",".join(SETS))
    ap.add_argument("--no-build", action="store_true", help="re-score the graphs of an earlier run")
    ap.add_argument("--heldout", type=Path, help="a folder of one's own held-out sets (see the module)")
    args = ap.parse_args(argv)
    if not SCORE.exists():
        print(f"skipped: {SCORE} not available")
        return 0
    only = [s for s in args.only.split(",") if s]
    args.out.mkdir(parents=True, exist_ok=True)
    sources = {"seed": ROOT / "seeds" / "000_e9fe33d7bf5a61a6.txt",  # with its .meta.json: the publication date
               "plover": SHARED / "data" / "plover-gsr-dev.jsonl", "bbc": SHARED / "seeds" / "bbc-dev",
               "timebank": SHARED / "data" / "timebank-aquaint.jsonl"}
    rows: list[tuple[str, str]] = []
    for name in only:
        graph = args.out / name / "graph.json"
        secs = None if args.no_build else _build(sources[name], args.out / name)
        took = f"  [{secs:.0f}s]" if secs is not None else ""
        if name == "seed":
            line = _score("seed", str(graph))
            p, r = _nums(line, "events P", "R")
            (f1,), (dates,), (aff,) = _nums(line, "actors F1"), _raw(line, "dates"), _nums(line, "affiliations")
            rows.append(("seed", f"events P {p}  R {r}  dates {dates}  actors F1 {f1}  affiliations {aff}{took}"))
        elif name == "plover":
            rows.append(("plover all", _plover(_score("plover", str(graph), str(sources["plover"]))) + took))
            for fold, path in _split_by_parity(sources["plover"], args.out, "plover").items():
                rows.append((f"plover {fold}", _plover(_score("plover", str(graph), str(path)))))
        elif name == "bbc":
            for fold, path in sorted(_split_bbc(args.out).items()):
                line = _score("articles", str(graph), str(path))
                p, r = _nums(line, "events P", r"events P [0-9.]+ R")
                f1, kind = _nums(line, r"actors P [0-9.]+ R [0-9.]+ F1", "kind")
                (aff,), (noise,) = _raw(line, "affiliations"), _nums(line, "noise")
                rows.append((f"bbc {fold}", f"events P {p}  R {r}  actors F1 {f1}  kind {kind}  "
                                            f"affiliations {aff}  noise {noise}"))
            if took:
                rows[-1] = (rows[-1][0], rows[-1][1] + took)
        elif name == "timebank":
            (v,) = _nums(_score("timex", str(graph), str(sources["timebank"])), "value F1")
            rows.append(("timebank", f"value F1 {v}{took}"))
    if args.heldout is not None:
        rows += _heldout_rows(args.heldout, args.out, not args.no_build)
    width = max(len(k) for k, _ in rows)
    print(f"{'set':{width}} | figures")
    print(f"{'-' * width}-+-{'-' * 40}")
    for k, v in rows:
        print(f"{k:{width}} | {v}")
    return 0


def _plover(line: str) -> str:
    typ, full, prec = _nums(line, "type", "full", "precision")
    n = re.search(r"n=(\d+)", line)
    return f"type {typ}  full {full}  precision {prec}  (n={n.group(1) if n else '?'})"


if __name__ == "__main__":
    sys.exit(main())
