"""Grow the word lists of :mod:`graphkit.ingest.events.attendance` from WordNet 3.0 (``/usr/share/wordnet``).

* ``data/words/motion_verbs.txt``: the verbs of going, whose subject goes where their "to" or "for"
  phrase says ("drove to a meeting", "left on a trip"): verbs whose first (most frequent) sense is in the
  lexicographer file ``verb.motion``;
* ``data/words/time_nouns.txt``: the nouns of a stretch of time ("two days of talks", "a second round of
  talks"): nouns with a sense in ``noun.time`` among their first two.

Single-word lemmas only.

Usage::

    python tools/grow_attendance_words.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

MOTION_HEADER = ("# Verbs of going: the first WordNet 3.0 sense is in verb.motion (\"drove to a meeting\").\n"
                 "# Grown from WordNet 3.0 by tools/grow_attendance_words.py; do not edit by hand.\n")
TIME_HEADER = ("# Nouns of a stretch of time: one of the first two WordNet 3.0 senses is in noun.time\n"
               "# (\"two days of talks\", \"a round of talks\").\n"
               "# Grown from WordNet 3.0 by tools/grow_attendance_words.py; do not edit by hand.\n")


def motion_verbs(wn) -> list[str]:
    """The single-word verbs whose first sense is a verb of motion."""
    return sorted({lemma.lower() for lemma in wn.all_lemma_names("v")
                   if lemma.isalpha() and (senses := wn.synsets(lemma, "v")) and senses[0].lexname() == "verb.motion"})


def time_nouns(wn) -> list[str]:
    """The single-word nouns with a sense of a stretch of time among their first two."""
    return sorted({lemma.lower() for lemma in wn.all_lemma_names("n")
                   if lemma.isalpha() and any(s.lexname() == "noun.time" for s in wn.synsets(lemma, "n")[:2])})


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "graphkit/ingest/data/words"
    wn = open_wordnet()
    for name, header, words in (("motion_verbs", MOTION_HEADER, motion_verbs(wn)),
                                ("time_nouns", TIME_HEADER, time_nouns(wn))):
        (out / f"{name}.txt").write_text(header + "".join(w + "\n" for w in words))
        print(f"{name}: {len(words)}")


if __name__ == "__main__":
    main(sys.argv[1:])
