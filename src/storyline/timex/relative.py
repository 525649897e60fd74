"""Handlers for dates told relative to the reference or to the story: this/last/next units,
weekdays, today and yesterday, clock times, "the next day", "now"."""

from __future__ import annotations

import datetime as dt
import re

from storyline.timex import values as v
from storyline.timex.context import (
    Context,
    Reading,
    month_from_token,
    position_mod,
    remember,
    told_value,
    year_for_day,
)
from storyline.timex.lexicon import (
    DAY_PARTS,
    INFORMAL_DAY_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
)
from storyline.timex.tense import Tense


def _unit_value(ref: dt.date, unit: str, shift: int) -> str:
    """The calendar unit containing ``ref``, moved by ``shift`` units."""
    if unit == "year":
        return f"{ref.year + shift:04d}"
    if unit == "month":
        moved = v.add_months(ref, shift)
        return v.month_value(moved.year, moved.month)
    if unit in ("week", "weekend"):
        value = v.iso_week(v.add_days(ref, 7 * shift))
        return value + "-WE" if unit == "weekend" else value
    if unit == "quarter":
        y, q = v.shift_quarter(ref.year, v.quarter(ref), shift)
        return f"{y:04d}-Q{q}"
    if unit == "half":
        index = ref.year * 2 + (ref.month - 1) // 6 + shift
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "decade":
        return f"{ref.year // 10 + shift:03d}"
    return f"{ref.year // 100 + shift:02d}"


_ENDED_AFTER = re.compile(r"\s+(?:ended|ending|that\s+ended)\b", re.IGNORECASE)


_REPORTING_RELATIONS = frozenset({"the latest", "the most recent", "the"})
_SHIFTS = {
    "last": -1,
    "the previous": -1,
    "the prior": -1,
    "next": 1,
    "the following": 1,
    "the coming": 1,
    "coming": 1,
}
_OFFSET_UNITS = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}
# What a unit is written as when only the year around it is known ("1940 ... the end of the
# month": some month of 1940).
_UNKNOWN_IN_YEAR = {"month": "-XX", "week": "-WXX", "weekend": "-WXX-WE", "quarter": "-QX"}


def _unit_near(anchor: tuple[dt.date, str], unit: str, shift: int) -> str | None:
    """The unit around a narrative's anchor, moved by ``shift``; a unit finer than the anchor
    is left unknown within the anchor's year, and cannot be moved."""
    day, granularity = anchor
    finer = unit in _UNKNOWN_IN_YEAR and (granularity == "year" or unit in ("week", "weekend"))
    if finer and granularity != "day":
        return None if shift else f"{day.year:04d}{_UNKNOWN_IN_YEAR[unit]}"
    if granularity == "year" and unit == "half":
        return None
    return _unit_value(day, unit, shift)


