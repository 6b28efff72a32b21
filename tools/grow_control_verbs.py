"""Grow ``data/words/object_control_verbs.txt`` from WordNet 3.0 (``/usr/share/wordnet``): the verbs whose
object does what their infinitive complement says ("prompted Greyhound to threaten", "induced Japan to
impose"), those with a sense that has WordNet's sentence frame 24, "Somebody ----s somebody to INFINITIVE".
Read by :mod:`graphkit.ingest.events.control`.

Single-word lemmas only.

Usage::

    python tools/grow_control_verbs.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

HEADER = ("# Verbs whose object does what their infinitive says: a sense has WordNet 3.0's sentence frame 24,\n"
          "# \"Somebody ----s somebody to INFINITIVE\" (\"prompted Greyhound to threaten\").\n"
          "# Grown from WordNet 3.0 by tools/grow_control_verbs.py; do not edit by hand.\n")
#: WordNet 3.0's sentence frame "Somebody ----s somebody to INFINITIVE".
OBJECT_CONTROL_FRAME = 24
#: Senses whose frame-24 object does not do the infinitive: using ("used troops to crush the revolt": the
#: infinitive says what for, the user's purpose) and promising ("promised him to come": the promiser comes).
NOT_CONTROL = frozenset({"use.v.01", "promise.v.01"})


def object_control_verbs(wn) -> list[str]:
    """The single-word verbs with a sense whose lemma has the object-control frame."""
    return sorted({lemma.name().lower() for s in wn.all_synsets("v") if s.name() not in NOT_CONTROL
                   for lemma in s.lemmas() if lemma.name().isalpha() and OBJECT_CONTROL_FRAME in lemma.frame_ids()})


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"
    words = object_control_verbs(open_wordnet())
    (out / "object_control_verbs.txt").write_text(HEADER + "".join(w + "\n" for w in words))
    print(f"object_control_verbs: {len(words)}")


if __name__ == "__main__":
    main(sys.argv[1:])
