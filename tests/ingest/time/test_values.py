"""Normalisation tables: expression x publication date x tense -> TIMEX3 type and value (no model)."""
import datetime as dt

import pytest

from graphkit.ingest.time.rules import normalize

THU = dt.date(2014, 7, 24)      # a Thursday
MON_JAN = dt.date(2000, 1, 3)   # a Monday in January
OCT = dt.date(1989, 10, 27)     # a Friday in the fourth quarter

TABLE = [
    # weekdays: nearest not after publication, unless tense or wording points ahead
    ("Thursday", THU, None, "DATE", "2014-07-24"),
    ("Monday", THU, "past", "DATE", "2014-07-21"),
    ("Monday", THU, "future", "DATE", "2014-07-28"),
    ("next Monday", THU, "past", "DATE", "2014-07-28"),
    ("last Thursday", THU, None, "DATE", "2014-07-17"),
    ("late Wednesday", THU, "past", "DATE", "2014-07-23"),
    ("Friday", THU, "future", "DATE", "2014-07-25"),
    ("Friday morning", THU, "past", "TIME", "2014-07-18TMO"),
    ("Wednesday evening", THU, "past", "TIME", "2014-07-23TEV"),
    # deictic
    ("today", THU, None, "DATE", "2014-07-24"),
    ("yesterday", THU, None, "DATE", "2014-07-23"),
    ("tomorrow", THU, None, "DATE", "2014-07-25"),
    ("tonight", THU, None, "TIME", "2014-07-24TNI"),
    ("1620 GMT", THU, None, "TIME", "2014-07-24T16:20"),
    ("2100 EST", THU, None, "TIME", "2014-07-24T21:00"),
    ("this morning", THU, None, "TIME", "2014-07-24TMO"),
    ("last night", THU, None, "TIME", "2014-07-23TNI"),
    ("now", THU, None, "DATE", "PRESENT_REF"),
    ("currently", THU, None, "DATE", "PRESENT_REF"),
    ("recently", THU, None, "DATE", "PAST_REF"),
    ("the future", THU, None, "DATE", "FUTURE_REF"),
    # relative calendar units
    ("10 days ago", THU, None, "DATE", "2014-07-14"),
    ("two weeks ago", THU, None, "DATE", "2014-W28"),
    ("three months ago", THU, None, "DATE", "2014-04"),
    ("a year ago", THU, None, "DATE", "2013"),
    ("a decade ago", THU, None, "DATE", "200"),
    ("last week", THU, None, "DATE", "2014-W29"),
    ("this week", THU, None, "DATE", "2014-W30"),
    ("next month", THU, None, "DATE", "2014-08"),
    ("last year", THU, None, "DATE", "2013"),
    ("earlier this year", THU, None, "DATE", "2014"),
    ("early next year", THU, None, "DATE", "2015"),
    ("last month", MON_JAN, None, "DATE", "1999-12"),
    ("this summer", THU, None, "DATE", "2014-SU"),
    ("last fall", OCT, None, "DATE", "1988-FA"),
    ("the weekend", THU, "past", "DATE", "2014-W29-WE"),
    # months and days: the year that fits the tense
    ("September", THU, "present", "DATE", "2014-09"),
    ("September", THU, "past", "DATE", "2014-09"),   # past tense, two months ahead: still this year
    ("October", THU, "past", "DATE", "2013-10"),
    ("December", OCT, "past", "DATE", "1989-12"),
    ("January", THU, "future", "DATE", "2015-01"),
    ("December", MON_JAN, None, "DATE", "1999-12"),
    ("late November", dt.date(1990, 2, 1), "past", "DATE", "1989-11"),
    ("Aug. 30", THU, "past", "DATE", "2014-08-30"),
    ("Nov. 30", THU, "past", "DATE", "2013-11-30"),
    ("Feb. 10", MON_JAN, "past", "DATE", "2000-02-10"),
    ("October", dt.date(1999, 4, 19), None, "DATE", "1998-10"),   # no tense: at most four months ahead
    ("Oct. 23", dt.date(1999, 5, 6), None, "DATE", "1998-10-23"),
    ("August", dt.date(1998, 2, 13), "present", "DATE", "1998-08"),
    ("Aug. 7", THU, "past", "DATE", "2014-08-07"),   # within a month: the parse's tense is not trusted
    ("Aug. 7", THU, "future", "DATE", "2014-08-07"),
    ("Sept. 30", OCT, "past", "DATE", "1989-09-30"),
    ("Jan. 14", dt.date(2000, 1, 15), "future", "DATE", "2000-01-14"),
    ("July 4, 1776", THU, None, "DATE", "1776-07-04"),
    ("August 1988", THU, None, "DATE", "1988-08"),
    ("July last year", THU, None, "DATE", "2013-07"),
    ("2014-07-20", None, None, "DATE", "2014-07-20"),
    # years, decades, centuries, quarters, halves
    ("2009", THU, None, "DATE", "2009"),
    ("fiscal 1989", THU, None, "DATE", "1989"),
    ("the summer of 1998", THU, None, "DATE", "1998-SU"),
    ("the 1990s", THU, None, "DATE", "199"),
    ("the early 1980s", THU, None, "DATE", "198"),
    ("the 20th century", THU, None, "DATE", "19"),
    ("the third quarter", OCT, "past", "DATE", "1989-Q3"),
    ("third-quarter", OCT, None, "DATE", "1989-Q3"),
    ("fourth-quarter", OCT, None, "DATE", "1989-Q4"),
    ("the fourth quarter", dt.date(1990, 2, 1), "past", "DATE", "1989-Q4"),
    ("the quarter", OCT, None, "DATE", "1989-Q3"),
    ("the year-earlier quarter", OCT, None, "DATE", "1988-Q3"),
    ("the first quarter of 1990", OCT, None, "DATE", "1990-Q1"),
    ("the first half", OCT, None, "DATE", "1989-H1"),
    # times
    ("10:35 a.m.", THU, None, "TIME", "2014-07-24T10:35"),
    ("10 p.m. Wednesday", THU, "past", "TIME", "2014-07-23T22:00"),
    ("noon Thursday", THU, None, "TIME", "2014-07-24T12:00"),
    # durations
    ("two hours", THU, None, "DURATION", "PT2H"),
    ("eight-year", THU, None, "DURATION", "P8Y"),
    ("two years", THU, None, "DURATION", "P2Y"),
    ("over two years", THU, None, "DURATION", "P2Y"),
    ("the past two years", THU, None, "DURATION", "P2Y"),
    ("the past year", THU, None, "DURATION", "P1Y"),
    ("the year", OCT, "past", "DATE", "1989"),
    ("the current fiscal year", OCT, None, "DATE", "1989"),
    ("year-end", OCT, "past", "DATE", "1989"),
    ("year's end", dt.date(1990, 2, 1), "past", "DATE", "1989"),
    ("year-end", dt.date(1990, 2, 1), "future", "DATE", "1990"),
    ("next fiscal year", OCT, None, "DATE", "1990"),
    ("the fiscal year", OCT, None, "DATE", "1989"),
    ("the end of the year", OCT, None, "DATE", "1989"),
    ("the year two thousand", OCT, None, "DATE", "2000"),
    ("the winter of nineteen ninety-four", OCT, None, "DATE", "1994-WI"),
    ("10 days", THU, None, "DURATION", "P10D"),
    ("16-hour", THU, None, "DURATION", "PT16H"),
    ("2 1/2 years", THU, None, "DURATION", "P2Y6M"),
    ("5 1/2 hours", THU, None, "DURATION", "PT5H30M"),
    ("a week", THU, None, "DURATION", "P1W"),
    ("two decades", THU, None, "DURATION", "P20Y"),
    ("several months", THU, None, "DURATION", "PXM"),
    ("the next few days", THU, None, "DURATION", "PXD"),
    ("years", THU, None, "DURATION", "PXY"),
    ("the first nine months", THU, None, "DURATION", "P9M"),
    ("the past two quarters", THU, None, "DURATION", "P2Q"),
    # sets
    ("daily", THU, None, "SET", "P1D"),
    ("weekly", THU, None, "SET", "P1W"),
    ("yearly", THU, None, "SET", "P1Y"),
    ("every Thursday", THU, None, "SET", "XXXX-WXX-4"),
    ("each July", THU, None, "SET", "XXXX-07"),
    ("every two weeks", THU, None, "SET", "P2W"),
    ("Mondays", THU, None, "SET", "XXXX-WXX-1"),
    ("Tuesday nights", THU, "past", "SET", "XXXX-WXX-2TNI"),
    # holidays
    ("Christmas", THU, "future", "DATE", "2014-12-25"),
    ("Thanksgiving Day", dt.date(2000, 1, 7), "past", "DATE", "1999-11-25"),
]


