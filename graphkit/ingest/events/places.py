"""Where an event happened: the place or country its trigger's phrases name.

"in Tel Aviv", "in the Egyptian resort of Sharm El-Sheikh", "in the north of Iraq": a place an act
happens in, at, near or inside is its location. Used by
:mod:`graphkit.ingest.events.find` (by way of :mod:`graphkit.ingest.events.roles`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["attacked", "in", "north", "of", "Iraq"], heads=[0, 0, 1, 2, 3],
...           deps=["ROOT", "prep", "pobj", "prep", "pobj"])
>>> class Layer:
...     def at(self, i):
...         return {4: "iraq"}.get(i)
>>> location_of([doc[0]], Layer(), lambda aid: "country")
'iraq'
"""
from __future__ import annotations

__all__ = ["location_of", "PLACE_PREPS"]

_LOCATION_KINDS = frozenset({"location", "country"})
#: Prepositions whose object is where an act happens ("in", "in the north of ...").
PLACE_PREPS = frozenset({"in", "at", "near", "inside"})


def location_of(tokens, layer, kinds) -> str | None:
    """The location actor of an event: "in Tel Aviv", "in the Egyptian resort of Sharm El-Sheikh".

    Parameters
    ----------
    tokens : iterable of Token
        The trigger and its nominal parts (object noun of a light verb).
    layer : ActorLayer
        The actor layer.
    kinds : callable
        Actor id -> kind (so only location and country actors are chosen).

    Returns
    -------
    str or None
        The actor id of the first place found, the phrase's own head before its "of" phrase and
        modifiers.
    """
    tokens = list(tokens)
    # one level down: "for two hours in Tel Aviv"
    tokens += [p for tok in tokens for c in tok.children if c.dep_ == "prep" and c.text.lower() in ("for", "during")
               for p in c.children if p.dep_ == "pobj"]
    for tok in tokens:
        for c in tok.children:
            if c.dep_ != "prep" or c.text.lower() not in PLACE_PREPS:
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                cands = [layer.at(p.i)]
                cands += [layer.at(q.i) for pp in p.children if pp.dep_ == "prep" and pp.text.lower() == "of"
                          for q in pp.children if q.dep_ == "pobj"]
                cands += [layer.at(m.i) for m in p.children if m.dep_ in ("compound", "amod")]
                for aid in cands:
                    if aid and kinds(aid) in _LOCATION_KINDS:
                        return aid
    return None
