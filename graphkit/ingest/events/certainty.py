"""Certainty of an event mention: asserted, possible (modality, hypotheticals) or negated.

:func:`assess` reads the trigger's own auxiliaries and negation, then walks up the clauses
that embed it: a negating verb ("refused to", "failed to", "denied"), the preposition
"without", a hypothetical ("in the hope that", "if", "whether", "expect") or the content of
another event ("urged X to accept": the acceptance has not happened) each change the
certainty; an intention ("will", "would", "plans to", "is willing to") is flagged as
``future`` so the event stage can record the commitment (PLOVER AGREE or THREATEN).
Relative and temporal clauses are independent assertions: the walk stops there.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Israel", "did", "not", "attack", "Gaza"],
...           heads=[3, 3, 3, 3, 3], deps=["nsubj", "aux", "neg", "ROOT", "dobj"],
...           lemmas=["Israel", "do", "not", "attack", "Gaza"])
>>> assess(doc[3]).certainty
'negated'
"""
from __future__ import annotations

from typing import NamedTuple

from graphkit.ingest.words import word_list

__all__ = ["Assessment", "assess", "triggers_verbal", "MODALS", "FUTURE_AUX", "NEGATING_VERBS", "HYPOTHETICAL_HEADS",
           "INTENT_HEADS", "SPEECH_VERBS"]

MODALS = word_list("modals")
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
NEGATING_VERBS = frozenset({"refuse", "decline", "fail", "deny", "avoid", "neglect", "forgo", "cease",
                            "stop", "abandon", "reject", "oppose", "prevent", "halt", "failure", "refusal",
                            "inability", "unable", "unwilling", "reluctant"})
HYPOTHETICAL_HEADS = frozenset({"aim", "optimism", "optimistic", "believe", "think", "predict", "confident",
                                "forecast", "hope", "wish", "expect", "fear", "possibility", "chance", "likely",
                                "unlikely", "possible", "whether", "consider", "mull", "weigh",
                                "suggest", "speculate", "rumor", "rumour", "unrealistic", "idea", "due", "scheduled",
                                "slated", "allow", "permit", "let", "enable", "perception", "belief", "impression",
                                "suspicion", "allegation", "assumption", "speculation", "notion"})
INTENT_HEADS = frozenset({"plan", "intend", "prepare", "decide", "want", "willing", "ready",
                          "prepared", "determined", "go", "resolve", "eager",
                          "pledge", "vow", "promise", "offer", "threaten", "agree", "commit"})
SPEECH_VERBS = word_list("reporting_verbs")
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
_INDEPENDENT_MARKS = frozenset({"when", "after", "before", "as", "because", "since", "while", "although",
                                "though", "until", "once", "whereas"})
_ARGUMENT_PREPS = frozenset({"of", "for", "with", "about", "to", "on", "from", "into", "against", "at",
                             "over", "toward", "towards"})
_ADJUNCT_PREPS = frozenset({"after", "before", "since", "during", "despite", "until", "following",
                            "amid", "upon", "while", "as"})
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acl", "csubj"})


_KNOWN_HEADS = NEGATING_VERBS | HYPOTHETICAL_HEADS | INTENT_HEADS | SPEECH_VERBS


class Assessment(NamedTuple):
    """The certainty of a mention and what decided it."""

    certainty: str = "asserted"
    #: "will", "would", "plans to", "is willing to" ... an intention, not a fact
    future: bool = False
    #: "if" or "unless" when the event is (or carries) a condition
    condition: str | None = None
    #: The embedding trigger token when this event is the content of another event.
    matrix: object = None
    #: The intention word ("prepare", "willing", "will") when ``future``.
    intent: str | None = None
    #: The event is the purpose of another act ("blockade Paris to demand ...").
    purpose: bool = False


def _forms(tok) -> set[str]:
    """The lemma and simple de-inflections of the word (the lemmatizer turns "hopes" into "hop")."""
    low = tok.text.lower()
    out = {(tok.lemma_ or low).lower(), low}
    if low.endswith("s"):
        out.add(low[:-1])
    if low.endswith(("ed", "es")):
        out |= {low[:-2], low[:-1]}
    return out


def _own(tok, consumed_neg: bool):
    neg = poss = fut = False
    intent = None
    for c in tok.children:
        low = c.text.lower()
        if c.dep_ == "neg" and not consumed_neg:
            neg = True
        elif c.dep_ == "det" and low == "no" and not consumed_neg:
            neg = True
        elif c.dep_ in ("aux", "auxpass"):
            if low in MODALS or c.lemma_ in MODALS:
                poss = True
            elif low in FUTURE_AUX or c.lemma_ in FUTURE_AUX:
                fut, intent = True, intent or low
        elif c.dep_ == "advmod" and low in ("allegedly", "possibly", "perhaps", "maybe", "probably"):
            poss = True
        elif c.dep_ == "advmod" and low in ("never",) and not consumed_neg:
            neg = True
        elif c.dep_ == "advmod" and low == "yet" and (tok.lemma_ or tok.text).lower() in ("have", "be"):
            neg = True  # "has yet to approve", "is yet to decide": it has not happened
    return neg, poss, fut, intent


