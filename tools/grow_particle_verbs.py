"""Grow ``data/words/particle_verbs.txt`` from WordNet 3.0 (``/usr/share/wordnet``): the verbs WordNet lists
with an adverbial particle that is also a preposition ("fight off", "beat back", "drive out"), one
"verb particle" pair a line. The parser often reads such a particle as a preposition and the verb's object as
its object ("fought off the Iranians": "off the Iranians"); after one of these verbs that object is the
verb's own, read by :func:`graphkit.ingest.events.roles.object_actors`.

Usage::

    python tools/grow_particle_verbs.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

HEADER = ("# Verbs with an adverbial particle the parser may read as a preposition (\"fight off\", \"beat back\"):\n"
          "# WordNet 3.0 verb lemmas VERB_PARTICLE with one of the particles below.\n"
          "# Grown from WordNet 3.0 by tools/grow_particle_verbs.py; do not edit by hand.\n")
#: Particles that are also prepositions and name no party of their own (unlike "to", "with", "on").
PARTICLES = ("off", "back", "out", "away", "down", "up")


def particle_verbs(wn) -> list[str]:
    """The "verb particle" pairs of WordNet's two-word verb lemmas with a particle of :data:`PARTICLES`."""
    out = set()
    for s in wn.all_synsets("v"):
        for lemma in s.lemmas():
            parts = lemma.name().lower().split("_")
            if len(parts) == 2 and parts[0].isalpha() and parts[1] in PARTICLES:
                out.add(" ".join(parts))
    return sorted(out)


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"
    words = particle_verbs(open_wordnet())
    (out / "particle_verbs.txt").write_text(HEADER + "".join(w + "\n" for w in words))
    print(f"particle_verbs: {len(words)}")


if __name__ == "__main__":
    main(sys.argv[1:])
