"""Grow the adjectives that name a branch of a state from WordNet 3.0: ``python tools/grow_pertainyms.py``.

News names unnamed office holders by the branch they serve, with a relational adjective:
"congressional leaders", "parliamentary sources", "ministerial aides", "judicial officials",
"presidential envoys". WordNet links such an adjective to the noun it pertains to (its
pertainym: congressional -> congress, ministerial -> minister); where that noun has a CAMEO sector
(graphkit's sector lists: congress LEG, minister GOV, judge JUD), the adjective names the sector.
Only the adjective's first sense counts, and only a pertainym whose sense names a person or a body
("dietary" pertains to food, not to Japan's Diet); proper-noun pertainyms ("Episcopal Church") are
left out. Writes ``graphkit/ingest/data/words/sector_adjectives.txt``,
lines "congressional = LEG", sorted.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from grow_lexicon import open_wordnet  # noqa: E402

from graphkit.ingest.actors.sectors import noun_sector  # noqa: E402

OUT = ROOT / "graphkit" / "ingest" / "data" / "words" / "sector_adjectives.txt"
#: Sectors of the branches of a state (and its forces and courts) an adjective may name.
SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
HEADER = """# Relational adjectives that name a branch of a state ("congressional leaders": LEG), grown from
# WordNet 3.0 by tools/grow_pertainyms.py: the first sense's pertainym has a CAMEO sector. Do not edit by hand.
"""


def grow(wn) -> dict[str, str]:
    """Adjective -> sector, for the adjectives whose first sense pertains to a noun with a sector."""
    out: dict[str, str] = {}
    for s in wn.all_synsets("a"):
        for lemma in s.lemmas():
            name = lemma.name()
            if "_" in name or not name.islower() or wn.synsets(name, "a")[0] != s:
                continue
            for p in lemma.pertainyms():
                noun = p.name()
                if not noun.islower() or "_" in noun or not _a_body_or_holder(wn, p):
                    continue
                sector = noun_sector(noun)
                if sector in SECTORS:
                    out.setdefault(name, sector)
    return dict(sorted(out.items()))


def _a_body_or_holder(wn, lemma) -> bool:
    """Whether the pertainym's sense is a person or a body (not the metal "copper", the food "diet",
    the animal "horse", which the sector lists know in other senses)."""
    return lemma.synset().lexname() in ("noun.person", "noun.group")


def render(table: dict[str, str]) -> str:
    return HEADER + "".join(f"{a} = {s}\n" for a, s in table.items())


def main() -> None:
    OUT.write_text(render(grow(open_wordnet())))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
