"""Acts the sentence puts off, calls off or places ahead: named, but not told as done.

An event noun (or verb) can be the thing another verb acts on: "talks ... were postponed until
Thursday", "the board put off the hearings", "Iran called off its attack". Put off, the act is still
to come (``possible``); called off or cancelled, it did not take place (``negated``). English also
places an act ahead of the time it speaks of by the phrase that frames it: "in the run-up to
Shultz's visit", "on the eve of the talks", "ahead of the summit", "to lay the groundwork for
Nakasone's visit", "in preparation for the meeting": the framed act has yet to happen. And an act
another clause makes unlikely or impossible ("making an agreement at the summit unlikely") is no
fact either, nor is what a bill, plan or motion would do ("approved a bill to aid the rebels", "a
measure that would impose tariffs", "legislation imposing sanctions"): it is done once the law is
applied, which the sentence does not tell; defeated ("defeated a move to block aid"), it is not done at
all. An act "under consideration" is not decided, and one named by an indefinite subject of a hypothetical
modal ("a new agreement would pave the way") is only imagined. :func:`graphkit.ingest.events.certainty.assess` reads
:func:`deferred`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["talks", "were", "postponed"], heads=[2, 2, 2],
...           deps=["nsubjpass", "auxpass", "ROOT"], lemmas=["talk", "be", "postpone"])
>>> deferred(doc[0])
'possible'
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_verb
from graphkit.models import VERBAL_TYPES

__all__ = ["deferred"]

#: Verbs that move an act to a later time (WordNet 3.0 postpone.v.01 and its synonyms: delay,
#: defer, put off, hold over, shelve, prorogue; reschedule.v.01). Not "table": in British use it
#: puts a proposal forward.
_PUT_OFF = frozenset({"postpone", "delay", "defer", "shelve", "reschedule", "prorogue"})
#: Verbs that undo a planned act (WordNet 3.0 cancel.v.01: call off, scratch, scrub; scrap).
_CALLED_OFF = frozenset({"cancel", "scrap", "scrub", "abort"})
#: Phrasal verbs of both kinds: verb lemma and particle.
_PHRASAL = {("put", "off"): "possible", ("hold", "over"): "possible", ("push", "back"): "possible",
            ("call", "off"): "negated"}
#: Nouns of putting off or calling off whose "of" phrase names the act ("the postponement of the talks").
_DEFERRAL_NOUNS = {"postponement": "possible", "delay": "possible", "deferral": "possible",
                   "deferment": "possible", "rescheduling": "possible", "cancellation": "negated",
                   "cancelation": "negated", "abandonment": "negated"}
#: Heads of the phrases that place an act ahead: "ahead of", "in advance of", "on the eve of",
#: "the run-up to", "groundwork for", "preparations for", "a prelude to".
_AHEAD_HEADS = frozenset({"ahead", "advance", "eve", "groundwork", "preparation", "prelude", "run-up"})
#: Predicates that make an act improbable or impossible: "making an agreement unlikely".
_UNLIKELY = frozenset({"unlikely", "impossible", "improbable", "doubtful", "uncertain", "difficult"})
_MAKING = frozenset({"make", "render", "leave"})
#: Nouns of texts not yet in force, that would do what their clause says: bills, proposals, plans, motions
#: ("a law imposing sanctions", "a resolution imposing sanctions" are in force once passed).
_PROPOSED_TEXTS = frozenset({"bill", "proposal", "plan", "draft", "motion", "measure", "legislation", "amendment",
                             "scheme", "initiative", "petition", "package", "program", "programme", "option",
                             "strategy", "version", "formula", "project"})
#: Speech acts: a text that urges, condemns or backs does so when it is adopted ("a resolution urging").
#: Verbs that defeat a text or a move put to a vote: what it would do is not done.
_DEFEATING = frozenset({"defeat", "reject", "kill", "block", "veto", "quash", "overturn", "thwart"})
#: Nouns of acts begun but not done, which a defeat undoes ("defeated a move to block aid").
_MOVES = frozenset({"move", "bid", "attempt", "effort", "push", "drive"})
#: Nouns of what is weighed: an act "under consideration" or "under study" has not been decided.
_WEIGHING = frozenset({"consideration", "study", "review", "discussion", "examination", "negotiation", "debate"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "should", "'d"})
_WOULD = frozenset({"would", "will", "could", "might", "may", "'d", "'ll", "wo"})


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def _put_off(verb) -> str | None:
    """What ``verb`` does to its object: "possible" (put off), "negated" (called off) or None."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not postpone the talks": they go ahead
    lemma = _lemma(verb)
    for prt in (c for c in verb.children if c.dep_ == "prt"):
        if (lemma, prt.text.lower()) in _PHRASAL:
            return _PHRASAL[(lemma, prt.text.lower())]
    return "possible" if lemma in _PUT_OFF else "negated" if lemma in _CALLED_OFF else None


def _unlikely(verb) -> bool:
    """Whether ``verb`` ("make", "render", "leave") has an unlikely or impossible predicate."""
    return any(c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and _lemma(c) in _UNLIKELY for c in verb.children)


