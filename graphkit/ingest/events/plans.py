"""Plans made public: a party that announces its plan to act commits itself to the act (PLOVER AGREE,
or THREATEN for a hostile act).

"Japan plans to open its market" schedules an act and promises it to no one; but a plan put out in public
("the United States announced plans to impose tariffs on Japanese goods", "Reagan announced his intention
to impose tariffs on Japan", "unveiled a proposal to give aid to Bolivia") is told to all, its party
included: the announcement is the commitment PLOVER codes, as for "said it would impose tariffs"
(:mod:`graphkit.ingest.events.readings`), with the act itself as ``possible``. :func:`announced_plan`
finds the verb of putting out in public (``presenting_verbs``) whose object is a plan noun (``plan_nouns``)
the act is the infinitive of; :func:`made_public` adds the commitment when the announcement is asserted
and done, its subject is of the act's doers' side, and the act is a material or verbal one of a party
(not itself a promise, threat, request, refusal or charge, which stay what they are) aimed at a party.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["X", "announced", "plans", "to", "impose", "tariffs"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 4], deps=["nsubj", "ROOT", "dobj", "aux", "acl", "dobj"],
...           lemmas=["X", "announce", "plan", "to", "impose", "tariff"])
>>> announced_plan(doc[4]).text
'announced'
"""
from __future__ import annotations

from dataclasses import replace as copy

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.readings import Found
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.triggers import lemma_of
from graphkit.ingest.words import word_list
from graphkit.models import PLOVER_SCORES

__all__ = ["announced_plan", "made_public"]

_PROMISED = Trigger("AGREE", None, "promised")
_THREATENED = Trigger("THREATEN", None, "threatened")
#: Acts that stay what they are when announced (a promise, a threat, a request, a refusal, a charge).
_SPEECH = frozenset({"AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE"})


def announced_plan(verb):
    """The verb of putting out in public ("announced", "unveiled") whose object is the plan noun that ``verb``
    is the to-infinitive of ("announced plans to impose"); else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["X", "discussed", "plans", "to", "impose", "tariffs"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "acl", "dobj"],
    ...           lemmas=["X", "discuss", "plan", "to", "impose", "tariff"])
    >>> announced_plan(doc[4]) is None
    True
    """
    if verb.dep_ != "acl" or not any(a.dep_ == "aux" and a.text.lower() == "to" for a in verb.children):
        return None
    noun = verb.head
    if lemma_of(noun) not in word_list("plan_nouns") or noun.dep_ != "dobj":
        return None
    return noun.head if lemma_of(noun.head) in word_list("presenting_verbs") else None


def made_public(c, found: list[Found], layer) -> list[Found]:
    """``found`` (the events read from candidate ``c``), with the doers' commitment added before an act held
    ``possible`` whose plan they announced (see the module).

    Examples
    --------
    >>> made_public(None, [], None)
    []
    """
    if len(found) != 1 or c.kind not in ("verb", "light"):
        return found
    act = found[0]
    if act.certainty != "possible" or act.trig.type in _SPEECH or not act.actors or not act.recips:
        return found
    announcer = announced_plan(c.head)
    if announcer is None:
        return found
    said = assess(announcer)
    speakers = subject_actors(announcer, layer)
    if said.certainty != "asserted" or said.future or not (own_side(speakers, layer) & set(act.actors)):
        return found
    commitment = _THREATENED if PLOVER_SCORES[act.trig.type] < 0 else _PROMISED
    return [Found(copy(c, start=announcer, end=announcer), commitment, act.actors, act.recips, act.location,
                  "asserted"), act]
