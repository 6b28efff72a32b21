"""Checking publication dates given by users and records.

Examples
--------
>>> parse_published("2014-07-24")
'2014-07-24'
>>> parse_published("2014-07-24T10:30:00Z")
'2014-07-24'
>>> parse_published("24 July 2014")
'2014-07-24'
>>> parse_published("yesterday") is None
True
>>> parse_published("2014-13-45") is None
True
>>> parse_published("0000-01-01") is None
True
"""
from __future__ import annotations

import datetime as _dt
import re

__all__ = ["parse_published"]

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
#: Longer strings are not a date (and would make dateparser slow).
_LONGEST = 64
_RELATIVE = re.compile(r"\b(ago|yesterday|today|tomorrow|now|last|next|this)\b", re.I)


def parse_published(value) -> str | None:
    """Return a publication date as an ISO ``YYYY-MM-DD`` string, or None when it is not a date.

    Absolute dates only: relative words ("yesterday") are rejected, since resolving them
    would need the machine's clock.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text or len(text) > _LONGEST:
        return None
    m = _ISO.match(text)
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if _RELATIVE.search(text) or not re.search(r"\d{4}", text):
        return None
    import dateparser

    try:
        parsed = dateparser.parse(
            text, languages=["en"],
            settings={"RELATIVE_BASE": _dt.datetime(2000, 1, 1), "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except (ValueError, OverflowError, TypeError, LookupError, RecursionError):
        return None
    return parsed.date().isoformat() if parsed else None
