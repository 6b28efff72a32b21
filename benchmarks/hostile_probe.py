"""Hostile probe: bad inputs, kills, damaged caches, concurrent builds and API misuse (issue 19).

Every scenario runs the real ``graphkit`` command (or the Python API) in a fresh process on
inputs it generates in a temporary folder, and checks the outcome: the right result, or one
clear line of error with the right exit code, and never a mix of two builds' outputs. It
prints one line per scenario and exits 1 if any fails.

Usage::

    python benchmarks/hostile_probe.py              # every scenario (a few minutes on 2 cores)
    python benchmarks/hostile_probe.py --no-dask    # without the Dask scenarios (1, 10, 13, 14)
    python benchmarks/hostile_probe.py --only 5,9   # issue items 5 and 9

Scenarios (issue 19 item numbers): 1 repeated ids across Dask shards; 2 repeated ids in
``build()``; 3 a one-line article; 4 NUL bytes and UTF-16 JSON Lines; 5 Ctrl-C during the
save, a full disk (``RLIMIT_FSIZE``), two builds into one folder, ``kill -9`` during the parse;
6 a CR in Neo4j CSV fields; 7 ``batch_size=0``; 8 NaN in graph.json; 9 ``kill -9`` of a
``--jobs 2`` build; 10 ``--scheduler`` at a web server; 11 damaged caches (garbage, bad rows,
bad pages, another table shape); 12 lone surrogates in graph.json; 13 bad scheduler
addresses; 14 Ctrl-C during ``--dask local:2``; 15 a 50 MB one-line file and a
2.4 M-character article; 16 closed stdin; 17 ``build(dict)``; 18 API misuse; 19 terminal
control and bidi characters; 20 another program's SQLite file as the cache; 21 bad
``--dask`` specs; 22 a cache that is not a database; 23 calendar limits.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
KERRY = "John Kerry met Benjamin Netanyahu in Jerusalem on Friday."
TEXTS = [KERRY, "Hamas fired rockets at Israel on Thursday.", "Egypt proposed a ceasefire to Hamas on Monday.",
         "Turkey criticised Israel over the strikes in Gaza.", "Qatar hosted talks between Hamas leaders."]
UNSAFE = "\x1b]0;owned\x07\x1b[2J\r\u202e"
OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "graph.html", "timeline.html")


def gk(*args, stdin=None, timeout=600, **kw):
    """Run ``python -m graphkit.cli ARGS``; returns the CompletedProcess."""
    return subprocess.run([PY, "-m", "graphkit.cli", *map(str, args)], input=stdin, capture_output=True,
                          text=True, timeout=timeout, **kw)


def py(code: str, timeout=600):
    return subprocess.run([PY, "-c", code], capture_output=True, text=True, timeout=timeout)


def jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def records(n, prefix="r", published="2014-07-25"):
    return [{"id": f"{prefix}{i}", "text": TEXTS[i % len(TEXTS)] + f" It was day {i}.", "published": published}
            for i in range(n)]


def one_error_line(r, code: int, words: str) -> tuple[bool, str]:
    err = r.stderr.strip().splitlines()
    ok = r.returncode == code and len(err) == 1 and words in err[0] and "Traceback" not in r.stderr
    return ok, f"exit {r.returncode}: {err[-1] if err else '(no message)'}"


def outputs(d: Path) -> dict:
    return {n: (d / n).read_bytes() for n in OUTPUTS if (d / n).exists()}


# ------------------------------------------------------------------ data lost or mixed
def item1(tmp: Path):
    jsonl(tmp / "1.jsonl", [{"id": "dup", "text": KERRY}, {"id": "x1", "text": TEXTS[1]}])
    jsonl(tmp / "2.jsonl", [{"id": "dup", "text": TEXTS[2]}, {"id": "dup", "text": TEXTS[3]}])
    a = gk("build", tmp / "1.jsonl", tmp / "2.jsonl", "-o", tmp / "local", "--no-cache", "--format", "json")
    b = gk("build", tmp / "1.jsonl", tmp / "2.jsonl", "-o", tmp / "dask", "--no-cache", "--format", "json",
           "--dask", "local:2")
    ids = [x["id"] for x in json.loads((tmp / "local" / "graph.json").read_text())["articles"]]
    same = (tmp / "local" / "graph.json").read_bytes() == (tmp / "dask" / "graph.json").read_bytes()
    return a.returncode == b.returncode == 0 and same and ids == ["dup", "x1", "dup~2", "dup~3"], f"ids {ids}, " \
        f"Dask graph.json {'equals' if same else 'DIFFERS from'} the local one"


def item2(tmp: Path):
    recs = [{"id": "a", "text": KERRY}] * 2
    r = py(f"import graphkit; kg = graphkit.build({recs!r})\n"
           "print([a.id for a in kg.articles], len({e.id for e in kg.events}) == len(kg.events))")
    return r.stdout.strip() == "['a', 'a~2'] True", r.stdout.strip() or r.stderr[-200:]


def item3(tmp: Path):
    r = gk("build", "-", "-o", tmp / "o", "--no-cache", "-q", stdin=KERRY + "\n")
    first = (r.stdout.splitlines() or [""])[0]
    return r.returncode == 0 and " 0 actors" not in first and " 0 events" not in first, first


def item4(tmp: Path):
    lines = [json.dumps(r) for r in records(20)]
    lines[0] = lines[0][:-1] + "\x00}"
    (tmp / "nul.jsonl").write_bytes(("\n".join(lines) + "\n").encode())
    (tmp / "u16.jsonl").write_bytes("".join(json.dumps(r) + "\n" for r in records(5, "u")).encode("utf-16"))
    r = gk("build", tmp / "nul.jsonl", tmp / "u16.jsonl", "-o", tmp / "o", "--no-cache", "--format", "json")
    n = len(json.loads((tmp / "o" / "graph.json").read_text())["articles"]) if r.returncode == 0 else -1
    return n == 24, f"{n} of 25 articles (1 line with a NUL dropped, 5 UTF-16 records kept)"


SLOW_SAVE = """
import sys, time
import graphkit.render.html as html
real = html.write_html
def slow(*a, **k):
    print("saving", flush=True); time.sleep(30); real(*a, **k)
