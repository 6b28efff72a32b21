"""Grow the nouns of ending an act or a measure in force from WordNet 3.0: ``python tools/grow_ending_nouns.py``.

"The lifting of sanctions", "the cancellation of the talks", "an end to the blockade": what a noun of
ending takes (through "of" or "to") was in force before the sentence, which reports its end, as with
the verbs of ending (``graphkit/ingest/data/words/ending_verbs.txt``, :mod:`graphkit.ingest.events.backdrop`).
This tool lists, for each of those verbs, the one-word nouns WordNet derives from its senses that are
filed as acts or events ("repeal", "cancellation", "termination"), the verb itself when WordNet has it as
such a noun ("end", "stop"), and its gerund ("lifting", "ending"), and writes them (one a line) to
``graphkit/ingest/data/words/ending_nouns.txt``. Run it again after changing the verb list; the output is sorted.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from grow_lexicon import open_wordnet  # noqa: E402

WORDS = ROOT / "graphkit" / "ingest" / "data" / "words"
OUT = WORDS / "ending_nouns.txt"
#: Lexicographer files of nouns of acts and events.
ACT_FILES = frozenset({"noun.act", "noun.event"})


def ending_verbs() -> list[str]:
    """The verbs of ``ending_verbs.txt``."""
    lines = (line.split("#", 1)[0].strip() for line in (WORDS / "ending_verbs.txt").read_text().splitlines())
    return [w for w in lines if w]


def gerund(verb: str) -> str:
    """The -ing form of ``verb`` ("lift": "lifting", "stop": "stopping", "revoke": "revoking").

    A one-syllable verb ending in one vowel and one consonant doubles it ("drop": "dropping").

    >>> gerund("lift"), gerund("stop"), gerund("revoke"), gerund("annul"), gerund("drop"), gerund("halt")
    ('lifting', 'stopping', 'revoking', 'annulling', 'dropping', 'halting')
    """
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bcdfgklmnprstvz]", verb) or verb in ("cancel", "annul"):  # British doubling
        return verb + verb[-1] + "ing"
    return verb + "ing"


def grow(wn, verbs: list[str]) -> list[str]:
    """The nouns of ending of ``verbs``, sorted."""
    out = set()
    for verb in verbs:
        out.add(gerund(verb))
        if any(s.lexname() in ACT_FILES for s in wn.synsets(verb, "n")):
            out.add(verb)
        for s in wn.synsets(verb, "v"):
            for lemma in s.lemmas():
                if lemma.name() != verb:
                    continue
                out.update(d.name() for d in lemma.derivationally_related_forms()
                           if d.synset().pos() == "n" and d.synset().lexname() in ACT_FILES and d.name().isalpha())
    return sorted(out)


def main() -> None:
    """Write ``ending_nouns.txt``."""
    words = grow(open_wordnet(), ending_verbs())
    header = ("# Nouns of ending an act or a measure in force (\"the lifting of sanctions\", \"an end to the\n"
              "# blockade\"): WordNet 3.0 act and event nouns derived from the verbs of\n"
              "# ending_verbs.txt, those verbs as nouns, and their gerunds; grown by\n"
              "# tools/grow_ending_nouns.py (do not edit: run it again).\n")
    OUT.write_text(header + "".join(f"{w}\n" for w in words))
    print(f"{len(words)} nouns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
