"""Handlers for amounts of time ("four days", "the past decade"), the dates they point to
("two years ago", "a few months later") and sets ("every year", "twice a week")."""

from __future__ import annotations

import datetime as dt
import re

from storyline.timex import values as v
from storyline.timex.context import Context, Reading
from storyline.timex.lexicon import (
    DAY_PARTS,
    MONTHS,
    SEASONS,
    UNIT_ABBREVIATIONS,
    UNITS,
    WEEKDAYS,
    number_value,
)

_QUANTITY_MOD = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "well over": "MORE_THAN",
    "just over": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "nearly": "APPROX",
    "almost": "APPROX",
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
}


def _amount(number: str | None) -> tuple[float | None, bool]:
    """(amount, vague) of a spoken quantity: "two" is (2, False), "several" is (None, True)."""
    if number is None:
        return None, True
    text = " ".join(number.lower().split())
    if text.endswith(" and a half"):  # "two and a half"
        whole, vague = _amount(text[: -len(" and a half")])
        return (None if whole is None else whole + 0.5), vague
    if text.startswith("half"):
        return 0.5, False
    if text == "a half":
        return None, True
    if text.startswith(("a couple", "couple")):
        return 2, False
    if text == "a dozen":
        return 12, False
    if " " in text and "/" in text:
        units, fraction = text.split(" ")
        numerator, denominator = fraction.split("/")
        return int(units) + int(numerator) / max(int(denominator), 1), False
    try:
        return float(text), False
    except ValueError:
        pass
    value = number_value(text)
    if value is None:
        return None, True
    return float(value), False


def _format_amount(amount: float | None) -> str:
    if amount is None:
        return "X"
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


# The next smaller unit and how many of it make one, for writing a fraction as whole units:
# "5 1/2 hours" is PT5H30M, "2 1/2 years" P2Y6M, as TIMEX3 annotators write them.
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def _part(code: str, amount: float | None) -> str:
    return f"{_format_amount(amount)}{'M' if code == 'MIN' else code}"


def duration_value(unit: str, amount: float | None) -> str:
    """ISO 8601 duration for an amount of a unit; decades and centuries in years (P10Y)."""
    code = UNITS[unit]
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "FN": (2, "W"), "Q": (3, "M")}
    if code in scale and amount is not None:
        factor, code = scale[code]
        amount *= factor
    elif code == "DE":
        code = "Y"  # "decades": some number of years
    parts = [(code, amount)]
    if amount is not None and amount != int(amount) and code in _SMALLER:
        smaller, factor = _SMALLER[code]
        rest = (amount - int(amount)) * factor
        if abs(rest - round(rest)) < 1e-9:
            parts = [(code, float(int(amount))), (smaller, float(round(rest)))]
            parts = [(c, a) for c, a in parts if a] or [(smaller, 0.0)]
    date_part = "".join(_part(c, a) for c, a in parts if c not in ("H", "MIN", "S"))
    time_part = "".join(_part(c, a) for c, a in parts if c in ("H", "MIN", "S"))
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


def _singular(unit: str) -> str:
    unit = unit.lower()
    if unit in UNIT_ABBREVIATIONS:
        return UNIT_ABBREVIATIONS[unit]
    if unit.startswith("centur"):
        return "century"
    if unit.startswith("millenni"):
        return "millennium"
    return unit[:-1] if unit.endswith("s") else unit


def _shifted(anchor: dt.date, unit: str, amount: float, sign: int) -> tuple[str, str] | None:
    """Value of ``anchor`` moved by an amount of a unit, at the unit's granularity."""
    whole = int(amount)
    if whole != amount:
        return None
    n = sign * whole
    if unit in ("year", "decade", "century", "millennium"):
        years = n * {"year": 1, "decade": 10, "century": 100, "millennium": 1000}[unit]
        target = anchor.year + years
        if not v.MIN_YEAR <= target <= v.MAX_YEAR:
            return None
        return f"{target:04d}", "year"
    if unit in ("month", "quarter"):
        moved = v.add_months(anchor, n * (3 if unit == "quarter" else 1))
        return v.month_value(moved.year, moved.month), "month"
    if unit in ("week", "fortnight"):
        return v.iso_week(v.add_days(anchor, 7 * n * (2 if unit == "fortnight" else 1))), "week"
    if unit in ("day", "night"):
        return v.add_days(anchor, n).isoformat(), "day"
    return anchor.isoformat(), "day"


