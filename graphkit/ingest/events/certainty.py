"""Certainty of an event mention: asserted, possible (modality, hypotheticals) or negated.

:func:`assess` reads the trigger's own auxiliaries and negation, then walks up the clauses
that embed it: a negating verb ("refused to", "failed to", "denied"), the preposition
"without", a hypothetical ("in the hope that", "if", "whether", "expect") or the content of
another event ("urged X to accept": the acceptance has not happened) each change the
certainty; an intention ("will", "would", "plans to", "is willing to") is flagged as
``future`` so the event stage can record the commitment (PLOVER AGREE or THREATEN).
The consequence of a condition ("the US will defend Israel if Iran attacks", "Should Iran
attack, ...") is ``possible`` unless it is reported: "said it will boycott the vote unless ..."
is the speaker's threat. A complement of "be" ("is to visit", "one option is to retaliate") and
another doer's act in a wish ("wants Israel to withdraw") are no facts either.
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

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, cast

from graphkit.ingest.events.conditions import condition_of, conditioned, in_condition, own_commitment, subject
from graphkit.ingest.events.conjuncts import outer_clause, own_clause, tensed_pair
from graphkit.ingest.events.deferral import deferred
from graphkit.ingest.events.entailment import (
    CLAIM_NOUNS,
    DENYING_VERBS,
    asked_of_object,
    claim_content,
    none_said,
    prevented,
)
from graphkit.ingest.events.horizon import future_time_clause
from graphkit.ingest.events.lexicon import lookup_verb
from graphkit.ingest.events.means import unrealised_means
from graphkit.ingest.events.mood import is_question
from graphkit.ingest.events.prospects import counterfactual, hedged, scheduled, schedules, unrealised, verb_chain
from graphkit.ingest.events.responses import responded_to
from graphkit.ingest.words import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Assessment", "assess", "condition_of", "is_question", "triggers_verbal", "MODALS", "FUTURE_AUX",
           "NEGATING_VERBS", "HYPOTHETICAL_HEADS", "PROSPECTIVE_MODS", "FAILING_HEADS",
           "INTENT_HEADS", "SPEECH_VERBS", "CLAIM_NOUNS", "DENYING_VERBS", "claim_content"]

MODALS = word_list("modals")
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
NEGATING_VERBS = frozenset({"refuse", "decline", "fail", "deny", "avoid", "refrain", "neglect", "forgo", "cease",
                            "stop", "abandon", "reject", "oppose", "prevent", "halt", "failure", "refusal",
                            "inability", "unable", "unwilling", "reluctant", "unwillingness", "reluctance"})
HYPOTHETICAL_HEADS = frozenset({"aim", "optimism", "optimistic", "hopeful", "believe", "think", "predict",
                                "confident", "forecast", "hope", "wish", "expect", "fear", "possibility", "chance",
                                "likely", "unlikely", "possible", "whether", "consider", "mull", "weigh", "suggest",
                                "speculate", "rumor", "rumour", "unrealistic", "idea", "due", "scheduled", "slated",
                                "allow", "permit", "let", "enable", "authorize", "authorise", "empower", "intention",
                                "intent", "perception", "belief", "impression", "suspicion", "allegation",
                                "assumption", "speculation", "notion", "prospect", "expectation", "likelihood",
                                "probability",
                                # what is sought, tried, needed or weighed has not happened: "efforts to end",
                                # "tried to seize", "troops needed to secure"; or is hard: "difficulties to reach"
                                "effort", "attempt", "try", "bid", "need", "necessary", "require", "option",
                                "alternative", "struggle", "loath", "reluctant", "unwilling", "hesitant", "wary",
                                "difficulty", "difficult", "trouble", "unsure", "uncertain", "undecided",
                                # a capacity to act is no act: "Reagan's ability to veto", "the right to strike"
                                "ability", "capability", "capacity", "power", "right", "authority", "mandate",
                                "permission", "freedom", "licence", "license", "leeway", "discretion"})
#: Modifiers of an event noun that make it a prospect: "the planned withdrawal", "proposed sanctions".
PROSPECTIVE_MODS = frozenset({"planned", "proposed", "possible", "potential", "prospective", "intended", "mooted",
                              "suggested", "hypothetical", "likely", "expected", "threatened", "future",
                              "envisaged", "contemplated"})
#: Negating heads that say an attempt failed, not that the act was refused ("failed to conclude").
FAILING_HEADS = frozenset({"fail", "failure", "inability", "unable", "prevent", "halt", "stop", "cease"})
INTENT_HEADS = frozenset({"plan", "intend", "prepare", "decide", "want", "willing", "ready",
                          "prepared", "determined", "go", "resolve", "eager", "keen",
                          "pledge", "vow", "promise", "offer", "threaten", "agree", "commit",
                          "readiness", "willingness", "preparedness"})  # nouns of ready.a.01, willing.a.01
SPEECH_VERBS = word_list("reporting_verbs")
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
#: Subjects of "be" whose complement is no fact: "one option is to retaliate", "the aim is a ceasefire".
_OPTION_HEADS = frozenset({"option", "alternative", "choice", "possibility", "idea", "plan", "proposal", "aim",
                           "goal", "objective", "intention", "suggestion", "demand", "request", "priority", "task",
                           "hope", "wish", "dream", "ambition", "solution", "answer", "remedy"})
#: Subjects of "be" whose infinitive is a standing practice, a fact: "U.S. policy is to oppose these loans".
_STANDING_HEADS = frozenset({"policy", "practice", "strategy", "position", "stance", "line", "tradition", "rule",
                             "role", "job", "mandate", "function", "custom", "habit", "approach"})
#: Subjects of a past "was to" that name an act: its complement is what the act did ("his action was to
#: penalize Japan"), while "the first step is to hold talks" is still a plan.
_ACT_HEADS = frozenset({"action", "move", "step", "measure", "response", "reaction", "decision", "effect", "result"})
#: Intention heads that can take another doer: "wants Israel to withdraw" is Washington's wish, not Israel's act.
_OTHER_DOER_INTENTS = frozenset({"want", "intend", "wish", "prepare", "prefer", "like"})
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
    #: The event is the content of a reporting verb ("said Labour would set out plans").
    reported: bool = False
    #: Negated because an attempt failed ("failed to conclude an agreement"), not refused.
    failed: bool = False
    #: The event is the consequence of a condition ("if elected, he will seek advice").
    conditional: bool = False
    #: Negated and only possible, no intention denied: "if the talks fail to agree", "urged Iran not to accept".
    hypothetical: bool = False


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
    fut, intent, later = False, None, deferred(tok)  # "talks were postponed", "called off its attack"
    neg, poss = later == "negated", later == "possible"
    if counterfactual(tok) or scheduled(tok) or hedged(tok) or unrealised_means(tok):
        poss = True  # "would have preferred to offer": it did not happen; "meet tomorrow", "will almost certainly"
    for c in tok.children:
        low = c.text.lower()
        if (c.dep_ == "neg" or (c.dep_ == "advmod" and low == "never")) and not consumed_neg:
            neg = True
        elif c.dep_ == "det" and low == "no" and not consumed_neg:
            neg = True
        elif c.dep_ in ("aux", "auxpass"):
            if low in MODALS or c.lemma_ in MODALS:
                poss = True
            elif low in FUTURE_AUX or c.lemma_ in FUTURE_AUX:
                fut, intent = True, intent or low
        elif c.dep_ == "advmod" and low in ("allegedly", "possibly", "perhaps", "maybe", "probably", "likely"):
            poss = True
        elif c.dep_ == "advmod" and low == "yet" and (tok.lemma_ or tok.text).lower() in ("have", "be"):
            neg = True  # "has yet to approve", "is yet to decide": it has not happened
        elif not consumed_neg and none_said(c):
            neg = True  # "in no way abandoned", "at no time attacked", "neither X nor Y accepted"
    if neg and any(c.dep_ == "aux" and c.text.lower() in ("might", "may") for c in tok.children):
        neg, poss = False, True  # "might not approve": it may not happen, which is no refusal
    return neg, poss, fut, intent


def triggers_verbal(triggers, i: int) -> bool:
    """Whether trigger ``i`` is a speech act (its purpose clause is its content, not a fact)."""
    get = getattr(triggers, "get", None)
    return True if get is None else bool(get(i))


@dataclass
class _Walk:
    """What the walk up from a trigger has learnt so far."""

    neg: bool
    poss: bool
    fut: bool
    intent: str | None
    matrix: Token | None = None
    purpose: bool = False
    reported: bool = False
    failed: bool = False
    obliged: bool = False
    #: The clause that is the consequence of a condition ("will defend Israel if Iran attacks").
    conditional: Token | None = None
    #: The reporting verb whose content the event is.
    reporter: Token | None = None

    def absorb(self, tok: Token, modality: bool = True) -> None:
        """Add what ``tok``'s own auxiliaries and negation say (its modality only if asked)."""
        hn, hp, hf, hi = _own(tok, False)
        self.neg, self.poss = self.neg or hn, self.poss or hp
        if modality:
            self.fut, self.intent = self.fut or hf, self.intent or hi


