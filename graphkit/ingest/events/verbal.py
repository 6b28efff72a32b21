"""Attacks in words: "Labour attacked the Tories", "Brown clashed with Blair over the euro".

Verbs of attack that also mean to criticise or disagree (``data/words/verbal_attack_verbs.txt``,
each with its WordNet 3.0 sense) are an assault only where force can be meant. Between parties to a
political quarrel, that is when every doer is a person or a body that carries no arms (a politician,
a party, a ministry, a newspaper) and every target is such a person or body (or, with two or more
doers and no target, they quarrel with each other: "Blair and Howard clashed"), the attack is a
criticism: PLOVER ACCUSE. A country, a place, a group of people, an armed body (military, police,
rebels) or a weapon on either side keeps the assault: "Russia attacked Ukraine", "rebels attacked
the UN", "attacked the minister with a knife".

Examples
--------
>>> from graphkit.models import Actor
>>> actors = {"lab": Actor(id="lab", name="Labour Party", kind="organization", sector="GOV"),
...           "tory": Actor(id="tory", name="Conservative Party", kind="organization"),
...           "ru": Actor(id="ru", name="Russia", kind="country", code="RUS"),
...           "reb": Actor(id="reb", name="Hezbollah", kind="organization", sector="REB")}
>>> in_words(["lab"], ["tory"], actors), in_words(["ru"], ["tory"], actors)
(True, False)
>>> in_words(["reb"], ["lab"], actors), in_words(["lab"], [], actors), in_words(["lab", "tory"], [], actors)
(False, False, True)
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.words import word_list

__all__ = ["in_words", "spoken_attack", "CRITICISED"]

#: What an attack in words is.
CRITICISED = Trigger("ACCUSE", None, "criticized")
#: Sectors of bodies that carry arms (CAMEO): their attacks may be real ones.
_ARMED = frozenset({"MIL", "COP", "REB", "SPY", "UAF", "INS"})
#: Kinds of actor whose attack or whose being attacked is never only in words.
_PARTIES = frozenset({"person", "organization"})


def in_words(actors: list[str], recips: list[str], known: dict) -> bool:
    """Whether an attack by ``actors`` on ``recips`` (actor ids; ``known`` maps them to actors)
    is a quarrel between persons and unarmed bodies only (see the module)."""
    if not actors or not (recips or len(actors) > 1):  # "Blair and Howard clashed": with each other
        return False
    for aid in (*actors, *recips):
        a = known.get(aid)
        if a is None or a.kind not in _PARTIES or (a.sector or "") in _ARMED:
            return False
    return True


def _armed_with(head) -> bool:
    """Whether the verb has a "with" phrase ("attacked him with a knife") or an instrument
    ("using", "armed"): force is meant."""
    for c in head.children:
        if c.dep_ == "prep" and c.text.lower() == "with":
            return True
        if c.dep_ in ("advcl", "xcomp") and c.lemma_ in ("use", "arm", "wield"):
            return True
    return False


def spoken_attack(c, trig: Trigger, actors: list[str], recips: list[str], layer) -> Trigger:
    """``CRITICISED`` for an ASSAULT by a verb of ``verbal_attack_verbs`` that is an attack in
    words (:func:`in_words`), else ``trig`` itself."""
    if trig.type != "ASSAULT" or c.kind != "verb" or c.head.lemma_.lower() not in word_list("verbal_attack_verbs"):
        return trig
    if _armed_with(c.head) and c.head.lemma_.lower() != "clash":  # "clashed with Blair": the other party
        return trig
    known = getattr(layer, "actors", None) or {}
    return CRITICISED if in_words(actors, recips, known) else trig
