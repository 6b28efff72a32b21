"""Grow the plural nouns for people named by the work they do from WordNet 3.0: ``python tools/grow_workers.py``.

News names many doers by their trade and the place they work rather than by name: "dockworkers in
Antwerp struck", "employers in Bonn rejected", "coffee growers in Colombia", "miners at a pit in Natal".
Such people are of the country where they work (:mod:`graphkit.ingest.actors.workplaces`). This tool
lists the people WordNet files under the senses of working for a living (``SEEDS``: worker, farmer,
professional; businessperson, manufacturer) and their hyponyms, writes their plurals (one a line) to
``graphkit/ingest/data/words/worker_nouns.txt`` and ``trader_nouns.txt``, and leaves out proper names,
phrases and nouns whose first noun sense is not under a seed (a "miner" is first a worker: kept; a
"plant" is first a building). Run it again after changing ``SEEDS``; the output is sorted.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import grow_groups  # noqa: E402
from grow_lexicon import open_wordnet  # noqa: E402

WORDS = ROOT / "graphkit" / "ingest" / "data" / "words"

#: WordNet senses of people who work for a living, ``synset: depth`` (levels of hyponyms), by list: those
#: who work at a trade or on the land (``worker_nouns``), and those who trade or make goods for sale
#: (``trader_nouns``: "exporters", "producers"; in commodity news these name countries as often as people);
#: and those who represent a body (``delegate_nouns``: "delegates", "negotiators", "officials").
SEEDS: dict[str, dict[str, int]] = {
    "worker_nouns": {"worker.n.01": 4, "farmer.n.01": 2, "agriculturist.n.01": 0, "professional.n.01": 3},
    "trader_nouns": {"businessperson.n.01": 3, "manufacturer.n.02": 1, "employer.n.01": 0},
    "delegate_nouns": {"representative.n.01": 1, "negotiator.n.01": 0, "official.n.01": 0, "spokesperson.n.01": 1},
}


def grow(wn, seeds: dict[str, int]) -> list[str]:
    """Plurals of the one-word common nouns under the seeds whose first noun sense is under them."""
    return grow_groups.grow(wn, seeds, frozenset())


def main() -> None:
    """Write ``worker_nouns.txt``, ``trader_nouns.txt`` and ``delegate_nouns.txt``."""
    wn = open_wordnet()
    for name, seeds in SEEDS.items():
        words = grow(wn, seeds)
        out = WORDS / f"{name}.txt"
        header = (f"# Plural nouns for people of one kind ({name} in SEEDS), grown from WordNet 3.0 by\n"
                  "# tools/grow_workers.py (do not edit: change SEEDS there and run it again).\n")
        out.write_text(header + "".join(f"{w}\n" for w in words))
        print(f"{len(words)} nouns -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