#: A step that decided nothing: the next rule is tried.
_GO_ON: Token | None = cast("Token | None", object())


#: Acts a purpose clause does by being said or done ("met to discuss", "marched to protest"): the
#: act whose purpose they are is already them.
_SELF_ACHIEVED = frozenset({"CONSULT", "PROTEST", "AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT",
                            "CONCEDE"})


def _material_aim(tok: Token, triggers) -> bool:
    """Whether ``tok``, a purpose clause, names a material act (force, coercion, aid, sanctions) that
    its matrix act only aims at: "troops patrolled to prevent riots" prevented nothing yet, while
    "met to discuss" and "marched to protest" are the discussion and the protest.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["troops", "patrolled", "to", "prevent", "riots"], heads=[1, 1, 3, 1, 3],
    ...           deps=["nsubj", "ROOT", "aux", "advcl", "dobj"], lemmas=["troop", "patrol", "to", "prevent", "riot"])
    >>> _material_aim(doc[3], {1: False, 3: False}), _material_aim(doc[3], frozenset())
    (True, False)
    """
    if not isinstance(triggers, dict) or triggers.get(tok.i, True):
        return False
    trig = lookup_verb((tok.lemma_ or tok.text).lower())
    return trig is not None and trig.type not in _SELF_ACHIEVED


