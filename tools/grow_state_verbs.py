"""Grow ``data/words/state_verbs.txt`` from WordNet 3.0 (``/usr/share/wordnet``): the verbs of states,
feelings, perception and thought, which tell no act a party could promise ("would remain", "will
need", "would like", "will know"); read by :mod:`graphkit.ingest.events.intentions`.

A verb is listed when more than half of its uses, by WordNet's sense tag counts (each sense counted
one more than tagged), fall in the lexicographer files ``verb.stative``, ``verb.emotion``,
``verb.perception``, ``verb.cognition``, ``verb.weather`` or ``verb.body``; and the copulas of
change, of staying and of having (the verbs whose first sense is ``become.v.01``, ``remain.v.01``,
``stay.v.01`` or ``have.v.01``: "will have a deficit"). Single-word lemmas only.

Usage::

    python tools/grow_state_verbs.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

STATE_FILES = frozenset({"verb.stative", "verb.emotion", "verb.perception", "verb.cognition", "verb.weather",
                         "verb.body"})
COPULAS = ("become.v.01", "remain.v.01", "stay.v.01", "have.v.01")
HEADER = ("# Verbs of states, feelings, perception and thought: no act to promise (\"would remain\", \"will need\").\n"
          "# Grown from WordNet 3.0 by tools/grow_state_verbs.py; do not edit by hand.\n")


def state_share(wn, verb: str) -> float:
    """The share of ``verb``'s uses (sense tag counts + 1) in :data:`STATE_FILES`."""
    uses = [(lem.count() + 1, s.lexname()) for s in wn.synsets(verb, "v") for lem in s.lemmas()
            if lem.name().lower() == verb]
    total = sum(n for n, _ in uses)
    return sum(n for n, f in uses if f in STATE_FILES) / total if total else 0.0


def state_verbs(wn) -> list[str]:
    """The single-word verbs of states (see the module)."""
    copulas = {wn.synset(s) for s in COPULAS}
    out = set()
    for lemma in wn.all_lemma_names("v"):
        if not lemma.isalpha():
            continue
        if state_share(wn, lemma) > 0.5 or wn.synsets(lemma, "v")[0] in copulas:
            out.add(lemma.lower())
    return sorted(out)


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"
    words = state_verbs(open_wordnet())
    (out / "state_verbs.txt").write_text(HEADER + "".join(w + "\n" for w in words))
    print(f"state_verbs: {len(words)}")


if __name__ == "__main__":
    main(sys.argv[1:])
