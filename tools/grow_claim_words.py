"""Grow the word lists of unverified claims and of denials from WordNet 3.0 (``/usr/share/wordnet``).

``claim_nouns``: the single-word lemmas of the roots, and the nouns whose first or second sense is
an unverified claim: a claim that something is true (claim.n.02),
an allegation or accusation, a rumour, a news report or a guess, or
one of their hyponyms. The clause they carry ("claims that Iran had supplied weapons", "reports
that Israel had bombed Gaza") says what someone holds, not a fact.

``denying_verbs``: single-word lemmas of the senses of declaring untrue, refuting and dismissing
(``DENY_SENSES``) whose first verb sense is one of them: "denied claims that ..." negates.

Usage::

    python tools/grow_claim_words.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402
from grow_speech_words import first_sense_verbs, write_list  # noqa: E402

CLAIM_ROOTS = ("claim.n.02", "allegation.n.01", "allegation.n.02", "accusation.n.01", "accusation.n.02",
               "rumor.n.01", "report.n.03", "guess.n.01", "speculation.n.02")
DENY_SENSES = ("deny.v.01", "deny.v.02", "refute.v.01", "refute.v.02", "reject.v.01", "dismiss.v.01",
               "repudiate.v.04", "contradict.v.02", "negate.v.03", "disavow.v.01", "disclaim.v.02")


def _under(wn, roots) -> set:
    out = set()
    for name in roots:
        root = wn.synset(name)
        out |= {root} | set(root.closure(lambda s: s.hyponyms()))
    return out


def claim_nouns(wn) -> list[str]:
    """Nouns whose first or second sense is under ``CLAIM_ROOTS``."""
    under = _under(wn, CLAIM_ROOTS)
    out = {lem.name().lower() for r in CLAIM_ROOTS for lem in wn.synset(r).lemmas() if lem.name().isalpha()}
    return sorted(out | {lemma.lower() for lemma in wn.all_lemma_names("n")
                         if lemma.isalpha() and set(wn.synsets(lemma, "n")[:2]) & under})


def denying_verbs(wn) -> list[str]:
    """Lemmas of ``DENY_SENSES`` whose first verb sense is one of them."""
    return first_sense_verbs(wn, DENY_SENSES)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "graphkit" / "ingest" / "data" / "words"
    wn = open_wordnet()
    words = claim_nouns(wn)
    head = ("# Nouns of unverified claims (their content clause is no fact), grown from WordNet 3.0 by\n"
            f"# tools/grow_claim_words.py: first or second sense under {', '.join(CLAIM_ROOTS)}.\n"
            "# Do not edit by hand.\n")
    write_list(folder, "claim_nouns", head, words, "nouns")
    words = denying_verbs(wn)
    head = ("# Verbs of denying, refuting and dismissing a claim, grown from WordNet 3.0 by\n"
            f"# tools/grow_claim_words.py: lemmas of {', '.join(DENY_SENSES)}\n"
            "# whose first verb sense is one of them. Do not edit by hand.\n")
    write_list(folder, "denying_verbs", head, words, "verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