def _clause_step(st: _Walk, cur: Token, dep: str, triggers, tok: Token | None = None) -> Token | None:
    """A step across a clause boundary (relative, adverbial, conjoined, prepositional):
    the next token to read, None to stop, or ``_GO_ON``."""
    head = cur.head
    if dep == "relcl" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in cur.children):
        return head  # an infinitival relative ("a grant to finance ...") is a purpose
    if dep == "relcl" or dep in ("parataxis", "appos"):
        return None
    if dep == "advcl":
        marks = {c.text.lower() for c in cur.children if c.dep_ in ("mark", "advmod")}
        if marks & _CONDITION_MARKS or condition_of(cur) or future_time_clause(cur, marks):
            st.poss = True
            return None
        if marks & _INDEPENDENT_MARKS or not any(c.dep_ == "aux" and c.text.lower() == "to" for c in cur.children):
            return None
        if head.i in triggers and triggers_verbal(triggers, head.i):  # "have sworn to fight"
            st.matrix, st.poss = head, True
            return None
        st.purpose = True  # a purpose clause ("will visit ... to mediate") shares its verb's context
        if tok is not None and cur.i == tok.i and _material_aim(tok, triggers):
            st.poss = True  # "patrolled the Copperbelt to prevent riots": an aim, not a result
            return None
        st.absorb(head)
        return head
    if dep == "conj":
        if (outer := outer_clause(cur)) is not None:
            return outer  # "refused to withdraw but offered talks": the offer is a clause of its own
        if not (cur.tag_ in ("VBD", "VBZ") and head.tag_ == "VB") and not own_clause(cur) and not tensed_pair(cur):
            st.absorb(head)  # a tensed conjunct has its own tense: "did not comment but said ...", "was not
            # satisfied and pressed for more" (VBP: bare verbs)
        return head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        if head.text.lower() == "without":
            st.neg = True
            return None
        return head
    return _GO_ON


#: Heads of trying: what is tried is not done ("tried to negotiate"), but an attempted attack is an
#: attack (CAMEO 18-20 code the attempt: "attempted to assassinate"). "Seek to" is trying (WordNet 3.0
#: seek.v.04 "try to get or reach"): "sought to block the strait" blocked nothing yet.
_CONATIVE = frozenset({"attempt", "try", "bid", "seek"})
_SEEMING = frozenset({"seem", "appear"})


def _sought(head: Token, dep: str, inner: bool = False) -> bool:
    """Whether ``head`` is a "seek" whose infinitive is tried, not done ("sought to block the strait");
    "will seek to block" is an intention, read as one. What the sought thing would do is not done
    either (``inner``: a clause inside the object, "sought a court order to block Pennzoil")."""
    if (head.lemma_ or head.text).lower() != "seek":
        return False
    return (dep == "xcomp" and not _own(head, False)[2]) or (dep == "dobj" and inner)


def _past_state(adj: Token) -> bool:
    """Whether adjective ``adj`` is the complement of a past or perfect "be" with no modal: "was able to
    escape" and "have been able to repel" say it was done, while "will be able to lift", "is able to veto"
    and "would have been able to" tell a capacity."""
    be = adj.head
    if adj.dep_ != "acomp":
        return False
    auxes = [c for c in be.children if c.dep_ == "aux"]
    if be.tag_ == "VBD":
        return not auxes
    return (be.tag_ == "VBN" and any(a.text.lower() in ("have", "has", "had", "'ve") for a in auxes)
            and not any(a.tag_ == "MD" or a.text.lower() in MODALS | FUTURE_AUX for a in auxes))


