"""Grow the nouns that name no party and nothing one can strike from WordNet: ``python tools/grow_abstract_nouns.py``.

A meeting is with people and an attack hits people, places or things; a verb of those senses whose
object is an idea, a feeling, a state, an amount or a holding is used in another sense: "the desire
has been met" (satisfied), "targeted a surplus" (aimed at), "attacked the mentality" (criticised).
This tool lists the one-word common nouns whose first WordNet sense is filed under an abstract
lexicographer file (``ABSTRACT``), none of whose first ``SENSES`` senses is filed under one of
people, groups, places, things, acts or events (``CONCRETE``: "target" is also a person or a place,
"position" first a place) and no sense at all under people or groups (``PARTIES``: "forces" are
troops, "competition" the competitors), seen at least once in
WordNet's sense-tagged text, and writes them (one a line) to
``graphkit/ingest/data/words/abstract_nouns.txt`` (:mod:`graphkit.ingest.events.figurative`).
Run it again after changing the sets; the output is sorted.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from grow_lexicon import open_wordnet  # noqa: E402

OUT = ROOT / "graphkit" / "ingest" / "data" / "words" / "abstract_nouns.txt"

#: Lexicographer files of abstractions: what a noun first filed here names is neither met nor struck.
ABSTRACT = frozenset({"attribute", "cognition", "feeling", "motive", "state", "quantity", "relation",
                      "communication", "possession", "time", "shape", "process", "phenomenon"})
#: Lexicographer files of what one meets or strikes: people, groups, places, things, acts and events.
CONCRETE = frozenset({"person", "group", "location", "artifact", "object", "animal", "body", "substance",
                      "plant", "food", "act", "event", "Tops"})
#: Lexicographer files of parties: a noun with any sense here may name the one met or struck.
PARTIES = frozenset({"person", "group"})
#: How many of a noun's most frequent senses must all be outside ``CONCRETE``.
SENSES = 3


def grow(wn) -> list[str]:
    """The one-word lower-case nouns of the criteria above, sorted."""
    out = set()
    for lemma in wn.all_lemma_names("n"):
        if not lemma.isalpha() or not lemma.islower():
            continue
        synsets = wn.synsets(lemma, "n")
        files = [s.lexname().split(".")[1] for s in synsets[:SENSES]]
        if not files or files[0] not in ABSTRACT or any(f in CONCRETE for f in files):
            continue
        if any(s.lexname().split(".")[1] in PARTIES for s in synsets):
            continue
        if not any(lem.count() > 0 for s in synsets[:1] for lem in s.lemmas() if lem.name().lower() == lemma):
            continue
        out.add(lemma)
    return sorted(out)


def main() -> None:
    """Write ``abstract_nouns.txt``."""
    words = grow(open_wordnet())
    header = ("# Nouns that name no party and nothing one can strike (first WordNet 3.0 sense abstract, none of the\n"
              "# first three a person, group, place, thing, act or event, none a person or group), grown by\n"
              "# tools/grow_abstract_nouns.py\n"
              "# (do not edit: change the sets there and run it again).\n")
    OUT.write_text(header + "".join(f"{w}\n" for w in words))
    print(f"{len(words)} nouns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