def unit_ref(m: re.Match[str], ctx: Context) -> Reading | None:
    relation = " ".join(m.group("relation").lower().split())
    unit = m.group("unit").lower()
    unit = {"wk": "week", "wkend": "weekend", "wknd": "weekend"}.get(unit, unit)
    mod = position_mod(m.group("position"))
    ref = ctx.reference
    if relation == "the" and unit in ("decade", "century", "half"):
        return None
    if unit == "period" or relation in ("the same", "the comparable"):
        # "the latest period", "the same period": the quarter a results story is about.
        reported = ctx.reported_quarter()
        if unit != "period" or reported is None or relation not in _REPORTING_RELATIONS:
            return None
        return Reading("DATE", f"{reported[0]:04d}-Q{reported[1]}", mod, relative=True)
    if relation == "the" and unit == "year" and _ENDED_AFTER.match(ctx.text, m.end()):
        return Reading("DURATION", "P1Y")  # "the year ended March 31": a fiscal year
    narrative = ctx.narrative_anchor()
    if narrative is not None and relation not in _REPORTING_RELATIONS - {"the"}:
        # "the end of the month", "the following year": of the narrative's time, the
        # month or year just told ("In June ... by the end of the month").
        if ctx.last_date is not None:
            narrative = ctx.last_date[:2]
        value = _unit_near(narrative, unit, _SHIFTS.get(relation, 0))
        return Reading("DATE", value, mod, relative=True) if value else None
    if ref is None:
        if ctx.choosing:
            return Reading("DATE", "XXXX", mod, relative=True)  # a narrative may date it
        # "last week" with no reference date: PRESENT_REF-P1W (not "the week", too vague)
        code = _OFFSET_UNITS.get(unit)
        if code is None or relation not in (*_SHIFTS, "this", "current", "the current"):
            return None
        return Reading("DATE", v.offset_value(_SHIFTS.get(relation, 0), code), mod)
    shift = _SHIFTS.get(relation, 0)
    if relation in ("the latest", "the most recent") or (relation == "the" and unit == "quarter"):
        if unit != "quarter":
            return None
        reported = ctx.reported_quarter()
        if reported is not None:
            return Reading("DATE", f"{reported[0]:04d}-Q{reported[1]}", mod, relative=True)
        shift = -1
    if relation in ("the previous", "the prior", "the following") and ctx.last_date:
        value = _unit_value(ctx.last_date[0], unit, shift)
        return Reading("DATE", value, mod, relative=True, anchor=told_value(ctx.last_date))
    if unit == "weekend" and shift == 0:
        return Reading("DATE", _weekend(ctx, ref, m.start(), m.end()), mod, relative=True)
    return Reading("DATE", _unit_value(ref, unit, shift), mod, relative=True)


def _weekend(ctx: Context, ref: dt.date, start: int, end: int, nearest: bool = False) -> str:
    """The weekend "this weekend" or "the weekend" means: the last one in the past tense,
    else the coming one (or the one under way). ``nearest``: without a tense, the nearer of
    the two ("Great weekend!" on a Monday is the one just gone)."""
    tense = ctx.tense(start, end)
    before, after = v.weekday_on_or_before(ref, 6), v.weekday_on_or_after(ref, 6)
    if ref.isoweekday() == 7:
        after = before  # Sunday: the weekend under way
    if tense is Tense.PAST:
        saturday = before
    elif tense is Tense.FUTURE or not nearest:
        saturday = after
    else:
        saturday = before if (ref - before) < (after - ref) else after
    return v.iso_week(saturday) + "-WE"


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def year_ago(m: re.Match[str], ctx: Context) -> Reading | None:
    ref = ctx.reference
    kind = m.group("kind").lower()
    if ref is None:
        return None
    kind = "year-end" if "end" in kind else kind
    if kind == "year-end":
        behind = ctx.tense(m.start(), m.end()) is Tense.PAST or _SINCE_BEFORE.search(
            ctx.text, max(0, m.start() - 8), m.start()
        )
        return Reading("DATE", f"{ref.year - (1 if behind else 0):04d}-12-31", relative=True)
    unit = " ".join((m.group("unit") or "").lower().split())
    if unit.endswith("months"):
        return Reading("DURATION", "P9M" if unit.startswith("nine") else "P6M")
    if m.group("ordinal"):
        return Reading(
            "DATE", f"{ref.year - 1:04d}-Q{ORDINALS[m.group('ordinal').lower()]}", None, True
        )
    reported = ctx.reported_quarter()
    if reported is not None:
        return Reading("DATE", f"{reported[0] - 1:04d}-Q{reported[1]}", relative=True)
    return Reading("DATE", f"{ref.year - 1:04d}", relative=True)


# In a narrative a weekday is mostly a day or two after the date last told ("On May 3 ...
# on Friday"); this many days back is as likely as a week ahead.
_NARRATIVE_WEEKDAY_AHEAD = 4


def _weekday_near(anchor: dt.date, weekday: int, relation: str) -> dt.date:
    """The weekday nearest a narrative's anchor, a few days ahead preferred; "last" and
    "next" take the one before or after it."""
    if relation in ("last", "past", "previous"):
        return v.weekday_on_or_before(v.add_days(anchor, -1), weekday)
    if relation in ("next", "coming"):
        return v.weekday_on_or_after(v.add_days(anchor, 1), weekday)
    ahead = v.weekday_on_or_after(anchor, weekday)
    return ahead if (ahead - anchor).days <= _NARRATIVE_WEEKDAY_AHEAD else v.add_days(ahead, -7)


