"""Attacks in words: "Labour attacked the Tories", "Brown clashed with Blair over the euro".

Verbs of attack that also mean to criticise or disagree (``data/words/verbal_attack_verbs.txt``,
each with its WordNet 3.0 sense) are an assault only where force can be meant. Between parties to a
political quarrel, that is when every doer is a person or a body that carries no arms (a politician,
a party, a ministry, a newspaper) and every target is such a person or body (or, with two or more
doers and no target, they quarrel with each other: "Blair and Howard clashed"), the attack is a
criticism: PLOVER ACCUSE. A country, a place, a group of people, an armed body (military, police,
rebels) or a weapon on either side keeps the assault: "Russia attacked Ukraine", "rebels attacked
the UN", "attacked the minister with a knife".

A protest is in words too when a state makes it: "protest" said of a country, a government or an
intergovernmental body ("Japan protested the U.S. tariffs", "drew a strong protest from Moscow") is its
official complaint (CAMEO 114, PLOVER ACCUSE), for states do not march; people, groups and parties
protesting ("farmers protested against high interest rates") keep the demonstration (PLOVER PROTEST).

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

__all__ = ["in_words", "spoken_attack", "official_protest", "by_states", "CRITICISED", "PROTESTED"]

#: What an attack in words is.
CRITICISED = Trigger("ACCUSE", None, "criticized")
#: What a state's protest is.
PROTESTED = Trigger("ACCUSE", None, "protested to")
#: Sectors of the bodies of a state (CAMEO GOV) whose protests are official complaints.
_STATE_SECTORS = frozenset({"GOV"})
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


def by_states(actors: list[str], known: dict) -> bool:
    """Whether every one of ``actors`` (at least one) is a state: a country, a government body or
    official (CAMEO sector GOV) or an intergovernmental body (code IGO).

    Examples
    --------
    >>> from graphkit.models import Actor
    >>> known = {"jp": Actor(id="jp", name="Japan", kind="country", code="JPN"),
    ...          "fa": Actor(id="fa", name="farmers", kind="group")}
    >>> by_states(["jp"], known), by_states(["jp", "fa"], known), by_states([], known)
    (True, False, False)
    """
    if not actors:
        return False
    for aid in actors:
        a = known.get(aid)
        if a is None or not (a.kind == "country" or (a.sector or "") in _STATE_SECTORS
                             or (a.code or "").startswith("IGO")):
            return False
    return True


def official_protest(c, trig: Trigger, actors: list[str], layer) -> Trigger:
    """``PROTESTED`` for a PROTEST named by the word "protest" whose doers are states
    (:func:`by_states`), else ``trig`` itself.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.models import Actor
    >>> doc = Doc(Vocab(), words=["Japan", "protested"], heads=[1, 1], deps=["nsubj", "ROOT"],
    ...           pos=["PROPN", "VERB"], lemmas=["Japan", "protest"])
    >>> layer = SimpleNamespace(actors={"jp": Actor(id="jp", name="Japan", kind="country", code="JPN")},
    ...                         at=lambda i: "jp" if i == 0 else None)
    >>> c = SimpleNamespace(head=doc[1])
    >>> official_protest(c, Trigger("PROTEST", None, "protested against"), ["jp"], layer).type
    'ACCUSE'
    """
    words = (c.head, getattr(c, "noun", None))  # "protested", "made a strong protest"
    if trig.type != "PROTEST" or not any(w is not None and w.lemma_.lower() == "protest" for w in words):
        return trig
    if _people_of(c.head, actors, layer):
        return trig
    return PROTESTED if by_states(actors, getattr(layer, "actors", None) or {}) else trig


def _people_of(head, actors: list[str], layer) -> bool:
    """Whether a state among ``actors`` is not named in the sentence of ``head`` as a state: only through
    the common noun of its people ("Australian trade unions", "Iranian students"), or not at all
    ("protests in Seoul", whose doers are the country's people): they protest, not the state. A proper
    name ("Japan", "the Soviet Union"), a noun of government ("Soviet officials", "the government") or
    "it" names the state; "they" may be its people."""
    try:
        sent = head.sent
    except ValueError:  # no sentence boundaries
        sent = head.doc
    state_words = word_list("sector_gov")

    def names_state(t) -> bool:
        if t.pos_ == "PROPN" or t.lemma_.lower() in state_words or t.text.lower() in ("it", "its"):
            return True
        return t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in state_words

    for aid in actors:
        if not any(names_state(t) for t in sent if layer.at(t.i) == aid):
            return True
    return False


def spoken_attack(c, trig: Trigger, actors: list[str], recips: list[str], layer) -> Trigger:
    """``CRITICISED`` for an ASSAULT by a verb of ``verbal_attack_verbs`` that is an attack in
    words (:func:`in_words`), a state's protest for its PROTEST (:func:`official_protest`), else
    ``trig`` itself."""
    if trig.type == "PROTEST":
        return official_protest(c, trig, actors, layer)
    if trig.type != "ASSAULT" or c.kind != "verb" or c.head.lemma_.lower() not in word_list("verbal_attack_verbs"):
        return trig
    if _armed_with(c.head) and c.head.lemma_.lower() != "clash":  # "clashed with Blair": the other party
        return trig
    known = getattr(layer, "actors", None) or {}
    return CRITICISED if in_words(actors, recips, known) else trig