_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|cents?|dollars?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+s))[^\w.!?;:]{0,3}$",
    re.IGNORECASE,
)
# Words ending in s that are no plural noun counting what happens "a week".
_NOT_PLURAL = frozenset(
    "as is was has does this his its thus plus us yes across less unless perhaps whereas "
    "takes lasts costs needs means remains seems gets keeps spends runs comes goes".split()
)
_WORD_BEFORE = re.compile(r"([a-z]+)\W{0,3}$", re.IGNORECASE)
_QUOTE_BEFORE = re.compile(r"(?:''|``|[\"“‘'])$")
_QUOTE_AFTER = re.compile(r"[.,!?]?(?:''|[\"”’'])")
_AGE_AFTER = re.compile(r"\s*+old\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s*+of\b", re.IGNORECASE)


def _not_a_duration(m: re.Match[str], ctx: Context, unit: str, number: str | None) -> bool:
    """Ages ("52 years old"), rates ("$2 million a year", "four flights a week"), fractions
    ("three-quarters of") and ordinals ("a second group") look like durations but are not."""
    if m.group("suffix").lower() == "-old" or _AGE_AFTER.match(ctx.text, m.end()):
        return True
    if m.group("unit")[0].isupper() and m.start("unit") > m.start() and not m.group(0).isupper():
        quoted = _QUOTE_BEFORE.search(ctx.text, max(0, m.start() - 2), m.start())
        if quoted or _QUOTE_AFTER.match(ctx.text, m.end()):
            return True  # a quoted title: CBS's "60 Minutes"
    lowered = (number or "").lower()
    if lowered in ("a", "an"):
        if unit == "second":
            return True
        before = ctx.text[max(0, m.start() - 25) : m.start()]
        word = _WORD_BEFORE.search(before)
        if _RATE_BEFORE.search(before) and not (word and word.group(1).lower() in _NOT_PLURAL):
            return True
    return unit == "quarter" and _OF_AFTER.match(ctx.text, m.end()) is not None


def duration(m: re.Match[str], ctx: Context) -> Reading | None:
    unit = _singular(m.group("unit"))
    plural = m.group("unit").lower().endswith("s") and unit != m.group("unit").lower()
    number = m.group("number")
    abbreviated = m.group("unit").lower() in UNIT_ABBREVIATIONS
    if abbreviated and not (
        number
        and (number[0].isdigit() or (m.group("unit").islower() and number.lower() not in "an"))
    ):
        return None  # "a HR manager", "the HR office"; "12 hrs" and "few mins" are spans
    if abbreviated and m.start("unit") == m.end("number") and not m.group("unit").islower():
        return None  # "1HR team": a name; glued units are written in lower case ("12hrs")
    span = " ".join((m.group("span") or "").lower().split())
    direction = " ".join((m.group("direction") or "").lower().split())
    if _not_a_duration(m, ctx, unit, number):
        return None
    amount, vague = _amount(number)
    if m.group("half") and amount is not None:
        amount += 0.5  # "a minute and a half"
    if number is None and not span and m.group("suffix").lower() == "-long":
        # "a day-long meeting", "the decades-long feud"
        amount, vague = (None, True) if plural else (1.0, False)
    elif number is None and ctx.message and _bare_unit_of_message(m, ctx, unit, span):
        amount, vague = (None, True) if plural else (1.0, False)
    elif number is None:
        if not span or (not plural and span in ("the", "another", "an additional", "last", "next")):
            return None  # a bare "years" or "for decades" is too vague to be worth a value
        if plural and (span == "the" or (not span and unit == "quarter")):
            return None
        if not plural:
            amount, vague = 1.0, False
    mod = _QUANTITY_MOD.get(" ".join((m.group("qmod") or "").lower().split()))
    if direction == "or so":
        mod = "APPROX"
    if direction in ("", "in a row", "or so", "back") or unit in ("second", "minute", "hour"):
        return Reading("DURATION", duration_value(unit, None if vague else amount), mod)
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    anaphoric = direction in ("earlier", "later", "before", "after")
    anchor_info = ctx.last_date if anaphoric and ctx.last_date else None
    anchor = anchor_info[0] if anchor_info else ctx.reference
    if anchor is None:
        return _offset_from_now(unit, None if vague else amount, sign, anaphoric, mod)
    if vague or amount is None:
        if anaphoric and unit in ("day", "week", "month") and anchor_info:
            return Reading("DATE", f"{anchor.year:04d}", mod, relative=True)
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, relative=True)
    if unit == "year" and amount == 1 and ctx.last_quarter:
        # Results pages compare a quarter with the same quarter "a year ago".
        reported = ctx.reported_quarter()
        if reported is not None and m.start() - ctx.last_quarter[2] < 400:
            return Reading("DATE", f"{reported[0] - 1:04d}-Q{reported[1]}", mod, relative=True)
    if ctx.message and direction == "ago" and unit in _MONTHS_IN and amount == int(amount):
        # A message's "2 years ago" is the day it was sent, two years back.
        months = -int(amount) * _MONTHS_IN[unit]
        if not v.MIN_YEAR < anchor.year + months // 12 < v.MAX_YEAR:
            return None
        return Reading("DATE", v.add_months(anchor, months).isoformat(), mod, relative=True)
    shifted = _shifted(anchor, unit, amount, sign)
    if shifted is None:
        return None
    return Reading("DATE", shifted[0], mod, relative=True)


