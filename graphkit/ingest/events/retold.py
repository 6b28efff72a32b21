"""Acts told again: "his plea", "Reeves' resignation" name the act the article has already reported.

News reports an act once ("King Fahd called on non-OPEC producers to avoid harmful competition")
and then refers back to it with a definite event noun ("His plea ... came ahead of a state
visit", "after Reeves' resignation", "Savimbi challenged the government to match his offer").
Such a noun -- headed by "the", "this", "that", "these", "those" or owned by a possessive -- whose
event has the type and the doers of an act reported earlier in the article, and an addressee
that agrees with it (the same, or one of them missing), is that act: the two are one event. The
nearest earlier report is kept (with its certainty: "during his visit to Washington" does not make a
planned visit happen) and takes the addressees and date the later one adds. An indefinite noun
("a plea", "another offer") or a verb reports an act of its own, and so does a definite noun
whose date differs from the earlier act's.

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

from graphkit.models import Event

__all__ = ["merge_retold", "refers_back"]

_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


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
        if span is not None and len(span) and refers_back(span.root):
            first = next((n for n in reversed(range(len(kept))) if kept[n].end <= ev.start and _agree(kept[n], ev)),
                         None)
        if first is None:
            kept.append(ev)
            continue
        k = kept[first]
        update: dict = {"recipients": list(dict.fromkeys([*k.recipients, *ev.recipients]))}  # the later may add some
        if k.date is None and k.date_offset_days is None:
            update.update(date=ev.date, date_text=ev.date_text, date_offset_days=ev.date_offset_days)
        kept[first] = k.model_copy(update=update)
    if len(kept) == len(events):
        return events
    return [e.model_copy(update={"id": f"{e.id.rsplit('#e', 1)[0]}#e{n}"}) if "#e" in e.id else e
            for n, e in enumerate(kept)]