def _content_step(st: _Walk, cur: Token, dep: str, triggers, tok: Token) -> Token | None:
    """A step from a clause or phrase to the word it is the content or argument of."""
    head = cur.head
    hl = head.lemma_.lower() or head.text.lower()
    likely = dep in ("ccomp", "csubj") and hl == "be" and any(  # "it was likely that X would ease": a forecast
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in HYPOTHETICAL_HEADS for c in head.children)
    seeming = dep in ("xcomp", "oprd", "acomp") and hl in _SEEMING and verb_chain(tok, cur)  # "appeared ready to"
    if schedules(head, cur) and verb_chain(tok, cur):  # "is due to meet": the writer's timetable, as "will"
        st.fut, st.intent = True, st.intent or "scheduled"
        st.absorb(head, modality=False)
        return head
    if (likely or seeming or hl in HYPOTHETICAL_HEADS or _sought(head, dep, cur is not tok) or unrealised(head, cur)
            or (dep in _CONTENT_DEPS and head.pos_ == "VERB" and _forms(head) & HYPOTHETICAL_HEADS)) and not (
            hl in _CONATIVE and (own := lookup_verb((tok.lemma_ or tok.text).lower())) is not None
            and own.type == "ASSAULT"):
        st.poss = True  # _forms: the lemmatizer turns "hopes" into "hop"
        return None
    subj = subject(head)
    if dep == "xcomp" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in cur.children) and (
            hl == "remain" or (hl == "able" and not _past_state(head))):
        st.poss = True  # "remains for the negotiators to propose", "will be able to lift": not (yet) done
        return None
    if hl == "be" and (cur.i == tok.i or (cur.i == tok.head.i and tok.dep_ == "dobj") or verb_chain(tok, cur)) and (
            (dep == "xcomp" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in cur.children)
             and cur.text.lower() != "blame"  # "Y is to blame": the idiom says Y is at fault, now
             and not (subj is not None and (subj.lemma_.lower() in _STANDING_HEADS
                                            or (head.tag_ == "VBD" and subj.lemma_.lower() in _ACT_HEADS))))
            or (dep in ("attr", "xcomp", "ccomp") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _OPTION_HEADS for c in head.children))):
        st.poss = True  # "the president is to visit", "one option is to impose sanctions", "the aim is a truce"
        return None
    if dep in _CONTENT_DEPS and hl in NEGATING_VERBS and head.i not in triggers:
        st.neg, st.matrix, st.failed = True, head, hl in FAILING_HEADS
        st.poss = st.poss or in_condition(head)  # "if the talks fail to reach agreement"
        return None
    if dep in _CONTENT_DEPS and head.i in triggers:
        st.matrix = head
        if hl in NEGATING_VERBS:
            st.neg, st.failed = True, hl in FAILING_HEADS
            st.poss = st.poss or in_condition(head)  # "if they continue to refuse to approve"
        else:
            st.poss = True
        return None
    if prevented(cur, tok):  # "averted a clash", "to preempt any move by strikers to occupy": it did not happen
        st.neg, st.matrix = True, head
        return None
    if cur.i == tok.i and isinstance(triggers, dict) and not triggers.get(tok.i, True) and asked_of_object(cur):
        st.poss, st.matrix = True, head  # "directed the companies to end": asked, not done, while a
        return None  # said act is done by the matrix act ("contacted the ambassador to complain")
    if dep in _CONTENT_DEPS and hl in _OTHER_DOER_INTENTS and (
            any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
            or any(c.dep_ == "dobj" and c.i < cur.i for c in head.children)):
        st.poss = True  # "wants Israel to withdraw": another's wish, not Israel's act nor its intention
        return None
    if dep in _CONTENT_DEPS and hl in INTENT_HEADS:
        st.fut, st.intent = True, st.intent or hl
        st.absorb(head, modality=False)
        return head
    if dep == "ccomp" and any(c.dep_ == "neg" for c in head.children):
        st.poss = True  # "did not say that X would ...", "does not mean he would oppose": not asserted
        return None
    if dep in _CONTENT_DEPS and hl in SPEECH_VERBS:
        st.reported, st.reporter = True, head
        return None
    if dep in ("dobj", "nsubjpass", "attr", "pobj") and head.i in triggers and cur is not tok:
        # a clause inside the argument of another event ("rejected an offer to host")
        st.matrix, st.poss = head, True
        return None
    if dep == "xcomp" and hl in ("have", "need") and cur.i > head.i:
        st.poss = st.obliged = True  # "will have to resign", "needs to act": an obligation, no fact
    if dep in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "npadvmod", "oprd", "acomp",
               "xcomp", "ccomp", "pcomp", "acl", "prep", "compound", "amod", "dep"):
        if dep in ("xcomp", "acomp", "dobj"):  # "continued to send", "did not launch an attack"
            st.absorb(head)
        return head
    return None


