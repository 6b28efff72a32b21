"""Grow the list of place words that are also common English words: ``python tools/grow_common_places.py``.

The truecaser (``graphkit/ingest/prepare/truecase.py``) gives a capital back to the country names,
demonyms and capitals of a sentence a wire wrote in lower case ("informed cuban foreign ministry
officials"). A few of those words are common words as well ("turkey", "china", "polish", "male", the
capital of the Maldives): in lower case they are no evidence of a name. WordNet 3.0 writes a proper
noun with its capital and a common word in lower case, so a one-word country name, demonym or capital
is written to ``graphkit/ingest/data/words/place_common_words.txt`` when WordNet has a lemma of it in
lower case.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

OUT = ROOT / "graphkit" / "ingest" / "data" / "words" / "place_common_words.txt"


def place_words() -> set[str]:
    """One-word country names, demonyms and national capitals of the project's gazetteers (lower case)."""
    from graphkit.ingest.actors.gazetteer import _countries, _demonyms
    from graphkit.ingest.actors.places import _capitals

    words = set(_countries()[0]) | set(_demonyms()[0]) | set(_demonyms()[1]) | set(_capitals())
    return {w for w in words if w.isalpha()}


def main() -> None:
    from grow_lexicon import open_wordnet

    wn = open_wordnet()
    common = sorted(w for w in place_words()
                    if any(lemma.name() == w for s in wn.synsets(w) for lemma in s.lemmas()))
    head = ["# Country names, demonyms and capitals that WordNet 3.0 also lists in lower case, as common words",
            "# (grown by tools/grow_common_places.py): in lower case they are no evidence of a name."]
    OUT.write_text("\n".join(head + common) + "\n", encoding="utf-8")
    print(f"{len(common)} words -> {OUT}")


if __name__ == "__main__":
    main()