# "Tuesday last week", "Friday of next week": the weekday of the calendar week named after
# it, whatever the tense; "Tuesday last week" on a Tuesday is a week back, not the day itself.
# A Sunday ends its calendar week, but a Sunday paper's "last week" is the one ending that
# day: there the weekday is read as if alone.
_WEEK_AFTER = re.compile(r",?\s++(?:of\s++)?(?P<relation>last|next)\s++week\b", re.IGNORECASE)


def _weekday_date(
    ctx: Context, weekday: int, relation: str | None, start: int, end: int, past: bool = False
) -> dt.date | None:
    relation = (relation or "").lower()
    narrative = ctx.narrative_anchor()
    ref = narrative[0] if narrative is not None else ctx.reference
    week = _WEEK_AFTER.match(ctx.text, end) if not relation else None
    if ref is not None and week is not None and ref.isoweekday() != 7:
        shift = 7 if week.group("relation").lower() == "next" else -7
        return v.add_days(ref, shift + weekday - ref.isoweekday())
    if narrative is not None:
        return _weekday_near(narrative[0], weekday, relation)
    if ref is None:
        return None
    if relation in ("last", "past", "previous"):
        day = v.weekday_on_or_before(v.add_days(ref, -1), weekday)
        # the day before is "yesterday": "last Tuesday's quake" in Wednesday's paper is
        # the Tuesday a week before
        return v.add_days(day, -7) if relation == "last" and day == v.add_days(ref, -1) else day
    if relation in ("next", "coming"):
        return v.weekday_on_or_after(v.add_days(ref, 1), weekday)
    tense = Tense.PAST if past else ctx.tense(start, end)
    before = v.weekday_on_or_before(ref, weekday)
    if tense is Tense.PAST:
        return before
    if tense is Tense.FUTURE or relation == "this":
        return v.weekday_on_or_after(ref, weekday)
    # No tense to go by: news mostly reports the days just gone.
    return before if (ref - before).days <= 4 else v.weekday_on_or_after(ref, weekday)


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


# Around a weekday abbreviation, what makes it a day: a relation ("this Sat"), a preposition
# ("on Mon") or a clock time after it ("Sat, 7pm"). "Sun", "Sat" and "Wed" alone are more
# often something else.
_ABBREVIATION_LEAD = re.compile(r"\b(?:on|by|until|till|from|this|next|last|coming)\s+$", re.I)
_ABBREVIATION_TAIL = re.compile(r"\s*+(?:,\s*+)?\d{1,2}(?:[:.]\d{2})?\s*+[ap]\.?m\b", re.I)


def weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    token = m.group("weekday")
    if token is None:
        token = m.group("weekday_abbr")
        lead = ctx.text[max(0, m.start("weekday_abbr") - 10) : m.start("weekday_abbr")]
        if m.group("plural") or not (
            _ABBREVIATION_LEAD.search(lead) or _ABBREVIATION_TAIL.match(ctx.text, m.end())
        ):
            return None
        number = WEEKDAY_ABBREVIATIONS[token.lower()]
    else:
        # Lower case too: "see you on friday" in a message is the day all the same.
        number = WEEKDAYS[token.lower()]
    part = m.group("part")
    if m.group("plural"):
        value = f"XXXX-WXX-{number}" + (f"T{DAY_PARTS[part.lower()]}" if part else "")
        return Reading("SET", value)
    if m.group("nth"):
        return _weekday_of_month(ctx, number, int(m.group("nth")), m.start(), m.end())
    # "Wednesday's ruling": what has a weekday as its owner has mostly happened.
    possessive = _POSSESSIVE_AFTER.match(ctx.text, m.end()) is not None
    date = _weekday_date(ctx, number, m.group("relation"), m.start(), m.end(), past=possessive)
    if date is not None and m.group("day_shift"):
        # "the day before last Tuesday"
        date = v.add_days(date, -1 if m.group("day_shift").lower() == "before" else 1)
    if date is not None:
        remember(ctx, date, "day", m.span())
    day = date.isoformat() if date else f"XXXX-WXX-{number}"
    mod = position_mod(m.group("position"))
    # "Friday night" and "Friday morning" keep day precision: TimeBank and AQUAINT mostly
    # annotate the day alone, or the phrase with the day's value. "Friday evening" is
    # annotated as the time of day it is (2024-09-20TEV) in both, and in a message every part.
    if part and (part.lower() == "evening" or ctx.message):
        return Reading("TIME", f"{day}T{DAY_PARTS[part.lower()]}", mod, relative=True)
    return Reading("DATE", day, mod, relative=True)