@pytest.mark.parametrize("text,anchor,tense,ttype,value", TABLE)
def test_normalisation_table(text, anchor, tense, ttype, value):
    assert normalize(text, anchor, tense)[:2] == (ttype, value)


@pytest.mark.parametrize("text,value", [("the year ended Sept. 30", "P1Y"), ("the fiscal year ending in June", "P1Y"),
                                        ("the year to date", "P1Y"), ("the year , then", "1989")])
def test_the_year_is_a_span_only_when_an_end_follows(text, value):
    from graphkit.ingest.time.rules import RULE_BY_NAME, apply_rule

    m = RULE_BY_NAME["the_unit"].regex.search(text)
    assert apply_rule("the_unit", m, OCT)[1] == value


@pytest.mark.parametrize("text,offset", [("yesterday", -1), ("today", 0), ("10 days ago", -10),
                                         ("tomorrow", 1), ("two weeks ago", -14)])
def test_unknown_publication_date_gives_null_value_and_offset(text, offset):
    ttype, value, off = normalize(text, None)
    assert value is None and off == offset


@pytest.mark.parametrize("text", ["Thursday", "last week", "September", "the third quarter", "this summer"])
def test_unknown_publication_date_never_uses_the_clock(text):
    assert normalize(text, None)[1] is None


