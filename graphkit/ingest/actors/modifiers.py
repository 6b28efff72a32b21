"""Modifier words: the words before a noun that say whose it is, through the phrases that modify it.

An unnamed source or group is told by the words before it: "a senior Hamas official", "U.S.-led forces"
(:mod:`graphkit.ingest.actors.unnamed`). English stacks nouns before a head, and the country of a
modifying noun phrase is the country of the whole: "Soviet Foreign Ministry officials" are officials of
the Soviet Foreign Ministry, so Soviet ones, though "Soviet" modifies "Ministry", not "officials"; the same
holds for a lower-case participle ("U.S.-led forces" are the U.S.'s), except participles after which the
country is a patron ("Syrian-backed militiamen", "Iranian-trained guerrillas" are proxies: :data:`PATRONS`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["Soviet", "Foreign", "Ministry", "officials", "met"], heads=[2, 2, 3, 4, 4],
...           deps=["compound", "compound", "compound", "nsubj", "ROOT"], pos=["ADJ", "PROPN", "PROPN", "NOUN", "VERB"])
>>> modifier_words(token_table(doc), 2)
[2, 0, 1]
"""
from __future__ import annotations

__all__ = ["PATRONS", "modifier_words"]

#: Dependencies of the words before a modifier that modify it in turn ("U.S." of "U.S.-led", "Soviet" of
#: "Soviet Foreign Ministry").
_PRE_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})
#: Participles after which the country names a patron, not the group's own side ("Syrian-backed
#: militiamen", "Iranian-trained guerrillas" are proxies; "U.S.-led forces" are the U.S.'s).
PATRONS = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "equipped",
                     "inspired", "allied", "aligned", "leaning", "oriented", "influenced", "installed", "created"})


def modifier_words(t, c: int) -> list[int]:
    """Token ``c`` (a modifier of a noun) with its conjuncts, and the words before it that modify it: those of
    a lower-case participle ("U.S." of "U.S.-led"), unless it names a patron, and the capitalised ones of a
    noun ("Soviet" of "Soviet Foreign Ministry officials"), read on the token table ``t``."""
    mods = [c, *t.conjuncts(c)]
    dep = t.dep[c]
    if dep == "amod" and t.text[c].islower() and t.lower[c] not in PATRONS:  # "U.S.-led forces"
        mods += [g for g in t.children(c) if t.dep[g] in _PRE_DEPS - {"amod"} and g < c]
    elif dep == "compound" and t.pos[c] in ("NOUN", "PROPN"):  # "Soviet Foreign Ministry officials"
        mods += [g for g in t.children(c) if t.dep[g] in _PRE_DEPS and g < c and t.text[g][:1].isupper()]
    return mods
