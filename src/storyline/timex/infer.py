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
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from storyline.timex import values as v
from storyline.timex.tagger import tag_with_reference
from storyline.timex.tense import Tense, clause_tense

_FULL_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_YEARLESS_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})$")
_BARE_YEAR = re.compile(r"\d{4}")
_YEARLESS_WEEKDAY = re.compile(r"XXXX-WXX-(\d)$")
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


def _lead_weekday(weekdays: list[tuple[float, int]]) -> int | None:
    """The weekday of the article's own news: the most told one near the top, the first told
    on a tie."""
    if not weekdays:
        return None
    weights: Counter[int] = Counter()
    for weight, day in weekdays:
        weights[day] += weight  # type: ignore[assignment]  # float weights
    first = {day: i for i, (_, day) in reversed(list(enumerate(weekdays)))}
    return max(weights, key=lambda day: (weights[day], -first[day]))


def _weight(offset: int, length: int) -> float:
    """How much a date counts by where it stands: the top of a page tells its news; the tail
    holds comments, related links and crawl dates, often long after publication."""
    return 1.0 if length < _SHORT or offset <= length * _TOP_SHARE else _TAIL_WEIGHT


_SHORT = 5000
_TOP_SHARE = 0.5
_TAIL_WEIGHT = 0.3


# A news day told by weekday ("said on Monday") is the publication day or shortly before it.
_WEEKDAY_FIT = {0: 1.0, 1: 0.7, 2: 0.3}


def _closeness(gap: int) -> float:
    """How well a publication ``gap`` days after a reported day fits news practice."""
    if gap < 0:
        return -1.0  # reported in the past tense before it happened: not this date
    if gap <= 2:
        return 1.0
    if gap <= 7:
        return 0.5
    return 0.2 if gap <= 30 else 0.0


@dataclass(slots=True)
class _Evidence:
    """What the text says about its own date."""

    days: list[tuple[int, dt.date]] = field(default_factory=list)  # offset, full date
    yearless: list[tuple[int, int, int]] = field(default_factory=list)  # offset, month, day
    weekdays: list[tuple[float, int]] = field(default_factory=list)  # weight, ISO weekday
    years: list[int] = field(default_factory=list)  # bare years


def _evidence(text: str) -> _Evidence:
    found = _Evidence()
    for e in tag_with_reference(text, None):
        if e.type not in ("DATE", "TIME"):
            continue
        if clause_tense(text, e.start, e.end) is Tense.FUTURE:
            continue
        value = e.value[:10]
        if (m := _FULL_DAY.match(value)) is not None:
            day = v.valid_day(int(m[1]), int(m[2]), int(m[3]))
            if day is not None:
                found.days.append((e.start, day))
        elif (m := _YEARLESS_DAY.match(value)) is not None:
            found.yearless.append((e.start, int(m[1]), int(m[2])))
        elif (m := _YEARLESS_WEEKDAY.match(e.value)) is not None:
            found.weekdays.append((_weight(e.start, len(text)), int(m[1])))
        elif (m := _BARE_YEAR.fullmatch(value)) is not None:
            found.years.append(int(m[0]))
    return found


def infer_publication_date(text: str, hint: dt.date | None = None) -> tuple[dt.date, float] | None:
    """The most likely publication date of ``text`` and a confidence in [0, 1].

    ``hint`` is a date the article is believed to be near (the median date of the other
    articles of its story or collection); it supplies the year when the text names none.
    Candidates are the days the text reports and, when it tells its news by weekday ("said
    on Monday"), the first such weekday after each; the candidate that the most reported days
    fall shortly before wins. None when the text gives nothing to go on.
    """
    found = _evidence(text)
    header = _dateline(text, found.days)
    if header is not None:
        return header, 0.9

    length = len(text)
    anchors = [(_weight(offset, length), day) for offset, day in found.days]
    # Bare years are mostly background ("the 1969 coup"): full dates vouch for the year first,
    # else the latest year the text names.
    years = {hint.year} if hint else {day.year for _, day in anchors}
    if not years and found.years:
        years = {max(found.years)}
    for offset, month_number, day_number in found.yearless:
        for year_number in years:
            day = v.valid_day(year_number, month_number, day_number)
            if day is not None:
                anchors.append((_weight(offset, length), day))
    if hint is not None:
        # A reported day long after the hint is more likely a prediction or a late comment.
        anchors = [(w, d) for w, d in anchors if (d - hint).days <= 120] or anchors
    weekday = _lead_weekday(found.weekdays)
    if not anchors:
        if hint is None:
            return None
        if weekday is None:
            return hint, 0.1
        before = v.weekday_on_or_before(hint, weekday)
        after = v.weekday_on_or_after(hint, weekday)
        return (before if (hint - before) <= (after - hint) else after), 0.2

    candidates = {day for _, day in anchors}
    if weekday is not None:
        candidates.update([v.weekday_on_or_after(day, weekday) for day in candidates])

    def score(day: dt.date) -> float:
        total = sum(weight * _closeness((day - anchor).days) for weight, anchor in anchors)
        if weekday is not None:
            total += _WEEKDAY_FIT.get((day.isoweekday() - weekday) % 7, 0.0)
        if hint is not None:
            total -= abs((day - hint).days) / 365
        return total

    best = max(sorted(candidates), key=score)
    confidence = 0.7 if weekday is not None and best.isoweekday() == weekday else 0.5
    return best, confidence


def corpus_hint(published: Iterable[dt.date | None]) -> dt.date | None:
    """The median of the known publication dates of a batch: the ``hint`` for its undated
    articles, since articles read together are mostly about the same stretch of time."""
    known = sorted(day for day in published if day is not None)
    return known[(len(known) - 1) // 2] if known else None
