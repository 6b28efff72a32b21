"""Grow the word lists of the speech-act rules from WordNet 3.0 (``/usr/share/wordnet``).

``accusation_nouns``: the single-word nouns whose first sense is an accusation (accusation.n.01,
accusation.n.02 or one of their hyponyms), plus the lemmas of accusation.n.02 itself ("charge",
whose first sense is a rush): "allegations by X that Y ...", "charges from X that Y ...".

``statement_nouns``: the single-word nouns derived (WordNet derivational links) from the first
sense of a reporting verb (``data/words/reporting_verbs.txt``) whose first sense is a statement
(statement.n.01 or below): "claims from X that ...", "X's remarks that ...".

``fault_verbs``: the single-word lemmas of the senses of failing, deceiving and betraying
(``FAULT_SENSES``) whose first verb sense is itself one of those senses: "X said Y had failed
to ...", "Y misled voters".

``negated_condemn``: the adjectives whose first sense has an antonym in ``class_condemn``:
"said the proposals were not acceptable" condemns them as "unacceptable" would.

``judging_verbs``: the single-word lemmas whose first verb sense is a sense of praising,
criticising, accusing, blaming, thanking or congratulating (``JUDGING_ROOTS`` or below): their
object is whom (or whose act) the speaker judges -- "praised his handling of the economy" is
another's handling (:mod:`graphkit.ingest.events.anaphora`).

Usage::

    python tools/grow_speech_words.py [graphkit/ingest/data/words]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grow_lexicon import open_wordnet  # noqa: E402

ROOTS = ("accusation.n.01", "accusation.n.02")


def accusation_nouns(wn) -> list[str]:
    """Nouns whose first sense is under ``ROOTS``, and the lemmas of accusation.n.02."""
    roots = {wn.synset(r) for r in ROOTS}
    under = set(roots)
    for r in roots:
        under |= set(r.closure(lambda s: s.hyponyms()))
    out = {lem.name().lower() for lem in wn.synset("accusation.n.02").lemmas()}
    for lemma in wn.all_lemma_names("n"):
        if lemma.isalpha() and wn.synsets(lemma, "n")[0] in under:
            out.add(lemma.lower())
    return sorted(out)


def statement_nouns(wn) -> list[str]:
    """Nouns derived from a reporting verb's first sense whose first sense is a statement."""
    from graphkit.ingest.words import word_list

    root = wn.synset("statement.n.01")
    out = set()
    for verb in word_list("reporting_verbs"):
        senses = wn.synsets(verb.replace(" ", "_"), "v")
        for lem in senses[0].lemmas() if senses else ():
            for d in lem.derivationally_related_forms():
                noun = d.name()
                if d.synset().pos() != "n" or not noun.isalpha():
                    continue
                first = wn.synsets(noun, "n")[0]
                if first == root or root in first.closure(lambda s: s.hypernyms()):
                    out.add(noun.lower())
    return sorted(out)


#: Senses of doing wrong by another: failing, deceiving, misleading; and (overstate.v.01 "to enlarge
#: beyond bounds or the truth", neglect.v.01/.03 "leave undone", "fail to attend to", cheat.v.01/.03
#: "deprive somebody of something by deceit", "practice trickery") exaggerating, neglecting, cheating.
FAULT_SENSES = ("fail.v.01", "fail.v.02", "fail.v.03", "deceive.v.01", "deceive.v.02", "mislead.v.01",
                "misinform.v.01", "overstate.v.01", "neglect.v.01", "neglect.v.03", "cheat.v.01", "cheat.v.03")


def first_sense_verbs(wn, names) -> list[str]:
    """Single-word lemmas of the verb senses ``names`` whose first verb sense is one of them."""
    senses = {wn.synset(s) for s in names}
    return sorted({lem.name().lower() for s in senses for lem in s.lemmas()
                   if lem.name().isalpha() and wn.synsets(lem.name(), "v")[0] in senses})