def _defeated(tok) -> bool:
    """Whether verb ``tok`` says what a text or move would do that was defeated ("defeated a move to block")."""
    text = tok.head
    return (tok.dep_ in ("relcl", "acl") and _lemma(text) in _PROPOSED_TEXTS | _MOVES and text.i != tok.i
            and text.dep_ in ("dobj", "nsubjpass") and _lemma(text.head) in _DEFEATING
            and not any(c.dep_ == "neg" for c in text.head.children))


def _weighed(tok) -> bool:
    """Whether noun ``tok`` is the subject of "be under consideration" (or study, review)."""
    return tok.dep_ == "nsubj" and _lemma(tok.head) == "be" and any(
        p.dep_ == "prep" and p.text.lower() == "under" and any(_lemma(o) in _WEIGHING for o in p.children)
        for p in tok.head.children)


def _hypothetical_subject(tok) -> bool:
    """Whether noun ``tok`` is an indefinite subject of a hypothetical modal: "a new agreement between the
    IMF and Zaire would pave the way", "any accord would have to include": no such act is told."""
    head = tok.head
    return (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and head.i != tok.i
            and any(c.dep_ == "det" and c.text.lower() in ("a", "an", "any") for c in tok.children)
            and any(c.dep_ == "aux" and c.text.lower() in _HYPOTHETICAL_AUX for c in head.children))


def _in_a_text(tok) -> bool:
    """Whether verb ``tok`` says what a bill, plan or motion would do: its infinitive ("a bill to aid"),
    participle ("legislation imposing sanctions") or modal relative ("a measure that would impose")."""
    if tok.dep_ not in ("relcl", "acl") or _lemma(tok.head) not in _PROPOSED_TEXTS or tok.head.i == tok.i:
        return False
    if (own := lookup_verb(_lemma(tok))) is not None and own.type in VERBAL_TYPES:
        return False  # "a resolution urging Reagan to negotiate": adopted, it urges
    auxes = {c.text.lower() for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return tok.tag_ == "VBG" or bool(auxes & (_WOULD | {"to"}))


def _framing_head(tok):
    """The noun or adverb a "of"/"to"/"for" phrase with ``tok`` hangs on, as one word ("run-up")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.i == tok.i or prep.text.lower() not in ("of", "to", "for"):
        return None
    head = prep.head
    if head.i == prep.i:
        return None
    if head.text.lower() == "up" and any(c.text.lower() == "run" for c in head.children):
        return "run-up"  # the parser splits "run-up" into "run", "-", "up"
    return _lemma(head).removesuffix("s") if head.text.lower() != "advance" else "advance"


def deferred(tok) -> str | None:
    """What the sentence does to the act of ``tok`` when it puts it off, calls it off or places it ahead.

    Parameters
    ----------
    tok : spacy.tokens.Token
        An event trigger: an event noun ("talks", "visit") or a verb.

    Returns
    -------
    str or None
        "possible" when the act is put off, placed ahead of the time spoken of or made unlikely;
        "negated" when it is called off or cancelled; None otherwise.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "called", "off", "its", "attack"], heads=[1, 1, 1, 4, 1],
    ...           deps=["nsubj", "ROOT", "prt", "poss", "dobj"], lemmas=["Iran", "call", "off", "its", "attack"])
    >>> deferred(doc[4])
    'negated'
    >>> doc = Doc(Vocab(), words=["they", "met", "on", "the", "eve", "of", "talks"], heads=[1, 1, 1, 4, 2, 4, 5],
    ...           deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
    ...           lemmas=["they", "meet", "on", "the", "eve", "of", "talk"])
    >>> deferred(doc[6]), deferred(doc[1])
    ('possible', None)
    """
    if _lemma(tok) in _MAKING and any(c.dep_ == "dobj" for c in tok.children) and _unlikely(tok):
        return "possible"  # "making an agreement unlikely": the light verb of its noun
    if _defeated(tok):
        return "negated"  # "the Senate defeated a move to block aid"
    if _in_a_text(tok) or _weighed(tok) or _hypothetical_subject(tok):
        return "possible"  # "approved a bill to aid the rebels", "a visit ... was under consideration"
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ in ("dobj", "nsubjpass") or (tok.dep_ == "xcomp" and tok.tag_ == "VBG"):
        done = _put_off(head)  # "postponed the talks", "talks were postponed", "delayed signing"
        if done is not None:
            return done
        if tok.dep_ == "dobj" and _lemma(head) in _MAKING and _unlikely(head):
            return "possible"  # "making an agreement unlikely"
    framing = _framing_head(tok)
    if framing is not None and tok.head.text.lower() == "of" and framing in _DEFERRAL_NOUNS:
        return _DEFERRAL_NOUNS[framing]  # "the postponement of the meeting"
    if framing in _AHEAD_HEADS:
        return "possible"  # "ahead of the summit", "the run-up to Shultz's visit"
    return None
