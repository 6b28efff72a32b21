"""Grow the nouns of happenings that are no attack from WordNet: ``python tools/grow_happening_nouns.py``.

An attack is done by people, or by the weapons and forces they use; a verb of attacking whose doer is
an act, an event, a state or an abstraction that is no attack ("GM was hit by a strike", "the recession
hit exporters", "hit by falling prices", "an earthquake struck") is used in the sense "affect".
This tool lists the one-word common nouns whose first WordNet sense is filed under an abstract
lexicographer file or under acts and events (``HAPPENING``) and is no kind of attack, fighting, violence,
shooting or explosion (``VIOLENT``), none of whose first ``SENSES`` senses is filed under people, groups,
places or things (``CONCRETE``) and no sense at all under people or groups (``PARTIES``: "forces" are
troops; a name's sense, "Price" the singer, does not count), and writes them (one a line) to
``graphkit/ingest/data/words/happening_nouns.txt`` (:mod:`graphkit.ingest.events.figurative`).
Run it again after changing the sets; the output is sorted.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from grow_lexicon import open_wordnet  # noqa: E402

OUT = ROOT / "graphkit" / "ingest" / "data" / "words" / "happening_nouns.txt"

#: Lexicographer files of what happens or holds: acts, events, processes, states and abstractions.
HAPPENING = frozenset({"act", "event", "process", "phenomenon", "state", "attribute", "cognition", "feeling",
                       "motive", "quantity", "relation", "communication", "possession", "time"})
#: Lexicographer files of people, groups, places and things: what they name can be an attacker or a weapon.
CONCRETE = frozenset({"person", "group", "location", "artifact", "object", "animal", "body", "substance",
                      "plant", "food", "Tops"})
#: Lexicographer files of parties: a noun with any sense here (a name's sense aside) may name the attacker.
PARTIES = frozenset({"person", "group"})
#: Synsets of violent acts: a noun whose first sense falls under them names an attack itself (a later
#: sense, "strike" an air raid, is told by the lexicon's conditions on the noun).
VIOLENT = frozenset({"attack.n.01", "military_action.n.01", "violence.n.01", "fight.n.02", "conflict.n.01",
                     "shooting.n.01", "explosion.n.01", "bombing.n.01", "killing.n.02",
                     "aggression.n.01"})
#: How many of a noun's most frequent senses must all be outside ``CONCRETE``.
SENSES = 3


def _violent(synset) -> bool:
    """Whether ``synset`` is one of ``VIOLENT`` or falls under one."""
    return synset.name() in VIOLENT or any(h.name() in VIOLENT for h in synset.closure(lambda s: s.hypernyms()))


def grow(wn) -> list[str]:
    """The one-word lower-case nouns of the criteria above, sorted."""
    out = set()
    for lemma in wn.all_lemma_names("n"):
        if not lemma.isalpha() or not lemma.islower():
            continue
        synsets = wn.synsets(lemma, "n")
        files = [s.lexname().split(".")[1] for s in synsets[:SENSES]]
        if not files or files[0] not in HAPPENING or any(f in CONCRETE for f in files):
            continue
        if _violent(synsets[0]) or any(s.lexname().split(".")[1] in PARTIES for s in synsets
                                       if not s.instance_hypernyms()):
            continue  # an attack itself, or a noun that may name the attackers ("forces"; not "Price" the singer)
        out.add(lemma)
    return sorted(out)


def main() -> None:
    """Write ``happening_nouns.txt``."""
    words = grow(open_wordnet())
    header = ("# Nouns of happenings that are no attack (first WordNet 3.0 sense an act, event, state or\n"
              "# abstraction and no kind of attack, fighting, violence, shooting or explosion; none of the first\n"
              "# three a person, group, place or thing, none a person or group), grown by\n"
              "# tools/grow_happening_nouns.py\n"
              "# (do not edit: change the sets there and run it again).\n")
    OUT.write_text(header + "".join(f"{w}\n" for w in words))
    print(f"{len(words)} nouns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
