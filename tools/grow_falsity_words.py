"""Grow ``data/words/falsity_words.txt`` from WordNet 3.0 (``/usr/share/wordnet``): the words that call a
statement false (:mod:`graphkit.ingest.events.denials`).

* adjectives: the lemmas of false.a.01 ("not in accordance with the fact or reality") and of
  unsupported.a.01 ("not supported"), and of their similar (satellite) senses, when that sense is the
  lemma's first adjective sense ("untrue", "spurious", "baseless", "groundless", "unfounded"; not "wild",
  whose first sense is another);
* nouns: the lemmas of falsehood.n.01 ("a false statement") and of its direct hyponyms, when that sense is
  the lemma's first noun sense ("lie", "fabrication"; not "fiction", first a literary work).

Single-word lemmas only.

Usage::

    python tools/grow_falsity_words.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

HEADER = ("# Words that call a statement false (\"the charges were baseless\", \"called the report a fabrication\").\n"
          "# Grown from WordNet 3.0 by tools/grow_falsity_words.py (false.a.01, unsupported.a.01 and their similar\n"
          "# senses; falsehood.n.01 and its direct hyponyms; each the lemma's first sense); do not edit by hand.\n")


def falsity_words(wn) -> list[str]:
    """The single-word adjectives and nouns whose first sense calls a statement false."""
    out: set[str] = set()
    for head in ("false.a.01", "unsupported.a.01"):
        syn = wn.synset(head)
        for s in (syn, *syn.similar_tos()):
            out |= {lem.lower() for lem in s.lemma_names()
                    if lem.isalpha() and wn.synsets(lem, "a") and wn.synsets(lem, "a")[0] == s}
    syn = wn.synset("falsehood.n.01")
    for s in (syn, *syn.hyponyms()):
        out |= {lem.lower() for lem in s.lemma_names()
                if lem.isalpha() and wn.synsets(lem, "n") and wn.synsets(lem, "n")[0] == s}
    return sorted(out)


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"
    (folder / "falsity_words.txt").write_text(HEADER + "\n".join(falsity_words(open_wordnet())) + "\n",
                                              encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
