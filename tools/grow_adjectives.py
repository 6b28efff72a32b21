"""Grow the predicate adjectives of attitude toward a party (``graphkit/ingest/data/lexicon_adjectives.tsv``).

"Japan is critical of the U.S. tariffs", "Greece was angry at Turkey", "Bonn is unhappy with
Washington", "Britain is hostile to the plan": an adjective of disapproval, approval or opposition
that a copula predicates of a party, aimed at another party by its preposition, is that party's
act of criticising (ACCUSE), backing (SUPPORT) or rejecting (REJECT). The seeds are WordNet 3.0
adjective senses of such attitudes, each with the prepositions that name whom the attitude is
aimed at; a seed's lemmas and those of its similar (satellite) senses are kept where that sense is
a common one of the lemma (:func:`grow_lexicon._sense_ok`: its first sense, or one of its first
four with a tenth of its tagged uses), so that "black" or "sore" (angry only in a rare sense)
stay out. A feeling may also be aimed at what a clause states ("angry that Japan had not kept
the pact"): at the clause's subject.

Run: ``python tools/grow_adjectives.py [--wordnet /usr/share/wordnet]``.

Examples
--------
>>> rows = grow(open_wordnet())  # doctest: +SKIP
>>> ("critical", "prep=of", "ACCUSE") in {(r[0], r[1], r[2]) for r in rows}  # doctest: +SKIP
True
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grow_lexicon import WORDNET, _sense_ok, open_wordnet  # noqa: E402

__all__ = ["EXCLUDE", "SEEDS", "grow", "main"]

OUT = Path(__file__).resolve().parent.parent / "graphkit/ingest/data/lexicon_adjectives.tsv"

#: (seed sense, PLOVER category, label, prepositions naming whom or what the attitude is aimed at,
#: whether the seed's similar senses are grown too, whether a feeling that a clause states is aimed at
#: its subject: "angry that Japan had not kept the pact"). A seed whose similar senses are of another
#: attitude (sadness for "unhappy", joy for "happy") keeps its own lemma only.
SEEDS: tuple[tuple[str, str, str, str, bool, bool], ...] = (
    ("critical.a.01", "ACCUSE", "criticized", "of", False, False),      # marked by a tendency to find fault
    ("angry.a.01", "ACCUSE", "criticized", "at|with|over|about|by|toward|towards", True, True),
    ("displeased.a.01", "ACCUSE", "criticized", "at|with|over|about|by", True, True),
    ("disgruntled.s.01", "ACCUSE", "criticized", "at|with|over|about|by", False, True),  # dissatisfied
    ("indignant.s.01", "ACCUSE", "criticized", "at|with|over|about|by", False, True),
    ("resentful.a.01", "ACCUSE", "criticized", "of|at|toward|towards", False, False),
    ("unhappy.a.01", "ACCUSE", "criticized", "at|with|over|about|by", False, True),
    ("pleased.a.01", "SUPPORT", "praised", "at|with|about|by", True, True),
    ("satisfied.s.01", "SUPPORT", "praised", "with|by", False, True),
    ("happy.a.01", "SUPPORT", "praised", "with|about", False, True),
    ("grateful.a.01", "SUPPORT", "praised", "to", False, False),
    ("appreciative.s.01", "SUPPORT", "praised", "of", False, False),
    ("supportive.a.01", "SUPPORT", "supported", "of", False, False),
    ("sympathetic.a.02", "SUPPORT", "supported", "to|toward|towards", False, False),
    ("favorable.a.01", "SUPPORT", "supported", "to|toward|towards", False, False),
    ("hostile.a.01", "REJECT", "rejected", "to|toward|towards", False, False),
    ("opposed.a.01", "REJECT", "rejected", "to", False, False),
)


#: Similar senses that are no attitude aimed at someone: amusement, a look, a temper.
EXCLUDE = frozenset({"amused.s.01", "frowning.s.01", "smoldering.s.01", "choleric.s.03"})


def grow(wn) -> list[tuple[str, str, str, str, str]]:
    """The rows (lemma, conditions, category, label, provenance) grown from :data:`SEEDS`: one
    with the prepositions of each lemma, and one with a clausal complement for a feeling."""
    rows: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}
    for name, typ, label, preps, similar, clause in SEEDS:
        seed = wn.synset(name)
        senses = [(seed, f"wn:{name}")]
        if similar:
            senses += [(s, f"wn:{name}>similar:{s.name()}") for s in seed.similar_tos() if s.name() not in EXCLUDE]
        for syn, path in senses:
            for lem in syn.lemmas():
                word = lem.name().lower()
                if not word.isalpha() or (word, "prep") in rows or not _sense_ok(wn, word, syn, "a"):
                    continue
                rows[word, "prep"] = (word, f"prep={preps}", typ, label, path)
                if clause:
                    rows[word, "comp"] = (word, "comp=*clause", typ, label, path)
    return sorted(rows.values(), key=lambda r: (r[2], r[0], r[1]))


def main(argv: list[str] | None = None) -> int:
    """Write ``lexicon_adjectives.tsv`` and print how many rows it has."""
    import argparse

    ap = argparse.ArgumentParser(description="Grow the predicate adjectives of attitude from WordNet 3.0.")
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = grow(open_wordnet(args.wordnet))
    head = ("# graphkit predicate adjectives of attitude toward a party (\"critical of\", \"angry at\"), grown\n"
            "# from WordNet 3.0 (Princeton University; WordNet licence) by tools/grow_adjectives.py: the lemmas\n"
            "# of seed adjective senses and of their similar senses where that sense is a common one of the\n"
            "# lemma. Do not edit by hand: change the seeds and re-run.\n"
            "# Columns as in lexicon.tsv (pos A: an adjective a copula predicates of the doer; prep= the\n"
            "# prepositions naming whom it is aimed at; comp=*clause: a clause whose subject it is aimed\n"
            "# at), then the provenance.\n")
    body = "".join(f"A\t{lemma}\t{cond}\t{typ}\t.\t{label}\t{path}\n" for lemma, cond, typ, label, path in rows)
    args.out.write_text(head + body, encoding="utf-8")
    print(f"{len(rows)} rows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
