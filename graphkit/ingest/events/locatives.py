"""A town named only as where something happened is no party to what is said.

A speech act (a demand, a refusal, a welcome, an accusation) is addressed to a party, never to the
place it was made in or the place of what it is about: "At the Venice summit, trading partners called
on Washington" asks nothing of Venice, "welcomed the outcome of a meeting in Frankfurt" welcomes no one
in Frankfurt, and "IRNA, monitored in Nicosia" says nothing to Nicosia. A town (an actor of kind
``location``) is such a place when every mention of it in the sentence is the object of a locative
preposition ("in Frankfurt", "at Geneva") or the modifier of an event noun ("the Venice summit"). A
town named as an argument ("pressed Tokyo to buy", "Washington's demands", "a visit to Washington")
stands for its government and stays. :func:`graphkit.ingest.events.arguments.event_roles` reads
:func:`venue_towns`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["met", "in", "Frankfurt"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])
>>> only_located(doc, [2])
True
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.models import VERBAL_TYPES

__all__ = ["PLACE_ONLY", "only_located", "place_only", "venue_towns"]

#: Prepositions of place: their object is where, not whom.
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "throughout"})
#: Acts said to a party (PLOVER verbal categories): a town only located is none of their parties.
#: Categories where a place is where it happened, not whom it concerned ("met in Cairo").
PLACE_ONLY = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
#: Categories addressed to a party, where a town is where it was said ("walked out in Toronto", "is
#: seeking in Washington"), while a country may be asked ("sought refuge in Germany").
_TOWN_ONLY = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def place_only(trig_type: str, kind: str | None) -> bool:
    """Whether the place (of actor kind ``kind``) where an act of ``trig_type`` happened is no party to it.

    Examples
    --------
    >>> place_only("CONSULT", "country"), place_only("REJECT", "location"), place_only("REQUEST", "country")
    (True, True, False)
    >>> place_only("ASSAULT", "location")  # "shelled Juba": the place is the target
    False
    """
    return trig_type in PLACE_ONLY or (trig_type in _TOWN_ONLY and kind == "location")


def _located(tok) -> bool:
    """Whether the name whose last word is ``tok`` (or any word of it) says only where."""
    while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head  # "New" in "New York": the name's head
    head = tok.head
    if tok.dep_ == "pobj" and head.text.lower() in _LOCATIVE:
        return True
    if tok.dep_ not in ("compound", "nmod", "amod") or head.pos_ != "NOUN" or head.i == tok.i:
        return False
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i != head.i:
        head = head.head  # "the Geneva superpower talks": the phrase's head
    return (head.lemma_ or head.text).lower() in load_lexicon()["N"]  # "the Venice summit", "the Paris pact"


def only_located(doc, mentions: list[int]) -> bool:
    """Whether every token of ``mentions`` (the words naming one town) names it as a place only.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["pressed", "Tokyo", "at", "the", "Venice", "summit"], heads=[0, 0, 0, 5, 5, 2],
    ...           deps=["ROOT", "dobj", "prep", "det", "compound", "pobj"], pos=["VERB", "PROPN", "ADP", "DET",
    ...           "PROPN", "NOUN"], lemmas=["press", "Tokyo", "at", "the", "Venice", "summit"])
    >>> only_located(doc, [1]), only_located(doc, [4])
    (False, True)
    """
    return bool(mentions) and all(_located(doc[i]) for i in mentions)


def venue_towns(trig_type: str, head, recips: list[str], layer) -> list[str]:
    """The towns among ``recips`` that the sentence of ``head`` names only as places, for a speech act.

    Parameters
    ----------
    trig_type : str
        The PLOVER category of the act; only verbal categories are read.
    head : Token
        The trigger's head word (its sentence is searched).
    recips : list of str
        The recipients found so far.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).

    Returns
    -------
    list of str
        Actor ids of kind ``location`` to drop from ``recips``.
    """
    if trig_type not in VERBAL_TYPES:
        return []
    try:
        span = head.sent
    except ValueError:  # no sentence boundaries
        span = head.doc[:]
    out = []
    for r in recips:
        actor = layer.actors.get(r)
        if actor is None or actor.kind != "location":
            continue
        if only_located(head.doc, [t.i for t in span if layer.at(t.i) == r]):
            out.append(r)
    return out
