"""Dating an undated article from what it says.

News reports the recent past: the publication date is on or shortly after the latest day the
article reports as past, and an event told "on Monday" in the past tense puts the publication
within the week after that Monday, most often on the day itself. A date standing alone on a
line near the top (a dateline or byline date) is taken as the date outright.

The year of dates written without one ("Aug. 5") comes from the years the text names, or from
``hint`` (for instance the median date of the other articles of the same story) when it names
none.
"""

from __future__ import annotations

import datetime as dt
import re

from storyline.timex import values as v
from storyline.timex.tagger import tag_with_reference
from storyline.timex.tense import Tense, clause_tense

_FULL_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_YEARLESS_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})$")
_YEARLESS_WEEKDAY = re.compile(r"XXXX-WXX-(\d)$")
_YEAR = re.compile(r"(\d{4})")
_HEADER_CHARS = 600


def _dateline(text: str, days: list[tuple[int, dt.date]]) -> dt.date | None:
    """A full date that makes up a whole short line near the top."""
    for start, day in days:
        if start > _HEADER_CHARS:
            break
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if len(line.strip()) <= 40:
            return day
    return None


def infer_publication_date(text: str, hint: dt.date | None = None) -> tuple[dt.date, float] | None:
    """The most likely publication date of ``text`` and a confidence in [0, 1].

    None when the text gives nothing to go on (no day-precision date and no hint).
    """
    expressions = tag_with_reference(text, None)
    full_days: list[tuple[int, dt.date]] = []
    yearless: list[tuple[int, int, int]] = []
    weekdays: list[tuple[int, int]] = []
    years: list[int] = []
    for e in expressions:
        if e.type not in ("DATE", "TIME"):
            continue
        tense = clause_tense(text, e.start, e.end)
        value = e.value[:10]
        if (m := _FULL_DAY.match(value)) is not None:
            day = v.valid_day(int(m[1]), int(m[2]), int(m[3]))
            if day is not None:
                full_days.append((e.start, day))
                if tense is not Tense.FUTURE:
                    years.append(day.year)
        elif (m := _YEARLESS_DAY.match(value)) is not None:
            if tense is not Tense.FUTURE:
                yearless.append((e.start, int(m[1]), int(m[2])))
        elif (m := _YEARLESS_WEEKDAY.match(value)) is not None:
            if tense is Tense.PAST:
                weekdays.append((e.start, int(m[1])))
        elif (m := _YEAR.match(value)) is not None and tense is not Tense.FUTURE:
            years.append(int(m[1]))

    header = _dateline(text, full_days)
    if header is not None:
        return header, 0.9

    base_year = max(years) if years else (hint.year if hint else None)
    past_days = [day for _, day in full_days]
    if base_year is not None:
        for _, month_number, day_number in yearless:
            day = v.valid_day(base_year, month_number, day_number)
            if day is not None:
                past_days.append(day)
    if hint is not None and past_days:
        # A date far after the hint is more likely a prediction than a report.
        past_days = [d for d in past_days if (d - hint).days <= 60] or past_days
    if not past_days:
        if hint is None:
            return None
        latest = hint
        confidence = 0.2
    else:
        latest = max(past_days)
        confidence = 0.5
    if weekdays:
        # The article's own news: the nearest reported weekday after the latest date.
        weekday_number = weekdays[0][1]
        return v.weekday_on_or_after(latest, weekday_number), min(confidence + 0.2, 0.8)
    return latest, confidence
