"""Calendar arithmetic for TIMEX3 values: shifting by units, weeks, quarters, seasons, weekdays, holidays.

Examples
--------
>>> import datetime as dt
>>> d = dt.date(2014, 7, 24)
>>> week_value(d), quarter_value(d), shift(d, "month", -7).isoformat()
('2014-W30', '2014-Q3', '2013-12-24')
>>> resolve_weekday(d, 2, "past").isoformat(), resolve_weekday(d, 4, "future").isoformat()
('2014-07-23', '2014-07-25')
>>> resolve_month(d, 10, None, "past"), resolve_month(d, 9, None, None), resolve_month(d, 1, None, "future")
(2013, 2014, 2015)
>>> resolve_month(dt.date(2014, 2, 1), 12, None, None), resolve_month(d, 8, 2, "past"), resolve_month(d, 12, 1, "past")
(2013, 2014, 2013)
>>> HOLIDAYS["thanksgiving"](2014).isoformat(), HOLIDAYS["easter"](2014).isoformat()
('2014-11-27', '2014-04-20')
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

__all__ = ["shift", "week_value", "quarter_value", "season_of", "resolve_weekday", "resolve_month",
           "value_at", "decade_value", "HOLIDAYS"]


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units (day, week, month, quarter, year, decade, century).

    A date beyond the calendar (before 0001 or after 9999) raises ``OverflowError``: the
    expression is then left unresolved, never pinned to the first or last year.

    >>> shift(dt.date(1, 3, 1), "year", -1)
    Traceback (most recent call last):
    ...
    OverflowError: date value out of range
    """
    if unit in ("day", "night"):
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return d
    total = d.year * 12 + d.month - 1 + months * n
    y, m = divmod(total, 12)
    if not dt.MINYEAR <= y <= dt.MAXYEAR:
        raise OverflowError("date value out of range")
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def week_value(d: dt.date) -> str:
    """ISO week of ``d`` as ``YYYY-Www``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_value(d: dt.date) -> str:
    """Quarter of ``d`` as ``YYYY-Qn``."""
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def decade_value(year: int) -> str:
    """The decade of a year: 1994 -> ``199``."""
    return f"{year // 10:03d}"


def season_of(month: int) -> str:
    """Northern-hemisphere season code of a month."""
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(month, "FA")


def value_at(d: dt.date, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` that contains ``d``."""
    if unit in ("day", "night"):
        return d.isoformat()
    if unit == "week":
        return week_value(d)
    if unit == "weekend":
        return week_value(d) + "-WE"
    if unit == "month":
        return d.isoformat()[:7]
    if unit == "quarter":
        return quarter_value(d)
    if unit == "decade":
        return decade_value(d.year)
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def resolve_weekday(anchor: dt.date, weekday: int, tense: str | None, strict: bool = False) -> dt.date:
    """The weekday meant relative to ``anchor``: the nearest not after it unless ``tense`` is future.

    ``strict`` excludes the anchor day itself ("last Monday", "next Monday").
    """
    if tense == "future":
        delta = (weekday - anchor.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta)


#: How many months before / after the publication month a yearless month may lie, by clause tense.
#: News reports the past: a past-tense month is this year's up to two months ahead (a report on
#: "Aug. 30" published in late July is next month's), a tenseless one up to four months ahead.
_MONTH_WINDOW = {"past": (-11, 2), "future": (-2, 11), None: (-7, 4), "present": (-5, 6)}


def resolve_month(anchor: dt.date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a month (and day) given without one.

    The year that puts the month within the window the clause tense allows around the
    publication month (a past event at most two months ahead, a future one at most two months
    back, a tenseless one from seven months back to four ahead).
    """
    lo, hi = _MONTH_WINDOW.get(tense, _MONTH_WINDOW[None])
    ahead = month - anchor.month
    if ahead > hi:
        return anchor.year - 1
    if ahead < lo:
        return anchor.year + 1
    return anchor.year


def _easter(year: int) -> dt.date:
    from dateutil.easter import easter

    return easter(year)


def _thanksgiving(year: int) -> dt.date:
    d = dt.date(year, 11, 1)
    return d + dt.timedelta(days=(3 - d.weekday()) % 7 + 21)


#: Holiday name (lower case) -> its date in a given year.
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31), "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving, "easter": _easter, "easter sunday": _easter,
    "independence day": lambda y: dt.date(y, 7, 4), "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
}