html.write_html = slow
from graphkit.cli.main import main
main(sys.argv[1:])
"""


def item5(tmp: Path):
    src = jsonl(tmp / "a.jsonl", records(6))
    out = tmp / "o"
    gk("build", src, "-o", out, "--no-cache", "-q")
    before = outputs(out)
    jsonl(src, records(6, "new"))
    notes = []
    child = subprocess.Popen([PY, "-c", SLOW_SAVE, "build", src, "-o", out, "--no-cache", "-q"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    child.stdout.readline()  # inside the save: json, graphml and gexf are written, html is next
    child.send_signal(signal.SIGINT)
    child.communicate(timeout=120)
    notes.append(("SIGINT in the save", outputs(out) == before))
    full = subprocess.run([PY, "-c", "import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000));"
                           "from graphkit.cli.main import main; main(sys.argv[1:])", "build", src, "-o", out,
                           "--no-cache", "-q"], capture_output=True, text=True, timeout=600)
    notes.append(("full disk", full.returncode == 1 and outputs(out) == before))
    two = [subprocess.Popen([PY, "-m", "graphkit.cli", "build", str(src), "-o", str(out), "--no-cache", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    res = [(p.wait(timeout=600), p.communicate()[1]) for p in two]
    locked = sorted(code for code, _ in res) == [0, 1] and any("another graphkit build" in e for _, e in res)
    gk("build", src, "-o", tmp / "ref", "--no-cache", "-q")
    notes.append(("two builds", locked and outputs(out) == outputs(tmp / "ref")))
    notes.append(("kill -9 in the parse", kill_during_parse(tmp, out)))
    return all(ok for _, ok in notes), ", ".join(f"{n}: {'whole' if ok else 'MIXED'}" for n, ok in notes)


def kill_during_parse(tmp: Path, out: Path) -> bool:
    """``kill -9`` at several moments of a build: the outputs are the old build's or the new one's, whole."""
    before = outputs(out)
    src = jsonl(tmp / "big.jsonl", records(300, "k"))
    gk("build", src, "-o", tmp / "ref", "--no-cache", "-q")
    after = outputs(tmp / "ref")
    for delay in (3.0, 5.0, 7.0, 9.0):
        p = subprocess.Popen([PY, "-m", "graphkit.cli", "build", str(src), "-o", str(out), "-q"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.kill()
        p.wait()
        if outputs(out) not in (before, after):
            return False
    return gk("build", src, "-o", out, "-q").returncode == 0 and outputs(out) == after


def item6(tmp: Path):
    import csv

    r = py("from graphkit.knowledge import KnowledgeGraph; from graphkit.models import Actor;"
           "from graphkit.render.neo4j import write_neo4j;"
           f"write_neo4j(KnowledgeGraph(actors=[Actor(id='a\\rb', name='x\\ry', kind='person')]), {str(tmp)!r})")
    with open(tmp / "actors.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return r.returncode == 0 and len(rows) == 2 and rows[1][0] == "a\rb", f"{len(rows) - 1} row(s) read back"


def item7(tmp: Path):
    r = py("import graphkit; graphkit.build([{'id': 'a', 'text': 'Kerry met Abbas.'}], batch_size=0)")
    return "OptionError: batch_size must be" in r.stderr, r.stderr.strip().splitlines()[-1]


def item8(tmp: Path):
    (tmp / "graph.json").write_text('{"format": "graphkit/1", "events": [{"id": "e", "type": "CONSULT", "label": "x", '
                                    '"article": "a", "sentence": "s", "start": 0, "end": 1, "score": NaN}]}')
    return one_error_line(gk("query", tmp / "graph.json", "events"), 1, "NaN is not a JSON number")


# ------------------------------------------------------------------ crashes and hangs
RUNNER = """
import os, signal
from graphkit.ingest.run.local import ProcessRunner
from graphkit.models import Article
r = ProcessRunner(2)
r.result(r.submit([Article(id="a", text="Kerry met Netanyahu.")]))
print(" ".join(map(str, r._pool._processes)), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def item9(tmp: Path):
    r = py(RUNNER, timeout=120)  # orphaned workers would hold the pipe open: a timeout, reported
    workers = [int(p) for p in r.stdout.split()]
    time.sleep(5)
    left = [w for w in workers if alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    return len(workers) == 2 and not left, f"{len(left)} of {len(workers)} workers alive 5 s after kill -9"


def item10(tmp: Path):
    web = subprocess.Popen([PY, "-m", "http.server", "18766", "--bind", "127.0.0.1"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        jsonl(tmp / "a.jsonl", records(2))
        start = time.monotonic()
        r = gk("build", tmp / "a.jsonl", "-o", tmp / "o", "--scheduler", "tcp://127.0.0.1:18766", timeout=120)
        ok, msg = one_error_line(r, 1, "scheduler")
        return ok and time.monotonic() - start < 60, f"{msg} after {time.monotonic() - start:.0f} s"
    finally:
        web.kill()
        web.wait()


def item11(tmp: Path):
    src = jsonl(tmp / "a.jsonl", records(40))
    notes = []
    for damage in ("garbage", "bad row", "bad pages", "other shape"):
        out = tmp / damage.replace(" ", "-")
        cache = out / ".graphkit-cache.sqlite"
        gk("build", src, "-o", out, "-q", "--format", "json")
        damage_cache(cache, damage)
        r = gk("build", src, "-o", out, "-q", "--format", "json")
        notes.append((damage, r.returncode == 0 and "cache" in r.stderr and "Traceback" not in r.stderr))
    return all(ok for _, ok in notes), ", ".join(f"{n}: {'rebuilt' if ok else 'BLOCKED'}" for n, ok in notes)


def damage_cache(cache: Path, how: str) -> None:
    with sqlite3.connect(cache) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if how == "bad row":
            db.execute("UPDATE records SET data = 'text' WHERE rowid IN (SELECT rowid FROM records LIMIT 3)")
        if how == "other shape":
            db.execute("DROP TABLE records")
            db.execute("CREATE TABLE records (id INTEGER, payload TEXT)")
    data = bytearray(cache.read_bytes())
    if how == "garbage":
        data[:100] = b"\xff" * 100
    elif how == "bad pages":
        for at in range(4096, len(data), 4096):
            data[at:at + 64] = b"\xff" * 64
    cache.write_bytes(bytes(data))


def hostile_graph(tmp: Path, name: str) -> Path:
    data = {"format": "graphkit/1", "metadata": {}, "articles": [{"id": "a", "text": "x", "published": "2014-07-24"}],
            "actors": [{"id": "x", "name": name, "kind": "person"}, {"id": "q", "name": "Qatar", "kind": "country"}],
            "events": [{"id": "a#e0", "type": "CONSULT", "label": name, "actors": ["x"], "recipients": ["q"],
                        "article": "a", "sentence": name, "start": 0, "end": 1, "date": "2014-07-24"}]}
    path = tmp / "graph.json"
    path.write_text(json.dumps(data, ensure_ascii=True))
    return path


def item12(tmp: Path):
    g = hostile_graph(tmp, "Kerry\ud800")
    runs = [gk(*a) for a in (["query", g, "actors"], ["query", g, "events", "--csv"], ["timeline", g])]
    return all(r.returncode == 0 for r in runs), " ".join(f"exit {r.returncode}" for r in runs)


def item13(tmp: Path):
    jsonl(tmp / "a.jsonl", records(1))
    res = [one_error_line(gk("build", tmp / "a.jsonl", "-o", tmp / "o", "--scheduler", s), 2, "scheduler")
           for s in ("notaurl", "zmq://127.0.0.1:1")]
    return all(ok for ok, _ in res), "; ".join(m for _, m in res)


def item14(tmp: Path):
    long = [{**r, "text": " ".join([r["text"]] * 20)} for r in records(3000)]  # minutes of parsing
    src = jsonl(tmp / "a.jsonl", long)
    p = subprocess.Popen([PY, "-m", "graphkit.cli", "build", str(src), "-o", str(tmp / "o"), "--dask", "local:2",
                          "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         start_new_session=True)
    time.sleep(20)  # the cluster is up and parsing
    if p.poll() is not None:
        return False, "the build ended before Ctrl-C could be sent"
    os.killpg(p.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground process group
    _, err = p.communicate(timeout=120)
    lines = [x for x in err.splitlines() if x.strip()]
    return p.returncode not in (0, None) and len(lines) <= 3 and "Traceback" not in err, \
        f"exit {p.returncode}, {len(lines)} line(s) on stderr: {lines[-3:]}"


def item15(tmp: Path):
    (tmp / "huge.txt").write_bytes(b"word " * 10_000_000)  # 50 MB, one line
    jsonl(tmp / "long.jsonl", [{"id": "long", "text": "Kerry " * 400_000}, {"id": "ok", "text": KERRY}])
    start = time.monotonic()
    r = gk("build", tmp / "huge.txt", tmp / "long.jsonl", "-o", tmp / "o", "--no-cache", "--format", "json")
    took = time.monotonic() - start
    return r.returncode == 0 and took < 120 and r.stderr.count("too large") == 2, \
        f"{took:.0f} s; {r.stdout.splitlines()[0] if r.stdout else r.stderr[-200:]}"


# ------------------------------------------------------------------ errors a user can act on
def item16(tmp: Path):
    r = subprocess.run(f"{PY} -m graphkit.cli build - -o {tmp / 'o'} <&-", shell=True, capture_output=True,
                       text=True, timeout=300)
    return one_error_line(r, 1, "standard input is closed")


def item17(tmp: Path):
    r = py("import graphkit; from graphkit.models import Article;"
           f"print(len(graphkit.build({{'id': 'a', 'text': {KERRY!r}}}).articles),"
           f" len(graphkit.build(Article(id='b', text={KERRY!r})).articles))")
    return r.stdout.strip() == "1 1", r.stdout.strip() or r.stderr.strip()[-200:]


def item18(tmp: Path):
    calls = ["graphkit.build([{'id': 'a', 'text': 'x'}], published='yesterday')", "kg.top_actors(n=-1)",
             f"kg.save({str(tmp)!r}, formats='jsn')", "kg.events(type=5)", "kg.top_actors(n='3')", "kg.merge(None)"]
    code = ("import graphkit, sys\nfrom graphkit.knowledge import KnowledgeGraph\nfrom graphkit.errors import "
            f"GraphkitError\nkg = KnowledgeGraph()\nfor c in {calls!r}:\n    try:\n        eval(c)\n"
            "        print('no error:', c)\n    except GraphkitError as e:\n        print(type(e).__name__)\n")
    r = py(code)
    got = r.stdout.split()
    return len(got) == len(calls) and "no" not in got, " ".join(got) or r.stderr[-200:]


def item19(tmp: Path):
    g = hostile_graph(tmp, "Kerry" + UNSAFE)
    out = "".join(gk(*a).stdout for a in (["query", g, "actors"], ["query", g, "actors", "--csv"], ["timeline", g],
                                          ["query", g, "actors", "--json"]))
    raw = [c for c in ("\x1b", "\x07", "\r", "\u202e") if c in out]
    jsonl(tmp / "b.jsonl", [{"id": "b", "text": "Benjamin Netanyahu\u202e met John Kerry in Jerusalem."}])
    gk("build", tmp / "b.jsonl", "-o", tmp / "o", "--no-cache", "--format", "json")
    names = [a["name"] for a in json.loads((tmp / "o" / "graph.json").read_text())["actors"]]
    bidi = [n for n in names if "\u202e" in n]
    return not raw and not bidi, f"raw in terminal output: {raw or 'none'}; names with U+202E: {bidi or 'none'}"


def item20(tmp: Path):
    db = tmp / "foreign.db"
    with sqlite3.connect(db) as c:
        c.execute("CREATE TABLE customers (name TEXT)")
    before = db.read_bytes()
    jsonl(tmp / "a.jsonl", records(1))
    ok, msg = one_error_line(gk("build", tmp / "a.jsonl", "-o", tmp / "o", "--cache", db), 1, "not a graphkit cache")
    return ok and db.read_bytes() == before, msg


def item21(tmp: Path):
    jsonl(tmp / "a.jsonl", records(1))
    res = [one_error_line(gk("build", tmp / "a.jsonl", "-o", tmp / "o", "--dask", s), 2, "--dask")
           for s in ("local:0", "remote")]
    return all(ok for ok, _ in res), "; ".join(m for _, m in res)


def item22(tmp: Path):
    (tmp / "c.db").write_text("not a database")
    jsonl(tmp / "a.jsonl", records(1))
    return one_error_line(gk("build", tmp / "a.jsonl", "-o", tmp / "o", "--cache", tmp / "c.db"), 1, "--no-cache")


def item23(tmp: Path):
    r = py("import datetime as dt; from graphkit.ingest.time.rules import normalize;"
           "print(normalize('last year', dt.date(1, 1, 1))[1], normalize('next year', dt.date(9999, 12, 31))[1])")
    return r.stdout.strip() == "None None", r.stdout.strip() or r.stderr[-200:]


SCENARIOS = {n: globals()[f"item{n}"] for n in range(1, 24)}
DASK = {1, 10, 13, 14}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated issue item numbers")
    ap.add_argument("--no-dask", action="store_true", help="skip the scenarios that start a Dask cluster")
    args = ap.parse_args(argv)
    chosen = [int(x) for x in args.only.split(",")] if args.only else list(SCENARIOS)
    failed = 0
    for n in chosen:
        if args.no_dask and n in DASK:
            continue
        start = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=f"probe{n}-") as d:
            try:
                ok, detail = SCENARIOS[n](Path(d))
            except Exception as err:  # a scenario that cannot run is a failure, reported
                ok, detail = False, f"{type(err).__name__}: {err}"
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} item {n:2d} ({time.monotonic() - start:5.1f} s): {detail}", flush=True)
    print(f"{len(chosen) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
