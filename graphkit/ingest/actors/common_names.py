"""Bodies with a generic name: "the Senate", "Parliament", "the Treasury".

Every state has a "Congress" or a "Parliament", a "Treasury", a "Foreign Ministry", a "central bank" and
an "Army": a body named by a common English word alone is one body only within one country. The actor
stage marks such a body's record (``Actor.generic_name``) so that the merge across articles
(:mod:`graphkit.graph.merge`) ties it, when its text ties it to no country, to the countries its story
names, and keeps bodies of conflicting countries apart.

A name is generic (:func:`generic_body`) when, the links "of", "and", "for", "on" and "the" apart, it has
one word, and that word (or its singular) is a noun or adjective of WordNet as
the spaCy model's lemmatizer ships it (:func:`~graphkit.ingest.prepare.model.package_lemma_index`):
"Congress", "Parliament", "Treasury" are generic; "Philippine Congress", "OPEC", "Reuters" are not, nor
are names of several words, which WordNet's lists cannot tell from one body's own name ("International
Monetary Fund", "World Bank" are made of common words too). A word in capitals ("UN", "NATO") is a name.
A body the text names in small letters ("an army spokesman") is the most generic of all: the merge never
starts a match from it, but marking it keeps a body of another country from joining it later.

Examples
--------
>>> generic_body("the Senate"), generic_body("World Bank"), generic_body("Philippine Congress")
(True, False, False)
>>> generic_body("NATO"), generic_body("army"), generic_body("Ministries"), generic_body("army officers")
(False, True, True, False)
>>> generic_body("Central Bank"), generic_body("National Bank"), generic_body("Arab Bank")
(True, True, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.institutions import is_national_bank
from graphkit.names import name_key

__all__ = ["generic_body", "is_generic_body"]

_LINKS = frozenset({"of", "and", "for", "the", "on"})
#: The kinds of actor a generic name can make one body per country.
_BODIES = frozenset({"organization", "group"})


@cache
def _common_words() -> frozenset[str]:
    """WordNet's nouns and adjectives (empty when the model package has no tables: no name is generic)."""
    from graphkit.ingest.prepare.model import package_lemma_index  # prepare imports the actor stage

    index = package_lemma_index()
    return index["noun"] | index["adj"]


def _common(word: str) -> bool:
    """Whether ``word`` (lower case) or its singular is a common word ("ministries" -> "ministry")."""
    forms = {word, word[:-1] if word.endswith("s") and not word.endswith("ss") else word,
             word[:-3] + "y" if word.endswith("ies") else word}
    return bool(forms & _common_words())


@cache
def generic_body(name: str) -> bool:
    """Whether a name is one common word ("the Senate", "Treasury", "army"): the name of one body in
    each country (see the module).

    >>> generic_body("Parliament"), generic_body("Treasury"), generic_body("Reuters")
    (True, True, False)
    """
    raw = [w for w in name.replace("-", " ").split() if w.lower() not in _LINKS]
    if not raw or any(len(w) > 1 and w.isupper() for w in raw):
        return False  # an abbreviation ("UN", "NATO") is a name
    keys = [w for w in name_key(name).split() if w not in _LINKS]
    if is_national_bank(name):  # "the Central Bank": one in each country (:mod:`.institutions`)
        return True
    return len(keys) == 1 and keys[0].isalpha() and _common(keys[0])


def is_generic_body(kind: str, name: str) -> bool:
    """Whether an actor of ``kind`` named ``name`` is a body with a generic name.

    >>> is_generic_body("organization", "Senate"), is_generic_body("location", "Senate")
    (True, False)
    """
    return kind in _BODIES and generic_body(name)