#: Prepositions by which a verb of motion goes to an occasion ("went to the talks", "left on a trip",
#: "flew in for talks"): whether one went tells whether it was held.
_GOING_PREPS = frozenset({"to", "on", "for"})


def assess(tok, triggers=frozenset(), consumed_neg: bool = False, noun=None) -> Assessment:
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
    noun : spacy.tokens.Token, optional
        The event noun of a light verb: "no" before it negates the act ("made no concessions").
    """
    st = _Walk(*_own(tok, consumed_neg))
    if noun is not None and not consumed_neg and any(d.dep_ == "det" and d.text.lower() == "no" for d in noun.children):
        st.neg = True  # "had no complaints", "held no talks": none was made
    cond = None
    kids = list(tok.children)
    if any(c.dep_ in ("amod", "compound") and c.text.lower() in PROSPECTIVE_MODS for c in kids):
        st.poss = True  # "the planned withdrawal", "proposed sanctions": a prospect
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in kids):
        st.poss = True  # "Hamas, which attacks Israel": a simple present relative clause is a trait
    if any(c.dep_ == "mark" and c.text.lower() == "for" for c in kids) and any(
            c.dep_ == "aux" and c.text.lower() == "to" for c in kids):
        st.poss = True  # a for-to infinitive ("the time has come for Israel to withdraw") is never a fact
    for c in kids:
        if c.dep_ == "mark" and c.text.lower() in _CONDITION_MARKS:
            st.poss = True
        elif c.dep_ == "advcl":  # the event carries a condition: "will withdraw unless ..."
            cond = cond or condition_of(c)
    st.conditional = tok if conditioned(tok, st.poss or st.fut) else None
    cur: Token | None = tok
    via: str | None = None
    for _ in range(10):
        if cur is None or cur.head.i == cur.i:
            break
        dep = cur.dep_
        if dep == "prep" and via == "pobj" and tok.head.i == cur.i and cur.text.lower() in _GOING_PREPS and (
                cur.head.lemma_ or cur.head.text).lower() in word_list("motion_verbs"):
            st.absorb(cur.head, modality=False)  # "did not go to the talks": no meeting held
        if dep == "prep" and via == "pcomp":
            if cur.text.lower() in _ARGUMENT_PREPS:  # "accused X of violating": the clause is content
                dep = "pcomp"
            elif cur.text.lower() in _ADJUNCT_PREPS:  # "after meeting him": a fact of its own
                break
        if responded_to(cur, tok):  # "has yet to reply to an invitation": the invitation was made
            break
        via = dep
        claimed = claim_content(cur, dep)
        if claimed is not None:  # "(denied) claims that Iran had supplied weapons": no fact
            st.neg, st.poss = st.neg or claimed == "negated", True
            break
        nxt = _clause_step(st, cur, dep, triggers, tok)
        nxt = _content_step(st, cur, dep, triggers, tok) if nxt is _GO_ON else nxt
        if (nxt is not None and nxt.i == cur.head.i and dep in ("xcomp", "advcl", "conj")
                and not (dep == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children))
                and conditioned(nxt, any(c.dep_ in ("aux", "auxpass") and (c.text.lower() in MODALS
                                          or c.text.lower() in FUTURE_AUX) for c in nxt.children))):
            st.conditional = nxt  # "will move to defend Israel if attacked": the condition covers the chain
        cur = nxt
    if (st.conditional is not None and st.intent not in INTENT_HEADS
            and not own_commitment(st.conditional, st.reporter)):
        # "If Iran attacks, the US will defend Israel": the writer's hypothesis, no fact nor promise.
        # The speaker's own ("said it would boycott the vote unless ...") or a stated intention
        # ("intends to withdraw its bid if ...") is a threat or promise.
        st.poss = True
    certainty = "negated" if st.neg else "possible" if st.poss else "asserted"
    if st.obliged:  # "would have to withdraw", "must accept": an obligation, no intention
        st.fut, st.intent = False, None
    return Assessment(certainty, st.fut, cond, st.matrix, st.intent, st.purpose, st.reported,
                      st.failed and st.neg, st.conditional is not None,
                      st.neg and st.poss and st.intent is None)
