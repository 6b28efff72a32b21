"""The time-expression grammar: one regex per kind of expression, each with its TIMEX3 normaliser.

A rule's ``pattern`` is used both to *find* expressions in text (TimeML/TimeBank extents:
"late Wednesday", "10 days ago", "the past two years", "the third quarter") and, on a found
span, to compute its TIMEX3 ``(type, value, offset_days)`` against an anchor date (the
publication date) and the tense of the governing verb. Values that need an unknown anchor are
None; day-level relative ones then carry ``offset_days`` (days from publication).

Examples
--------
>>> import datetime as dt
>>> d = dt.date(2014, 7, 24)
>>> normalize("late Wednesday", d)
('DATE', '2014-07-23', -1)
>>> normalize("10 days ago", d), normalize("two hours", d)
(('DATE', '2014-07-14', -10), ('DURATION', 'PT2H', None))
>>> normalize("September", d, "present"), normalize("eight-year", d)
(('DATE', '2014-09', None), ('DURATION', 'P8Y', None))
>>> normalize("10 days ago", None)
('DATE', None, -10)
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from graphkit.ingest.time.lexicon import MONTH, NUM, UNIT, WEEKDAY
from graphkit.ingest.time.values import DEICTIC as _DEICTIC
from graphkit.ingest.time.values import (
    Ctx,
    Result,
    _h_anaphor,
    _h_bare_units,
    _h_century,
    _h_decade,
    _h_deictic,
    _h_duration,
    _h_holiday,
    _h_iso,
    _h_month,
    _h_month_day,
    _h_pod,
    _h_quarter,
    _h_rel,
    _h_season,
    _h_set,
    _h_spoken_year,
    _h_the_unit,
    _h_time,
    _h_weekday,
    _h_year,
    _h_yearback,
    _h_yearend,
)

__all__ = ["Rule", "RULES", "RULE_BY_NAME", "Result", "normalize", "apply_rule", "Ctx", "keywords_in"]


@dataclass(frozen=True)
class Rule:
    """A named pattern, the function turning its match into a TIMEX3 result, and its gate.

    ``gate`` is a tuple of keyword groups: every match of the rule contains a keyword of each
    group (in lower case, or as written for a group marked by a leading ``"="``), so a text
    lacking one need not be scanned: a few substring tests instead of a regex pass over the
    whole article. ``gate_re``, when set, is a cheap pattern every match contains.
    """

    name: str
    regex: re.Pattern
    handle: Callable[[re.Match, Ctx], Result | None]
    gate: tuple[tuple[str, ...], ...] = ()
    gate_re: re.Pattern | None = None

    def may_match(self, text: str, lowered: str, present: frozenset | None = None) -> bool:
        """False when the text lacks something every match of the rule needs.

        ``present`` is :func:`keywords_in` of the text, when the caller has it already.

        >>> RULE_BY_NAME["month"].may_match("the march went on", "the march went on")
        False
        """
        present = keywords_in(text, lowered) if present is None else present
        if any(keys.isdisjoint(present) for keys in self.gate_sets):
            return False
        return self.gate_re is None or self.gate_re.search(text) is not None

    @property
    def gate_sets(self) -> tuple[frozenset, ...]:
        """The gate groups as sets of keys (a key kept as written carries a leading "=")."""
        return _GATE_SETS[self.name]


_MOD = (r"(?:early|late|earlier|later|mid|end(?=-)|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
        r"the\s+middle\s+of|the\s+rest\s+of)")
#: before a weekday "earlier"/"later" stay outside ("earlier [Friday]"), "early"/"late" inside
_MOD_DAY = r"(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)"
_REL = r"(?:this\s+past|this\s+coming|last|this|next|current|coming)"
_POD = r"(?:morning|afternoon|evening|night)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"


# ----------------------------------------------------------------------------- the grammar
_D0 = r"(?<![\w$£€.,/-])"
_D = r"\b" + _D0              # left boundary (\b first: it fails fast inside words)
_E = r"(?![\w]|-(?:to|by|over)-)"   # right boundary (not inside "quarter-to-quarter", "day-by-day")
# TimeBank leaves "about", "only", "just", "barely" outside the expression ("about [five hours]")
_APPROX = (r"(?:around|almost|nearly|roughly|approximately|more\s+than|less\s+than|fewer\s+than|over|"
           r"under|at\s+least|at\s+most|up\s+to|another|an\s+additional|some|no\s+more\s+than|"
           r"not\s+more\s+than|no\s+less\s+than|well\s+over)")
_DIR = r"(?:past|last|next|first|coming|previous|following|final|latest|remaining|recent|additional|entire|full|same)"
_HOL = (r"(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|"
        r"Easter(?:\s+Sunday)?|Independence\s+Day|Valentine[’']s\s+Day|Halloween)")

_DEICTIC_RE = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _DEICTIC), key=len, reverse=True))

_SPECS: list[tuple[str, str, Callable]] = [
    ("iso", rf"{_D}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d){_E}", _h_iso),
    ("time", rf"{_D}(?:(?:around|approximately|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?"
             rf"(?:(?P<h>\d{{1,2}})(?::(?P<min>\d\d))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m|p\.m|am|pm|o'clock)(?=\W|$)"
             rf"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?|(?P<word>noon|midnight|midday)|"
             # a 24-hour clock time is written with a zone or "hrs" after it ("1620 GMT"): never a year
             rf"(?P<h24>[01]\d|2[0-4])(?P<m24>[0-5]\d)\s*(?:[ECMP][SD]T|GMT|UTC|hrs|local\s+time)\b)"
             rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<deic>today|yesterday|tomorrow)|"
             rf"(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?))?"
             rf"(?P<rel>)(?P<pod>)(?P<pl>)(?P<pl2>){_E}", _h_time),
    ("month_day", rf"{_D}(?:{_MOD}[\s-]*)?(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_E}"
                  rf"(?:,?\s+(?P<year>{_YEAR}){_E})?", _h_month_day),
    ("day_month", rf"{_D}(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})"
                  rf"(?:,?\s+(?P<year>{_YEAR}))?{_E}", _h_month_day),
    ("month", rf"{_D}(?:{_MOD}[\s-]*)?(?:(?P<rel>{_REL})\s+)?(?P<mon>{MONTH})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})|"
              rf"\s+(?P<rely>last|this|next)\s+year)?{_E}(?!\s*\d)",
     _h_month),
    ("weekday", rf"{_D}(?:{_MOD_DAY}\s+)?(?:(?P<rel>{_REL}|the\s+previous|"
                rf"the\s+following)\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?"
                rf"(?:\s+(?P<pod>{_POD})(?P<pl2>s)?)?{_E}", _h_weekday),
    ("pod", rf"{_D}(?:(?:(?P<which>(?:early\s+|late\s+|later\s+|earlier\s+)?(?:this|yesterday|tomorrow|"
            rf"last))\s+(?P<pod>{_POD}))|tonight|"
            rf"mid[\s-]?(?P<pod2>morning|afternoon)(?:\s+(?P<which2>yesterday|today|tomorrow))?){_E}",
     _h_pod),
    ("deictic", rf"{_D}(?:{_DEICTIC_RE}){_E}",
     _h_deictic),
    ("duration", rf"{_D}(?:the\s+(?![\w]+-(?:second|minute|hour|day|week|month|quarter|year|"
                 rf"decade)s?\b))?(?:{_DIR}\s+)?(?:{_APPROX}\s+)?(?P<num>{NUM})[\s-]+(?:more\s+|full\s+|straight\s+|"
                 rf"consecutive\s+)?"
                 rf"(?P<unit>{UNIT})(?P<old>[\s-]+old)?(?:\s+or\s+so(?=\s+ago))?(?:\s+(?P<ago>ago|earlier|from\s+now|"
                 rf"hence))?(?:\s+or\s+so)?{_E}",
     _h_duration),
    ("bare_units", rf"{_D}(?:(?:the\s+)?(?:recent|coming|past|next|last|previous|following)\s+)?(?P<unit>years|months|"
                   rf"weeks|days|decades|centuries)"
                   rf"(?:\s+(?P<ago>ago))?{_E}", _h_bare_units),
    ("the_unit", rf"{_D}(?:the\s+(?:end|beginning|start|middle|rest)\s+of\s+)?the\s+(?:(?:past|last|next|coming|"
                 rf"previous|following|entire|whole|full|fiscal)\s+(?P<unit>year|month|week|decade|century)|"
                 rf"(?P<unit2>year)(?!-)){_E}",
     _h_the_unit),
    ("rel", rf"{_D}(?:{_MOD}\s+)?(?:(?P<rel>(?:the\s+)?current|{_REL})\s+(?:(?:fiscal|financial)\s+(?=year))?"
            rf"(?P<unit>year|month|week|weekend|quarter|decade|century)|(?P<the>the)\s+(?P<unit2>weekend)){_E}",
     _h_rel),
    ("anaphor", rf"{_D}(?:(?:earlier|later|late|early)\s+(?:in\s+)?)?(?:that\s+same|that|the\s+same)\s+"
                rf"(?:day|year|month)|"
                rf"the\s+(?:next|following|previous)\s+(?:day|morning|year){_E}", _h_anaphor),
    # "the [year-ago] figure": "year-ago" is left to the quarter
    ("yearback", rf"{_D}(?:the\s+(?!year-))?year[\s-](?:earlier|ago|before){_E}", _h_yearback),
    ("yearend", rf"{_D}(?:the\s+)?year(?:[\s-]|'s\s+)end{_E}", _h_yearend),
    ("year", rf"{_D}(?:(?:{_MOD}|fiscal|calendar|the\s+year|the\s+fiscal\s+year|"
             rf"(?:the\s+)?(?P<season>{_SEASON})(?:\s+of)?)[\s-]*)?"
             rf"(?P<y>{_YEAR})(?![\w%]|[.,]\d|\s*(?:percent|per\s+cent))", _h_year),
    ("century", rf"{_D}(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century{_E}",
     _h_century),
    ("spoken_year", rf"{_D}(?:(?:(?P<mon>{MONTH})\s+|(?:the\s+)?(?P<season>{_SEASON})\s+of\s+|the\s+year\s+)?"
                    rf"(?P<y>(?:nineteen|twenty)[\s-](?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    rf"sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                    rf"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|o[\s-](?:one|two|three|four|five|six|"
                    rf"seven|eight|nine)))|"
                    rf"(?:(?P<mon2>{MONTH})\s+|(?:the\s+)?(?P<season2>{_SEASON})\s+of\s+(?:the\s+year\s+)?|"
                    rf"the\s+year\s+)"
                    rf"(?P<y2>two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                    rf"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)){_E}",
     _h_spoken_year),
    ("decade", rf"{_D0}(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?(?:(?P<dec>(?:1[6-9]|20)\d0)'?s|'(?P<d2>\d0)s|"
               rf"(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){_E}", _h_decade),
    ("quarter", rf"{_D}(?:the\s+(?!(?:fiscal\s+)?[\w]+-(?:quarter|half)\b))?(?P<quals>(?:(?:first|second|third|fourth|"
                rf"1st|2nd|3rd|4th|final|latest|last|current|past|"
                rf"previous|recent|most\s+recent|year-earlier|year-ago|year\s+earlier|year-before|prior-year|fiscal|"
                rf"same|comparable|this\s+year's|last\s+year's|next\s+year's|(?P<qy>{_YEAR}))[\s-]+)+)?"
                rf"(?P<what>quarter|period|half)"
                rf"(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rely>last|this|next)\s+year|fiscal\s+(?P<fy>{_YEAR})))?{_E}",
     _h_quarter),
    ("season", rf"{_D}(?:(?:early|late|mid)[\s-]+)?(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+coming|"
               rf"last|this|next|the)\s+(?P<s>{_SEASON}){_E}",
     _h_season),
    ("set", rf"{_D}(?:(?P<word>daily|nightly|weekly|biweekly|monthly|yearly|hourly)|(?:every|each)\s+(?:other\s+)?"
            rf"(?:(?P<n>{NUM})\s+)?(?P<what>{WEEKDAY}|{MONTH}|morning|afternoon|evening|night|{UNIT})){_E}", _h_set),
    ("holiday", rf"{_D}(?:(?P<rel>last|next|this)\s+)?(?P<hol>{_HOL})(?:,?\s+(?P<y>{_YEAR}))?{_E}", _h_holiday),
]

_MONTH_KEYS = ("=", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
               "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_UNIT_KEYS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "centur", "millenni")
_GATES: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": (("-",),),
    "time": (("am", "pm", "a.m", "p.m", "o'clock", "noon", "midnight", "midday", "gmt", "utc", "est", "edt", "cst",
              "cdt", "mst", "mdt", "pst", "pdt", "hrs", "local"),),
    "month_day": (_MONTH_KEYS,),
    "day_month": (_MONTH_KEYS,),
    "month": (_MONTH_KEYS,),
    "weekday": (("=", "onday", "uesday", "ednesday", "hursday", "riday", "aturday", "unday", "ONDAY", "UESDAY",
                 "EDNESDAY", "HURSDAY", "RIDAY", "ATURDAY", "UNDAY"),),
    "pod": (("morning", "afternoon", "evening", "night"),),
    "deictic": (("today", "yesterday", "tomorrow", "now", "current", "days", "present", "recent", "lately",
                 "formerly", "past", "future", "term"),),
    "duration": (_UNIT_KEYS,),
    "bare_units": (("years", "months", "weeks", "days", "decades", "centuries"),),
    "the_unit": (("year", "month", "week", "decade", "century"),),
    "rel": (("year", "month", "week", "quarter", "decade", "century"),),
    "anaphor": (("that", "same", "next", "following", "previous"), ("day", "year", "month", "morning")),
    "yearback": (("year",), ("earlier", "ago", "before")),
    "yearend": (("year",), ("end",)),
    "year": (("16", "17", "18", "19", "20"),),
    "century": (("century",),),
    "spoken_year": (("nineteen", "twenty", "thousand"),),
    "decade": (("0s", "0's", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                "nineties"),),
    "quarter": (("quarter", "period", "half"),),
    "season": (("spring", "summer", "fall", "autumn", "winter"),),
    "set": (("daily", "nightly", "weekly", "monthly", "yearly", "hourly", "every", "each"),),
    "holiday": (("christmas", "year", "thanksgiving", "easter", "independence", "valentine", "halloween"),),
}

_GATE_RES = {
    "iso": re.compile(r"\d{4}-\d\d-\d\d"),
    "time": re.compile(r"\d[\s:\d]*(?:[ap]\.?m\b|o'clock)|noon|mid(?:night|day)|"
                       r"\d{4}\s*(?:[ECMP][SD]T|GMT|UTC|hrs|local\s+time)\b", re.I),
}

RULES: list[Rule] = [Rule(n, re.compile(p, re.I), h, _GATES[n], _GATE_RES.get(n)) for n, p, h in _SPECS]
# each gate group as a set of keys; a key written as is (not lower-cased) carries a leading "="
_GATE_SETS = {n: tuple(frozenset("=" + k for k in g[1:]) if g[0] == "=" else frozenset(g) for g in gate)
              for n, gate in _GATES.items()}
_LOWER_KEYS = tuple(sorted({k for gate in _GATES.values() for g in gate if g[0] != "=" for k in g}))
_CASED_KEYS = tuple(sorted({k for gate in _GATES.values() for g in gate if g[0] == "=" for k in g[1:]}))


def keywords_in(text: str, lowered: str) -> frozenset:
    """The gate keywords present in ``text`` (``lowered`` is ``text.lower()``); cased ones with a leading "=".

    >>> text = "Sales fell in May this year ."
    >>> sorted(k for k in keywords_in(text, text.lower()) if k in ("=May", "year", "=March"))
    ['=May', 'year']
    """
    return frozenset([k for k in _LOWER_KEYS if k in lowered] + ["=" + k for k in _CASED_KEYS if k in text])
RULE_BY_NAME = {r.name: r for r in RULES}


def apply_rule(name: str, m: re.Match, anchor: dt.date | None, tense: str | None = None) -> Result | None:
    """Normalise a match of the rule ``name`` (a value off the calendar, "1,000,000 days ago", is None)."""
    return _safe(RULE_BY_NAME[name], m, Ctx(anchor, tense))


def _safe(rule: Rule, m: re.Match, ctx: Ctx) -> Result | None:
    try:
        return rule.handle(m, ctx)
    except (OverflowError, ValueError):  # beyond the years a date can hold
        return ("DATE", None, None)


@lru_cache(maxsize=4096)
def normalize(text: str, anchor: dt.date | None, tense: str | None = None) -> Result | None:
    """The TIMEX3 ``(type, value, offset_days)`` of a whole expression, or None if no rule covers it.

    Parameters
    ----------
    text : str
        The expression ("late Wednesday", "the past two years").
    anchor : datetime.date or None
        The publication date; None leaves anchored values null.
    tense : {"past", "present", "future", None}
        Tense of the clause the expression is in.
    """
    text = text.strip()
    for rule in RULES:
        m = rule.regex.fullmatch(text)
        if m:
            r = _safe(rule, m, Ctx(anchor, tense))
            if r is not None:
                return r
    return None
