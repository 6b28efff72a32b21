"""The implied doers of strikes and protests told without them: who acts in protest, or the people of the
place they happen.

"X did Y in protest at Z" says that X protests ("farmers dumped produce in protest at EC price cuts"): the
doer of the clause a protest noun is the "in" adjunct of is the protester.

News names a wave of unrest by the place it sweeps rather than by who takes part ("strikes broke out
in Brazil", "student demonstrations in Seoul", "Greek strikes", "protests spread across Chile"). Those
who strike or march there are the country's own people, so the country of that place is the doer, as
PLOVER codes an unnamed crowd by its country. The place is the one the noun or its clause names (its
"in", "at", "across" or "throughout" phrase, or a country adjective or compound of the noun), else the
dateline that sets the story; with neither, no doer is guessed. Only asserted, past or present unrest
counts ("a strike planned for Monday" is no event yet).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.models import Actor
>>> doc = Doc(Vocab(), words=["Strikes", "broke", "out", "in", "Brazil", "."], heads=[1, 1, 1, 1, 3, 1],
...           deps=["nsubj", "ROOT", "prt", "prep", "pobj", "punct"],
...           pos=["NOUN", "VERB", "ADP", "ADP", "PROPN", "PUNCT"],
...           lemmas=["strike", "break", "out", "in", "Brazil", "."])
>>> layer = ActorLayer(actors={"brazil": Actor(id="brazil", name="Brazil", kind="country", code="BRA")},
...                    token_actor={4: "brazil"})
>>> unrest_place(doc[0], layer)
'brazil'
"""
from __future__ import annotations

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.implied import country_actor, dateline_code, place_code_of
from graphkit.ingest.events.roles import subject_actors

__all__ = ["unrest_place", "protesters_of", "imply_protesters"]

#: Prepositions that set an act in a place ("in Madrid", "at Reinosa", "across Chile", "around Yugoslavia").
_PLACE_PREPS = frozenset({"in", "at", "across", "throughout", "inside", "around"})
#: Verbs of spreading (WordNet spread.v.01 "distribute or disperse widely", extend.v.04 "spread"): unrest that spreads
#: "to" or "from" a place happens there ("strikes spread to most regions of Yugoslavia").
_SPREADING = frozenset({"spread", "extend"})
_SPREAD_PREPS = frozenset({"to", "from", "into"})
#: Actor kinds that are places.
_PLACE_KINDS = frozenset({"country", "location"})
#: Clause roles through which a noun's verb sets its place ("strikes broke out in Brazil").
_CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _kind(aid: str | None, layer) -> str | None:
    actor = layer.actors.get(aid) if aid else None
    return actor.kind if actor is not None else None


def unrest_place(noun, layer) -> str | None:
    """The place actor where the unrest ``noun`` happens: a country adjective or compound of the noun
    ("Greek strikes"), else the place of its own or its clause's "in"/"at"/"across"/"throughout"/"around"
    phrase ("protests in Seoul", "strikes broke out in Brazil"), or of the "to"/"from" phrase of a verb of
    spreading ("strikes spread to most regions of Yugoslavia"); None when none is said.

    Parameters
    ----------
    noun : spacy.tokens.Token
        The event noun ("strike", "protest", "demonstration").
    layer : ActorLayer
        The actor layer.

    Returns
    -------
    str or None
        The local id of a country or location actor.
    """
    for m in noun.children:
        if m.dep_ in ("amod", "compound") and _kind(layer.at(m.i), layer) == "country":
            return layer.at(m.i)
    holders = [noun]
    if noun.dep_ in _CLAUSE_ROLES and noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
        holders.append(noun.head)
    for tok in holders:
        preps = _PLACE_PREPS | (_SPREAD_PREPS if (tok.lemma_ or tok.text).lower() in _SPREADING else frozenset())
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.text.lower() not in preps:
                continue
            for p in prep.children:
                if p.dep_ == "pobj" and (aid := _place_in(p, layer)):
                    return aid
    return None


def _place_in(noun, layer) -> str | None:
    """The place actor a place phrase ``noun`` names: itself, its compound, adjective or apposition, or
    the place of its "of" phrase ("most regions of Yugoslavia", "the whole of Zambia")."""
    found = [layer.at(noun.i)] + [layer.at(q.i) for q in noun.children if q.dep_ in ("compound", "amod", "appos")]
    found += [layer.at(o.i) for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
              for o in p.children if o.dep_ == "pobj"]
    return next((a for a in found if _kind(a, layer) in _PLACE_KINDS), None)


def protesters_of(noun, layer) -> list[str]:
    """The doers of the clause whose "in" adjunct the protest ``noun`` is ("farmers dumped produce in
    protest at price cuts": the farmers; the parser may hang the adjunct on the object), unless a state
    is one of them; else none.

    Parameters
    ----------
    noun : spacy.tokens.Token
        The event noun ("protest").
    layer : ActorLayer
        The actor layer.

    Returns
    -------
    list of str
    """
    if noun.dep_ != "pobj" or noun.head.text.lower() != "in" or noun.head.head.i == noun.head.i:
        return []
    host = noun.head.head
    if host.pos_ == "NOUN" and host.dep_ == "dobj":
        host = host.head
    doers = subject_actors(host, layer) if host.pos_ in ("VERB", "AUX") else []
    # a state acting "in protest" (recalling an envoy, raising tariffs) makes no street protest
    return [] if any(_kind(a, layer) == "country" for a in doers) else doers


def imply_protesters(text: str, body: int, cands, roles: list, layer, trigger_idx) -> None:
    """Give each asserted strike or protest noun of ``cands`` that has no doer the country of the place
    it happens (:func:`unrest_place`, else the dateline) as doer, in ``roles`` (changed in place).

    Parameters
    ----------
    text : str
        The article's text.
    body : int
        The offset in ``text`` where the body starts (after the headline).
    cands : list
        The event candidates.
    roles : list
        Their roles (actors, recipients), or None.
    layer : ActorLayer
        The actor layer; a country actor is added when it has none for the doer.
    trigger_idx : dict
        Token index -> whether a verbal trigger is there (for the certainty of the act).
    """
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None or role[0] or c.kind != "noun" or c.trig.type != "PROTEST":
            continue
        verdict = assess(c.head, trigger_idx)
        if verdict.certainty != "asserted" or verdict.future:
            continue
        if doers := protesters_of(c.head, layer):
            roles[n] = (doers, role[1])
            continue
        place = unrest_place(c.head, layer)
        code = place_code_of(place, layer) if place else dateline_code(text, body, c.head.idx)
        if code:
            doer = country_actor(code, None, layer)
            roles[n] = ([doer], [r for r in role[1] if r != place and r != doer])
