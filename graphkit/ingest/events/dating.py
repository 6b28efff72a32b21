"""Dating events: which time expression tells when an event happened.

For each event trigger, in order:

1. an expression its own clause governs ("spoke repeatedly *Thursday*", "after meeting him ...
   *late Wednesday*");
2. one governing a clause it belongs to, climbing through coordination, control and adverbial
   clauses but not into reported speech or relative clauses;
3. a chained reference: a duration before "after"/"before" that heads the event's clause
   ("*A day after* he flew into Israel, Kerry was ...": the main clause's date, else the
   publication date, minus a day);
4. any dated expression in the sentence (not a "since"/"until" bound, not the date of a verb
   the event is reported under -- "said on Wednesday that ..." -- nor of a clause the event
   governs -- "agreed to meet today");
5. none: ``date`` stays null and the event counts as reported on the publication date.

An event noun a clause follows (:func:`graphkit.ingest.events.antecedents.antecedent`: "expelled them on
Tuesday after the U.S. expulsion of three Soviet diplomats") happened before the clause's act: only an
expression of its own phrase dates it ("after the expulsion last week"), else it stays undated.

An asserted event whose verb is not in the past tense and that its own clause (steps 1-2) dates
after the publication day has not happened yet: a report cannot tell as done what is set for a
later day ("when he visits Washington on April 29", "the talks open on Monday" read on a Friday).
It becomes ``possible``, as a planned act is (:func:`later_than`). A past verb keeps its event: the
later date is that of what it is about ("proposed a meeting on April 23", "requested funds for
1988"), and so does a date found elsewhere in the sentence (steps 3-4), which may belong to
another act ("attacked the ship, days before the talks due on May 2"), but not its date: an act
told as done in the simple past happened by the day it was reported, so a later date is that of
what it is about or of another act ("proposed a meeting on April 23", "accused them ... before
their budget proposal, due out on April 1"), and the event is left undated (:func:`_told_done`).

Durations, sets and vague references (PRESENT_REF, ...) never date an event. Happened-on
(``date``, ``date_text``) and reported-on (``reported``) are kept apart. With no publication
date, day-level dates are null and ``date_offset_days`` keeps the offset from publication.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.models import Event, TimeExpression
>>> doc = Doc(Vocab(), words=["Kerry", "met", "Netanyahu", "on", "Wednesday", "."],
...           heads=[1, 1, 1, 1, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
...           pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], sent_starts=[1, 0, 0, 0, 0, 0])
>>> tx = [TimeExpression(start=22, end=31, text="Wednesday", value="2014-07-23")]
>>> ev = Event(id="a#e0", type="CONSULT", label="met", article="a", sentence=doc.text, start=6, end=9)
>>> [(e.date, e.date_text, e.reported) for e in date_events(doc, [ev], tx, "2014-07-24")]
[('2014-07-23', 'Wednesday', '2014-07-24')]
"""
from __future__ import annotations

import datetime as _dt
import re

from graphkit.ingest.events.antecedents import antecedent
from graphkit.ingest.events.retold import merge_retold
from graphkit.models import Event, TimeExpression

__all__ = ["merge_twins", "date_events", "datable", "later_than"]

_BOUND_PREPS = {"since", "until", "till", "by", "through", "from", "to"}
_CLIMB = {"conj", "xcomp", "advcl", "pcomp", "prep", "pobj", "dobj", "acomp", "oprd", "npadvmod", "advmod"}
_TEMPORAL_MARKS = {"after", "before", "since", "until", "till", "once"}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DUR_DAYS = re.compile(r"^P(\d+)([DW])$")


def datable(t: TimeExpression) -> bool:
    """Whether a time expression can date an event: a DATE/TIME with a calendar value
    (or, without a publication date, a known offset)."""
    if t.type not in ("DATE", "TIME"):
        return False
    if t.value is None:
        return t.offset_days is not None
    return t.value[:1].isdigit()


def _is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _governor(tok):
    """The nearest verb above ``tok`` (the clause it belongs to), and the preposition passed on the way."""
    prep = None
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return (cur if _is_verb(cur) else None), prep
        parent = cur.head
        if parent.dep_ == "prep" or parent.pos_ == "ADP":
            prep = prep or parent.text.lower()
        if _is_verb(parent):
            return parent, prep
        cur = parent
    return None, prep


def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _value(t: TimeExpression, shift_days: int = 0):
    """(date value, offset days) of a datable expression, optionally shifted by whole days."""
    if not shift_days:
        return t.value, (t.offset_days if t.value is None else None)
    if t.value and _ISO_DAY.match(t.value):
        return (_dt.date.fromisoformat(t.value[:10]) + _dt.timedelta(days=shift_days)).isoformat(), None
    if t.value is None and t.offset_days is not None:
        return None, t.offset_days + shift_days
    return None, None


def later_than(value: str | None, published: str | None) -> bool:
    """Whether a calendar ``value`` (a year, month or day) lies wholly after the day ``published``.

    Examples
    --------
    >>> later_than("1987-04-29", "1987-04-14"), later_than("1987-05", "1987-04-14")
    (True, True)
    >>> later_than("1987-04", "1987-04-14"), later_than("1987-04-13", "1987-04-14")
    (False, False)
    >>> later_than("1987-W16", "1987-04-14")
    False
    """
    if not value or not published or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    return value > published[:len(value)]


