"""The days a date value covers: one reading of TIMEX3 date values for every stage.

A month or a year is a span, not a day: timelines sort and filter entries by their first day,
date disagreements compare spans, and the story page draws a vague date as a bar, so a vague
date never looks more precise than the text that gave it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"(\d{4})(?:-XX-XX)?")  # a message writes its years 2014-XX-XX
_DECADE = re.compile(r"(\d{3})")
# First and last month of each season; 13 and 14 are the next year's January and February.
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@lru_cache(maxsize=65536)
def period(value: str) -> tuple[date, date] | None:
    """First and last day of a TIMEX3 date value (day, month, week, quarter, season, year or
    decade), or None when it is not on the calendar (a duration, "PRESENT_REF", "XXXX-08",
    an impossible day). Cached: a story names the same few dates many times."""
    try:
        if match := _DAY.fullmatch(value):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return day, day
        if match := _MONTH.fullmatch(value):
            return _months(int(match[1]), int(match[2]), int(match[2]))
        if match := _WEEK.fullmatch(value):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + timedelta(days=6)
        if match := _QUARTER.fullmatch(value):
            return _months(int(match[1]), 3 * int(match[2]) - 2, 3 * int(match[2]))
        if match := _SEASON.fullmatch(value):
            return _months(int(match[1]), *_SEASONS[match[2]])
        if match := _YEAR.fullmatch(value):
            return date(int(match[1]), 1, 1), date(int(match[1]), 12, 31)
        if match := _DECADE.fullmatch(value):
            return date(int(match[1]) * 10, 1, 1), date(int(match[1]) * 10 + 9, 12, 31)
    except ValueError:
        return None
    return None


def span(value: str) -> tuple[date, date]:
    """``period`` of a value known to be on the calendar: a timeline entry's date."""
    found = period(value)
    if found is None:
        raise ValueError(f"not a calendar date value: {value!r}")
    return found


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    """From the first day of month ``first`` to the last of ``last`` (13, 14: next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), next_month(date(end_year, end_month, 1)) - timedelta(days=1)
