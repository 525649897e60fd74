"""Find, choose and resolve the time expressions of a text.

Every rule proposes spans; a span is kept if its handler can read it; overlapping spans are
settled longest first (then by rule order), which is how "September 16, 2024" beats
"September" and "the past four years" beats "four years". The kept spans are then resolved in
reading order so that discourse-dependent ones ("the quarter", "a year earlier") see what came
before them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from storyline.models import TimeExpression
from storyline.timex import values as v
from storyline.timex.context import is_message, is_narrative
from storyline.timex.lexicon import MONTHS, alternation
from storyline.timex.patterns import RULE_ORDER, RULES
from storyline.timex.resolve import HANDLERS, Context, Reading
from storyline.timex.triggers import RULE_REACH, WORDS_BEFORE, trigger_sites
from storyline.timex.values import is_valid_value


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule's match before it is read: the span it covers and the groups it found."""

    start: int
    end: int
    rule: str
    match: re.Match[str]


_RULES_BY_NAME = {rule.name: rule for rule in RULES}


def candidates(text: str) -> list[Candidate]:
    """Every match of every rule at the word starts near the rule's trigger words.

    Each (rule, start) is tried once however many triggers it is near, which keeps text
    dense with triggers ("May May May ...") linear with a small constant.
    """
    tried: dict[tuple[str, int], Candidate | None] = {}
    for _trigger, starts, names in trigger_sites(text):
        for name in names:
            regex = _RULES_BY_NAME[name].regex
            for start in starts[-1 - RULE_REACH.get(name, WORDS_BEFORE) :]:
                key = (name, start)
                if key in tried:
                    continue
                match = regex.match(text, start)
                tried[key] = (
                    Candidate(start, match.end(), name, match)
                    if match is not None and match.end() > start
                    else None
                )
    return [c for c in tried.values() if c is not None]


def _read(candidate: Candidate, context: Context) -> Reading | None:
    """The handler's reading, or None when it is not a valid TIMEX3 value. A reference at the
    edge of the calendar (year 1 or 9999) can push a relative value out of it: no reading."""
    try:
        reading = HANDLERS[candidate.rule](candidate.match, context)
    except (ValueError, OverflowError):
        return None
    return reading if reading is not None and is_valid_value(reading.value) else None


_EXPLICIT_YEAR = re.compile(r"\d{4}")


