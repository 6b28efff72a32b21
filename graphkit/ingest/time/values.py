r"""TIMEX3 values of matched time expressions: one handler per grammar rule.

Each handler takes the rule's regex match and a :class:`Ctx` (the anchor date and the clause
tense) and returns ``(type, value, offset_days)``, or None when the match is not a time
expression after all (an age, "a quarter of the shares"). Values needing an unknown anchor are
None; day-level ones then keep ``offset_days``.

Examples
--------
>>> import datetime as dt, re
>>> m = re.fullmatch(r"(?P<num>\w+)[\s-](?P<unit>\w+)(?P<old>)(?P<ago>)", "eight-year")
>>> _h_duration(m, Ctx(dt.date(2014, 7, 24)))
('DURATION', 'P8Y', None)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from graphkit.ingest.time.calendar import (
    HOLIDAYS,
    decade_value,
    quarter_value,
    resolve_month,
    resolve_weekday,
    shift,
    value_at,
    week_value,
)
from graphkit.ingest.time.lexicon import (
    MONTH,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    parse_number,
    unit_of,
)
from graphkit.ingest.words import word_list

__all__ = ["Ctx", "Result", "DEICTIC"]


Result = tuple[str, str | None, int | None]


@dataclass(frozen=True)
class Ctx:
    """What a normaliser may use: the anchor (publication) date and the tense of the clause."""

    anchor: dt.date | None
    tense: str | None = None  # "past", "present", "future" or None


_REL_SHIFT = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "current": 0,
              "next": 1, "coming": 1, "this coming": 1, "following": 1}


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_no(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _offset(ctx: Ctx, days: int) -> Result:
    if ctx.anchor is None:
        return ("DATE", None, days)
    return ("DATE", (ctx.anchor + dt.timedelta(days=days)).isoformat(), days)


# ----------------------------------------------------------------------------- handlers
def _h_iso(m, ctx):
    d = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", d.isoformat(), None) if d else None


def _h_month_day(m, ctx):
    mon, day = _month_no(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if m["year"]:
        d = _date(int(m["year"]), mon, day)
        return ("DATE", d.isoformat(), None) if d else None
    if ctx.anchor is None:
        return ("DATE", None, None)
    y = resolve_month(ctx.anchor, mon, day, ctx.tense)
    d = _date(y, mon, day)
    return ("DATE", d.isoformat(), (d - ctx.anchor).days) if d else None


def _h_month(m, ctx):
    mon = _month_no(m["mon"])
    if m["year"]:
        return ("DATE", f"{int(m['year']):04d}-{mon:02d}", None)
    if ctx.anchor is None:
        return ("DATE", None, None)
    rel, a = _norm(m["rel"]), ctx.anchor
    if m["rely"]:
        return ("DATE", f"{a.year + {'last': -1, 'this': 0, 'next': 1}[m['rely'].lower()]:04d}-{mon:02d}", None)
    if rel in ("last", "this past"):
        y = a.year if mon < a.month else a.year - 1
    elif rel in ("next", "this coming"):
        y = a.year if mon > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        y = resolve_month(a, mon, None, ctx.tense)
    return ("DATE", f"{y:04d}-{mon:02d}", None)


def _h_weekday(m, ctx):
    wd = WEEKDAYS[m["wd"].lower().rstrip("s")]
    pod = PARTS_OF_DAY.get(_norm(m["pod"]))
    if m["pl"] or m["pl2"]:  # "on Mondays", "Tuesday nights": every such day
        return ("SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), None)
    if pod == "NI":  # TimeBank mostly gives "Friday night" the day's value
        pod = None
    if ctx.anchor is None:
        return ("TIME" if pod else "DATE", None, None)
    rel, tense = _norm(m["rel"]), ctx.tense
    strict = False
    if rel in ("last", "this past", "the previous"):
        tense, strict = "past", True
    elif rel in ("next", "this coming", "the following"):
        tense, strict = "future", True
    elif rel == "this":
        tense = "past" if tense == "past" else "future"
    d = resolve_weekday(ctx.anchor, wd, "future" if tense == "future" else "past", strict)
    off = (d - ctx.anchor).days
    if pod:
        return ("TIME", f"{d.isoformat()}T{pod}", off)
    return ("DATE", d.isoformat(), off)


_DEICTIC = {
    "today": 0, "yesterday": -1, "tomorrow": 1,
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "presently": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "more recently": "PAST_REF", "until recently": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF", "the coming days": "FUTURE_REF",
}


def _h_deictic(m, ctx):
    v = _DEICTIC[_norm(m[0])]
    if isinstance(v, int):
        return _offset(ctx, v)
    return ("DATE", v, None)


def _h_pod(m, ctx):
    which, pod = _norm(m["which"] or m["which2"]), PARTS_OF_DAY.get(_norm(m["pod"] or m["pod2"]))
    if _norm(m[0]) == "tonight":
        which, pod = "this", "NI"
    days = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(which.split()[-1] if which else "", 0)
    if ctx.anchor is None:
        return ("TIME", None, days)
    return ("TIME", f"{(ctx.anchor + dt.timedelta(days=days)).isoformat()}T{pod}", days)


def _h_time(m, ctx):
    if m["word"]:
        w = m["word"].lower()
        hh, mm = (24, 0) if w == "midnight" else (12, 0)
    elif m["h24"]:
        hh, mm = int(m["h24"]), int(m["m24"])
    else:
        hh, mm = int(m["h"]), int(m["min"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if hh > 24 or mm > 59:
            return None
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    day: dt.date | None = None
    off: int | None = None
    if m["mon"]:
        r = _h_month_day(m, ctx)
        if r and r[1]:
            day = dt.date.fromisoformat(r[1])
    elif m["wd"]:
        r = _h_weekday(m, Ctx(ctx.anchor, ctx.tense))
        if r and r[1]:
            day = dt.date.fromisoformat(r[1])
    elif ctx.anchor is not None:
        off = {"yesterday": -1, "tomorrow": 1}.get(_norm(m["deic"]), 0)
        day = ctx.anchor + dt.timedelta(days=off)
    if day is None:
        return ("TIME", None, off)
    if ctx.anchor is not None:
        off = (day - ctx.anchor).days
    return ("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}", off)


def _duration_value(n: float | None, unit: str) -> str:
    letter = UNITS[unit]
    if n is None:
        return {"DE": "PXE", "CE": "PXC", "ML": "PXL"}.get(letter, ("PTX" if unit in ("hour", "minute", "second")
                                                                  else "PX") + (letter if letter != "WE" else "D"))
    if letter in ("DE", "CE", "ML"):
        n, letter = n * {"DE": 10, "CE": 100, "ML": 1000}[letter], "Y"
    whole, frac = int(n), n - int(n)
    time = unit in ("hour", "minute", "second")
    out = ("PT" if time else "P") + f"{whole}{letter}"
    if frac:
        sub = {"Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False), "D": (24, "H", True),
               "H": (60, "M", True), "Q": (3, "M", False)}.get(letter if not (time and letter == "M") else "min")
        if sub is None:
            return out
        k, l2, to_time = sub
        extra = f"{int(round(frac * k))}{l2}"
        out = out + extra if (time or not to_time) else out + "T" + extra
    return out


def _h_duration(m, ctx):
    unit = unit_of(m["unit"])
    if unit is None or m["old"] or (unit == "quarter" and re.search(r"\w-quarters", m[0])):
        return None
    if unit in ("second", "quarter") and _norm(m["num"]) in ("a", "an"):
        return None  # "a second time", "a quarter of the shares"
    n = parse_number(m["num"]) if m["num"] else 1.0
    ago = _norm(m["ago"])
    if ago:
        if n is None:
            return ("DATE", "PAST_REF" if ago in ("ago", "earlier") else "FUTURE_REF", None)
        sign = -1 if ago in ("ago", "earlier", "before") else 1
        k = int(round(n))
        if unit in ("hour", "minute", "second"):
            return _offset(ctx, 0) if ctx.anchor is not None else ("DATE", None, 0)
        if unit == "day":
            return _offset(ctx, sign * k)
        if ctx.anchor is None:
            return ("DATE", None, sign * k * 7 if unit == "week" else None)
        if unit == "decade":
            return ("DATE", decade_value(ctx.anchor.year + sign * 10 * k), None)
        d = shift(ctx.anchor, unit, sign * k)
        return ("DATE", value_at(d, unit), (d - ctx.anchor).days if unit == "week" else None)
    return ("DURATION", _duration_value(n, unit), None)


def _h_bare_units(m, ctx):
    unit = unit_of(m["unit"])
    if unit in ("day", "month", "decade", "century") \
            and not m[0].lower().startswith(("the", "coming", "past", "next", "recent")):
        return None  # "for days", "months of talks": too often not a TimeML expression
    if m["ago"]:
        return ("DATE", "PAST_REF", None)
    return ("DURATION", _duration_value(None, unit), None)


_SPAN_FOLLOWS = re.compile(rf"\s*,?\s*(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+date|through|"
                           rf"to\s+(?:{MONTH}))\b", re.I)


def _h_the_unit(m, ctx):
    unit = unit_of(m["unit"] or m["unit2"])
    whole = re.match(r"(?:the\s+(?:end|beginning|start|middle|rest)\s+of\s+)?the\s+(?:(?P<w>full|entire|whole|"
                     r"fiscal)\s+)?year$",
                     m[0], re.I)
    if whole and ((whole["w"] or "").lower() in ("full", "entire", "whole")
                  or not _SPAN_FOLLOWS.match(m.string, m.end())):
        # "the year", "the fiscal year", "the end of the year": the year of publication, unless a
        # span follows ("the year ended Sept. 30", "the fiscal year ending in June")
        return ("DATE", f"{ctx.anchor.year:04d}" if ctx.anchor else None, None)
    return ("DURATION", _duration_value(1.0, unit), None)


def _h_rel(m, ctx):
    unit, rel = _norm(m["unit"] or m["unit2"]), _norm(m["rel"] or m["the"])
    if rel == "the current":
        rel = "current"
    if ctx.anchor is None:
        return ("DATE", None, None)
    a = ctx.anchor
    if unit == "weekend":
        if rel in ("last", "this past") or (rel in ("this", "the") and ctx.tense == "past"):
            back = a.weekday() + 1 if a.weekday() < 5 else 0
            d = a - dt.timedelta(days=back if rel not in ("last",) or back else 7)
        elif rel in ("next", "coming", "this coming"):
            d = a + dt.timedelta(days=7 if a.weekday() >= 5 else 0)
        else:
            d = a if a.weekday() >= 5 or ctx.tense != "past" else a - dt.timedelta(days=a.weekday() + 1)
        return ("DATE", week_value(d) + "-WE", None)
    k = _REL_SHIFT.get(rel, 0)
    d = shift(a, unit, k)
    return ("DATE", value_at(d, unit), None)


def _h_spoken_year(m, ctx):
    """ "nineteen ninety-four", "the winter of nineteen ninety-four", "the year two thousand"."""
    if m["y2"]:
        y = 2000 + sum(NUMBER_WORDS[w] for w in _norm(m["y2"]).split()[2:] if w != "and")
    else:
        words = _norm(m["y"]).replace("-", " ").split()
        y = NUMBER_WORDS[words[0]] * 100 + sum(NUMBER_WORDS[w] for w in words[1:] if w != "o")
    mon, season = m["mon"] or m["mon2"], m["season"] or m["season2"]
    if mon:
        return ("DATE", f"{y:04d}-{_month_no(mon):02d}", None)
    if season:
        return ("DATE", f"{y:04d}-{SEASONS[season.lower()]}", None)
    return ("DATE", f"{y:04d}", None)


def _h_yearend(m, ctx):
    """ "year-end", "year's end": this year's end; last year's in a past clause early in the year."""
    if ctx.anchor is None:
        return ("DATE", None, None)
    back = ctx.tense == "past" and ctx.anchor.month <= 3
    return ("DATE", f"{ctx.anchor.year - back:04d}", None)


def _h_yearback(m, ctx):
    if ctx.anchor is None:
        return ("DATE", None, None)
    return ("DATE", f"{ctx.anchor.year - 1:04d}", None)


def _h_year(m, ctx):
    y = int(m["y"])
    if m["season"]:
        return ("DATE", f"{y:04d}-{SEASONS[m['season'].lower()]}", None)
    return ("DATE", f"{y:04d}", None)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _h_decade(m, ctx):
    if m["dec"]:
        return ("DATE", decade_value(int(m["dec"])), None)
    d = int(m["d2"]) // 10 if m["d2"] else _DECADE_WORDS[m["dw"].lower()]
    century = 19 if ctx.anchor is None or d > (ctx.anchor.year % 100) // 10 else ctx.anchor.year // 100
    return ("DATE", f"{century:02d}{d}", None)


_QUAL_LAST = word_list("quarter_latest")  # "the latest quarter": the one just reported
_QUAL_YEARBACK = word_list("quarter_year_back")  # "the year-earlier quarter": the same quarter a year back


def _h_quarter(m, ctx):
    qtext = _norm(m["quals"]).replace("-", " ")
    quals = qtext.split()
    what = m["what"].lower()
    if what in ("period", "half") and not quals:
        return None
    if what == "quarter" and not quals and not m[0].lower().startswith("the"):
        return None
    ordinal = next((ORDINALS[q] for q in quals if q in ORDINALS and q not in ("last", "final")), None)
    if "final" in quals:
        ordinal = 4
    yearback = any(q in qtext for q in _QUAL_YEARBACK)
    if what == "period" and not (yearback or m["qy"] or any(q in quals for q in _QUAL_LAST | {"current"})):
        return None
    year = None
    if m["y"] or m["qy"]:
        year = int(m["y"] or m["qy"])
    elif m["fy"]:
        year = int(m["fy"])
    elif ctx.anchor is None:
        return ("DATE", None, None)
    a = ctx.anchor
    if what == "half":
        n = ordinal if ordinal in (1, 2) else None
        if n is None:
            return None
        if year is None:
            year = a.year - 1 if (n == 2 and a.month <= 6) or yearback else a.year
        return ("DATE", f"{year:04d}-H{n}", None)
    if ordinal is None:
        if a is None:
            return ("DATE", None, None)
        base = a if "current" in quals else shift(a, "quarter", -1)
        qv = quarter_value(base)
        if yearback:
            qv = f"{int(qv[:4]) - 1:04d}{qv[4:]}"
        if year is not None:
            qv = f"{year:04d}{qv[4:]}"
        return ("DATE", qv, None)
    if year is None:
        year = a.year
        aq = (a.month - 1) // 3 + 1
        if (ctx.tense == "past" and ordinal > aq) or (ordinal > aq + 1 and ctx.tense != "future"):
            year -= 1
        if yearback:
            year -= 1
    rely = _norm(m["rely"]) or next((w for w in ("next", "this", "last") if f"{w} year's" in qtext), "")
    if rely and ctx.anchor is not None and not m["qy"]:
        year = a.year + {"last": -1, "this": 0, "next": 1}[rely]
    return ("DATE", f"{year:04d}-Q{ordinal}", None)


def _h_season(m, ctx):
    s = SEASONS[m["s"].lower()]
    rel = _norm(m["rel"])
    if ctx.anchor is None:
        return ("DATE", None, None)
    a = ctx.anchor
    order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
    cur = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2}.get(a.month, 3)
    y = a.year
    if rel in ("last", "this past", "the past"):
        if order[s] >= cur:
            y -= 1
    elif rel in ("next", "this coming", "the coming"):
        if order[s] <= cur:
            y += 1
    elif rel == "the" and ctx.tense == "past" and order[s] > cur:
        y -= 1
    if s == "WI" and a.month == 12 and rel not in ("last", "this past"):
        y += 1
    return ("DATE", f"{y:04d}-{s}", None)


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
              "yearly": "P1Y", "hourly": "PT1H"}


def _h_set(m, ctx):
    if m["word"]:
        return ("SET", _SET_WORDS[m["word"].lower()], None)
    what = m["what"]
    lw = what.lower()
    if lw in WEEKDAYS:
        return ("SET", f"XXXX-WXX-{WEEKDAYS[lw] + 1}", None)
    if lw.rstrip(".") in MONTHS:
        return ("SET", f"XXXX-{_month_no(lw):02d}", None)
    if lw in PARTS_OF_DAY:
        return ("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[lw]}", None)
    unit = unit_of(lw)
    if unit is None:
        return None
    n = parse_number(m["n"]) if m["n"] else 1.0
    return ("SET", _duration_value(n or 1.0, unit), None)


def _h_holiday(m, ctx):
    name = _norm(m["hol"]).replace("’", "'")
    f = HOLIDAYS.get(name)
    if f is None:
        return None
    if m["y"]:
        return ("DATE", f(int(m["y"])).isoformat(), None)
    if ctx.anchor is None:
        return ("DATE", None, None)
    a = ctx.anchor
    cand = f(a.year)
    if abs((cand - a).days) > 183:
        cand = f(a.year + (1 if cand < a else -1))
    rel = _norm(m["rel"])
    if (rel == "last" or ctx.tense == "past") and (cand - a).days > (0 if rel else 31):
        cand = f(cand.year - 1)
    elif (rel == "next" or ctx.tense == "future") and (a - cand).days > (0 if rel else 31):
        cand = f(cand.year + 1)
    return ("DATE", cand.isoformat(), (cand - a).days)


def _h_anaphor(m, ctx):
    """ "that day", "later that year": resolved afterwards against the previous date."""
    return ("DATE", None, None)


def _h_century(m, ctx):
    n = int(m["n"])
    return ("DATE", f"{n - 1:02d}", None) if 1 <= n <= 30 else None


DEICTIC = _DEICTIC
