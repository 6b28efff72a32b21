"""Grow ``data/words/transitive_verbs.txt`` from WordNet 3.0 (``/usr/share/wordnet``): the verbs every sense of
which takes a direct object (each of their sentence frames has one: "Somebody ----s somebody", "Somebody ----s
something to somebody"...), so that the verb without an object is a passive ("was arrested and jailed": jailed).
Read by :mod:`graphkit.ingest.events.voice`.

Single-word lemmas only.

Usage::

    python tools/grow_transitive_verbs.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

HEADER = ("# Verbs every WordNet 3.0 sense of which takes a direct object: each sentence frame of the lemma has one\n"
          "# (frames 5, 8-11, 14-21, 24, 25, 30, 31), so without an object the verb is a passive (\"was arrested\n"
          "# and jailed\"). Grown from WordNet 3.0 by tools/grow_transitive_verbs.py; do not edit by hand.\n")
#: WordNet 3.0's sentence frames with a direct object ("Somebody ----s somebody", "Something ----s something").
OBJECT_FRAMES = frozenset({5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})


def transitive_verbs(wn) -> list[str]:
    """The single-word verbs all of whose lemma frames have a direct object."""
    frames: dict[str, set[int]] = {}
    for s in wn.all_synsets("v"):
        for lemma in s.lemmas():
            if lemma.name().isalpha():
                frames.setdefault(lemma.name().lower(), set()).update(lemma.frame_ids())
    return sorted(w for w, ids in frames.items() if ids and ids <= OBJECT_FRAMES)


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"
    words = transitive_verbs(open_wordnet())
    (out / "transitive_verbs.txt").write_text(HEADER + "".join(w + "\n" for w in words))
    print(f"transitive_verbs: {len(words)}")


if __name__ == "__main__":
    main(sys.argv[1:])
