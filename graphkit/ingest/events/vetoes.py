"""A veto announced is a threat: "Reagan vowed to veto the bill", "Reagan said he would veto it".

A veto is a refusal once cast ("vetoed the bill": REJECT). Before it is cast, the one who holds it tells
the other side what he will do if they go ahead: PLOVER and CAMEO code that as a threat (THREATEN,
"threaten to veto"), and the threat is a fact once made, whether the veto ever comes or not. It is made
when the holder commits to it ("vowed", "pledged", "promised to veto") or says it himself ("said he
would veto", "warned he will veto"); a writer's forecast ("Reagan would veto such a bill", "is expected
to veto") or someone else's report of his intention makes no threat. A denied veto ("would not veto")
threatens nothing.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Reagan", "vowed", "to", "veto", "it"], heads=[1, 1, 3, 1, 3],
...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], pos=["PROPN", "VERB", "PART", "VERB", "PRON"],
...           lemmas=["Reagan", "vow", "to", "veto", "it"])
>>> from graphkit.ingest.events.certainty import assess
>>> committed_veto(doc[3], assess(doc[3], {3: False}), ["reagan"], lambda verb: ["reagan"])
True
"""
from __future__ import annotations

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.triggers import verb_lemma
from graphkit.ingest.words import word_list

__all__ = ["VETO_THREAT", "committed_veto", "announce_vetoes"]

#: The threat a veto announced makes.
VETO_THREAT = Trigger("THREATEN", None, "threatened to veto")
#: Intentions that commit the doer to the act ("vowed to veto").
_COMMITTING = frozenset({"vow", "pledge", "promise", "swear", "threaten"})
#: The plain future of a doer's own words ("said he would veto").
_FUTURE = frozenset({"will", "would", "shall", "'ll", "'d"})


def _reporting_verb(verb):
    """The reporting verb whose content ``verb`` is ("said he would veto"), or None."""
    for a in verb.ancestors:
        if a.pos_ in ("VERB", "AUX") and verb_lemma(a) in word_list("reporting_verbs"):
            return a
    return None


def committed_veto(verb, verdict, doers: list[str], speakers_of) -> bool:
    """Whether the veto ``verb`` (certainty ``verdict``, doers ``doers``) is announced by its doer:
    asserted, still to come, and either committed to ("vowed to veto") or told in the doer's own
    words (``speakers_of(reporting_verb)`` names a doer: "Reagan said he would veto").

    Parameters
    ----------
    verb : spacy.tokens.Token
        The verb "veto".
    verdict : Assessment
        Its certainty (:func:`~graphkit.ingest.events.certainty.assess`).
    doers : list of str
        The actors who would cast the veto.
    speakers_of : callable
        Reporting verb token -> the actors who say it.

    Returns
    -------
    bool
    """
    if verdict.certainty != "asserted" or not verdict.future or verdict.matrix is not None or not doers:
        return False
    if verdict.intent in _COMMITTING:
        return True
    if verdict.intent not in _FUTURE or not verdict.reported:
        return False
    say = _reporting_verb(verb)
    return say is not None and any(a in doers for a in speakers_of(say))


def announce_vetoes(cands, roles: list, layer, trigger_idx) -> None:
    """Make each veto of ``cands`` that its doer announces (:func:`committed_veto`) the threat it is:
    its trigger becomes :data:`VETO_THREAT`, a fact once said (in place).

    Parameters
    ----------
    cands : list
        The event candidates.
    roles : list
        Their roles (actors, recipients), or None.
    layer : ActorLayer
        The actor layer.
    trigger_idx : dict
        Token index -> whether a verbal trigger is there (for the certainty of the veto).
    """
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None or c.kind != "verb" or verb_lemma(c.head) != "veto" or c.trig.type != "REJECT":
            continue
        verdict = assess(c.head, trigger_idx, consumed_neg=c.neg_consumed)
        if committed_veto(c.head, verdict, role[0], lambda say: subject_actors(say, layer)):
            c.trig = VETO_THREAT
            c.extra["presupposed"] = True  # the threat is made, whatever becomes of the veto
