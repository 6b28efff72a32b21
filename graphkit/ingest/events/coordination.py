"""Speech acts that share their addressee: coordinated and elliptical ones.

English does not repeat an addressee it has just named:

* **coordination** -- in "X told MPs the plan was sound and warned that ...", "X said he was
  delighted for the couple and offered his congratulations", the second speech act is addressed
  to whom the first one was (the object of "told", the party "for" whom X was delighted), when
  it names no addressee of its own and has the same speaker;
* **ellipsis** -- "..., as did Y and Z" repeats the act with new doers, and its addressee too.

:func:`share_addressees` gives such acts the addressee of the act they are coordinated with or
repeat. Only speech acts take part (PLOVER's verbal categories): a material act coordinated with
a speech act ("met X and praised Y") keeps its own roles.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.events.lexicon import Trigger
>>> from graphkit.ingest.events.triggers import Candidate
>>> words = ["Kerry", "told", "Lavrov", "it", "was", "wrong", "and", "warned", "that", "..."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 1, 4, 1, 1, 7, 7],
...           deps=["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "acomp", "cc", "conj", "mark", "ccomp"],
...           pos=["PROPN", "VERB", "PROPN", "PRON", "AUX", "ADJ", "CCONJ", "VERB", "SCONJ", "X"],
...           lemmas=["Kerry", "tell", "Lavrov", "it", "be", "wrong", "and", "warn", "that", "..."])
>>> class Layer:
...     def at(self, i):
...         return {0: "kerry", 2: "lavrov"}.get(i)
>>> warned = Candidate(Trigger("THREATEN", None, "warned"), doc[7], doc[7], doc[7], "verb")
>>> roles = [(["kerry"], [])]
>>> share_addressees([warned], roles, Layer())
>>> roles
[(['kerry'], ['lavrov'])]
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.events.ellipsis import elided_verb
from graphkit.ingest.events.roles import np_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.models import VERBAL_TYPES

__all__ = ["share_addressees"]

#: PLOVER's verbal categories: the acts done by speaking.
#: Verbs of saying whose object (or "to" phrase) is the addressee: "told MPs", "assured voters".
_ADDRESSING = frozenset({"tell", "assure", "inform", "remind", "warn", "urge", "write", "say"})


def _path(c: Candidate) -> set[int]:
    """The tokens of ``c``'s clause a coordinated verb can hang on: its head, and for a judgement
    the words from its predicate up to the speech verb ("said he was delighted")."""
    out = {c.head.i}
    tok = c.start
    for _ in range(4):
        if tok.i == c.head.i or tok.head.i == tok.i:
            break
        out.add(tok.i)
        tok = tok.head
    return out


def _addressed(verb, layer) -> list[str]:
    """The addressee a speech verb names: its object or dative ("told MPs"), or its "to" phrase
    ("wrote to the minister")."""
    if lemma_of(verb) not in _ADDRESSING:
        return []
    out = [a for o in verb.children if o.dep_ in ("dobj", "dative", "iobj") and o.pos_ != "ADP"
           for a in np_actors(o, layer)]
    out += [a for p in verb.children if p.dep_ in ("prep", "dative") and p.text.lower() == "to"
            for o in p.children if o.dep_ == "pobj" for a in np_actors(o, layer)]
    return out


def _own_addressee(c: Candidate) -> bool:
    """Whether ``c`` names an addressee of its own, actor or not: an object that is a name, a
    pronoun or a noun for people ("urged its citizens to ...", but not "offered his
    congratulations")."""
    return any(o.dep_ in ("dobj", "dative", "iobj") and (c.noun is None or o.i != c.noun.i)
               and (o.pos_ in ("PROPN", "PRON") or is_person_noun(o.text) or lemma_of(o) == "people")
               for o in c.head.children)


def _direct_objects(verb, layer) -> list[str]:
    """The actors ``verb`` takes as its object ("accused Tokyo": a capital for its government)."""
    return [a for o in verb.children if o.dep_ in ("dobj", "dative", "iobj") for h in (o, *o.conjuncts)
            if (a := layer.at(h.i))]


def _addressable(aid: str, layer) -> bool:
    """Whether actor ``aid`` can be spoken to: not a place, unless it is the object of the act
    shared ("supports navigation in the Gulf and does not support ..." addresses nobody in the Gulf)."""
    actor = getattr(layer, "actors", {}).get(aid)
    return actor is None or actor.kind != "location"


def _partner(verb):
    """The verb whose addressee ``verb`` shares: the one it is coordinated with, or the one an
    elliptical clause repeats; else None."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.i < verb.i:
        return verb.head, "conj"
    elided = elided_verb(verb)
    return (elided, "ellipsis") if elided is not None else (None, "")


def share_addressees(cands: list[Candidate], roles: list, layer) -> None:
    """Give speech acts without an addressee the addressee of the act they are coordinated with
    or repeat (see the module); ``roles`` (``(actors, recipients)`` or None per candidate) is
    updated in place.

    Parameters
    ----------
    cands : list of Candidate
        The candidates of one document.
    roles : list
        Their roles, in the same order.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).
    """
    order = sorted(range(len(cands)), key=lambda n: cands[n].head.i)
    for n in order:
        c, role = cands[n], roles[n]
        if role is None or c.kind not in ("verb", "light") or c.trig.type not in VERBAL_TYPES:
            continue
        actors, recips = role
        if not actors or [r for r in recips if r not in actors] or _own_addressee(c):
            continue
        verb, how = _partner(c.head)
        if verb is None:
            continue
        shared: list[str] = []
        for m in order:
            other, theirs = cands[m], roles[m]
            if (m == n or theirs is None or other.trig.type not in VERBAL_TYPES
                    or verb.i not in _path(other)):
                continue
            if how == "conj" and not set(actors) & set(theirs[0]):
                continue  # another speaker's act: "X praised Y and Z criticised ..."
            direct = _direct_objects(other.head, layer)
            says = any(x.dep_ == "ccomp" for x in c.head.children)  # says something of its own
            shared = [r for r in theirs[1] if r not in actors and r not in theirs[0]
                      and (r in direct or (_addressable(r, layer) and not says))]
            if shared:
                break
        if not shared and how == "conj":
            shared = [a for a in _addressed(verb, layer) if a not in actors]
        if shared:
            roles[n] = (actors, [*recips, *shared])
