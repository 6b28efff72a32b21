"""Grow the plural nouns for unnamed groups that act from WordNet 3.0: ``python tools/grow_groups.py``.

News names many doers by a plural with no name: "gunmen killed", "kidnappers seized", "rioters
burned", "fighters shelled". The nouns with a CAMEO sector ("troops", "students") come from
``tools/grow_sectors.py``; this tool adds the people WordNet files under the senses of doing
violence or crime to others (``SEEDS``: attacker, captor, criminal, combatant, radical,
troublemaker...) and their hyponyms, writes their plurals (one a line) to
``graphkit/ingest/data/words/group_wordnet.txt`` and leaves out proper names, phrases and nouns
whose first noun sense is not the seed's (a "bomber" is first a plane: it names no group). Run it
again after changing ``SEEDS``; the output is sorted, so diffs are readable.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from grow_lexicon import open_wordnet  # noqa: E402
from grow_sectors import _noun_exceptions, _plural  # noqa: E402

OUT = ROOT / "graphkit" / "ingest" / "data" / "words" / "group_wordnet.txt"

#: WordNet senses of people who act on others by force or crime, ``synset: depth`` (levels of hyponyms).
SEEDS: dict[str, int] = {
    "attacker.n.01": 1, "captor.n.01": 1, "criminal.n.01": 1, "combatant.n.01": 0, "radical.n.03": 1,
    "rioter.n.01": 0, "militant.n.01": 0, "gunman.n.01": 0, "mutineer.n.01": 0, "plunderer.n.01": 0,
    "highjacker.n.01": 0, "highjacker.n.02": 0, "smuggler.n.01": 0, "pirate.n.02": 0,
}

#: Nouns left out though WordNet lists the seed's sense first: their everyday sense is another
#: (WordNet orders the senses of rare words arbitrarily: a "runner", a "hood", a "piranha").
LEFT_OUT = frozenset("""
runner torpedo piranha hood moll stoner harrier spiller shedder surpriser triggerman predator
""".split())


def grow(wn, seeds: dict[str, int] | None = None, left_out: frozenset[str] = LEFT_OUT) -> list[str]:
    """Plurals of the one-word common nouns under the seeds (``SEEDS`` by default, each to its depth of
    hyponyms) whose first noun sense is under them, less ``left_out``."""
    exceptions = _noun_exceptions()
    synsets = set()
    for name, depth in (SEEDS if seeds is None else seeds).items():
        frontier = [wn.synset(name)]
        synsets.update(frontier)
        for _ in range(depth):
            frontier = [h for s in frontier for h in s.hyponyms()]
            synsets.update(frontier)
    out = set()
    for synset in synsets:
        for lemma in synset.lemmas():
            word = lemma.name()
            if not word.isalpha() or not word.islower() or word in left_out:
                continue
            first = wn.synsets(word, "n")
            if first and first[0] in synsets:  # "bomber" is first a plane, "fighter" a combatant
                out.add(_plural(word, exceptions))
    return sorted(out)


def main() -> None:
    """Write ``group_wordnet.txt``."""
    words = grow(open_wordnet())
    header = ("# Plural nouns for people who act on others by force or crime, grown from WordNet 3.0 by\n"
              "# tools/grow_groups.py (do not edit: change SEEDS there and run it again).\n")
    OUT.write_text(header + "".join(f"{w}\n" for w in words))
    print(f"{len(words)} nouns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