def _choose(candidates: list[Candidate], probe: Context, told: list[str]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then earlier rule, then leftmost. The
    values of the chosen dates written with their year are added to ``told``."""
    ordered = sorted(candidates, key=lambda c: (c.start - c.end, RULE_ORDER[c.rule], c.start))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    text = probe.text
    for candidate in ordered:
        if candidate.start and text[candidate.start - 1] == "#":
            continue  # "#Friday", "#Christmas": a hashtag names a topic, not a time
        i = bisect.bisect_left(starts, candidate.start)
        if i < len(starts) and starts[i] < candidate.end:
            continue
        if i > 0 and ends[i - 1] > candidate.start:
            continue
        reading = _read(candidate, probe)
        if reading is None:
            continue
        explicit = not reading.relative and reading.type in ("DATE", "TIME")
        if explicit and _EXPLICIT_YEAR.match(reading.value):
            told.append(reading.value)
        starts.insert(i, candidate.start)
        ends.insert(i, candidate.end)
        chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks a pattern may have taken in."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


# "April 24 and 25", "April 8-12": the second day of a pair or range shares the first one's
# month and year. A word after the second number must not make it a count ("Oct. 14 and 15
# percent"); after a dash only a unit or a clock would.
_SECOND_DAY = re.compile(
    r"(?:\s++(?:and|or|&|to|through|till|until)\s++|\s*+[-–—]\s*+)(\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?![.,:]\d|\s*+%|\s*+[ap]\.?m\b)"
    r"(?!\s++(?!(?:in|at|on|to|for|with|from|when|and|or|of|this|next|last|respectively)\b)"
    r"[A-Za-z])",
    re.IGNORECASE,
)
_DASH_SECOND_DAY = re.compile(r"\s*+[-–—]\s*+(\d{1,2})\b(?![.,:/]\d|\s*+(?:%|percent|[ap]\.?m\b))")
# "10-12 October", "from 3 to 5 October": the first day of a range written before the month.
_FIRST_DAY = re.compile(
    r"(?:^|[^\w.,:/-])(\d{1,2})(?:st|nd|rd|th)?(?:\s*+[-–—]\s*+|\s++(?:to|through|till|until)\s++)$",
    re.IGNORECASE,
)
# What joins the two ends of a range of dates ("from 1 January to 31 March 2025").
_RANGE_JOIN = re.compile(r"\s*+(?:[-–—]|to|through|thru|till|until|and)\s*+", re.IGNORECASE)
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})")
_NAMES_MONTH = re.compile(rf"\b(?:{alternation(MONTHS)})\b", re.IGNORECASE)
_MONTH_OR_DAY = re.compile(r"(\d{4})-(\d{2})((?:-\d{2})?)")


def _day_of(first: TimeExpression, start: int, end: int, text: str, day: int) -> TimeExpression:
    """Another day of ``first``'s month and year, at ``text[start:end]``."""
    year, month = first.value[:4], first.value[5:7]
    return TimeExpression(
        start=start,
        end=end,
        text=text[start:end],
        type="DATE",
        value=f"{year}-{month}-{day:02d}",
        anchor=first.anchor,
        mod=None,
    )


def _valid_in(value: str, day: int) -> bool:
    match = _DAY_VALUE.fullmatch(value)
    if match is None:
        return False
    year = match.group(1)
    return year == "XXXX" or v.valid_day(int(year), int(match.group(2)), day) is not None


def _second_day(text: str, first: TimeExpression) -> TimeExpression | None:
    match = _SECOND_DAY.match(text, first.end) or _DASH_SECOND_DAY.match(text, first.end)
    if match is None or not _valid_in(first.value, int(match.group(1))):
        return None
    day = int(match.group(1))
    if not int(first.value[8:10]) < day:
        return None
    return _day_of(first, match.start(1), match.end(1), text, day)


# "May 2 - 3, 9 - 10, 16 - 17": after a range of days, more ranges of the same month.
_MORE_RANGE = re.compile(
    r"\s*+(?:,|and|&)\s*+(?:and\s++)?(\d{1,2})\s*+[-–—]\s*+(\d{1,2})\b"
    r"(?![.,:/]\d|\s*+(?:%|percent|[ap]\.?m\b))"
)


def _more_ranges(text: str, last: TimeExpression) -> list[TimeExpression]:
    """The days of the ranges listed after the range ending at ``last``, each later than the
    one before and in the same month: "May 2 - 3, 9 - 10" gives May 9 and 10."""
    found: list[TimeExpression] = []
    while (match := _MORE_RANGE.match(text, last.end)) is not None:
        days = []
        for group in (1, 2):
            day = int(match.group(group))
            if not (_valid_in(last.value, day) and day > int(last.value[8:10])):
                return found
            last = _day_of(last, match.start(group), match.end(group), text, day)
            days.append(last)
        found.extend(days)
    return found


def _first_day(text: str, second: TimeExpression, floor: int) -> TimeExpression | None:
    """The day written before ``second`` in "10-12 October", not reaching back past
    ``floor`` (the end of the expression before)."""
    match = _FIRST_DAY.search(text, max(floor, second.start - 16), second.start)
    if match is None or not second.text[:1].isdigit():
        return None
    day = int(match.group(1))
    if not (_valid_in(second.value, day) and day < int(second.value[8:10])):
        return None
    return _day_of(second, match.start(1), match.end(1), text, day)


def _share_years(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """The two ends of a range share the year written at one of them: "from 1 January to 31
    March 2025" is 2025-01-01, whatever the tense would have made of "1 January" alone."""
    shared = list(expressions)
    for i in range(len(shared) - 1):
        first, second = shared[i], shared[i + 1]
        if _RANGE_JOIN.fullmatch(text, first.end, second.start) is None:
            continue
        if not (_NAMES_MONTH.search(first.text) and _NAMES_MONTH.search(second.text)):
            continue  # "Friday and Thursday": no range of the calendar
        a, b = _MONTH_OR_DAY.fullmatch(first.value), _MONTH_OR_DAY.fullmatch(second.value)
        if a is None or b is None or (first.anchor is None and second.anchor is None):
            continue
        later = (a.group(2), a.group(3)) > (b.group(2), b.group(3))  # "December to March"
        if second.anchor is None or (first.anchor is not None and first.value > second.value):
            # The written year, or two guessed ones that would make the range run backwards
            # ("March 19-April 30" read as 2014 and 2013): the end decides.
            shared[i] = _with_year(first, int(b.group(1)) - later, first.anchor)
        elif first.anchor is None:
            shared[i + 1] = _with_year(second, int(a.group(1)) + later, None)
    return shared


_CLOCK_JOIN = re.compile(r"\s*+,?\s*+")
_CLOCK_AT = re.compile(r"\s++(?:at|from|by|around|about|until|till)\s++", re.IGNORECASE)
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _join_clocks(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """A clock time written right after a full date is that date's: "May 10, 2014 2pm" is
    one TIME (2014-05-10T14:00), and in "Jan. 5 at 3 p.m." the time is Jan. 5's."""
    joined: list[TimeExpression] = []
    for expression in expressions:
        last = joined[-1] if joined else None
        if (
            last is None
            or last.type != "DATE"
            or not _FULL_DAY.fullmatch(last.value)
            or expression.type != "TIME"
            or not expression.text[:1].isdigit()
            or "T" not in expression.value
        ):
            joined.append(expression)
            continue
        value = last.value + expression.value[expression.value.index("T") :]
        if _CLOCK_JOIN.fullmatch(text, last.end, expression.start):
            span = text[last.start : expression.end]
            joined[-1] = TimeExpression(
                last.start, expression.end, span, "TIME", value, last.anchor, expression.mod
            )
        elif _CLOCK_AT.fullmatch(text, last.end, expression.start):
            joined.append(
                TimeExpression(
                    expression.start,
                    expression.end,
                    expression.text,
                    "TIME",
                    value,
                    last.anchor,
                    expression.mod,
                )
            )
        else:
            joined.append(expression)
    return joined


def _with_year(expression: TimeExpression, year: int, anchor: str | None) -> TimeExpression:
    value = f"{year:04d}{expression.value[4:]}"
    if not is_valid_value(value):
        return expression
    return TimeExpression(
        expression.start,
        expression.end,
        expression.text,
        expression.type,
        value,
        anchor,
        expression.mod,
    )


def tag_with_reference(
    text: str, reference: dt.date | None, *, narrative: bool = True
) -> list[TimeExpression]:
    """Time expressions of ``text`` resolved against ``reference``.

    Without a reference, relative expressions keep X placeholders (XXXX-09-15) or take
    the offset form (PRESENT_REF-P1D), except in a text that tells dates with their year,
    whose relative expressions follow those dates as a narrative's do; ``narrative=False``
    keeps them unresolved all the same (what dating a text from its words needs).
    """
    message = is_message(text)
    probe = Context(text, reference, choosing=True, message=message)
    told: list[str] = []
    chosen = _choose(candidates(text), probe, told)
    # The clause tense of a span does not change: the real pass reuses the probe's.
    narrative = narrative and is_narrative(reference, told)
    context = Context(
        text, reference, tenses=probe.tenses, narrative=narrative, message=message
    )
    anchor = reference.isoformat() if reference else None
    expressions: list[TimeExpression] = []
    for candidate in chosen:
        reading = _read(candidate, context)
        if reading is None:
            continue
        start, end = _trim(text, candidate.start, candidate.end)
        if expressions and expressions[-1].end > start:
            continue  # taken by the second day of a pair
        expression = TimeExpression(
            start=start,
            end=end,
            text=text[start:end],
            type=reading.type,
            value=reading.value,
            anchor=reading.anchor or (anchor if reading.relative else None),
            mod=reading.mod,
        )
        if candidate.rule in ("month_day", "day_month") and reading.type == "DATE":
            floor = expressions[-1].end if expressions else 0
            first = _first_day(text, expression, floor)
            if first is not None:
                expressions.append(first)
            expressions.append(expression)
            second = _second_day(text, expression)
            if second is not None:
                expressions.append(second)
                expressions.extend(_more_ranges(text, second))
        else:
            expressions.append(expression)
    return _join_clocks(text, _share_years(text, expressions))
