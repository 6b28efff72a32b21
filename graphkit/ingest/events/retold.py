"""Acts told again: "his plea", "Reeves' resignation" name the act the article has already reported.

News reports an act once ("King Fahd called on non-OPEC producers to avoid harmful competition")
and then refers back to it with a definite event noun ("His plea ... came ahead of a state
visit", "after Reeves' resignation", "Savimbi challenged the government to match his offer").
Such a noun -- headed by "the", "this", "that", "these", "those" or owned by a possessive -- whose
event has the type and the doers of an act reported earlier in the article, and an addressee
that agrees with it (the same, or one of them missing), is that act: the two are one event. The
nearest earlier report is kept (with its certainty: "during his visit to Washington" does not make a
planned visit happen) and takes the addressees and date the later one adds. So is an act read off a
verb whose object or passive subject is such a noun of the act's type ("Sayad resigned ... His
resignation was accepted": one resignation). An indefinite noun ("a plea", "another offer") or a
verb of its own reports an act of its own, and so does a definite noun whose date differs from the
earlier act's.

A noun headed by a determiner ("the sanctions", not "its sanctions") that names the type of an act
reported earlier but is given as doers only that act's addressees is the same act with its doer
misread: "New Zealand has imposed sanctions against Fiji ... The sanctions were approved by the
cabinet" -- "the cabinet" taken for Fiji's government; the noun may be the object or passive subject
of the trigger verb. An act against a party is not that party's own
act told again with "the" (its own act of the same type is told with "its", or as a new act with
"a"), so the later is merged into the earlier (:func:`_misread_doers`); not when the noun names an
addressee the earlier act has not: "Moscow expelled two U.S. diplomats after the U.S. expulsion of
three Soviet diplomats" tells the act answered, another one. Acts both sides do to each
other (fighting, talks, cooperation, agreement) are left alone: "Iraq repelled an Iranian attack ... an
Iranian brigade launched the overnight attack".

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.models import Event
>>> doc = Doc(Vocab(), words=["Fahd", "appealed", ".", "His", "plea", "came", "."],
...           heads=[1, 1, 1, 4, 5, 5, 5], deps=["nsubj", "ROOT", "punct", "poss", "nsubj", "ROOT", "punct"],
...           pos=["PROPN", "VERB", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"])
>>> def ev(n, start, end, recips=()):
...     return Event(id=f"a#e{n}", type="REQUEST", label="asked", actors=["fahd"], recipients=list(recips),
...                  article="a", sentence="", start=start, end=end)
>>> [(e.id, e.recipients) for e in merge_retold(doc, [ev(0, 5, 13), ev(1, 20, 24, ["opec"])])]
[('a#e0', ['opec'])]
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.triggers import lemma_of
from graphkit.models import Event

__all__ = ["merge_retold", "refers_back"]

_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Acts both sides do to each other (fighting, meeting, cooperating, agreeing): "the attack" the
#: addressee of an earlier attack launched may be its own.
_BOTH_SIDES = frozenset({"ASSAULT", "CONSULT", "COOPERATE", "AGREE"})


def refers_back(tok) -> bool:
    """Whether the trigger token is a definite event noun: "the talks", "his plea", "Reeves'
    resignation", not "a plea", "another offer" nor a verb."""
    if tok is None or tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    if any(k.dep_ == "det" and k.text.lower() not in _DETERMINERS for k in kids):
        return False
    return any(k.dep_ == "poss" or (k.dep_ == "det" and k.text.lower() in _DETERMINERS) for k in kids)


def _agree(a: Event, b: Event) -> bool:
    """Whether ``b`` may tell again the act ``a`` reports: same type and doers, addressees and
    dates that do not contradict each other."""
    ra, rb = set(a.recipients), set(b.recipients)
    return (a.type == b.type and bool(a.actors) and set(a.actors) == set(b.actors) and (ra <= rb or rb <= ra)
            and (a.date is None or b.date is None or a.date == b.date))


def _told_noun(tok, kind: str):
    """The noun that names the act of trigger ``tok``, an event noun of type ``kind``: itself, or the
    object or passive subject of a trigger verb ("The sanctions were approved"), else None."""
    nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    return next((n for n in nouns if n.pos_ == "NOUN" and (t := lookup_noun(lemma_of(n))) is not None
                 and t.type == kind), None)


def _misread_doers(tok, a: Event, b: Event) -> bool:
    """Whether ``b``, told by the determined noun ``tok``, is the act ``a`` with its addressees taken
    for its doers (see the module)."""
    kids = list(tok.children)
    return (a.type == b.type and a.type not in _BOTH_SIDES and bool(a.actors) and bool(b.actors)
            and set(b.actors) <= set(a.recipients) and not set(b.actors) & set(a.actors)
            and set(b.recipients) <= set(a.recipients)  # "after the U.S. expulsion of Soviet diplomats": another act
            and not any(k.dep_ == "poss" for k in kids) and a.certainty == "asserted"
            and any(k.dep_ == "det" and k.text.lower() in _DETERMINERS for k in kids))


def merge_retold(doc, events: list[Event]) -> list[Event]:
    """The events of one article with every act told again by a definite event noun merged
    into its earlier report (see the module). Ids are renumbered in order when any is merged.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article; event offsets are character offsets into it.
    events : list of Event
        The article's events.
    """
    kept: list[Event] = []
    for ev in sorted(events, key=lambda e: e.start):
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        first = None
        noun = _told_noun(span.root, ev.type) if span is not None and len(span) else None
        if span is not None and len(span) and (refers_back(span.root) or refers_back(noun)):
            first = next((n for n in reversed(range(len(kept))) if kept[n].end <= ev.start and _agree(kept[n], ev)),
                         None)
        if first is None and noun is not None:
            first = next((n for n in reversed(range(len(kept))) if kept[n].end <= ev.start
                          and _misread_doers(noun, kept[n], ev)), None)
        if first is None:
            kept.append(ev)
            continue
        k = kept[first]
        if set(ev.actors) <= set(k.recipients) and not set(ev.actors) & set(k.actors):
            ev = ev.model_copy(update={"recipients": []})  # misread doers: the addressees are the earlier's
        update: dict = {"recipients": list(dict.fromkeys([*k.recipients, *ev.recipients]))}  # the later may add some
        if k.date is None and k.date_offset_days is None:
            update.update(date=ev.date, date_text=ev.date_text, date_offset_days=ev.date_offset_days)
        kept[first] = k.model_copy(update=update)
    if len(kept) == len(events):
        return events
    return [e.model_copy(update={"id": f"{e.id.rsplit('#e', 1)[0]}#e{n}"}) if "#e" in e.id else e
            for n, e in enumerate(kept)]
