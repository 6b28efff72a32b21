"""The state that announces an agentless act of its own: "Two Soviet diplomats were expelled, the British
Foreign Office said".

A state's organs report the legal and coercive acts of their state (expulsions, arrests, charges) without
naming a doer: the one who does them is the state whose government, police, army or court says so. The
announcer is the subject of the reporting verb whose reported clause the act is (or the clause it is
coordinated with), when that subject is a country or a body of a state's government, armed forces,
police or courts (CAMEO sectors GOV, MIL, COP, JUD).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.models import Actor
>>> words = ["Diplomats", "were", "expelled", ",", "the", "Foreign", "Office", "said"]
>>> doc = Doc(Vocab(), words=words, heads=[2, 2, 7, 7, 6, 6, 7, 7],
...           deps=["nsubjpass", "auxpass", "ccomp", "punct", "det", "compound", "nsubj", "ROOT"],
...           lemmas=["diplomat", "be", "expel", ",", "the", "Foreign", "Office", "say"])
>>> layer = ActorLayer(actors={"fo": Actor(id="fo", name="Foreign Ministry", kind="organization",
...                                        affiliations=["uk"]),
...                            "uk": Actor(id="uk", name="United Kingdom", kind="country", code="GBR")},
...                    token_actor={5: "fo", 6: "fo"})
>>> announcing_state(doc[2], layer)
'GBR'
"""
from __future__ import annotations

from graphkit.ingest.actors.sectors import title_sector
from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.words import word_list

__all__ = ["announcing_state"]

#: CAMEO sectors of a state's own organs: government, armed forces, police, courts.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})


def _state_code(aid: str, layer) -> str | None:
    """The country code of a country, or of a state organ: by its CAMEO code ("GBRGOV": "GBR"), else by
    its name's sector ("Foreign Ministry") and the country it is affiliated with."""
    actor = layer.actors.get(aid)
    if actor is None:
        return None
    if actor.kind == "country":
        return actor.code[:3] if actor.code else None
    if (actor.sector or title_sector(actor.name)) not in STATE_SECTORS:
        return None
    if actor.code and len(actor.code) == 6:
        return actor.code[:3]
    codes = {other.code for a in actor.affiliations if (other := layer.actors.get(a)) is not None
             and other.kind == "country" and other.code}
    return codes.pop() if len(codes) == 1 else None


def announcing_state(verb, layer) -> str | None:
    """The country code of the state whose organ reports ``verb``'s clause (see the module), else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Diplomats", "were", "expelled"], heads=[2, 2, 2],
    ...           deps=["nsubjpass", "auxpass", "ROOT"])
    >>> announcing_state(doc[2], None) is None
    True
    """
    reporting = word_list("reporting_verbs")
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if (cur.lemma_ or cur.text).lower() in reporting:
            codes = {_state_code(a, layer) for c in cur.children if c.dep_ == "nsubj" for a in np_actors(c, layer)}
            return codes.pop() if len(codes) == 1 and None not in codes else None
    return None
