"""Whom a response answers: the one party its doer has been dealing with.

News names both sides of a dispute or a negotiation once ("Negotiations between mining companies
and the National Union of Mineworkers are foundering") and then reports each move by its doer alone
("The union refused a request ...", "the union accepted all the proposals", "the union had called off
talks"). Accepting or refusing another's move (a request, proposal, offer, demand, appeal, ultimatum:
:func:`answers_a_move`), or calling off or refusing dealings with another (talks, negotiations),
answers whoever made them or takes part in them: when the article has so far shown the doer
dealing with exactly one other party (as actor or recipient of an earlier event), the response with
no recipient of its own answers that party. With two or more parties in play, or none, it keeps
none: nothing is guessed. Accepting findings or pledging a policy answers no one.

What is agreed, refused or conceded at a meeting is agreed with those met: "Baker met Japanese
officials and agreed to cut the deficit", "Conable met with Brazilian officials and told reporters,
'We agreed to ...'", "During his visit to Tokyo, Baker pledged ...". A response with no recipient of
its own, after a meeting of its doer with other parties in the same sentence, is addressed to them
(:func:`met_partners`); one told before the meeting ("Declining to give figures, he said he had
discussed ... with X") answers someone else.

Examples
--------
>>> from graphkit.models import Event
>>> def ev(n, t, actors, recips=()):
...     return Event(id=f"a#e{n}", type=t, label=t.lower(), actors=list(actors), recipients=list(recips),
...                  article="a", sentence="", start=n, end=n + 1)
>>> events = [ev(0, "CONSULT", ["firms"], ["union"]), ev(1, "REJECT", ["union"])]
>>> [e.recipients for e in answer_partners(events, lambda a: "organization", [False, True])]
[['union'], ['firms']]
>>> [e.recipients for e in answer_partners(events, lambda a: "organization", [False, False])]
[['union'], []]
"""
from __future__ import annotations

from collections.abc import Callable

from graphkit.models import Event

__all__ = ["answer_partners", "answers_a_move", "met_partners"]

#: Types of answering another party's move.
_RESPONSES = frozenset({"AGREE", "REJECT", "CONCEDE"})
#: Types of the nouns for a move made to another party (a request, a proposal or offer, an ultimatum).
_MOVES = frozenset({"REQUEST", "AGREE", "THREATEN"})
#: Types of the nouns for dealings held with another party: calling off or refusing talks answers it.
_DEALINGS = frozenset({"CONSULT"})
#: Kinds of actor one deals with (a place is where, not whom).
_PARTIES = frozenset({"person", "organization", "country", "group"})


def answers_a_move(trigger) -> bool:
    """Whether the trigger token's object is another party's move, whose maker it does not name: a
    noun the lexicon has as a request, offer or threat ("refused a request", "accepted the
    proposals", "rejected the ultimatum"), or dealings whose other party it does not name ("called
    off talks")."""
    from graphkit.ingest.events.lexicon import load_lexicon

    nouns = load_lexicon()["N"]
    return any(c.dep_ in ("dobj", "nsubjpass") and not _maker_named(c) and not _party_named(c)
               and any(e.trigger.type in _MOVES | _DEALINGS for e in nouns.get(c.lemma_.lower(), ()))
               for c in trigger.children)


def _party_named(noun) -> bool:
    """Whether the dealing ``noun`` names its other party ("talks with the union")."""
    return any(c.dep_ == "prep" and c.text.lower() in ("with", "between") for c in noun.children)


def _maker_named(noun) -> bool:
    """Whether the move ``noun`` names its own maker ("Israel's proposal", "a request from the
    union", "pledges made by airlines"): then the maker, actor or not, is whom it answers."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.text.lower() in ("by", "from"))
               or (c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children)) for c in noun.children)


def answer_partners(events: list[Event], kind_of: Callable[[str], str | None], answers: list[bool]) -> list[Event]:
    """``events`` (in text order) with the responses to a move (``answers``, one flag an event) that
    name no recipient given the doer's one partner so far (see the module); ``kind_of`` maps an actor
    id to its kind."""
    partners: dict[str, set[str]] = {}
    out: list[Event] = []
    for e, answer in zip(met_partners(events), answers, strict=True):
        if answer and e.type in _RESPONSES and e.actors and not e.recipients and e.certainty == "asserted":
            known = set().union(*(partners.get(a, set()) for a in e.actors)) - set(e.actors)
            if len(known) == 1:
                e = e.model_copy(update={"recipients": sorted(known)})
        for a in e.actors:
            for r in e.recipients:
                if kind_of(a) in _PARTIES and kind_of(r) in _PARTIES and a != r:
                    partners.setdefault(a, set()).add(r)
                    partners.setdefault(r, set()).add(a)
        out.append(e)
    return out


def met_partners(events: list[Event]) -> list[Event]:
    """``events`` with the responses (agreeing, refusing, conceding) that name no recipient addressed
    to the parties their doer meets earlier in the same sentence (see the module).

    Examples
    --------
    >>> def ev(n, t, actors, recips=()):
    ...     return Event(id=f"a#e{n}", type=t, label=t.lower(), actors=list(actors), recipients=list(recips),
    ...                  article="a", sentence="Baker met Japan and agreed.", start=n, end=n + 1)
    >>> [e.recipients for e in met_partners([ev(0, "CONSULT", ["baker"], ["japan"]), ev(1, "AGREE", ["baker"])])]
    [['japan'], ['japan']]
    >>> [e.recipients for e in met_partners([ev(0, "CONSULT", ["kohl"], ["japan"]), ev(1, "AGREE", ["baker"])])]
    [['japan'], []]
    """
    meetings = [m for m in events if m.type == "CONSULT" and m.certainty == "asserted" and m.recipients]
    out: list[Event] = []
    for e in events:
        if e.type in _RESPONSES and e.certainty == "asserted" and e.actors and not e.recipients:
            met = [r for m in meetings if m.article == e.article and m.sentence == e.sentence and m.start < e.start
                   and set(m.actors) & set(e.actors) for r in m.recipients if r not in e.actors]
            if met:
                e = e.model_copy(update={"recipients": list(dict.fromkeys(met))})
        out.append(e)
    return out
