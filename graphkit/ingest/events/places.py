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

__all__ = ["location_of", "left_places", "PLACE_PREPS"]

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


def _is_act(noun) -> bool:
    from graphkit.ingest.events.lexicon import load_lexicon
    return (noun.lemma_ or noun.text).lower() in load_lexicon()["N"]


def _left(verb):
    """The objects of a verb's "from" and "out of" phrases: what it leaves."""
    out = [o for p in verb.children if p.dep_ == "prep" and p.text.lower() == "from"
           for o in p.children if o.dep_ == "pobj"]
    return out + [o for x in verb.children if x.text.lower() == "out" for p in [x, *x.children]
                  if p.dep_ == "prep" and p.text.lower() == "of" for o in p.children if o.dep_ == "pobj"]


def left_places(verb, layer, kinds) -> list[str]:
    """The places a withdrawal leaves when it leaves a thing of the place: "withdrew from positions in
    southern Lebanon", "pulled its troops out of bases in Cambodia" leave Lebanon and Cambodia.

    Parameters
    ----------
    verb : Token
        The verb of withdrawing.
    layer : ActorLayer
        The actor layer.
    kinds : callable
        Actor id -> kind (so only location and country actors are chosen).

    Returns
    -------
    list of str
        The place actors the "in" phrases of what is left name; none when what is left is itself an
        actor or an act of the lexicon ("withdrew from talks in Geneva").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["withdrew", "from", "bases", "in", "Angola"], heads=[0, 0, 1, 2, 3],
    ...           deps=["ROOT", "prep", "pobj", "prep", "pobj"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {4: "angola"}.get(i)
    >>> left_places(doc[0], Layer(), lambda aid: "country")
    ['angola']
    """
    out: list[str] = []
    for o in _left(verb):
        if layer.at(o.i) is not None or _is_act(o):  # "withdrew from talks in Geneva": an act, not a place
            continue
        out += [a for p in o.children if p.dep_ == "prep" and p.text.lower() in PLACE_PREPS
                for q in p.children if q.dep_ == "pobj" if (a := layer.at(q.i)) and kinds(a) in _LOCATION_KINDS]
    return list(dict.fromkeys(out))
