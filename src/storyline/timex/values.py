"""TIMEX3 values: calendar arithmetic and the grammar of a valid value.

Every value the tagger emits passes ``is_valid_value``; the property tests hold the tagger to
it, so a rule can never leak a half-built value ("2024-13", "P-1Y") into a timeline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

MIN_YEAR, MAX_YEAR = 1, 9999

_DATE = (
    r"(?:BC)?(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?"
    r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
)
_TIME = _DATE + r"T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (
    rf"P(?:(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|ML|FN|WE))+(?:T(?:{_AMOUNT}[HMS])+)?"
    rf"|T(?:{_AMOUNT}[HMS])+)"
)
# Relative to a reference that is not known (see ``offset_value``): PRESENT_REF-P1D.
_OFFSET = r"PRESENT_REF(?:[+-]P\d+[DWMQY])?(?:T(?:MO|AF|EV|NI))?"
VALID_VALUE = re.compile(
    rf"(?:{_TIME}|{_DATE}|(?:BC)?\d{{2,3}}|{_DURATION}|{_OFFSET}|PAST_REF|FUTURE_REF)"
)


def is_valid_value(value: str) -> bool:
    """Whether ``value`` is a well-formed TIMEX3 value whose calendar fields are in range."""
    if not VALID_VALUE.fullmatch(value):
        return False
    value = value.removeprefix("BC")  # BC0480-04: the calendar fields are read the same
    if value[:4].isdigit() and int(value[:4]) < MIN_YEAR:
        return False
    match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if match:
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12 or year < MIN_YEAR:
            return False
        if match[3] and not 1 <= int(match[3]) <= calendar.monthrange(year, month)[1]:
            return False
    week = re.match(r"(\d{4})-W(\d{2})", value)
    if week and not 1 <= int(week[2]) <= dt.date(int(week[1]), 12, 28).isocalendar()[1]:
        return False
    if value.startswith("P"):
        return True  # a duration's "T" opens its time part ("PT30M"), not a clock time
    hour = re.search(r"T(\d{2})(?::(\d{2}))?", value)
    return not (hour and (int(hour[1]) > 24 or (hour[2] and int(hour[2]) > 59)))


def offset_value(amount: int, unit: str, part: str | None = None) -> str:
    """A date told relative to a reference date that is not known, in the form this tagger
    writes then: PRESENT_REF for the reference day itself ("today"), PRESENT_REF-P1D for
    the day before ("yesterday"), PRESENT_REF+P2W two weeks after it ("in two weeks"),
    PRESENT_REF-P1Y the year before ("last year"; +P0Y "this year"), with a TIMEX3 part
    of the day after it (PRESENT_REF-P1DTNI, "last night").

    TIMEX3 leaves such an expression's value to its anchor (temporalFunction and
    anchorTimeID); this keeps the offset in the value so that it survives as one string
    and can be resolved as soon as a reference date is known.
    """
    offset = (
        "" if amount == 0 and unit == "D" else f"{'-' if amount < 0 else '+'}P{abs(amount)}{unit}"
    )
    return f"PRESENT_REF{offset}" + (f"T{part}" if part else "")


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, the day clipped to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, MIN_YEAR), MAX_YEAR)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_days(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, clamped to the calendar's range instead of overflowing."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for impossible ones ("the 32nd of May", February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def shift_quarter(year: int, q: int, by: int) -> tuple[int, int]:
    index = year * 4 + q - 1 + by
    return index // 4, index % 4 + 1


def weekday_on_or_before(reference: dt.date, weekday: int) -> dt.date:
    """The given ISO weekday (1 = Monday) on or before ``reference``."""
    return add_days(reference, -((reference.isoweekday() - weekday) % 7))


def weekday_on_or_after(reference: dt.date, weekday: int) -> dt.date:
    return add_days(reference, (weekday - reference.isoweekday()) % 7)


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"
