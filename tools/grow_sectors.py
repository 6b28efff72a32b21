"""Grow the CAMEO sector nouns from WordNet 3.0: ``python tools/grow_sectors.py``.

CAMEO codes an actor's sector (GOV, MIL, COP, JUD, LEG, BUS, MED, EDU, REF, REB, LAB, CVL) from the
noun that names it: "troops" MIL, "police" COP, "firms" BUS. The hand lists
``graphkit/ingest/data/words/sector_<code>.txt`` hold the common titles and group nouns; this tool
adds every noun WordNet files under the sense that CAMEO's definition of the sector names, with
its hyponyms (``SEEDS``), and writes them, singular and plural, as ``noun = SECTOR`` lines to
``graphkit/ingest/data/words/sector_wordnet.txt``. A noun listed under two sectors is left out
(it names no one sector); proper names (capitalised lemmas) are left out (they are names, found by
the name stages). Run it again after changing ``SEEDS``; the output is sorted, so diffs are readable.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from grow_lexicon import WORDNET, open_wordnet  # noqa: E402

OUT = ROOT / "graphkit" / "ingest" / "data" / "words" / "sector_wordnet.txt"

#: For each CAMEO sector, the WordNet senses its definition names: ``synset: depth`` (0: the
#: sense's own lemmas; n: also n levels of hyponyms).
SEEDS: dict[str, dict[str, int]] = {
    "MIL": {"soldier.n.01": 2, "serviceman.n.01": 2, "military_officer.n.01": 2, "military_personnel.n.01": 1,
            "armed_forces.n.01": 1, "army.n.01": 1, "navy.n.01": 1, "air_force.n.01": 1},
    "COP": {"policeman.n.01": 2, "police.n.01": 1, "lawman.n.01": 1},
    "JUD": {"judge.n.01": 1, "court.n.01": 1, "prosecutor.n.01": 1},
    "LEG": {"legislator.n.01": 1, "legislature.n.01": 1},
    "BUS": {"businessman.n.01": 1, "businesswoman.n.01": 0, "company.n.01": 1, "firm.n.01": 0,
            "corporation.n.01": 0, "executive.n.01": 0, "corporate_executive.n.01": 1, "investor.n.01": 0,
            "banker.n.01": 0, "merchant.n.01": 0, "industrialist.n.01": 0,
            "employer.n.01": 0, "manufacturer.n.01": 0, "financier.n.01": 0},
    "MED": {"journalist.n.01": 1, "broadcaster.n.01": 1, "newspaper.n.01": 1, "news_agency.n.01": 0,
            "editor.n.01": 1, "reporter.n.01": 0},
    "EDU": {"student.n.01": 1, "educator.n.01": 1, "school.n.01": 0, "university.n.01": 0,
            "university.n.03": 0, "college.n.01": 0, "academician.n.01": 0, "schoolchild.n.01": 0},
    "REF": {"refugee.n.01": 1, "displaced_person.n.01": 0, "exile.n.01": 0, "exile.n.02": 0},
    "REB": {"insurgent.n.01": 1, "guerrilla.n.01": 1, "rebel.n.01": 0, "separatist.n.01": 0,
            "militia.n.01": 0, "militiaman.n.01": 0},
    "LAB": {"trade_union.n.01": 1, "trade_unionist.n.01": 0, "striker.n.03": 0},
    "CVL": {"civilian.n.01": 0, "demonstrator.n.03": 1, "activist.n.01": 1, "protester.n.02": 0},
    "GOV": {"minister.n.02": 1, "diplomat.n.01": 1, "government.n.01": 0, "governor.n.01": 0,
            "ministry.n.03": 0, "cabinet.n.02": 0, "civil_servant.n.01": 0, "bureaucrat.n.01": 0},
}


#: Nouns left out though a seed holds them: heads of compounds that name any role ("decision makers",
#: "policy makers", "peacemakers" are no business); "head", a lemma of the head teacher's sense, heads any
#: body in news ("head of the delegation", "head of state").
LEFT_OUT = frozenset({"maker", "makers", "head", "heads"})


def _plural(noun: str, exceptions: dict[str, str]) -> str:
    """English plural of a (last word of a) noun: WordNet's irregular forms, else the regular rules.

    >>> _plural("policeman", {}), _plural("company", {}), _plural("boss", {}), _plural("army", {})
    ('policemen', 'companies', 'bosses', 'armies')
    >>> _plural("chairman of the board", {}), _plural("armed forces", {})
    ('chairmen of the board', 'armed forces')
    """
    if " of " in noun:  # "chairman of the board": the head comes first
        first, _, rest = noun.partition(" of ")
        return f"{_plural(first, exceptions)} of {rest}"
    head, _, last = noun.rpartition(" ")
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):  # already a plural ("armed forces")
        plural = last
    elif last in exceptions:
        plural = exceptions[last]
    elif last.endswith("man") and not last.endswith(("human", "german", "shaman")):
        plural = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _noun_exceptions() -> dict[str, str]:
    """Singular -> plural from WordNet's ``noun.exc`` (which lists plural -> singular)."""
    out: dict[str, str] = {}
    exc = WORDNET / "noun.exc"
    if exc.is_file():
        for line in exc.read_text().splitlines():
            parts = line.split()
            if len(parts) == 2:
                out.setdefault(parts[1], parts[0])
    return out


def grow(wn) -> dict[str, str]:
    """``noun -> sector`` for every common noun under the seeds, both numbers; shared nouns dropped."""
    sectors: dict[str, set[str]] = defaultdict(set)
    exceptions = _noun_exceptions()
    for sector, seeds in SEEDS.items():
        for name, depth in seeds.items():
            root = wn.synset(name)
            synsets = {root}
            frontier = [root]
            for _ in range(depth):
                frontier = [h for s in frontier for h in s.hyponyms()]
                synsets.update(frontier)
            for synset in synsets:
                for lemma in synset.lemmas():
                    word = lemma.name().replace("_", " ")
                    if word[:1].isupper() or not word.replace(" ", "").replace("-", "").isalpha():
                        continue
                    sectors[word].add(sector)
                    sectors[_plural(word, exceptions)].add(sector)
    return {word: next(iter(s)) for word, s in sectors.items() if len(s) == 1 and word not in LEFT_OUT}


def main() -> None:
    """Write ``sector_wordnet.txt``."""
    table = grow(open_wordnet())
    header = ("# CAMEO sector of common nouns, grown from WordNet 3.0 by tools/grow_sectors.py (do not edit:\n"
              "# change SEEDS there and run it again). 'noun = SECTOR'; the hand lists sector_<code>.txt win.\n")
    OUT.write_text(header + "".join(f"{w} = {s}\n" for w, s in sorted(table.items())))
    print(f"{len(table)} nouns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
