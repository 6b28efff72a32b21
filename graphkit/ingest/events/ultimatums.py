"""Ultimatums and conditional offers: what a party's side says it will do if another acts is a threat
(PLOVER THREATEN) when the act is hostile, an offer (AGREE) when it is not.

"Yeutter said the United States would impose sanctions on Japan if it did not open its markets": the
condition makes the sanctions only possible, but saying so is the threat itself, made when said. The
certainty stage (:mod:`graphkit.ingest.events.certainty`) takes such a conditional clause for the
speaker's own commitment only when its subject is a pronoun, the speaker's own words or a plain "will";
a spokesman or minister speaking of his own country by name ("the United States would") is the
same commitment. :func:`ultimatum` adds the threat to the act read from such a clause unless the
speaker is of another side than the act's doers (:func:`graphkit.ingest.events.intentions.foretold`:
"Senator Byrd said Japan would retaliate if ..." is a forecast). The threat is made to the party whose
conduct the condition sets (:func:`conditioned_party`): "Japan said it would file a complaint with GATT
if the United States imposed the tariffs" threatens the United States, not GATT, the forum. A peaceful
act held out so is an offer to that party: "Iraq said it would accept a ceasefire if Iran withdrew its
troops" offers Iran a ceasefire (CAMEO 03, "express intent to cooperate"), though it is not yet accepted.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["X", "said", "Y", "would", "act", "if", "Z", "refused"],
...           heads=[1, 1, 4, 4, 1, 7, 7, 4], deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "mark", "nsubj", "advcl"],
...           lemmas=["X", "say", "Y", "would", "act", "if", "Z", "refuse"])
>>> conditional_vow(doc[4]).text
'said'
"""
from __future__ import annotations

from dataclasses import replace as copy

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.certainty import FUTURE_AUX, MODALS, assess
from graphkit.ingest.events.intentions import foretold
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.readings import Found
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.wishes import unaimed_wish
from graphkit.ingest.words import word_list
from graphkit.models import PLOVER_SCORES

__all__ = ["conditional_vow", "conditioned_party", "ultimatum"]

_THREAT = Trigger("THREATEN", None, "threatened")
_OFFER = Trigger("AGREE", None, "offered")
_CONDITIONS = frozenset({"if", "unless"})


def conditional_vow(verb):
    """The reporting verb whose content ``verb`` is, when ``verb`` is a plain future act ("would",
    "will", no other modal, not negated) with a condition of its own ("if ...", "unless ..."); else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "said", "Y", "might", "act", "if", "Z", "refused"],
    ...           heads=[1, 1, 4, 4, 1, 7, 7, 4],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "mark", "nsubj", "advcl"])
    >>> conditional_vow(doc[4]) is None
    True
    """
    aux = [c.text.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if (verb.dep_ != "ccomp" or not any(a in FUTURE_AUX for a in aux)
            or any(a in MODALS and a not in FUTURE_AUX for a in aux) or any(c.dep_ == "neg" for c in verb.children)):
        return None
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in _CONDITIONS for m in c.children)
               for c in verb.children):
        return None
    return verb.head if _lemma(verb.head) in word_list("reporting_verbs") else None


def conditioned_party(verb, doers: list[str], layer) -> list[str]:
    """The actors whose conduct the condition of ``verb`` sets ("if the United States imposed the tariffs",
    "unless Baghdad accepts"), none of the doers' own side; empty when the condition names none.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> doc = Doc(Vocab(), words=["Japan", "would", "complain", "if", "Reagan", "acted"], heads=[2, 2, 2, 5, 5, 2],
    ...           deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"])
    >>> layer = ActorLayer(actors={"jpn": Actor(id="jpn", name="Japan", kind="country", code="JPN"),
    ...                           "usa": Actor(id="usa", name="Reagan", kind="person", affiliations=["x"])},
    ...                    token_actor={0: "jpn", 4: "usa"})
    >>> conditioned_party(doc[2], ["jpn"], layer)
    ['usa']
    """
    own = own_side(doers, layer)
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in _CONDITIONS for m in clause.children):
            parties = [a for a in subject_actors(clause, layer) if not own_side([a], layer) & own]
            if parties:
                return parties
    return []


def ultimatum(c, found: list[Found], layer) -> list[Found]:
    """``found`` (the events read from candidate ``c``) with a threat added when it is a single hostile act
    held out as ``possible`` under a condition (:func:`conditional_vow`) by a speaker of its doers' side
    against a party, told in an asserted past or present report; with an offer (AGREE) when the act is
    peaceful (a positive PLOVER score: "would accept a ceasefire if Iran withdrew").

    Examples
    --------
    >>> ultimatum(None, [], None)
    []
    """
    if len(found) > 1 and any(f.trig.type == "THREATEN" and not f.recips for f in found) and c.kind == "verb":
        intent = assess(c.head).intent  # "keen to prevent too much liquidity": a wish aimed at no one (events.wishes)
        found = [f for f in found if not (f.trig is not c.trig and unaimed_wish(f, intent))]
    if len(found) != 1 or c.kind not in ("verb", "light"):
        return found
    act = found[0]
    if act.certainty != "possible" or PLOVER_SCORES[act.trig.type] == 0 or act.trig.type == "THREATEN":
        return found
    hostile = PLOVER_SCORES[act.trig.type] < 0
    targets = conditioned_party(c.head, act.actors, layer) or act.recips  # "if the U.S. imposed tariffs"
    if not targets:
        return found
    reporter = conditional_vow(c.head)
    if reporter is None:
        return found
    said = assess(reporter)
    speakers = subject_actors(reporter, layer)
    if said.certainty != "asserted" or said.future or not speakers or foretold(c.head, act.actors, layer):
        return found
    threat = Found(copy(c, start=reporter, end=reporter), _THREAT if hostile else _OFFER, act.actors, targets,
                   act.location, "asserted")
    return [threat, act]
