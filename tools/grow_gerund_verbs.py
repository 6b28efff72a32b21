"""Grow ``data/words/gerund_verbs.txt`` from WordNet 3.0 (``/usr/share/wordnet``): the verbs that take a
gerund as complement ("kept visiting Bonn", "began talking"), those with a sense that has WordNet's
sentence frame 33, "Somebody ----s VERB-ing". Such a verb's "-ing" complement is a verb; after any other
verb a participle with no subject of its own that stands before a name is that name's modifier ("met
visiting French President Mitterrand"), read by :mod:`graphkit.ingest.events.attributive`.

Single-word lemmas only.

Usage::

    python tools/grow_gerund_verbs.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

HEADER = ("# Verbs that take a gerund complement: a sense has WordNet 3.0's sentence frame 33, \"Somebody ----s\n"
          "# VERB-ing\" (\"kept visiting Bonn\").\n"
          "# Grown from WordNet 3.0 by tools/grow_gerund_verbs.py; do not edit by hand.\n")
#: WordNet 3.0's sentence frame "Somebody ----s VERB-ing".
GERUND_FRAME = 33


def gerund_verbs(wn) -> list[str]:
    """The single-word verbs with a sense whose lemma has the gerund frame."""
    return sorted({lemma.name().lower() for s in wn.all_synsets("v") for lemma in s.lemmas()
                   if lemma.name().isalpha() and GERUND_FRAME in lemma.frame_ids()})


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"
    words = gerund_verbs(open_wordnet())
    (out / "gerund_verbs.txt").write_text(HEADER + "".join(w + "\n" for w in words))
    print(f"gerund_verbs: {len(words)}")


if __name__ == "__main__":
    main(sys.argv[1:])