def _not_past(verb) -> bool:
    """Whether a verb tells its act as present or to come: "visits", "is meeting", "will meet"
    (not "met", "has requested", nor an infinitive: "met to discuss ...").

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["He", "will", "visit", "Tokyo"], tags=["PRP", "MD", "VB", "NNP"],
    ...           heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"])
    >>> _not_past(doc[2])
    True
    """
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _told_done(verb, certainty: str) -> bool:
    """Whether an asserted act is told as done: its verb is in the simple past ("met", "accused"; not
    a participle, "talks held next week", nor a present or future form).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["He", "proposed", "talks", "held", "later"], tags=["PRP", "VBD", "NNS", "VBN", "RB"])
    >>> _told_done(doc[1], "asserted"), _told_done(doc[3], "asserted"), _told_done(doc[1], "possible")
    (True, False, False)
    """
    return certainty == "asserted" and verb.tag_ == "VBD"


def _temporal_mark(verb) -> str | None:
    for c in verb.children:
        if c.dep_ == "mark" and c.text.lower() in _TEMPORAL_MARKS:
            return c.text.lower()
    if verb.dep_ == "pcomp" and verb.head.text.lower() in _TEMPORAL_MARKS:
        return verb.head.text.lower()
    return None


def date_events(doc, events: list[Event], timexes: list[TimeExpression],
                published: str | None) -> list[Event]:
    """Return the events with ``date``/``date_text`` (happened on) and ``reported`` set.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    events : list of Event
        Events with trigger offsets (``start``/``end``).
    timexes : list of TimeExpression
        The article's time expressions (:func:`graphkit.ingest.time.find.find_timexes`).
    published : str or None
        Publication date (ISO); becomes ``reported`` where the event has none.
    """
    dater = _Dater(doc, timexes, published)
    out = []
    for ev in events:
        update: dict = {}
        if ev.reported is None and published:
            update["reported"] = published[:10]
        trig = _root(doc, ev.start, ev.end)
        if trig is not None and ev.date is None:
            update.update(dater.date_of(trig))
            if (ev.certainty == "asserted" and update.pop("own", False) and _not_past(trig)
                    and later_than(update.get("date"), published)):
                update["certainty"] = "possible"  # "when he visits Washington on April 29": to come
            elif _told_done(trig, ev.certainty) and later_than(update.get("date"), published):
                for key in ("date", "date_text", "date_offset_days"):  # "proposed a meeting on April 23"
                    update.pop(key, None)
        update.pop("own", None)
        out.append(ev.model_copy(update=update) if update else ev)
    return merge_retold(doc, merge_twins(out, lambda a, b: _coordinated(doc, a, b)))


def _coordinated(doc, a: Event, b: Event) -> bool:
    """Whether the triggers of ``a`` and ``b`` are coordinated ("killed or wounded"), not one
    the content of the other ("agreed to meet")."""
    ta, tb = _root(doc, a.start, a.end), _root(doc, b.start, b.end)
    return ta is not None and tb is not None and (ta in tb.conjuncts or ta == tb)


def merge_twins(events: list[Event], together=lambda a, b: True) -> list[Event]:
    """One event per (type, actors, recipients) and sentence: coordinated triggers of one act
    ("killed or wounded 1,500 soldiers") are one event. ``together(a, b)`` says whether two
    such events are one act (in :func:`date_events`: their triggers are coordinated, not one
    the content of the other). Twins whose dates or places differ stay apart; of the twins kept
    as one, the dated and placed one is kept. Ids are renumbered in order.

    Examples
    --------
    >>> from graphkit.models import Event
    >>> def ev(n, label, date=None):
    ...     return Event(id=f"a#e{n}", type="ASSAULT", label=label, actors=["iran"], recipients=["iraq"],
    ...                  article="a", sentence="Iran killed or wounded 1,500 Iraqis.", start=n, end=n + 1,
    ...                  date=date)
    >>> [(e.id, e.label, e.date) for e in merge_twins([ev(0, "killed"), ev(1, "wounded", "1987-03-02")])]
    [('a#e0', 'wounded', '1987-03-02')]
    >>> len(merge_twins([ev(0, "killed", "1987-03-01"), ev(1, "wounded", "1987-03-02")]))
    2
    """
    kept: list[Event] = []
    first: dict[tuple, list[int]] = {}
    for ev in events:
        key = (ev.article, ev.sentence, ev.type, tuple(ev.actors), tuple(ev.recipients), ev.certainty)
        twin = next((k for k in first.get(key, ()) if kept[k].date in (None, ev.date) or ev.date is None
                     if kept[k].location in (None, ev.location) or ev.location is None
                     if together(kept[k], ev)), None)
        if twin is None:
            first.setdefault(key, []).append(len(kept))
            kept.append(ev)
        elif (ev.date is not None, ev.location is not None) > (kept[twin].date is not None,
                                                               kept[twin].location is not None):
            kept[twin] = ev
    if len(kept) == len(events):
        return events
    kept.sort(key=lambda e: e.start)
    return [e.model_copy(update={"id": f"{e.id.rsplit('#e', 1)[0]}#e{n}"}) if "#e" in e.id else e
            for n, e in enumerate(kept)]


