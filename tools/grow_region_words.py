"""Grow the word list of waters and continents from WordNet 3.0 (``/usr/share/wordnet``).

``waters_continents``: the lemmas (lower case, spaces between words) whose first noun sense is a body
of water (body_of_water.n.01: seas, gulfs, oceans, rivers, lakes) or a continent (continent.n.01),
or an instance or hyponym of one: "the Gulf", "the Pacific", "Europe". Such a place is where an act
happens, and no party to it (:mod:`graphkit.ingest.events.regions`).

Usage::

    python tools/grow_region_words.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402
from grow_speech_words import write_list  # noqa: E402

ROOTS = ("body_of_water.n.01", "continent.n.01")


def region_words(wn) -> list[str]:
    """Lemmas whose first noun sense is under ``ROOTS`` (hyponyms and instances)."""
    under: set = set()
    for name in ROOTS:
        root = wn.synset(name)
        under |= {root} | set(root.closure(lambda s: s.hyponyms() + s.instance_hyponyms()))
    words = set()
    for syn in under:
        for lemma in syn.lemma_names():
            first = wn.synsets(lemma, "n")
            if first and first[0] in under:
                words.add(lemma.replace("_", " ").lower())
    return sorted(words)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "graphkit" / "ingest" / "data" / "words"
    head = ("# Waters and continents (no party to an event), grown from WordNet 3.0 by tools/grow_region_words.py:\n"
            f"# first noun sense under {', '.join(ROOTS)}. Do not edit by hand.\n")
    write_list(folder, "waters_continents", head, region_words(open_wordnet()), "names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
