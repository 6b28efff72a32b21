"""Where graphkit's own per-article CPU goes: each extraction stage timed against the parse.

Parses N Reuters articles once with ``nlp.pipe`` (timed), then runs each stage of
:func:`graphkit.ingest.pipeline.extract_doc` over the parsed docs, timing each stage and
printing its cost as a share of the parse time. Also times encoding/decoding the records.

Usage::

    python benchmarks/stage_times.py [--n 400] [--repeat 3]

Exits 0 without measuring when ../shared is absent.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters-21578.jsonl.gz"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3, help="best of R runs per stage")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not available")
        return 0
    from graphkit.ingest.actors.find import find_actors
    from graphkit.ingest.events.dating import date_events
    from graphkit.ingest.events.find import find_events
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.ingest.prepare.model import load_model
    from graphkit.ingest.run.codec import decode_records, encode_records
    from graphkit.ingest.time.find import find_timexes
    from graphkit.models import Article

    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in itertools.islice(fh, args.n)]
    arts = [Article(id=str(r["id"]), text=r["text"], published=r.get("published")) for r in recs]
    nlp = load_model(None)
    list(nlp.pipe(a.text for a in arts[:10]))
    t = time.perf_counter()
    docs = list(nlp.pipe(a.text for a in arts))
    parse = time.perf_counter() - t
    pairs = list(zip(docs, arts, strict=False))
    for d, a in pairs[:10]:
        extract_doc(d, a)  # warm lazy data

    def best(fn):
        out = None
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            out = fn()
            times.append(time.perf_counter() - t)
        return min(times), out

    ta, layers = best(lambda: [find_actors(d, a) for d, a in pairs])
    tt, timexes = best(lambda: [find_timexes(d, a.published) for d, a in pairs])
    te, found = best(lambda: [find_events(d, a, layer, x)
                              for (d, a), layer, x in zip(pairs, layers, timexes, strict=False)])
    td, _ = best(lambda: [date_events(d, f[0], x, a.published)
                          for (d, a), f, x in zip(pairs, found, timexes, strict=False)])
    tx, recs_ = best(lambda: [extract_doc(d, a) for d, a in pairs])
    tc, blobs = best(lambda: [encode_records(r) for r in recs_])
    tdc, _ = best(lambda: [decode_records(b) for b in blobs])
    print(f"{len(arts)} articles; parse (nlp.pipe) {parse:.2f}s = 100%")
    for name, v in [("actors", ta), ("timexes", tt), ("events", te), ("dating", td),
                    ("extract_doc (all)", tx), ("encode records", tc), ("decode records", tdc)]:
        print(f"{name:<20}{v:>8.3f}s {100 * v / parse:>6.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
