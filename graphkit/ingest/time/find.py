"""The time stage: find time expressions and normalise them to TIMEX3 values.

Detection (:mod:`graphkit.ingest.time.detect`) combines a TimeML-style grammar with spaCy's
DATE/TIME entities; normalisation (:mod:`graphkit.ingest.time.rules`) anchors relative
expressions at the publication date using the tense of the governing clause. A spaCy entity
the grammar cannot normalise is left out (no general date parser on the hot path: it cost
half a second to load and normalised none of them).
Nothing uses the machine's clock: with no publication date, anchored values are null and
day-level ones carry ``offset_days`` instead.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["He", "left", "10", "days", "ago", "."])
>>> [(t.text, t.type, t.value) for t in find_timexes(doc, "2014-07-24")]
[('10 days ago', 'DATE', '2014-07-14')]
>>> [(t.value, t.offset_days) for t in find_timexes(doc, None)]
[(None, -10)]
"""
from __future__ import annotations

import datetime as _dt
import re

from graphkit.ingest.time.calendar import resolve_weekday
from graphkit.ingest.time.detect import Candidate, clause_tense, detect
from graphkit.ingest.time.lexicon import WEEKDAYS
from graphkit.ingest.time.rules import apply_rule, normalize
from graphkit.models import TimeExpression

__all__ = ["find_timexes", "anchor_date"]

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def anchor_date(published: str | None) -> _dt.date | None:
    """The publication date as a ``date`` (the ISO prefix of ``published``), or None.

    >>> anchor_date("1998-02-12T14:11:00"), anchor_date(None)
    (datetime.date(1998, 2, 12), None)
    """
    if not published:
        return None
    m = _ISO.match(str(published))
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


#: rules whose value depends on the clause tense (the others need no parse walk)
_TENSED = frozenset({"month_day", "day_month", "month", "weekday", "time", "holiday", "quarter", "rel", "season",
                     "yearend", "spacy"})


def _resolve(doc, c: Candidate, anchor: _dt.date | None, text: str) -> TimeExpression:
    tense = None
    if anchor is not None and c.rule in _TENSED and doc is not None and len(doc):
        tense = clause_tense(doc, c.start, c.end, text, scheduled=c.rule in ("weekday", "time"))
    result = apply_rule(c.rule, c.match, anchor, tense) if c.match is not None else normalize(c.text, anchor, tense)
    if result is None:
        ttype, value, off = "DATE", None, None
    else:
        ttype, value, off = result
    # built without re-validation: every field is already of its declared type
    return TimeExpression.model_construct(start=c.start, end=c.end, text=c.text, type=ttype, value=value,
                                          offset_days=off if value is None or anchor is None else None)


def find_timexes(doc, published: str | None, text: str | None = None) -> list[TimeExpression]:
    """Time expressions of ``doc`` with TIMEX3 values anchored at ``published`` (ISO date or None).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article (the parse gives the tense of each expression's clause).
    published : str or None
        Publication date; relative expressions are null without it (``offset_days`` kept).
    text : str, optional
        ``doc.text`` when the caller has it (``doc.text`` is rebuilt from the tokens on each access).

    Returns
    -------
    list of TimeExpression
        In text order, non-overlapping.
    """
    anchor = anchor_date(published)
    out = []
    text = doc.text if text is None else text  # doc.text is built from the tokens on every access
    for c in detect(doc, text):
        t = _resolve(doc, c, anchor, text)
        # a spaCy entity the grammar does not cover and nothing can normalise is left out
        if c.rule != "spacy" or t.value is not None or t.offset_days is not None:
            out.append(t)
    out = _anaphora(out)
    return _year_back_quarters(out, anchor) if anchor is not None else out


_ANAPHOR = re.compile(r"^(?:(?:earlier|later|late|early)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same|the)\s+"
                      r"(?P<unit>day|year|month)$|"
                      r"^the\s+(?P<next>next|following|previous)\s+(?P<unit2>day|morning|year)$", re.I)
_GRAIN = {"day": 10, "month": 7, "year": 4}
_THE_WEEKDAY = re.compile(r"^the\s+(?P<dir>previous|following)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|"
                          r"saturday|sunday)$", re.I)
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")


def _anaphora(timexes: list[TimeExpression]) -> list[TimeExpression]:
    """Resolve "that day", "later that year", "the next day" against the previous dated expression."""
    out: list[TimeExpression] = []
    prev: str | None = None
    for t in timexes:
        w = _THE_WEEKDAY.match(t.text)
        if w and prev and _DAY_VALUE.match(prev):  # "the previous Friday": the one before the day just named
            d = resolve_weekday(_dt.date.fromisoformat(prev[:10]), WEEKDAYS[w["wd"].lower()],
                                "past" if w["dir"].lower() == "previous" else "future", strict=True)
            t = t.model_copy(update={"value": d.isoformat(), "offset_days": None})
        m = _ANAPHOR.match(t.text) if t.value is None else None
        if m and prev:
            unit = (m["unit"] or m["unit2"]).lower()
            unit = "day" if unit == "morning" else unit
            grain = _GRAIN[unit]
            if len(prev) >= grain and prev[:4].isdigit():
                base = prev[:grain]
                if m["next"] and unit == "day" and len(base) == 10:
                    d = _dt.date.fromisoformat(base) + _dt.timedelta(days=-1 if m["next"].lower() == "previous" else 1)
                    base = d.isoformat()
                elif m["next"] and unit == "year":
                    base = f"{int(base) + (-1 if m['next'].lower() == 'previous' else 1):04d}"
                t = t.model_copy(update={"value": base})
        if t.value and t.value[:4].isdigit() and t.type in ("DATE", "TIME"):
            prev = t.value
        out.append(t)
    return out


_YEAR_BACK = re.compile(r"\byear[\s-](?:ago|earlier|before)\b", re.I)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def _year_back_quarters(timexes: list[TimeExpression], anchor: _dt.date, reach: int = 600) -> list[TimeExpression]:
    """In results reporting, "a year ago" / "a year earlier" compares with the quarter just named:
    give it that quarter a year back (the value stays a year when no quarter is near).

    Only a quarter being reported counts: one of the last four quarters up to publication,
    not one already a year back ("the 1988 period", "the year-ago quarter").
    """
    last_q: TimeExpression | None = None
    last_m: re.Match[str] | None = None  # the quarter value of last_q, matched
    now = anchor.year * 4 + (anchor.month - 1) // 3
    out = []
    for t in timexes:
        m = _QUARTER.match(t.value or "")
        if m and not _YEAR_BACK.search(t.text) and 0 <= now - (int(m[1]) * 4 + int(m[2]) - 1) <= 3:
            last_q, last_m = t, m
        elif last_q is not None and last_m is not None and t.value and re.fullmatch(r"\d{4}", t.value) \
                and _YEAR_BACK.search(t.text) and t.start - last_q.end <= reach:
            t = t.model_copy(update={"value": f"{int(last_m[1]) - 1:04d}-Q{last_m[2]}"})
        out.append(t)
    return out
