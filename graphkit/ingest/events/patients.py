"""The country an act is aimed at when only an adjective of nationality names it, one phrase down.

A country's goods, exports, ships or positions are that country's: "imposed tariffs on Japanese
goods" and "tariffs on imports of Japanese electronic goods" are aimed at Japan, "sanctions against
South African exports" at South Africa. The adjective (or a country's name, "U.S. goods") modifies the
patient of the act noun ("on", "against", "upon", "into", "of") or the "of" phrase of that patient
("imports of ..."). Only country actors of the article, and none that does the act (see
:func:`graphkit.ingest.events.nominal_roles.modifier_actor`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["tariffs", "on", "imports", "of", "Japanese", "goods"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 2, 5, 3],
...           deps=["ROOT", "prep", "pobj", "prep", "amod", "pobj"],
...           lemmas=["tariff", "on", "import", "of", "japanese", "good"])
>>> class Actor:
...     kind, code = "country", "JPN"
>>> class Layer:
...     actors = {"japan": Actor()}
...     def at(self, i):
...         return None
>>> patient_nations(doc[0], Layer())
['japan']
"""
from __future__ import annotations

from graphkit.ingest.events.nominal_roles import modifier_actor, patient_objects

__all__ = ["patient_nations"]

#: Prepositions of a verb that name the patient of its act ("imposed tariffs on ...", "fired into ...").
_VERB_PATIENT = frozenset({"on", "against", "upon", "into"})


def _country(aid: str | None, layer) -> bool:
    return aid is not None and (a := layer.actors.get(aid)) is not None and a.kind == "country"


def patient_nations(noun, layer) -> list[str]:
    """The countries the modifiers of the patient of event noun ``noun``, or of that patient's "of"
    phrase, name (see the module).

    Parameters
    ----------
    noun : Token
        An event noun ("tariffs", "sanctions", "attack"), or the verb that takes one ("imposed").
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).

    Returns
    -------
    list of str
        Country actor ids, none that a modifier of ``noun`` itself names (its doer: "Iraqi attacks
        on Iranian towns" are not aimed at Iraq).
    """
    doers = {modifier_actor(m, noun, layer) for m in noun.children}
    if noun.pos_ in ("VERB", "AUX"):  # "imposed tariffs on imports of ...", never "warned of Iranian attacks"
        pats = [o for p in noun.children if p.dep_ == "prep" and p.text.lower() in _VERB_PATIENT
                for o in p.children if o.dep_ == "pobj"]
    else:
        pats = patient_objects(noun)
    pats += [o for p in pats for q in p.children if q.dep_ == "prep" and q.text.lower() == "of"
             for o in q.children if o.dep_ == "pobj"]
    out = [a for o in pats for m in o.children if m.dep_ in ("amod", "compound")
           and _country(a := modifier_actor(m, o, layer), layer) and a not in doers]
    return list(dict.fromkeys(out))
