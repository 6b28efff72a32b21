"""Leaders, units and positions of an unnamed group: the group ("rebel leaders", "army units", "rebel positions").

News names the people who lead, speak for or make up a group by a noun for them with the group's noun
before it: "rebel leaders", "student leaders", "guerrilla commanders", "army units", "police officers".
As "a Hamas official" is Hamas acting (:mod:`graphkit.ingest.actors.unnamed`), these are the group
acting or acted on: "the government arrested 20 rebel leaders" arrests rebels. So are the places a
group holds when they are hit: "army units shelled rebel positions" attacks the rebels. The noun
(:data:`MEMBER_NOUNS`, :data:`HELD_NOUNS`) is mapped to the group of the modifier (:mod:`graphkit.ingest.actors.groups`:
"rebel" is "rebels", "army" and "police" are a country's forces) when the modifier is a lower-case
compound (or the word that opens the sentence) that names no actor itself.

Examples
--------
>>> member_group_word("rebel"), member_group_word("student"), member_group_word("army"), member_group_word("share")
('rebels', 'students', 'army', None)
"""
from __future__ import annotations

from graphkit.ingest.actors.groups import common_at, is_group_word
from graphkit.ingest.actors.sectors import plural_of

__all__ = ["MEMBER_NOUNS", "HELD_NOUNS", "member_group_word", "group_modifier_at", "hit_at", "owned_at"]

#: Nouns for those who lead, speak for, or make up a group: with the group's noun before them they are
#: the group ("rebel leaders", "army units"); not "sources" or "analysts", who only report.
MEMBER_NOUNS = frozenset("""
leader leaders commander commanders spokesman spokesmen spokeswoman representative representatives
delegate delegates delegation unit units chief chiefs officer officers member members
""".split())

#: Nouns for the places a group holds: attacked there, the group is attacked ("shelled rebel positions",
#: "raided guerrilla camps", "an attack on a police post"), as "Iranian positions" are Iran.
HELD_NOUNS = frozenset("""
position positions base bases camp camps post posts stronghold strongholds hideout hideouts station stations
""".split())

#: Singular institutions that are a country's forces ("army units", "police officers").
_INSTITUTIONS = frozenset({"army", "military", "navy", "police", "militia"})


def member_group_word(word: str) -> str | None:
    """The group noun a modifier names: its plural if that is a group noun ("rebel": "rebels"), the
    institution itself ("army"), else None."""
    low = word.lower()
    if low in _INSTITUTIONS:
        return low
    plural = plural_of(low)
    return plural if plural != low and is_group_word(plural) else None


def group_modifier_at(t, i: int) -> int | None:
    """The token before the member noun at ``i`` that names its group ("rebel" in "20 rebel leaders",
    "Army" opening "Army units attacked", "rebel" in "shelled rebel positions"), a compound of it,
    else None (also when someone owns the noun: "its army units").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["20", "rebel", "leaders", "and", "share", "dealers"],
    ...           heads=[2, 2, 2, 2, 5, 2], deps=["nummod", "compound", "ROOT", "cc", "compound", "conj"])
    >>> t = token_table(doc)
    >>> group_modifier_at(t, 2), group_modifier_at(t, 5)
    (1, None)
    """
    if t.lower[i] not in MEMBER_NOUNS | HELD_NOUNS or i == 0 or owned_at(t, i):  # "their leaders": the owner's
        return None
    k = i - 1
    if t.head[k] != i or t.dep[k] != "compound" or not common_at(t, k):
        return None
    return k if member_group_word(t.text[k]) else None


def hit_at(t, i: int, forceful) -> bool:
    """Whether the noun at ``i`` is what an act of force hits: the object of a word that ``forceful``
    (a predicate on a token index) accepts, directly or through a preposition ("shelled rebel
    positions", "fired on rebel positions", "an attack on a police post").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["fired", "on", "positions", "near", "camps"],
    ...           heads=[0, 0, 1, 2, 3], deps=["ROOT", "prep", "pobj", "prep", "pobj"])
    >>> t = token_table(doc)
    >>> hit_at(t, 2, lambda h: t.lower[h] == "fired"), hit_at(t, 4, lambda h: t.lower[h] == "fired")
    (True, False)
    """
    k, h = i, t.head[i]
    if t.dep[k] == "pobj":
        k, h = h, t.head[h]
    return t.dep[k] in ("dobj", "nsubjpass", "prep") and h != k and bool(forceful(h))


def owned_at(t, i: int) -> bool:
    """Whether the noun at ``i`` belongs to someone the sentence names ("its forces", "their troops",
    "Iraq's army": the owner acts, found by coreference), or is an idiom's bare object ("join forces")."""
    kids = t.children(i)
    if any(t.dep[c] == "poss" for c in kids):
        return True
    return t.dep[i] == "dobj" and t.lower[i] == "forces" and all(t.dep[c] == "prep" for c in kids)
