"""Verb classes of the event lexicon, grown from WordNet 3.0 (``data/words/class_NAME.txt``).

A noun of expressed attitude ("support", "sympathy", "disapproval", "a call") is an act of its
holder when a verb of expressing governs it: "voiced support", "reaffirmed its support",
"reiterated his call". The lexicon's ``gov=`` lists named a few such verbs each; the class is
defined once here, so that any verb of expressing, affirming or repeating a stance counts
(``gov=@expressing``). A verb belongs when its first (most frequent) WordNet sense is under one
of the class's roots; a root ending in "!" gives its own lemmas only, not its hyponyms.
Run: ``python tools/grow_verb_classes.py [--wordnet DIR]``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

__all__ = ["VERB_CLASSES", "verb_class_words", "write_verb_classes", "main"]

#: Verb classes: name -> WordNet roots. "expressing": giving expression to a stance
#: (express.v.01: "stressed", "underlined", "vented"; voice.v.01), declaring it (declare.v.01,
#: affirm.v.02: "avowed", "asserted"), affirming it again (reaffirm.v.01, confirm.v.02:
#: "reasserted") and repeating it (repeat.v.01: "reiterated", "restated"). Not state.v.01 ("said",
#: "told": a report, no stance taken) nor affirm.v.03 (its hyponyms "claim", "justify" argue).
VERB_CLASSES: dict[str, tuple[str, ...]] = {
    "expressing": ("express.v.01", "voice.v.01", "declare.v.01!", "affirm.v.02!", "reaffirm.v.01",
                   "confirm.v.02!", "repeat.v.01!"),
}
_DATA = Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"


def verb_class_words(wn, roots: tuple[str, ...]) -> list[str]:
    """The single-word verbs whose first sense is under ``roots`` ("NAME!": that sense only).

    Examples
    --------
    >>> from grow_lexicon import open_wordnet  # doctest: +SKIP
    >>> "reaffirm" in verb_class_words(open_wordnet(), VERB_CLASSES["expressing"])  # doctest: +SKIP
    True
    """
    under = {wn.synset(r) for r in roots if not r.endswith("!")}
    own = {wn.synset(r[:-1]) for r in roots if r.endswith("!")}
    out = set()
    for lemma in wn.all_lemma_names("v"):
        senses = wn.synsets(lemma, "v")
        if not lemma.isalpha() or not senses:
            continue
        first = senses[0]
        if first in own or under & ({first} | set(first.closure(lambda s: s.hypernyms()))):
            out.add(lemma.lower())
    return sorted(out)


def write_verb_classes(wn, folder: Path = _DATA) -> None:
    """Write ``class_NAME.txt`` in ``folder`` for each class of :data:`VERB_CLASSES`."""
    for name, roots in VERB_CLASSES.items():
        words = verb_class_words(wn, roots)
        head = (f"# Verb class '{name}' for event lexicon conditions (gov=@{name}), grown from WordNet 3.0\n"
                f"# by tools/grow_verb_classes.py: verbs whose first sense is under {', '.join(roots)}"
                " ('!': that sense only). Do not edit by hand.\n")
        (folder / f"class_{name}.txt").write_text(head + "\n".join(words) + "\n", encoding="utf-8")
        print(f"class {name}: {len(words)} verbs")


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - writes the package data
    """Grow the verb classes from the WordNet database given (Debian's by default)."""
    from grow_lexicon import WORDNET, open_wordnet
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    write_verb_classes(open_wordnet(ap.parse_args(argv).wordnet))


if __name__ == "__main__":  # pragma: no cover
    main()