def _weekday_of_month(ctx: Context, weekday: int, day: int, start: int, end: int) -> Reading | None:
    """ "Friday the 13th": the month day falling on that weekday nearest the reference (the
    last one in the past tense, the next in the future); within a year either way."""
    ref = ctx.reference
    if ref is None or not 1 <= day <= 31:
        return None
    found = [
        date
        for shift in range(-12, 13)
        if (moved := v.add_months(ref.replace(day=1), shift)) is not None
        and (date := v.valid_day(moved.year, moved.month, day)) is not None
        and date.isoweekday() == weekday
    ]
    if not found:
        return None
    tense = ctx.tense(start, end)
    if tense is Tense.PAST:
        found = [d for d in found if d <= ref] or found
    elif tense is Tense.FUTURE:
        found = [d for d in found if d >= ref] or found
    date = min(found, key=lambda d: abs((d - ref).days))
    remember(ctx, date, "day", (start, end))
    return Reading("DATE", date.isoformat(), relative=True)


_TITLE = re.compile(r"\s*(?:''|[\"”’'])?\s*(?:show|programme|program)\b", re.IGNORECASE)
"""A programme's name: "Today" followed by "show" or "programme", its closing quote between."""
_LOOK_BACK = 8
"""Characters before "Today" read for an opening quote or "USA": the words right before it,
not the whole text before it, so each "today" of a long page costs the same."""


def _before(m: re.Match[str]) -> int:
    return max(0, m.start() - _LOOK_BACK)


_QUOTED = re.compile(r"(?:``|[\"“‘])\s*$")
_CLOSING = re.compile(r"\s*(?:''|[\"”’])")
"""Quotes around "Today" alone make it a title ("NBC's `` Today '' aired on Tuesday"); a quote
that opens on it ("`` Today is a good day , '' he said") still tells the day."""
_PAPER_BEFORE = re.compile(r"\bUSA\s+$")
_GENERIC_AFTER = re.compile(
    r"['’]s\s+(?:world|youth|society|generation|children|kids|young|teenagers|students|"
    r"economy|standards|dollars|terms|technology|politics|culture|families|workers)\b",
    re.IGNORECASE,
)


def day_word(m: re.Match[str], ctx: Context) -> Reading | None:
    ref = ctx.reference
    word = " ".join((m.group("word") or m.group("this") or m.group("word3")).lower().split())
    word = INFORMAL_DAY_WORDS.get(word, word)
    part = m.group("part") or m.group("part2") or m.group("part3")
    offset = {
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "last": -1 if (part or "").lower() in ("night", "nite") else 0,
    }.get(word, 0)
    if word == "last" and (part or "").lower() not in ("night", "nite"):
        return None
    if word == "today" and not part and _GENERIC_AFTER.match(ctx.text, m.end()):
        return None  # "today's youth": the present age, not the day
    if word == "today" and "Today" in m.group() and (
        _TITLE.match(ctx.text, m.end())
        or (_QUOTED.search(ctx.text, _before(m), m.start()) and _CLOSING.match(ctx.text, m.end()))
    ):
        return None  # "NBC's `` Today '' show", "the BBC's Today programme": a programme
    if word == "today" and _PAPER_BEFORE.search(ctx.text, _before(m), m.start()):
        return None  # "USA Today": a paper
    if word in ("tonight", "overnight"):
        part = part or "night"
    mod = position_mod(m.group("position"))
    if ref is None:  # "yesterday" with no reference date: PRESENT_REF-P1D
        part_code = DAY_PARTS[part.lower()] if part else None
        return Reading("TIME" if part else "DATE", v.offset_value(offset, "D", part_code), mod)
    day = v.add_days(ref, offset)
    if part:
        return Reading("TIME", f"{day.isoformat()}T{DAY_PARTS[part.lower()]}", mod, True)
    return Reading("DATE", day.isoformat(), mod, relative=True)