def fault_verbs(wn) -> list[str]:
    """Lemmas of ``FAULT_SENSES`` whose first verb sense is one of them."""
    return first_sense_verbs(wn, FAULT_SENSES)


JUDGING_ROOTS = ("praise.v.01", "hail.v.01", "commend.v.01", "applaud.v.02", "admire.v.01", "thank.v.01",
                 "congratulate.v.01", "criticize.v.01", "condemn.v.01", "denounce.v.01", "attack.v.02",
                 "accuse.v.01", "blame.v.01")


def judging_verbs(wn) -> list[str]:
    """Single-word lemmas whose first verb sense is one of ``JUDGING_ROOTS`` or a hyponym of one."""
    under = {wn.synset(r) for r in JUDGING_ROOTS}
    under |= {h for s in list(under) for h in s.closure(lambda x: x.hyponyms())}
    return sorted({lem.name().lower() for s in under for lem in s.lemmas()
                   if lem.name().isalpha() and wn.synsets(lem.name(), "v")[0] in under})


def negated_condemn(wn, folder: Path) -> list[str]:
    """Adjectives whose first sense has a WordNet antonym in ``class_condemn`` ("acceptable" /
    "unacceptable", "fair" / "unfair"): negated ("was not acceptable") they condemn as the antonym."""
    condemn = {w.strip() for w in (folder / "class_condemn.txt").read_text(encoding="utf-8").splitlines()
               if w.strip() and not w.startswith("#")}
    out = set()
    for word in {lem.name() for s in wn.all_synsets("a") for lem in s.lemmas() if lem.name().isalpha()}:
        first = wn.synsets(word, "a")[0]
        lem = next((x for x in first.lemmas() if x.name().lower() == word.lower()), None)
        if lem is not None and any(a.name() in condemn for a in lem.antonyms()):
            out.add(word.lower())
    return sorted(out)


def write_list(folder: Path, name: str, head: str, words: list[str], what: str) -> None:
    """Write ``folder/name.txt``: the comment ``head`` then one word a line; say how many."""
    (folder / f"{name}.txt").write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{name}: {len(words)} {what}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "graphkit" / "ingest" / "data" / "words"
    words = accusation_nouns(open_wordnet())
    head = ("# Nouns of accusation for the speech-act rules, grown from WordNet 3.0 by tools/grow_speech_words.py:\n"
            f"# first sense under {', '.join(ROOTS)} (or a lemma of accusation.n.02). Do not edit by hand.\n")
    write_list(folder, "accusation_nouns", head, words, "nouns")
    words = statement_nouns(open_wordnet())
    head = ("# Nouns of statement for the speech-act rules, grown from WordNet 3.0 by tools/grow_speech_words.py:\n"
            "# derived from a reporting verb's first sense, first sense under statement.n.01. Do not edit by hand.\n")
    write_list(folder, "statement_nouns", head, words, "nouns")
    words = fault_verbs(open_wordnet())
    head = ("# Verbs of failing, deceiving, exaggerating, neglecting and cheating for the speech-act rules,\n"
            "# grown from WordNet 3.0 by\n"
            f"# tools/grow_speech_words.py: lemmas of {', '.join(FAULT_SENSES)} whose first sense is one of them.\n")
    write_list(folder, "fault_verbs", head, words, "verbs")
    words = judging_verbs(open_wordnet())
    head = ("# Verbs of judging another (praise, criticism, accusation, thanks) for the speech-act rules, grown\n"
            "# from WordNet 3.0 by tools/grow_speech_words.py: first verb sense at or below one of\n"
            f"# {', '.join(JUDGING_ROOTS)}. Do not edit by hand.\n")
    write_list(folder, "judging_verbs", head, words, "verbs")
    words = negated_condemn(open_wordnet(), folder)
    head = ("# Adjectives that condemn when negated, grown from WordNet 3.0 by tools/grow_speech_words.py: the\n"
            "# first sense's antonym is in class_condemn ('not acceptable' = 'unacceptable'). Do not edit by hand.\n")
    write_list(folder, "negated_condemn", head, words, "adjectives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