class _Dater:
    """The time expressions of one article, indexed by the verb each one modifies."""

    def __init__(self, doc, timexes: list[TimeExpression], published: str | None):
        self.doc, self.published = doc, published
        self.durations = [t for t in timexes if t.type == "DURATION" and t.value and _DUR_DAYS.match(t.value)]
        self.info: list[tuple] = []  # (timex, root token, governor verb, preposition)
        for t in timexes:
            r = _root(doc, t.start, t.end) if datable(t) else None
            if r is not None:
                gov, prep = _governor(r)
                self.info.append((t, r, gov, prep))
        self.by_gov: dict[int, list] = {}
        for item in self.info:
            if item[2] is not None and item[3] not in _BOUND_PREPS:
                self.by_gov.setdefault(item[2].i, []).append(item)

    def own(self, verb):
        hits = self.by_gov.get(verb.i)
        if not hits:
            return None
        return min(hits, key=lambda it: abs(it[1].i - verb.i))[0]

    def clause_date(self, tok):
        t = self.own(tok)
        if t is not None:
            return t, 0
        cur = tok
        for _ in range(6):
            if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
                break
            if cur.dep_ in ("advcl", "pcomp") and _temporal_mark(cur):
                break
            cur = cur.head
            if _is_verb(cur):
                t = self.own(cur)
                if t is not None:
                    return t, 0
        return None

    def chained(self, tok):
        """A duration + after/before heading the clause of ``tok``: shift the main clause's date."""
        doc = self.doc
        verbs = [tok, *[c for c in tok.conjuncts if c.i < tok.i]]
        for d in self.durations:
            droot = _root(doc, d.start, d.end)
            nxt = doc[droot.i + 1] if droot is not None and droot.i + 1 < len(doc) else None
            if nxt is None or nxt.text.lower() not in ("after", "before", "earlier", "later"):
                continue
            clause = nxt.head if nxt.dep_ == "mark" else next((c for c in nxt.children if _is_verb(c)), None)
            m = _DUR_DAYS.match(d.value or "")
            if clause is None or clause not in verbs or m is None:
                continue
            n = int(m[1]) * (7 if (d.value or "").endswith("W") else 1)
            if n > 36600:  # a century of days: not a chained date
                continue
            sign = -1 if nxt.text.lower() in ("after", "later") else 1
            main = clause.head if clause.head.i != clause.i else None
            base = self.clause_date(main) if main is not None else None
            if base is not None and base[0].value and not _ISO_DAY.match(base[0].value):
                continue
            anchor = base[0] if base else TimeExpression(start=0, end=0, text="", value=self.published,
                                                         offset_days=None if self.published else 0)
            value, off = _value(anchor, sign * n)
            if value is None and off is None:
                continue
            return value, off, doc.text[d.start:nxt.idx + len(nxt.text)]
        return None

    def sentence_date(self, trig):
        """The nearest date in the sentence, but not that of a verb the event is reported under
        ("said on Monday that ..."), nor of a clause the event governs ("agreed to meet today")."""
        sent = trig.sent
        related = {a.i for a in trig.ancestors}
        if _is_verb(trig):  # a noun's relative clause still describes the event ("the attack, which came Monday")
            related |= {d.i for d in trig.subtree if d is not trig}
        in_sent = [it for it in self.info if sent.start <= it[1].i < sent.end and it[3] not in _BOUND_PREPS
                   and not (it[2] is not None and (it[2].i in related
                                                   or _temporal_mark(it[2]) in ("since", "until", "till")))]
        return min(in_sent, key=lambda it: abs(it[1].i - trig.i))[0] if in_sent else None

    def date_of(self, trig) -> dict:
        """``date``, ``date_text`` and ``date_offset_days`` of the event whose trigger is ``trig``, and
        ``own``: whether its own clause (or one it belongs to) gave the date."""
        if trig.pos_ == "NOUN" and antecedent(trig):
            return self.phrase_date(trig)
        found = self.clause_date(trig)
        t = found[0] if found is not None else None
        if t is None:
            ch = self.chained(trig)
            if ch is not None:
                return {"date": ch[0], "date_offset_days": ch[1], "date_text": ch[2]}
            t = self.sentence_date(trig)
        if t is None:
            return {}
        value, off = _value(t)
        return {"date": value, "date_text": t.text, "date_offset_days": off, "own": found is not None}

    def phrase_date(self, noun) -> dict:
        """The date an expression within the phrase of event noun ``noun`` gives it, or none."""
        span = {t.i for t in noun.subtree}
        hits = [it for it in self.info if it[1].i in span and it[3] not in _BOUND_PREPS]
        if not hits:
            return {}
        t = min(hits, key=lambda it: abs(it[1].i - noun.i))[0]
        value, off = _value(t)
        return {"date": value, "date_text": t.text, "date_offset_days": off, "own": True}
