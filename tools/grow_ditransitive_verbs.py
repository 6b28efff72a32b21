"""Grow ``data/words/ditransitive_verbs.txt`` from WordNet 3.0 (``/usr/share/wordnet``): the verbs that take
two objects, those with a sense that has WordNet's sentence frame 14, "Somebody ----s somebody something"
("granted Turkey aid", "offered Britain compensation"). After such a verb a name the parser fused into its
object as a compound ("Turkey aid") is the first object, the recipient, read by
:mod:`graphkit.ingest.events.double_objects`.

Single-word lemmas only.

Usage::

    python tools/grow_ditransitive_verbs.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

HEADER = ("# Verbs that take two objects: a sense has WordNet 3.0's sentence frame 14, \"Somebody ----s\n"
          "# somebody something\" (\"granted Turkey aid\").\n"
          "# Grown from WordNet 3.0 by tools/grow_ditransitive_verbs.py; do not edit by hand.\n")
#: WordNet 3.0's sentence frame "Somebody ----s somebody something".
DOUBLE_OBJECT_FRAME = 14


def ditransitive_verbs(wn) -> list[str]:
    """The single-word verbs with a sense whose lemma has the double-object frame."""
    return sorted({lemma.name().lower() for s in wn.all_synsets("v") for lemma in s.lemmas()
                   if lemma.name().isalpha() and DOUBLE_OBJECT_FRAME in lemma.frame_ids()})


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"
    words = ditransitive_verbs(open_wordnet())
    (out / "ditransitive_verbs.txt").write_text(HEADER + "".join(w + "\n" for w in words))
    print(f"ditransitive_verbs: {len(words)}")


if __name__ == "__main__":
    main(sys.argv[1:])