# A part of the day standing alone is one of the reference day ("heading there in the
# morning", "Date night"), except in a rate ("$55 a night"), a set ("every night", read by
# its own rule), a greeting ("Good evening from Atlanta"), which names no time, or the part
# of a day named after it.
_NOT_A_DAY_PART = re.compile(r"(?:\b(?:a|an|per|each|every)|['’]s)\s+$", re.IGNORECASE)
# A message annotates its greeting's part of the day as the time it was sent.
_GREETING = re.compile(r"(?:\bgood|\bgd|\bg'|\bgoo+d)\s+$", re.IGNORECASE)
# "the night of May 13", "the morning hours of 30 April", "the night the plane went down":
# the part of a day named after it.
_PART_OF = re.compile(r"\s+(?:hours\s+)?of\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PART_DEFINED_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|when|that|before|after)\b", re.IGNORECASE
)


def day_part(m: re.Match[str], ctx: Context) -> Reading | None:
    """A part of a day standing alone: of the day the text last told, when that was a day
    and not far back ("dashed Friday ... buy orders in the morning"), else of the reference
    day (a message's "Date night")."""
    lead = ctx.text[max(0, m.start() - 8) : m.start()]
    if m.group("plural") or _NOT_A_DAY_PART.search(lead) or _PART_OF.match(ctx.text, m.end()):
        return None
    if not ctx.message and _GREETING.search(lead):
        return None
    the = m.group("the") or _THE_BEFORE.search(lead)
    if the and _PART_DEFINED_AFTER.match(ctx.text, m.end()):
        return None
    if m.group("moment"):
        # "The beauty of sunset": a message annotates it as the day it was sent.
        if not ctx.message or ctx.reference is None:
            return None
        return Reading("DATE", ctx.reference.isoformat(), relative=True)
    narrative = ctx.narrative_anchor()
    if m.group("part").lower() in ("weekend", "wkend", "wknd"):  # "Great weekend!"
        if narrative is not None or ctx.reference is None:
            return None
        value = _weekend(ctx, ctx.reference, *m.span(), nearest=True)
        return Reading("DATE", value, relative=True)
    part = DAY_PARTS[m.group("part").lower()]
    day: dt.date | None = ctx.reference
    told = ctx.last_date
    if narrative is not None:
        day = narrative[0] if narrative[1] == "day" else None
    elif told is not None and told[1] == "day" and m.start() - told[2] <= _EVENT_DAY_REACH:
        day = told[0]
    date_part = day.isoformat() if day else "XXXX-XX-XX"
    mod = "MID" if m.group("mid") else None
    return Reading("TIME", f"{date_part}T{part}", mod, relative=day is not None)


_DAY_WORDS = [*WEEKDAYS, "today", "tonight", "tomorrow", "yesterday", *INFORMAL_DAY_WORDS]
_DAY_BEFORE_CLOCK = re.compile(
    rf"\b({alternation(_DAY_WORDS)})\s+(?:at|from|by|around|about|until|till)\s+$",
    re.IGNORECASE,
)


def _named_day(ctx: Context, word: str, start: int, end: int) -> dt.date | None:
    """The day a weekday or day word names, for a time told with it."""
    word = INFORMAL_DAY_WORDS.get(word, word)
    if word in WEEKDAYS:
        return _weekday_date(ctx, WEEKDAYS[word], None, start, end)
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return v.add_days(ctx.reference, offset) if ctx.reference else None


