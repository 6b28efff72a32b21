"""Lexicon lemmas that give no trigger because every conditional entry failed.

A lemma the hand lexicon lists only with conditional entries (``obj=``, ``gov=``, ``comp=``...)
and no bare sense (hand-written or grown from WordNet) gives no candidate when none of its
conditions holds. This tool runs the pipeline on a JSONL of articles (``id``, ``text``,
``published``), and for each such token that became no candidate records its lemma, sentence and
the facts its entries were tested on, and whether an explicit no-event entry (``-``) held. The
counts per lemma show which closed lists fail most on real text
(``python tools/lexicon_failures.py sample.jsonl --out failures.jsonl --top 40``).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable

__all__ = ["failure_counts", "record", "main"]


def record(pos: str, lemma: str, entries: list, facts: dict[str, set], holds) -> dict | None:
    """The record of one lexicon token that gave no candidate, or None when the lemma has a bare sense.

    ``entries`` are the lemma's lexicon entries, ``holds(entry, facts)`` tests one.

    Examples
    --------
    >>> from graphkit.ingest.events.lexicon import load_lexicon, _holds
    >>> es = load_lexicon()["N"]["loan"]
    >>> r = record("N", "loan", es, {"gov": {"seek"}}, _holds)
    >>> r["held"], r["blocked"], r["types"]
    (False, False, ['AID'])
    >>> record("V", "meet", load_lexicon()["V"]["meet"], {}, _holds) is None  # a bare sense
    True
    """
    if any(not e.conditions for e in entries):
        return None
    held = [e for e in entries if holds(e, facts)]
    return {"pos": pos, "lemma": lemma, "held": bool(held), "blocked": bool(held) and held[0].trigger.type == "-",
            "types": sorted({e.trigger.type for e in entries}),
            "facts": {k: sorted(map(str, v))[:8] for k, v in facts.items()}}


def failure_counts(records: Iterable[dict]) -> Counter:
    """Per (pos, lemma): the occurrences where no entry held (not those an explicit ``-`` entry stopped).

    Examples
    --------
    >>> failure_counts([{"pos": "N", "lemma": "loan", "held": False, "blocked": False},
    ...                 {"pos": "V", "lemma": "tell", "held": True, "blocked": True}])
    Counter({('N', 'loan'): 1})
    """
    return Counter((r["pos"], r["lemma"]) for r in records if not r["held"])


def _facts_of(tok, layer, pos: str, lem: str) -> dict[str, set]:  # pragma: no cover - needs the model
    from graphkit.ingest.events import triggers
    from graphkit.ingest.events.facts import lemma_of, noun_facts, objects_of, verb_facts
    from graphkit.ingest.events.scan import predicate
    if pos == "V":
        kids = list(tok.children)
        raw = verb_facts(tok, layer, kids, objects_of(tok, kids), triggers._verb_needs().get(lem, frozenset()))
        out = {("with" if k == "with_" else k): ({"yes"} if v is True else set(v)) for k, v in raw.items() if v}
    else:
        out = {k: set(v) for k, v in noun_facts(tok).items() if v}
        if tok.dep_ in ("dobj", "nsubjpass"):
            out["gov"] = {lemma_of(tok.head)}
        if pred := predicate(tok):
            out["pred"] = set(pred)
    return out


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - runs the pipeline
    """Run the pipeline on the articles and write one record per failing lexicon token."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles")
    ap.add_argument("--out", required=True)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    import graphkit.ingest.events.find as find
    from graphkit.api import build
    from graphkit.ingest.events import triggers
    from graphkit.ingest.events.facts import lemma_of
    from graphkit.ingest.events.lexicon import _holds, load_lexicon

    out: list[dict] = []
    original = find._find_candidates

    def spy(doc, layer, *a, **k):
        cands = original(doc, layer, *a, **k)
        seen = {c.head.i for c in cands} | {c.noun.i for c in cands if c.noun is not None}
        for tok in doc:
            if tok.i in seen or tok.pos_ not in ("VERB", "NOUN"):
                continue
            pos = "V" if tok.pos_ == "VERB" else "N"
            lem = triggers.verb_lemma(tok) if pos == "V" else lemma_of(tok)
            entries = load_lexicon()[pos].get(lem)
            if entries and (r := record(pos, lem, entries, _facts_of(tok, layer, pos, lem), _holds)):
                out.append({**r, "tok": tok.text, "text": tok.sent.text.strip().replace("\n", " ")})
        return cands

    find._find_candidates = spy
    rows = [json.loads(line) for line in open(args.articles, encoding="utf-8")]
    for i in range(0, len(rows), 25):
        build(rows[i:i + 25])
    find._find_candidates = original
    with open(args.out, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in out)
    for (pos, lem), n in failure_counts(out).most_common(args.top):
        print(n, pos, lem)


if __name__ == "__main__":  # pragma: no cover
    main()
