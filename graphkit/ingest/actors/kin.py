"""One group named twice: synonymous heads, and members named by a participle.

Used by :mod:`graphkit.ingest.actors.bodies` before it makes a group actor. Two facts of English:

- a set of bodies is named by near-synonyms of one head noun with the same classifier ("UK firms",
  later "UK businesses"): nouns whose first WordNet senses are one synset, or the one a direct
  hypernym of the other ("a firm is a business"; ``body_synonyms``, made by
  ``tools/grow_body_synonyms.py``). Siblings are not joined: a "senate" and a "congress" are both
  legislatures but two bodies;
- a participle before a plural ("neighbouring authorities", "competing firms") describes how the
  members stand to each other or what they do, not which kind they are: when the article names one
  group with that head noun ("local authorities"), the phrase names its members.

Examples
--------
>>> same_body_noun("firms", "businesses"), same_body_noun("businesses", "firm")
(True, True)
>>> same_body_noun("parties", "unions"), same_body_noun("senate", "congress")
(False, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.words import word_pairs
from graphkit.names import name_key

__all__ = ["same_body_noun", "kin_group", "head_group", "is_participle"]


@cache
def _forms() -> dict[str, str]:
    return word_pairs("body_synonyms")


def _singulars(word: str) -> set[str]:
    """The forms a plural may have in the singular ("businesses" -> "business", "firms" -> "firm")."""
    low = word.lower()
    out = {low}
    if low.endswith("ies"):
        out.add(low[:-3] + "y")
    if low.endswith("es"):
        out.add(low[:-2])
    if low.endswith("s") and not low.endswith("ss"):
        out.add(low[:-1])
    return out


def same_body_noun(a: str, b: str) -> bool:
    """Whether two head nouns (singular or plural) name one kind of body: the same noun, or one is
    the other's form in ``body_synonyms`` (one first sense, or a direct hypernym)."""
    forms = _forms()
    sa, sb = _singulars(a), _singulars(b)
    if sa & sb:
        return True
    return any(forms.get(x) in sb for x in sa) or any(forms.get(y) in sa for y in sb)


def kin_group(groups: dict, name: str):
    """The group of ``groups`` (name key to cluster) named with the same classifier as ``name`` and a
    synonymous head noun ("UK firms" for "UK businesses"), or of that very name; None unless there is
    exactly one.

    Examples
    --------
    >>> kin_group({"uk firms": "G"}, "UK businesses"), kin_group({"uk firms": "G"}, "Welsh businesses")
    ('G', None)
    """
    words = name_key(name).split()
    if len(words) < 2:
        return None
    if name_key(name) in groups:
        return groups[name_key(name)]
    found = {id(g): g for key, g in groups.items() if (other := key.split())[:-1] == words[:-1]
             and len(other) == len(words) and same_body_noun(other[-1], words[-1])}
    return next(iter(found.values())) if len(found) == 1 else None


def head_group(groups: dict, head: str):
    """The one group of ``groups`` whose name ends with the head noun ``head`` and has a classifier
    ("local authorities" for the members called "neighbouring authorities"); None unless one.

    Examples
    --------
    >>> head_group({"local authorities": "G", "uk firms": "F"}, "authorities")
    'G'
    >>> head_group({"local authorities": "G", "welsh authorities": "H"}, "authorities") is None
    True
    """
    found = {id(g): g for key, g in groups.items() if len(words := key.split()) > 1
             and _singulars(words[-1]) & _singulars(head)}
    return next(iter(found.values())) if len(found) == 1 else None


def is_participle(word: str) -> bool:
    """Whether a lower-case modifier is a present participle and no noun: "-ing" on a verb of
    WordNet's ("neighbouring", "competing", "opposing"), and no noun of its own as "housing",
    "banking" or "striking" are, which classify ("housing associations").

    >>> is_participle("neighbouring"), is_participle("competing"), is_participle("housing")
    (True, True, False)
    """
    if not (word.islower() and word.endswith("ing") and len(word) > 5):
        return False
    from graphkit.ingest.prepare.model import package_lemma_index  # prepare imports the actor stage

    index = package_lemma_index()
    nouns, verbs = index["noun"], index["verb"]
    stem = word[:-3]
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return word not in nouns and bool(stems & verbs)