# A weekday with its relation after a clock time ("4:53 p.m. last Tuesday") is read as a
# time expression of its own; it still gives the clock time its day.
_RELATED_DAY_AFTER_CLOCK = re.compile(
    r"\s*+,?\s*+(?:on\s++)?(?P<relation>last|this\s++past|past|previous|next|coming)\s++"
    rf"(?P<day>{alternation(WEEKDAYS)})\b",
    re.IGNORECASE,
)
_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.IGNORECASE)


# "10:35 a.m. (0735 GMT) Friday": the aside converts the time just told to another zone;
# news annotation leaves it out, and it would count the same time twice.
_CONVERSION_LEAD = re.compile(r"(?:[ap]\.?\s?m\.?|\d{2})\s*\(\s*$", re.IGNORECASE)


def clock(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("hour_hrs") and _CONVERSION_LEAD.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    if m.group("named"):
        named = m.group("named").lower()
        if _HIGH_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
            return None  # "high noon": the showdown, not the hour
        # TimeML's midnight ends its day (T24:00); a message's opens the day it was sent.
        hour, minute = (0 if ctx.message else 24, 0) if named == "midnight" else (12, 0)
    elif m.group("hour_spoken"):
        spoken = m.group("hour_spoken").lower()
        hour = int(spoken) if spoken.isdigit() else NUMBER_WORDS[spoken]
        if not 1 <= hour <= 12:
            return None
        minute = 0
        if m.group("period").lower() == "morning":
            hour %= 12
        elif hour < 12:
            hour += 12
    else:
        hour = int(
            m.group("hour") or m.group("hour24") or m.group("hour_at") or m.group("hour_hrs")
        )
        minute = int(
            m.group("minute")
            or m.group("minute24")
            or m.group("minute_at")
            or m.group("minute_hrs")
            or 0
        )
        ampm = (m.group("ampm") or "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        if hour > 24 or minute > 59:
            return None
    narrative = ctx.narrative_anchor()
    day: dt.date | None = ctx.reference
    if narrative is not None:
        day = narrative[0] if narrative[1] == "day" else None
    day_ref = (
        m.group("day_ref")
        or m.group("day_after")
        or m.group("day_inside")
        or m.group("lead_day")
        or ""
    ).lower()
    day_ref = INFORMAL_DAY_WORDS.get(day_ref, day_ref)
    weekday_number = WEEKDAYS.get(day_ref) or WEEKDAY_ABBREVIATIONS.get(day_ref)
    if weekday_number is not None:
        relation = m.group("lead_relation")
        day = _weekday_date(ctx, weekday_number, relation, m.start(), m.end())
    elif day_ref:
        day = _named_day(ctx, day_ref, m.start(), m.end())
    elif after := _RELATED_DAY_AFTER_CLOCK.match(ctx.text, m.end()):
        # "at 4:53 p.m. last Tuesday": the time of that day, not of the reference day
        named = WEEKDAYS[after.group("day").lower()]
        relation = after.group("relation").split()[-1]
        day = _weekday_date(ctx, named, relation, after.start("day"), after.end())
    elif before := _DAY_BEFORE_CLOCK.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "tomorrow at 12pm", "Friday at 3 p.m.": the time of the day just named
        day = _named_day(ctx, before.group(1).lower(), m.start(), m.end())
    elif m.group("month"):
        number = month_from_token(m.group("month"))
        year_guess = year_for_day(ctx, number, int(m.group("day")), m.start(), m.end())
        day = v.valid_day(year_guess, number, int(m.group("day"))) if year_guess else None
    date_part = day.isoformat() if day else "XXXX-XX-XX"
    mod = "APPROX" if m.group("approx") else None
    return Reading("TIME", f"{date_part}T{hour:02d}:{minute:02d}", mod, relative=True)


_REFERENCE_WORDS = {
    "now": "PRESENT_REF",
    "current": "PRESENT_REF",
    "recent": "PAST_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "soon": "FUTURE_REF",
}


_SAME = re.compile(r"(?:\w+\s+)?the\s+same\b")
_EVENT_DAY_REACH = 400  # characters from the last date told
_EVENT_DAY_NOT_AFTER = re.compile(r"(?:\bin|,)\s*$", re.IGNORECASE)


def anaphor(m: re.Match[str], ctx: Context) -> Reading | None:
    """Times told relative to the story's last date: "that day", "the next morning"."""
    unit = m.group("unit").lower()
    step = " ".join((m.group("step") or "").lower().split())
    direction = (m.group("direction") or "").strip().lower()
    text = m.group(0).lower()
    if text.startswith("the ") and not step and not direction and not _SAME.match(text):
        return None  # "the day", "the year": read by unit_ref or too vague
    if step and unit in ("week", "month", "year") and ctx.narrative_anchor() is None:
        # In news "the next year" is as often a stretch of time: duration and unit_ref. A
        # narrative moves on by it ("pulled out by the next month").
        return None
    if m.group("event_direction") and (
        unit != "day"
        or not text.startswith("the ")
        or _EVENT_DAY_NOT_AFTER.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        # "later in the day before returning" is no date; "Nov. 3, the day before the
        # warrant" restates the date before it.
        return None
    if (
        m.group("event_direction")
        and not ctx.choosing
        and (ctx.last_date is None or m.start() - ctx.last_date[2] > _EVENT_DAY_REACH)
    ):
        return None  # the event's day is only known from a date told just before
    # Without an earlier date, news tells the day after its own date ("the next day").
    anchor = ctx.last_date[0] if ctx.last_date else ctx.reference
    if anchor is None:
        return None
    told = told_value(ctx.last_date) if ctx.last_date else None
    shift = 1 if step in ("the next", "the following") or direction == "after" else 0
    if step in ("the previous", "the preceding") or direction == "before":
        shift = -1
    mod = position_mod(m.group("position"))
    granularity = ctx.last_date[1] if ctx.last_date else "day"
    if unit in DAY_PARTS or unit == "day":
        if granularity in ("month", "year"):
            # "in October ... that same day": a day of that month, which one is not said.
            known = (
                v.month_value(anchor.year, anchor.month)
                if granularity == "month"
                else (f"{anchor.year:04d}-XX")
            )
            return Reading("DATE", f"{known}-XX", mod, relative=True, anchor=told)
        # "the next morning" keeps day precision, like "Friday night".
        day = v.add_days(anchor, shift).isoformat()
        return Reading("DATE", day, mod, relative=True, anchor=told)
    if unit == "month" and granularity == "year":
        return Reading("DATE", f"{anchor.year:04d}-XX", mod, relative=True, anchor=told)
    if unit == "week" and granularity in ("month", "year"):
        # "in 1995 ... that week": a week of that year, which one is not said
        return Reading("DATE", f"{anchor.year:04d}-WXX", mod, relative=True, anchor=told)
    return Reading("DATE", _unit_value(anchor, unit, shift), mod, relative=True, anchor=told)


_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”]*\s+|\n\s*|``\s*)$")


def reference(m: re.Match[str], ctx: Context) -> Reading | None:
    word = " ".join(m.group("word").lower().split())
    if (
        word == "now"
        and ctx.text.startswith(",", m.end())
        and _SENTENCE_START.search(ctx.text, max(0, m.start() - 4), m.start())
    ):
        return None  # "Now, he says, ...": a discourse marker opening the sentence
    if ctx.message and word == "current":
        return None  # a message's "my current condition": not annotated as a time there
    if ctx.message and word == "these days":
        return Reading("DURATION", "PXD")  # "Kids these days": some days, as "days" is
    if word in _REFERENCE_WORDS:
        return Reading("DATE", _REFERENCE_WORDS[word])
    # What is left: "the (near|distant) past", "the (near) future", "the near/short term".
    return Reading("DATE", "PAST_REF" if word.endswith("past") else "FUTURE_REF")
