"""Frequent lexicon gaps: clauses of unlabelled political news where graphkit reads no event.

Rules written from a few gold rows fix long-tail cases; this tool finds what is *frequent*. It reads
political Reuters-21578 articles (any of :data:`POLITICS` in the text), leaves out the articles given
with ``--exclude`` (held-out sets: a JSONL with ``source_article`` fields or a folder of ``ID.txt``
files), runs the graphkit pipeline on each and keeps the clauses where

* the subject is an actor (a mention of the actor layer), and
* the verb (or an event noun it governs as object) has an actor as object or prepositional object,
  or the verb is a reporting verb (a speech act),

and no event of graphkit covers the verb or its object. Patterns are counted by verb lemma, particle,
preposition and object class (the actor kind, or the lemma of an object noun), and the top ones are
printed with concordance lines for a reader to judge against the PLOVER taxonomy
(``python tools/lexicon_gaps.py --n 2000 --top 150 --out /tmp/gaps.txt``).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

__all__ = ["POLITICS", "political", "excluded_ids", "pattern_key", "gaps"]

#: Words of political news (whole words, lower case): an article with one of them is read.
POLITICS = ("minister", "president", "government", "talks", "troops", "war", "embassy", "treaty",
            "sanctions", "parliament", "opposition", "rebels", "guerrillas", "diplomat", "summit",
            "election", "army", "military", "accused", "protest")
_WORD = re.compile(r"[a-z]+")
_CORPUS = Path("/work/shared/corpora/reuters-21578.jsonl.gz")
_REPORTING = Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words/reporting_verbs.txt"


def political(text: str) -> bool:
    """Whether ``text`` has one of the words of :data:`POLITICS`.

    >>> political("The minister met envoys."), political("Cocoa prices rose.")
    (True, False)
    """
    words = set(_WORD.findall(text.lower()))
    return any(w in words for w in POLITICS)


def excluded_ids(paths: list[Path]) -> set[str]:
    """Article ids to leave out: ``source_article`` fields of JSONL files, ``ID.txt`` names of folders.

    >>> excluded_ids([])
    set()
    """
    out: set[str] = set()
    for p in paths:
        if p.is_dir():
            out |= {f.stem for f in p.iterdir()}
            continue
        with p.open() as fh:
            for line in fh:
                src = json.loads(line).get("source_article")
                if src:
                    out.add(str(src).removesuffix(".txt"))
    return out


def _in(tok, spans: list[tuple[int, int, str]]) -> str | None:
    for s, e, kind in spans:
        if s <= tok.idx < e:
            return kind
    return None


def _object(verb, spans) -> tuple[str, str, str] | None:
    """(preposition, object class, noun) of the verb's actor or event-noun object, else None."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative"):
            kind = _in(c, spans)
            if kind:
                return "", kind, ""
            for p in c.children:
                if p.dep_ == "prep":
                    for o in p.children:
                        if o.dep_ == "pobj" and _in(o, spans):
                            return p.lemma_.lower(), _in(o, spans) or "", c.lemma_.lower()
    for c in verb.children:
        if c.dep_ in ("prep", "agent"):
            for o in c.children:
                if o.dep_ == "pobj" and _in(o, spans):
                    return c.lemma_.lower(), _in(o, spans) or "", ""
    return None


def pattern_key(lemma: str, prt: str, prep: str, obj_class: str, noun: str) -> str:
    """The pattern of a clause: ``lemma[+prt] [noun] [prep] CLASS``.

    >>> pattern_key("hold", "", "with", "country", "talk")
    'hold talk with COUNTRY'
    >>> pattern_key("welcome", "", "", "person", "")
    'welcome PERSON'
    """
    head = f"{lemma}+{prt}" if prt else lemma
    return " ".join(x for x in (head, noun, prep, obj_class.upper()) if x)


def _doc_gaps(doc, recs, reporting: set[str]):
    spans = [(m.start, m.end, a.kind) for a in recs.actors for m in a.mentions]
    covered = [(e.start, e.end) for e in recs.events]
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() == "say":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not _in(subj, spans):
            continue
        obj = _object(tok, spans)
        if obj is None and tok.lemma_.lower() not in reporting:
            continue
        idxs = {tok.idx} | {c.idx for c in tok.children if c.dep_ == "dobj"}
        if any(s <= i < e for s, e in covered for i in idxs):
            continue
        prt = next((c.lemma_.lower() for c in tok.children if c.dep_ == "prt"), "")
        prep, kind, noun = obj or ("", "speech", "")
        yield pattern_key(tok.lemma_.lower(), prt, prep, kind, noun), tok.sent.text.strip()


def gaps(n: int, exclude: set[str], corpus: Path = _CORPUS):
    """Count the gap patterns of the first ``n`` political articles not in ``exclude``."""
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.ingest.prepare import load_model, tokenize
    from graphkit.models import Article

    reporting = {w.strip() for w in _REPORTING.read_text().splitlines() if w and not w.startswith("#")}
    nlp = load_model(None)
    counts: Counter[str] = Counter()
    lines: dict[str, list[str]] = defaultdict(list)
    seen = 0
    with gzip.open(corpus, "rt") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in exclude or not political(rec["text"]):
                continue
            art = Article(id=rec["id"], text=rec["text"])
            doc = nlp(tokenize(nlp, art.text, None))
            for key, sent in _doc_gaps(doc, extract_doc(doc, art), reporting):
                counts[key] += 1
                if len(lines[key]) < 3:
                    lines[key].append(" ".join(sent.split()))
            seen += 1
            if seen >= n:
                break
    return counts, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    counts, lines = gaps(args.n, excluded_ids(args.exclude))
    out = []
    for key, k in counts.most_common(args.top):
        out.append(f"{k:5d}  {key}")
        out += [f"         | {s[:220]}" for s in lines[key]]
    text = "\n".join(out) + "\n"
    if args.out:
        args.out.write_text(text)
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
