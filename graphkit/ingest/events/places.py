"""Where an event happened: the place or country its trigger's phrases name.

"in Tel Aviv", "in the Egyptian resort of Sharm El-Sheikh", "in the north of Iraq": a place an act
happens in, at, near or inside is its location. Used by
:mod:`graphkit.ingest.events.find` (by way of :mod:`graphkit.ingest.events.roles`).

An attack whose words name no target, made in another country than its attacker's, is aimed at that
country: "Iran attacked across peaks of northeastern Iraq", "launched an offensive east of Iraq's city
of Basra" (:func:`theatre_countries`; used by :mod:`graphkit.ingest.events.arguments`).

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

__all__ = ["location_of", "theatre_countries", "PLACE_PREPS"]

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


#: Prepositions of the ground an attack is made on or across ("attacked across the border of Iraq").
_THEATRE_PREPS = PLACE_PREPS | {"across", "inside", "within"}
#: Words of direction whose "of" phrase names the ground ("an offensive east of Basra").
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def _countries(aid: str, layer) -> set[str]:
    """The country codes of actor ``aid``: its own code's, or its affiliations' that are countries."""
    a = layer.actors.get(aid)
    if a is None:
        return set()
    if a.code:
        return {a.code[:3]}
    return {c.code[:3] for f in a.affiliations if (c := layer.actors.get(f)) is not None
            and c.kind == "country" and c.code}


def _country_actor(aid: str, layer) -> str | None:
    """The country actor ``aid`` is or lies in ("Basra": Iraq), else None."""
    a = layer.actors.get(aid)
    if a is None or a.kind not in _LOCATION_KINDS:
        return None
    if a.kind == "country":
        return aid
    return next((f for f in a.affiliations if (c := layer.actors.get(f)) is not None and c.kind == "country"), None)


def _grounds(tokens) -> list:
    """The heads of the phrases naming where an act is made: "in X", "across X", "east of X"."""
    out = []
    for tok in tokens:
        for c in tok.children:
            if c.dep_ == "prep" and c.text.lower() in _THEATRE_PREPS:
                out += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ in ("advmod", "npadvmod", "dobj") and c.text.lower() in _DIRECTIONS:
                out += [p for q in c.children if q.dep_ == "prep" and q.text.lower() == "of"
                        for p in q.children if p.dep_ == "pobj"]
    return out


def theatre_countries(tokens, doers: list[str], layer) -> list[str]:
    """The country an attack is made in when it is not its attackers' own (see the module).

    Parameters
    ----------
    tokens : iterable of Token
        The trigger and its nominal parts (the event noun, the object of a light verb).
    doers : list of str
        The attack's actor ids; each must be tied to a country, none to the one found.
    layer : ActorLayer
        The actor layer.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.models import Actor
    >>> doc = Doc(Vocab(), words=["Iran", "attacked", "across", "peaks", "of", "Iraq"],
    ...           heads=[1, 1, 1, 2, 3, 4], deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"])
    >>> class Layer:
    ...     actors = {"irn": Actor(id="irn", name="Iran", kind="country", code="IRN"),
    ...               "irq": Actor(id="irq", name="Iraq", kind="country", code="IRQ")}
    ...     def at(self, i):
    ...         return {0: "irn", 5: "irq"}.get(i)
    >>> theatre_countries([doc[1]], ["irn"], Layer())
    ['irq']
    >>> theatre_countries([doc[1]], ["irq"], Layer())  # in its own country: no target named
    []
    """
    own = [_countries(d, layer) for d in doers]
    if not own or not all(own):
        return []
    ours = set().union(*own)
    for p in _grounds(tokens):
        named = [p, *(m for m in p.children if m.dep_ in ("poss", "compound", "amod"))]
        named += [q for pp in p.children if pp.dep_ == "prep" and pp.text.lower() == "of"
                  for q in pp.children if q.dep_ == "pobj"]
        for t in named:
            if (aid := layer.at(t.i)) and (country := _country_actor(aid, layer)) is not None:
                return [] if _countries(country, layer) & ours else [country]
    return []
