"""The implied doer of an agentless legal or coercive act: the state where it is done.

News reports arrests, detentions, expulsions, deportations, charges, sentences and executions without
their doer ("Three rebel leaders were arrested in Manila", "two journalists were expelled from
Nicaragua", "was sentenced to 10 years"): such acts are done by the authorities of the state where
they happen. The doer is the country of the place the clause names ("in Manila": the Philippines;
"expelled from Nicaragua"), else of the dateline that sets the story or the roundup item ("MOSCOW -");
with none of these, no doer is guessed. Killings and attacks are no such acts: their doer is unknown.

The place the act happened, or the dateline city, is then no recipient beside the one the act is done
to ("MANILA - ... were arrested in Manila": the rebels, not Manila).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.models import Actor
>>> words = ["Rebels", "were", "arrested", "in", "Manila", "."]
>>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 3, 2],
...           deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
...           lemmas=["rebel", "be", "arrest", "in", "Manila", "."])
>>> layer = ActorLayer(actors={"rebels": Actor(id="rebels", name="rebels", kind="group"),
...                            "manila": Actor(id="manila", name="Manila", kind="location")},
...                    token_actor={0: "rebels", 4: "manila"})
>>> state_act(doc[2], "COERCE", "arrest")
True
>>> kinds = lambda aid: layer.actors[aid].kind
>>> implied_roles(doc[2], ["rebels", "manila"], layer, kinds, None)
(['philippines'], ['rebels'])
>>> layer.actors["philippines"].code
'PHL'
"""
from __future__ import annotations

import re

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.datelines import place_code
from graphkit.ingest.actors.gazetteer import country_code, country_name
from graphkit.ingest.actors.places import capital_country, place_country
from graphkit.ingest.events.announcers import announcing_state
from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.roles import is_passive, location_of
from graphkit.ingest.events.triggers import lemma_of
from graphkit.ingest.prepare.layout import datelines, opening_dateline
from graphkit.models import Actor
from graphkit.names import unique_slug

__all__ = ["state_act", "implied_roles", "dateline_code", "imply_state_doers", "place_code_of", "country_actor"]

#: Coercive acts of the state by their lexicon mode: arrests, detentions and deportations.
_COERCIVE_MODES = frozenset({"arrest", "detain", "deport"})
#: Legal acts by their verb: charges and trials of prosecutors and courts (WordNet 3.0 indict.v.01,
#: charge.v.02, prosecute.v.02, arraign.v.01), judgements (sentence.v.01, convict.v.01, fine.v.01), expulsion
#: from a country (expel.v.02) and execution (execute.v.01, "put to death" under a sentence).
_LEGAL_VERBS = frozenset({"indict", "charge", "prosecute", "arraign", "sentence", "convict", "fine",
                          "expel", "deport", "execute"})
#: Acts whose place of origin is the state that does them: "expelled from Nicaragua".
_FROM_ACTS = frozenset({"expel", "deport"})
#: Organs of a state named without their state ("arrested by police", "sentenced by a military court",
#: "indicted by a grand jury"): the agent is the state where the act is done, as with no agent at all.
_STATE_ORGANS = frozenset({"police", "policeman", "court", "jury", "judge", "tribunal", "prosecutor",
                           "authority", "magistrate"})
#: A paragraph's end: a blank line, or a line break then indentation.
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n[ \t]+")


def state_act(verb, kind: str, mode: str | None) -> bool:
    """Whether ``verb`` (of PLOVER type ``kind``, lexicon mode ``mode``) is a legal or coercive act
    told in the passive with no agent ("were arrested", "was sentenced") or an organ of the state for agent
    ("arrested by police", "sentenced by a court"), not "arrested by rebels".

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["He", "was", "killed"], heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"],
    ...           lemmas=["he", "be", "kill"])
    >>> state_act(doc[2], "ASSAULT", None)
    False
    """
    lemma = lemma_of(verb)
    if not ((kind == "COERCE" and mode in _COERCIVE_MODES) or lemma in _LEGAL_VERBS):
        return False
    return is_passive(verb) and all(lemma_of(p) in _STATE_ORGANS for c in verb.children if c.dep_ == "agent"
                                    for p in c.children if p.dep_ == "pobj")


def dateline_code(text: str, body: int, at: int) -> str | None:
    """The country of the dateline setting offset ``at`` of ``text`` (whose body starts at offset ``body``):
    in a roundup of several datelines the one opening the paragraph of ``at``, else the story's own.

    >>> dateline_code("MOSCOW - Two men were arrested.", 0, 20)
    'RUS'
    >>> text = "Highlights\\n    DHAKA - Ershad said.\\n    LONDON - Men were held.\\nOther."
    >>> dateline_code(text, 0, 50), dateline_code(text, 0, 5) is None
    ('GBR', True)
    """
    lines = datelines(text)
    if len(lines) > 1:
        before = [(s, place) for s, _, place in lines if s <= at]
        if not before or _PARAGRAPH.search(text, before[-1][0], at):
            return None
        return place_code(before[-1][1])
    place = opening_dateline(text, body)
    return place_code(place) if place else None


