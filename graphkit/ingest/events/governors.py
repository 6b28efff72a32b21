"""Who answers for what is judged: "X under Y" makes Y the party a judgement is about.

In news English a state of affairs "under" a person or an organisation is one they are in
charge of and answer for: "an attack on the cost of Britain's asylum system under Tony Blair"
criticises Blair, not Britain; "praised the economy under Labour" praises Labour. A speech act
(criticism, praise, a demand) about such a thing is addressed to its governor.

:func:`governors` finds them in the arguments of an act; only people and organisations
govern ("under the sea", "under pressure", "under Iraqi law" name none).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["attacked", "the", "system", "under", "Blair"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 2, 0, 2, 3], deps=["ROOT", "det", "dobj", "prep", "pobj"])
>>> class Layer:
...     actors = {"blair": type("A", (), {"kind": "person"})()}
...     def at(self, i):
...         return "blair" if i == 4 else None
>>> governors([doc[2]], Layer())
['blair']
"""
from __future__ import annotations

from graphkit.ingest.events.roles import np_actors

__all__ = ["governors", "GOVERNING_KINDS"]

#: Actor kinds that can be in charge of something.
GOVERNING_KINDS = frozenset({"person", "organization"})
#: Dependencies a search follows down a noun phrase ("the cost of the system under Y").
_DOWN = frozenset({"prep", "pobj", "conj", "appos"})


#: Nouns of being in charge: "under Blair's leadership" is under Blair.
_RULE = frozenset({"leadership", "rule", "government", "administration", "stewardship", "premiership", "presidency",
                   "chairmanship", "control", "watch", "command", "guidance", "direction", "management", "regime"})


def _governor(tok, layer) -> list[str]:
    """The actors ``tok`` (the object of "under") names as in charge: itself ("under Blair", "under
    Labour") or the possessor of a noun of rule ("under Blair's leadership"); not the author of a
    document ("under the Senate plan" is according to it)."""
    if layer.at(tok.i):
        return np_actors(tok, layer)
    if tok.lemma_.lower() in _RULE or tok.text.lower() in _RULE:
        return [a for c in tok.children if c.dep_ in ("poss", "compound", "amod") for a in np_actors(c, layer)]
    return []


def governors(args, layer, depth: int = 8) -> list[str]:
    """People and organisations that ``args`` (noun phrase heads) are said to be "under".

    Parameters
    ----------
    args : iterable of Token
        The heads of an act's argument phrases (its objects, its event noun).
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).
    depth : int
        How many dependency levels down the search goes (a prepositional phrase is two).

    Returns
    -------
    list of str
        Actor ids, in text order, without repeats.
    """
    out: list[str] = []
    frontier = list(args)
    for _ in range(depth):
        nxt = []
        for tok in frontier:
            for c in tok.children:
                if c.dep_ == "prep" and c.text.lower() == "under":
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        for aid in _governor(p, layer):
                            actor = layer.actors.get(aid)
                            if actor is not None and actor.kind in GOVERNING_KINDS and aid not in out:
                                out.append(aid)
                elif c.dep_ in _DOWN:
                    nxt.append(c)
        frontier = nxt
    return out
