"""Word lists and regex pieces shared by time-expression detection and normalisation.

Everything here is compiled once per process.

Examples
--------
>>> parse_number("twenty-four"), parse_number("2 1/2"), parse_number("a couple of"), parse_number("several")
(24.0, 2.5, 2.0, None)
>>> MONTHS["sept"], WEEKDAYS["thursday"]
(9, 3)
"""
from __future__ import annotations

import re

from graphkit.ingest.words import word_list

__all__ = [
    "MONTHS", "WEEKDAYS", "UNITS", "NUMBER_WORDS", "PARTS_OF_DAY", "SEASONS",
    "ORDINALS", "MONTH", "WEEKDAY", "NUM", "UNIT", "parse_number", "unit_of",
]

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                            "saturday": 5, "sunday": 6}
#: unit word -> TIMEX3 duration letter
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML",
    "millennia": "ML", "weekend": "WE",
}
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "single": 1, "couple": 2, "dozen": 12, "hundred": 100, "thousand": 1000,
}
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                            "3rd": 3, "4th": 4, "final": 4, "last": 4}
PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                                "overnight": "NI"}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# --------------------------------------------------------------------------- regex pieces
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.?|Sep\.|Oct\.|Nov\.|Dec\."
#: A month name, capitalised (so the verb "march" and the modal "may" do not match).
MONTH = (rf"(?-i:(?:{_MONTH_FULL}|{_MONTH_ABBR}|"
         r"JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))")
#: A weekday name, capitalised.
WEEKDAY = (r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
           r"MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY))")
_SMALL = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
          "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_WORDNUM = rf"(?:(?:{_SMALL})(?:[\s-](?:{_SMALL}))?(?:\s+hundred)?|a\s+hundred|hundreds|a\s+dozen|dozens)"
_DIGITS = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
#: A cardinal: digits, number words, fractions, "a", "a couple of", or a vague quantity.
NUM = (rf"(?:(?:{_DIGITS}|{_WORDNUM})(?:\s+(?:and\s+a\s+half|1/2|½))?|(?:a|an)(?:\s+and\s+a\s+half)?|"
       rf"a\s+couple\s+of|couple\s+of|a\s+few|few|several|some|many|a\s+number\s+of)")
#: A calendar unit, singular or plural.
UNIT = (r"(?:(?:trading\s+|business\s+|working\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)"
        r"|decades?|centur(?:y|ies)|millenni(?:um|a))")

#: Quantities with no number: "several days", "dozens of years" have no TIMEX3 value.
_VAGUE = word_list("vague_quantities")
_NUM_RE = re.compile(r"^(?P<whole>[\d,.]+|[a-z\- ]+?)(?:\s+(?P<frac>and a half|1/2|½))?$")


def parse_number(text: str) -> float | None:
    """The value of a cardinal phrase, or None when vague ("several", "a few", "some")."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in _VAGUE:
        return None
    if t in ("a couple of", "couple of", "a couple"):
        return 2.0
    m = _NUM_RE.match(t)
    if not m:
        return None
    whole, frac = m["whole"].strip(), 0.5 if m["frac"] else 0.0
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", whole):
        return float(whole.replace(",", "")) + frac
    total, cur = 0, 0
    for w in whole.split():
        if w == "and":
            continue
        if w not in NUMBER_WORDS:
            return None
        n = NUMBER_WORDS[w]
        if n in (100, 1000):
            cur = max(cur, 1) * n
        else:
            cur += n
    total += cur
    return float(total) + frac


def unit_of(word: str) -> str | None:
    """The singular unit of a unit word ("years" -> "year", "trading days" -> "day")."""
    w = word.lower().split()[-1]
    if w in ("centuries",):
        return "century"
    if w in ("millennia",):
        return "millennium"
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    return w if w in UNITS else None