def place_code_of(aid: str, layer) -> str | None:
    """The country code of place actor ``aid``: a country's own, else its country's (an affiliation of
    the layer's, or the gazetteer's)."""
    actor = layer.actors.get(aid)
    if actor is None:
        return None
    if actor.kind == "country":
        return actor.code or country_code(actor.name)
    for aff in actor.affiliations:
        other = layer.actors.get(aff)
        if other is not None and other.kind == "country" and other.code:
            return other.code
    return place_country(actor.name) or capital_country(actor.name)


def _from_place(verb, layer, kinds) -> str | None:
    """The place actor an expulsion or deportation is from ("expelled from Nicaragua"); "" when it is from
    something else ("expelled from the party": no act of a state), None when no "from" is said."""
    found = None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.text.lower() == "from":
            for p in prep.children:
                aid = layer.at(p.i) if p.dep_ == "pobj" else None
                if aid and kinds(aid) in ("country", "location"):
                    return aid
                found = "" if p.dep_ == "pobj" else found
    return found


def country_actor(code: str, hint: str | None, layer) -> str:
    """The id of the layer's actor for the country ``code`` (added, without mentions, when the layer has
    none; ``hint`` an affiliation id naming it).

    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> layer = ActorLayer()
    >>> aid = country_actor("PHL", None, layer)
    >>> layer.actors[aid].name, place_code_of(aid, layer), country_actor("PHL", None, layer) == aid
    ('Philippines', 'PHL', True)
    """
    for aid, actor in layer.actors.items():
        if actor.kind == "country" and (actor.code or country_code(actor.name)) == code:
            return aid
    aid = hint if hint and hint not in layer.actors else unique_slug(country_name(code), layer.actors)
    layer.actors[aid] = Actor(id=aid, name=country_name(code), kind="country", code=code)
    return aid


def _affiliation_id(place: str | None, code: str, layer) -> str | None:
    """The id an affiliation of ``place`` gives its country, when the layer holds no actor for it."""
    actor = layer.actors.get(place) if place else None
    if actor is None:
        return None
    return next((a for a in actor.affiliations if a not in layer.actors
                 and country_code(a.replace("-", " ")) == code), None)


def implied_roles(verb, recips: list[str], layer, kinds, dateline: str | None) -> tuple[list[str], list[str]]:
    """The doer and recipients of the agentless state act ``verb`` (see :func:`state_act`) done to
    ``recips``: the country of the place it names, else ``dateline`` (a country code), as doer; without
    the place and the dateline's city among the recipients when another remains. No place and no
    dateline: no doer (``[]``), the recipients unchanged.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The act's verb.
    recips : list of str
        The recipients read from its roles.
    layer : ActorLayer
        The actor layer; a country actor is added to it when it has none for the doer.
    kinds : callable
        Actor id -> kind.
    dateline : str or None
        The country code of the dateline setting the act (:func:`dateline_code`).

    Returns
    -------
    (list of str, list of str)
    """
    place = _from_place(verb, layer, kinds) if lemma_of(verb) in _FROM_ACTS else None
    if place == "":
        return [], recips  # "expelled from the party"
    place = place or location_of([verb], layer, kinds)
    if place is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        place = location_of([verb.head], layer, kinds)  # "arrested in Hawthorne and charged with theft"
    code = place_code_of(place, layer) if place else None
    code = code or dateline or announcing_state(verb, layer)  # "..., the British Foreign Office said"
    if not code:
        return [], recips
    own = [r for r in recips if not (kinds(r) == "country" and place_code_of(r, layer) == code)]
    if recips and not own:
        return [], recips  # "Nicaragua was fined": no act of a state on itself
    doer = country_actor(code, _affiliation_id(place, code, layer), layer)
    rest = [r for r in own if not (kinds(r) == "location" and (r == place or place_code_of(r, layer) == code))]
    return [doer], rest or own


def _people_undergo(verb) -> bool:
    """Whether the passive subject of ``verb`` names people no actor stands for ("an opposition leader was
    arrested", "two men were detained"): the act is still done to someone."""
    return any(c.dep_ == "nsubjpass" and (is_person_noun(c.text) or is_person_noun(lemma_of(c))) for c in verb.children)


def imply_state_doers(text: str, body: int, cands, roles: list, layer, kinds, trigger_idx) -> None:
    """Give each agentless state act of ``cands`` (:func:`state_act`, asserted and past) whose ``roles``
    name recipients but no doer its implied doer (:func:`implied_roles`), in place.

    Parameters
    ----------
    text : str
        The article's text.
    body : int
        The offset in ``text`` where the body starts (after the headline).
    cands : list
        The event candidates.
    roles : list
        Their roles (actors, recipients), or None; changed in place.
    layer : ActorLayer
        The actor layer.
    kinds : callable
        Actor id -> kind.
    trigger_idx : dict
        Token index -> whether a verbal trigger is there (for :func:`~graphkit.ingest.events.certainty.assess`).
    """
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None or role[0] or not (role[1] or _people_undergo(c.head)) or c.kind != "verb" or not state_act(
                c.head, c.trig.type, c.trig.mode):
            continue
        verdict = assess(c.head, trigger_idx, consumed_neg=c.neg_consumed)
        if verdict.certainty == "asserted" and not verdict.future:
            roles[n] = implied_roles(c.head, role[1], layer, kinds, dateline_code(text, body, c.head.idx))