_MONTHS_IN = {"year": 12, "month": 1}


# Units a message names alone as a span ("lunch hour", "Fashion Week", "its been month");
# "second" and "minute" alone are mostly something else ("a second try", "last minute").
_MESSAGE_UNITS = frozenset({"hour", "week", "month", "year"})
_NEW_BEFORE = re.compile(r"\bnew\s+$", re.IGNORECASE)


def _bare_unit_of_message(m: re.Match[str], ctx: Context, unit: str, span: str) -> bool:
    """Whether a unit without a number is a span in a message, where every time word is
    annotated: "week", "Hours", "the hours" (but not "New Year", a holiday)."""
    if unit not in _MESSAGE_UNITS or span not in ("", "the"):
        return False
    if span == "the" and not m.group("unit").lower().endswith("s"):
        return False  # "the week", "the year": the one under way, read by unit_ref
    return not _NEW_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())


# Adjectives that make "day" a stretch of time lived through ("a long day", "have a nice
# day"); those that judge an occasion ("a great day for Poland") do not.
_SPAN_OF_A_DAY = re.compile(
    r"\b(?:long|nice|tiring|successful|busy|productive|lovely|exhausting|hectic)"
    r"(?:\s+(?:long|tiring|busy|productive))?\s+$",
    re.IGNORECASE,
)


def day_span(m: re.Match[str], ctx: Context) -> Reading | None:
    """A day's span after an adjective that makes it one ("a long day"); in a message every
    "day" ("made my day", "Family day", "Day 3"), "days" a span of some ("the good old
    days"), and "this day", "the day", "last day" the day it was sent."""
    if ctx.message:
        if m.group("this") and not (m.group("plural") or m.group("nth")):
            if ctx.reference is None:
                return None
            return Reading("DATE", ctx.reference.isoformat(), relative=True)
        if not m.group("this"):
            return Reading("DURATION", "PXD" if m.group("plural") else "P1D")
    if m.group("this") or m.group("plural") or m.group("nth"):
        return None
    if not _SPAN_OF_A_DAY.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    return Reading("DURATION", "P1D")


_OFFSET_UNITS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}


def _offset_from_now(
    unit: str, amount: float | None, sign: int, anaphoric: bool, mod: str | None
) -> Reading | None:
    """ "two days ago" with no reference date: PRESENT_REF-P2D. An amount told from an event
    ("two days later") or not in whole units has nothing to stand on."""
    code = _OFFSET_UNITS.get(unit)
    if anaphoric or code is None or amount is None or amount != int(amount):
        return None
    return Reading("DATE", v.offset_value(sign * int(amount), code), mod)


_SET_ADVERBS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "biweekly": "P2W",
    "bimonthly": "P2M",
    "biannually": "P6M",
    "semiannually": "P6M",
}


def set_(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("adverb"):
        return Reading("SET", _SET_ADVERBS[m.group("adverb").lower()])
    if m.group("unit2"):
        return Reading("SET", duration_value(m.group("unit2").lower(), 1))
    if m.group("weekday"):
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[m.group('weekday').lower()]}")
    if m.group("month"):
        return Reading("SET", f"XXXX-{MONTHS[m.group('month').lower()]:02d}")
    if m.group("season"):
        return Reading("SET", f"XXXX-{SEASONS[m.group('season').lower()]}")
    unit = _singular(m.group("unit"))
    if unit in ("morning", "afternoon", "evening"):
        return Reading("SET", f"XXXX-XX-XXT{DAY_PARTS[unit]}")
    amount, vague = _amount(m.group("number"))
    if m.group("number") is None:
        amount, vague = 1.0, False
    if "other" in m.group(0).lower():
        amount = (amount or 1) * 2
    if unit == "weekend":
        return Reading("SET", "XXXX-WXX-WE")
    return Reading("SET", duration_value(unit, None if vague else amount))