@pytest.mark.parametrize("text,value", [("2009", "2009"), ("two hours", "PT2H"), ("now", "PRESENT_REF"),
                                        ("Aug. 7, 1998", "1998-08-07")])
def test_absolute_values_need_no_publication_date(text, value):
    assert normalize(text, None)[1] == value


@pytest.mark.parametrize("text", ["6-year-old", "the 44-year-old", "half", "quarter", "banana"])
def test_non_time_expressions_are_rejected(text):
    assert normalize(text, THU) is None


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = ["1,000,000 days ago", "99,999 years from now", "Feb. 30", "Feb. 29", "last week", "next year",
          "Thursday", "10 days ago", "the third quarter", "this winter", "Christmas", "the 1990s", "noon Friday"]


@settings(max_examples=150, deadline=None)
@given(text=st.sampled_from(PIECES), anchor=st.one_of(st.none(), st.dates()),
       tense=st.sampled_from([None, "past", "present", "future"]))
def test_normalisation_never_raises(text, anchor, tense):
    result = normalize(text, anchor, tense)
    assert result is None or result[0] in ("DATE", "TIME", "DURATION", "SET")


# -- issue 19 item 23: a relative date beyond the calendar is unresolved, not pinned to 0001 / 9999 ----------
@pytest.mark.parametrize("text, anchor", [
    ("last year", dt.date(1, 1, 1)), ("next year", dt.date(9999, 12, 31)), ("next month", dt.date(9999, 12, 5)),
    ("last month", dt.date(1, 1, 20)), ("last quarter", dt.date(1, 2, 1)), ("two years ago", dt.date(1, 6, 1)),
])
def test_relative_dates_off_the_calendar_are_unresolved(text, anchor):
    assert normalize(text, anchor) == ("DATE", None, None)


@settings(max_examples=200, deadline=None)
@given(anchor=st.dates(), n=st.integers(1, 3), unit=st.sampled_from(["year", "month"]),
       ago=st.sampled_from(["ago", "from now"]))
def test_a_resolved_relative_date_moves_the_way_it_says(anchor, n, unit, ago):
    result = normalize(f"{n} {unit}s {ago}", anchor)
    assert result is not None and result[0] == "DATE"
    value = result[1]
    if value is None:
        return
    year = int(value[:4])
    assert (year < anchor.year or (year == anchor.year and unit == "month")) if ago == "ago" else \
        (year > anchor.year or (year == anchor.year and unit == "month"))
