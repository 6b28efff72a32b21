"""TIMEX3 date values as spans of days, and the periods of a time series.

Event dates have different granularity (``2014-07-24``, ``2014-W30``, ``2014-07``, ``2014``) or
none. :func:`date_span` gives the first and last day a value covers; the period helpers name
and step through days, ISO weeks, months and years.

Examples
--------
>>> [d.isoformat() for d in date_span("2014-Q3")]
['2014-07-01', '2014-09-30']
>>> import datetime
>>> period_label(datetime.date(2014, 7, 24), "W"), period_start(datetime.date(2014, 7, 24), "M")
('2014-W30', datetime.date(2014, 7, 1))
"""
from __future__ import annotations

import datetime as _dt
import re

__all__ = ["FREQS", "date_span", "period_label", "period_start", "next_period"]

#: Periods of a series: day, ISO week, month, year.
FREQS = ("D", "W", "M", "Y")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|T)")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:$|-)")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
# months covered by quarters, halves and (northern) seasons; winter runs into the next year
_PARTS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
          "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_span(year: int, first: int, last: int) -> tuple[_dt.date, _dt.date]:
    y2, m2 = year + (last - 1) // 12, (last - 1) % 12 + 1
    end = _dt.date(y2 + m2 // 12, m2 % 12 + 1, 1) - _dt.timedelta(days=1)
    return _dt.date(year, first, 1), end


def date_span(value) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day a TIMEX3 date value covers, or None when it names no fixed period.

    Parameters
    ----------
    value : str, datetime.date or None
        ``YYYY-MM-DD`` (a time or ``TMO``/``TEV`` part is ignored), ``YYYY-Www``, ``YYYY-MM``,
        ``YYYY-Qn``, ``YYYY-Hn``, a season ``YYYY-SP|SU|FA|WI``, or ``YYYY``. References such as
        ``PRESENT_REF``, durations and partly unknown values (``XXXX-07``) give None.

    Examples
    --------
    >>> date_span("2014-07-24")
    (datetime.date(2014, 7, 24), datetime.date(2014, 7, 24))
    >>> [d.isoformat() for d in date_span("2014-W30")]
    ['2014-07-21', '2014-07-27']
    >>> [d.isoformat() for d in date_span("2014-02")]
    ['2014-02-01', '2014-02-28']
    >>> [d.isoformat() for d in date_span("2014-WI")]
    ['2014-12-01', '2015-02-28']
    >>> date_span("PRESENT_REF") is None, date_span("2014-13") is None
    (True, True)
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value, value
    text = str(value).strip()
    try:
        if m := _DAY.match(text):
            day = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(text):
            monday = _dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + _dt.timedelta(days=6)
        if m := _MONTH.match(text):
            return _month_span(int(m[1]), int(m[2]), int(m[2]))
        if m := _QUARTER.match(text):
            return _month_span(int(m[1]), *_PARTS[m[2]])
        if m := _YEAR.match(text):
            return _month_span(int(m[1]), 1, 12)
    except ValueError:
        return None
    return None


def period_label(day: _dt.date, freq: str) -> str:
    """The label of the period holding ``day``: ``2014-07-24``, ``2014-W30``, ``2014-07`` or ``2014``."""
    if freq == "D":
        return day.isoformat()
    if freq == "W":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    return f"{day.year}-{day.month:02d}" if freq == "M" else str(day.year)


def period_start(day: _dt.date, freq: str) -> _dt.date:
    """The first day of the period (``freq`` one of :data:`FREQS`) holding ``day``."""
    if freq == "D":
        return day
    if freq == "W":
        return day - _dt.timedelta(days=day.weekday())
    return _dt.date(day.year, day.month if freq == "M" else 1, 1)


def next_period(day: _dt.date, freq: str) -> _dt.date:
    """The first day of the period after the one starting on ``day``."""
    if freq == "D":
        return day + _dt.timedelta(days=1)
    if freq == "W":
        return day + _dt.timedelta(days=7)
    if freq == "M":
        return _dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return _dt.date(day.year + 1, 1, 1)
