"""Penalties held out: a speaker saying a party would be punished under a condition threatens it (PLOVER THREATEN).

"The government said the strikers could be dismissed unless they end the strike": the hostile act is told in
the passive with no agent, or as what a party "would face" ("said Japan would face sanctions if ..."), so it has
no doer of its own and is no event; but whoever says that a party will
suffer it unless the party acts holds the penalty out -- the condition makes it a threat, made when said
(:mod:`graphkit.ingest.events.ultimatums` reads the active form, "said it would dismiss them unless").
The threat is the speaker's, made to the party whose conduct the condition sets
(:func:`graphkit.ingest.events.ultimatums.conditioned_party`), else to the party to be punished; none when
the speaker is of the punished party's side, when an agent is named ("would be attacked by Iraq": a forecast
of another's act), when the penalty is itself negated, or when the report is not asserted. A modal of
obligation ("should be punished if") asks for a penalty rather than holding one out.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["X", "said", "Y", "could", "be", "dismissed", "unless", "they", "end", "it"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1, 8, 8, 5, 8],
...           deps=["nsubj", "ROOT", "nsubjpass", "aux", "auxpass", "ccomp", "mark", "nsubj", "advcl", "dobj"],
...           lemmas=["X", "say", "Y", "could", "be", "dismiss", "unless", "they", "end", "it"])
>>> penalty_report(doc[5]).text
'said'
"""
from __future__ import annotations

from dataclasses import replace as copy

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.lexicon import Trigger, lookup_verb
from graphkit.ingest.events.readings import Found
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.triggers import verb_lemma as _verb_lemma
from graphkit.ingest.events.ultimatums import conditioned_party
from graphkit.ingest.words import word_list
from graphkit.models import PLOVER_SCORES

__all__ = ["held_out_penalty", "penalty_report"]

_THREAT = Trigger("THREATEN", None, "threatened")
_CONDITIONS = frozenset({"if", "unless"})
#: Auxiliaries of an outcome held out: the future and the modals of possibility ("would", "could be dismissed").
_HELD_OUT = frozenset({"will", "would", "shall", "'ll", "wo", "could", "can", "may", "might"})
#: Verbs of undergoing a penalty their object names (WordNet 3.0 face.v.03 "deal with (something unpleasant)
#: head on", incur.v.01, risk.v.02 "expose to a chance of loss"): "would face sanctions if", "risks dismissal".
_UNDERGO = frozenset({"face", "incur", "risk"})


def _penalty_clause(c):
    """The verb of the clause that holds out the hostile act of candidate ``c``, with whether it is passive:
    the act's own verb ("could be dismissed"), or the verb of undergoing whose object the act's noun is
    ("would face sanctions"); else None."""
    if c.kind == "verb":
        return c.head, True
    if c.kind == "noun" and c.head.dep_ == "dobj" and _lemma(c.head.head) in _UNDERGO:
        return c.head.head, False
    return None


def penalty_report(verb, passive: bool = True):
    """The reporting verb whose content ``verb`` is, when ``verb`` is held out as an outcome ("would", "could",
    not negated) under a condition of its own ("if ...", "unless ..."): an agentless passive ("could be
    dismissed"), or with ``passive`` False a verb of undergoing ("would face sanctions"); else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["X", "said", "Y", "should", "be", "dismissed", "if", "they", "strike"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1, 8, 8, 5],
    ...           deps=["nsubj", "ROOT", "nsubjpass", "aux", "auxpass", "ccomp", "mark", "nsubj", "advcl"],
    ...           lemmas=["X", "say", "Y", "should", "be", "dismiss", "if", "they", "strike"])
    >>> penalty_report(doc[5]) is None
    True
    """
    kids = list(verb.children)
    aux = [c.text.lower() for c in kids if c.dep_ == "aux"]
    if (verb.dep_ != "ccomp" or not aux or any(a not in _HELD_OUT for a in aux)
            or passive != any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in ("neg", "agent") for c in kids)):
        return None
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in _CONDITIONS for m in c.children)
               for c in kids):
        return None
    return verb.head if _lemma(verb.head) in word_list("reporting_verbs") else None


def held_out_penalty(c, role, found: list[Found], layer) -> list[Found]:
    """``found`` (the events read from candidate ``c`` with ``role``), with the speaker's threat added when
    ``c`` is a hostile act with no doer held out to a party under a condition (:func:`penalty_report`) in an
    asserted past or present report whose speaker is of another side than that party.

    Examples
    --------
    >>> held_out_penalty(None, None, [], None)
    []
    """
    if found or role is None or role[0] or not role[1]:
        return found
    if PLOVER_SCORES[c.trig.type] >= 0 or c.trig.type == "THREATEN" or (clause := _penalty_clause(c)) is None:
        return found
    reporter = penalty_report(*clause)
    if reporter is None:
        return found
    said = assess(reporter)
    speakers = subject_actors(reporter, layer)
    own = own_side(speakers, layer)
    sense = lookup_verb(_verb_lemma(reporter))
    if said.certainty != "asserted" or said.future or not speakers or own & set(role[1]):
        return found
    targets = [a for a in conditioned_party(clause[0], speakers, layer) or role[1] if a not in own]
    if not targets:
        return found
    # a warning gives the same threat once: "warned that Syria would be punished if it attacked"
    threat = sense if sense is not None and sense.type == "THREATEN" else _THREAT
    return [Found(copy(c, start=reporter, end=reporter), threat, speakers, targets, None, "asserted")]