def triggers_verbal(triggers, i: int) -> bool:
    """Whether trigger ``i`` is a speech act (its purpose clause is its content, not a fact)."""
    get = getattr(triggers, "get", None)
    return True if get is None else bool(get(i))


def assess(tok, triggers=frozenset(), consumed_neg: bool = False) -> Assessment:
    """The certainty of the event whose trigger is ``tok``.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The trigger (verb, or event noun).
    triggers : container of int, or dict of int to bool
        Indices of the tokens that are themselves event triggers: a clause embedded in one
        of them ("urged Hamas to accept") is that event's content, hence ``possible``. With a
        dict, the value says whether the trigger is a speech act: only then is its purpose
        clause ("swore to fight") content rather than a fact ("mobilised groups to help").
    consumed_neg : bool
        The trigger's negation is already part of its meaning ("did not accept" -> REJECT).
    """
    neg, poss, fut, intent = _own(tok, consumed_neg)
    cond = None
    matrix = None
    for c in tok.children:
        if c.dep_ == "mark" and c.text.lower() in _CONDITION_MARKS:
            poss = True
        elif c.dep_ == "advcl":  # the event carries a condition: "will withdraw unless ..."
            m = next((x.text.lower() for x in c.children if x.dep_ == "mark"
                      and x.text.lower() in ("if", "unless")), None)
            cond = cond or m
    cur, steps, via, purpose = tok, 0, None, False
    while cur.head is not cur and steps < 10:
        steps += 1
        dep, head = cur.dep_, cur.head
        if dep == "prep" and via == "pcomp":
            if cur.text.lower() in _ARGUMENT_PREPS:  # "accused X of violating": the clause is content
                dep = "pcomp"
            elif cur.text.lower() in _ADJUNCT_PREPS:  # "after meeting him": a fact of its own
                break
        via = dep
        hl = head.lemma_.lower() or head.text.lower()
        if dep == "relcl" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in cur.children):
            cur = head  # an infinitival relative ("a grant to finance ...") is a purpose
            continue
        if dep == "relcl" or dep in ("parataxis", "appos"):
            break
        if dep == "advcl":
            marks = {c.text.lower() for c in cur.children if c.dep_ in ("mark", "advmod")}
            if marks & _CONDITION_MARKS:
                poss = True
                break
            if marks & _INDEPENDENT_MARKS or not any(c.dep_ == "aux" and c.text.lower() == "to"
                                                     for c in cur.children):
                break
            if head.i in triggers and triggers_verbal(triggers, head.i):  # "have sworn to fight"
                matrix, poss = head, True
                break
            cur, purpose = head, True  # a purpose clause ("will visit ... to mediate") shares its verb's context
            hn, hp, hf, hi = _own(cur, False)
            neg, poss, fut, intent = neg or hn, poss or hp, fut or hf, intent or hi
            continue
        if dep == "conj":
            cur = head
            hn, hp, hf, hi = _own(cur, False)
            neg, poss, fut, intent = neg or hn, poss or hp, fut or hf, intent or hi
            continue
        if head.dep_ == "prep" or head.pos_ == "ADP":
            if head.text.lower() == "without":
                neg = True
                break
            cur = head
            continue
        if hl in HYPOTHETICAL_HEADS:
            poss = True
            break
        if dep in _CONTENT_DEPS and hl in NEGATING_VERBS and head.i not in triggers:
            neg, matrix = True, head
            break
        if dep in _CONTENT_DEPS and head.i in triggers:
            matrix = head
            if hl in NEGATING_VERBS:
                neg = True
            else:
                poss = True
            break
        if dep in _CONTENT_DEPS and hl in INTENT_HEADS:
            fut, intent = True, intent or hl
            cur = head
            hn, hp, _, _ = _own(cur, False)
            neg, poss = neg or hn, poss or hp
            continue
        if dep in _CONTENT_DEPS and hl in SPEECH_VERBS:
            break
        if dep in ("dobj", "nsubjpass", "attr", "pobj") and head.i in triggers and cur is not tok:
            # a clause inside the argument of another event ("rejected an offer to host")
            matrix, poss = head, True
            break
        if dep == "xcomp" and hl in ("have", "need") and cur.i > head.i:
            poss = True  # "will have to resign", "needs to act": an obligation, no fact
        if dep in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "npadvmod", "oprd", "acomp",
                   "xcomp", "ccomp", "pcomp", "acl", "prep", "compound", "amod", "dep"):
            cur = head
            if dep in ("xcomp", "acomp", "dobj"):  # "continued to send", "did not launch an attack"
                hn, hp, hf, hi = _own(cur, False)
                neg, poss, fut, intent = neg or hn, poss or hp, fut or hf, intent or hi
            continue
        break
    certainty = "negated" if neg else "possible" if poss else "asserted"
    return Assessment(certainty, fut, cond, matrix, intent, purpose)
