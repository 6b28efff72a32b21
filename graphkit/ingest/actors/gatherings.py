"""Gatherings: delegates at a named body's meeting act for that body.

News names those who attend a meeting by the meeting, not by their country: "delegates at the OPEC
meeting rejected the proposal", "delegates to the ICO council session criticised Brazil", "negotiators
at the GATT talks agreed". People who represent a body (``delegate_nouns``, grown from WordNet by
``tools/grow_workers.py``: delegates, representatives, negotiators, officials, spokesmen) "at" or "to"
a gathering (a noun whose every event sense is a meeting: "meeting", "conference", "talks", "session";
:func:`~graphkit.ingest.events.belonging.is_gathering`) that a named organisation holds (it modifies the
gathering, or is its "of" phrase: "the OPEC meeting", "a meeting of OPEC") act for that organisation, as
"OPEC delegates" do. A gathering of no named organisation ("delegates at the meeting") gives no one.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["delegates", "at", "the", "OPEC", "meeting", "rejected", "it"],
...           heads=[5, 0, 4, 4, 1, 5, 5], deps=["nsubj", "prep", "det", "compound", "pobj", "ROOT", "dobj"],
...           lemmas=["delegate", "at", "the", "OPEC", "meeting", "reject", "it"])
>>> gathering_of(token_table(doc), doc, 0)
4
"""
from __future__ import annotations

from graphkit.ingest.actors.groups import common_at
from graphkit.ingest.actors.participants import GROUP_PREPS, in_role
from graphkit.ingest.actors.sectors import plural_of
from graphkit.ingest.words import word_list

__all__ = ["gathering_of", "find_delegates"]

#: Prepositions from those who attend to the gathering ("delegates at / to the meeting").
_ATTEND_PREPS = frozenset({"at", "to"})
#: Dependencies by which a name classifies a gathering ("the OPEC meeting").
_MOD_DEPS = frozenset({"compound", "nmod", "amod", "poss"})


def gathering_of(t, doc, i: int) -> int | None:
    """The token of the gathering the representatives at ``i`` attend ("at the OPEC meeting"), else None."""
    from graphkit.ingest.events.belonging import is_gathering  # here: the events package imports this one

    for c in t.children(i):
        if t.dep[c] != "prep" or t.lower[c] not in _ATTEND_PREPS:
            continue
        for o in t.children(c):
            if t.dep[o] == "pobj" and is_gathering((doc[o].lemma_ or t.lower[o]).lower()):
                return o
    return None


def _holder(b, g: int) -> str | None:
    """The id of the organisation that holds the gathering at ``g`` ("the OPEC meeting", "a meeting of
    OPEC", "the ICO council meeting"), else None."""
    t, token_actor = b.table, b.layer.token_actor
    nodes = [c for c in t.children(g) if t.dep[c] in _MOD_DEPS]
    nodes += [o for c in t.children(g) if t.dep[c] == "prep" and t.lower[c] == "of"
              for o in t.children(c) if t.dep[o] == "pobj"]
    for n in nodes:
        for k in range(b.doc[n].left_edge.i, n + 1):
            aid = token_actor.get(k)
            if aid and b.kinds.get(aid) == "organization":
                return aid
    return None


def find_delegates(b) -> None:
    """Map each unread noun of builder ``b`` for representatives at a named body's gathering to that body
    (see the module).

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article.
    """
    t, token_actor = b.table, b.layer.token_actor
    for i in range(b.body, len(t.text)):
        if i in token_actor or t.pos[i] != "NOUN" or not common_at(t, i):
            continue
        low = t.lower[i]
        if low not in word_list("delegate_nouns") and plural_of(low) not in word_list("delegate_nouns"):
            continue
        if not in_role(t, i, GROUP_PREPS) or (g := gathering_of(t, b.doc, i)) is None:
            continue
        if aid := _holder(b, g):
            token_actor[i] = aid
