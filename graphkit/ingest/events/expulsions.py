"""Expulsions told without the verb "expel": "ordered two Soviet diplomats to leave the country", "two
Soviet diplomats were ordered to leave Britain", "declared the attache persona non grata".

A state that orders (tells, asks, instructs) another state's people to leave its territory expels them
(WordNet 3.0 expel.v.02 "force to leave or move out"; CAMEO 1663 "expel or withdraw"): PLOVER codes that
SANCTION, not a request. Declaring a diplomat persona non grata is the same act (CAMEO 1663). The one who
orders is the state: the subject, or in the passive its "by" agent, else the country left ("were ordered
to leave Britain": Britain orders). It is an expulsion only when the ones ordered out are named as another
state's people in their own phrase ("two Soviet diplomats", "the U.S. ambassador", "British journalists"): a
state ordering its own people to leave a place evacuates them, "the marines" names no state, and a state
or its forces told to leave a place ("asked Argentina to leave the islands") are asked to withdraw.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Diplomats", "were", "ordered", "to", "leave", "Britain"]
>>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 4, 2, 4],
...           deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj"],
...           lemmas=["diplomat", "be", "order", "to", "leave", "Britain"])
>>> departure(doc[2]).text
'leave'
"""
from __future__ import annotations

from spacy.tokens import Token

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.events.implied import country_actor, place_code_of
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.roles import is_passive, prep_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.words import word_list

__all__ = ["EXPELLED", "departure", "ordered_departures"]

#: The act an order to leave, or a declaration of persona non grata, is.
EXPELLED = Trigger("SANCTION", None, "expelled")
#: Verbs of ordering a party to do something (WordNet 3.0 order.v.01 "give instructions to or direct
#: somebody to do something with authority", tell.v.03, ask.v.02 "make a request or demand", instruct.v.02).
_ORDERING = frozenset({"order", "tell", "ask", "instruct", "direct", "command"})
#: Verbs of leaving a place (WordNet 3.0 leave.v.01 "go away from a place", quit.v.? "go away or leave",
#: depart.v.01).
_LEAVING = frozenset({"leave", "quit", "depart"})


def departure(verb: Token) -> Token | None:
    """The infinitive of leaving ``verb`` orders ("ordered X to leave", "were told to quit"), or None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["told", "them", "to", "stay"], heads=[0, 0, 3, 0],
    ...           deps=["ROOT", "dobj", "aux", "xcomp"], lemmas=["tell", "they", "to", "stay"])
    >>> departure(doc[0]) is None
    True
    """
    if lemma_of(verb) not in _ORDERING:
        return None
    return next((x for x in verb.children if x.dep_ in ("xcomp", "ccomp") and lemma_of(x) in _LEAVING), None)


def _code(aid: str, layer) -> str | None:
    """The country code of actor ``aid``: its own (a country), its country's, or its place's."""
    actor = layer.actors.get(aid)
    if actor is None:
        return None
    if actor.code:
        return actor.code[:3]
    return place_code_of(aid, layer)


def _state_named(phrase: Token, layer) -> list[str]:
    """The actors of a state a token inside ``phrase`` names ("two Soviet diplomats": the Soviet Union;
    "Britain"), none read from elsewhere ("the marines" stays no one's)."""
    out = [a for t in phrase.subtree if (a := layer.at(t.i)) is not None and _code(a, layer)]
    return list(dict.fromkeys(out))


def _civilians(phrase: Token) -> bool:
    """Whether ``phrase`` names people other than forces ("two Soviet diplomats", "British journalists"):
    a state told to leave a place ("asked Argentina to leave the islands"), or troops told to, are asked
    to withdraw, not expelled."""
    words = {phrase.text.lower(), lemma_of(phrase)}
    return is_person_noun(phrase.text) and not words & word_list("sector_mil")


def _persona_non_grata(verb: Token) -> Token | None:
    """The "persona" of "declared X persona non grata" under ``verb``, or None."""
    if lemma_of(verb) != "declare":
        return None
    return next((t for t in verb.subtree if t.text.lower() == "persona" and t.nbor(1).text.lower() == "non"
                 and t.i + 2 < len(t.doc) and t.nbor(2).text.lower() == "grata"), None)


def _expelled(verb: Token) -> tuple[list[Token], Token | None] | None:
    """The phrases of the ones ``verb`` orders out and the place they are to leave (None: unnamed), or
    None when ``verb`` orders no one out."""
    passive = is_passive(verb)
    deps = ("nsubjpass",) if passive else ("dobj", "dative", "iobj")
    if (leave := departure(verb)) is not None:
        return [t for t in verb.children if t.dep_ in deps], next(
            (o for o in leave.children if o.dep_ == "dobj"), None)
    if (persona := _persona_non_grata(verb)) is not None:
        # "declared two Soviet diplomats persona non grata": the parser may make them the subject of "persona"
        return [t for t in verb.children if t.dep_ in deps] + [
            t for t in persona.children if t.dep_ == "nsubj"], None
    return None


def _agents(verb: Token, layer) -> list[str]:
    """The "by" agents of passive ``verb``, or of its complement the parser hung them on ("were declared
    persona non grata by Britain")."""
    return prep_actors(verb, layer, {"by"}) or [a for x in verb.children if x.dep_ in ("oprd", "xcomp", "ccomp")
                                                for a in prep_actors(x, layer, {"by"})]


def ordered_departures(cands: list[Candidate], doc, layer) -> list[Candidate]:
    """``cands`` with each order to another state's people to leave (see the module) read as the
    expulsion it is: a SANCTION candidate of kind ``"speech"`` (as certain as the ordering verb, its
    ``extra["anchor"]``) in place of the request "order" gives.

    Parameters
    ----------
    cands : list of Candidate
        The event candidates.
    doc : spacy.tokens.Doc
        The parsed text.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).

    Returns
    -------
    list of Candidate

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> ordered_departures([], Doc(Vocab(), words=["Hi"]), None)
    []
    """
    found: dict[int, Candidate] = {}
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or (got := _expelled(verb)) is None:
            continue
        phrases, place = got
        ordered = [a for p in phrases if _civilians(p) for a in _state_named(p, layer)]
        # a place named, not "the country" (which the actor stage may read as either side)
        left = _state_named(place, layer) if place is not None and place.pos_ == "PROPN" else []
        doers = _agents(verb, layer) if is_passive(verb) else subject_actors(verb, layer)
        if not doers and is_passive(verb) and left and (code := _code(left[0], layer)):
            doers = [country_actor(code, None, layer)]  # "were ordered to leave Britain": Britain orders
        home = {c for a in doers if (c := _code(a, layer))} | {c for a in left if (c := _code(a, layer))}
        foreign = [a for a in ordered if (c := _code(a, layer)) and c not in home and a not in doers]
        if doers and home and foreign:
            found[verb.i] = Candidate(EXPELLED, verb, verb, verb, "speech",
                                      extra={"actors": doers, "recipients": foreign, "anchor": verb})
    kept = [c for c in cands if not (c.head.i in found and c.kind == "verb" and c.trig.type == "REQUEST")]
    return kept + list(found.values())
