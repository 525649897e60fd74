"""Handlers for dates named by the calendar: days, months, years, decades, centuries,
seasons, quarters and holidays, with or without their year."""

from __future__ import annotations

import datetime as dt
import re

from storyline.text import NUMBERED_BEFORE
from storyline.timex import values as v
from storyline.timex.context import (
    Context,
    Reading,
    is_capitalised,
    month_from_token,
    position_mod,
    remember,
    year_for_day,
    year_for_month,
    year_or_placeholder,
)
from storyline.timex.lexicon import DAY_PARTS, MONTHS, ORDINALS, SEASONS, ZONES, number_value
from storyline.timex.tense import Tense

_FULL_MONTH_NAMES = frozenset(name for name in MONTHS if len(name) > 3 or name == "may")
# A bare "May" or "March" is a month only after a word that introduces a time.
_MONTH_LEAD = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|to|through|during|before|after|between|and|or|the|"
    r"early|late|mid|last|next|this|each|every|end|beginning|start|middle)\s*-?\s*)$",
    re.IGNORECASE,
)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|km|kilomet|miles?\b|met(?:er|re)s?\b|feet|foot|tons?\b|tonnes?\b|"
    r"barrels?|people|troops|soldiers|dollars|euros|pounds|cases|deaths|votes|points|yards|"
    rf"acres|hectares|workers|jobs|members|[ap]\.?m\b|hours|{ZONES}\b|local\s+time|x\b)",
    re.IGNORECASE,
)


# Months that are other words in lower case ("may", "march", "august"): only capitalised.
_LOWER_CASE_WORDS = frozenset({"may", "march", "august"})


def _month_written(token: str) -> bool:
    """Whether a month name is written as one: capitalised, or in lower case ("on june 5",
    as messages write it) when spelled out and no other word."""
    if is_capitalised(token):
        return True
    name = token.lower()
    return name in _FULL_MONTH_NAMES and len(name) > 3 and name not in _LOWER_CASE_WORDS


def _full_year(text: str, ctx: Context) -> int:
    """A year from 2 or 4 digits; two digits pivot on the reference year (else 1950)."""
    year = int(text)
    if len(text) == 2:
        pivot = (ctx.reference.year + 10) % 100 if ctx.reference else 50
        century = (ctx.reference.year // 100) if ctx.reference else 20
        year += century * 100 if year <= pivot else (century - 1) * 100
    return year


def _explicit_day(
    m: re.Match[str], ctx: Context, month_token: str, day_text: str
) -> Reading | None:
    month = month_from_token(month_token)
    day = int(day_text)
    if not 1 <= day <= 31:
        return None
    year_text = m.group("year")
    if year_text:
        year = int(year_text)
        date = v.valid_day(year, month, day)
        if date is None:
            return None
        remember(ctx, date, "day", m.span(), told=True)
        return Reading("DATE", date.isoformat(), position_mod(m.groupdict().get("position")))
    year_guess = _that_year(m, ctx) or year_for_day(ctx, month, day, m.start(), m.end())
    if year_guess is None:
        if v.valid_day(2000, month, day) is None:  # 2000 is a leap year: Feb. 29 may exist
            return None
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", relative=True)
    date = v.valid_day(year_guess, month, day)
    if date is None:
        return None
    remember(ctx, date, "day", m.span())
    return Reading(
        "DATE", date.isoformat(), position_mod(m.groupdict().get("position")), relative=True
    )


def _that_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year of "of that year" / "of the same year": the one the discourse is in."""
    if m.groupdict().get("that_year") and ctx.last_date is not None:
        return ctx.last_date[0].year
    return None


def _with_day_part(m: re.Match[str], reading: Reading | None) -> Reading | None:
    """The day's part of "the morning of 31 January 1965", a TIME (1965-01-31TMO); only
    with the year written (see ``patterns.DAY_PART_OF``), else no reading: the date alone
    wins."""
    part = m.groupdict().get("day_part")
    if reading is None or not part:
        return reading
    if not m.group("year"):
        return None
    value = f"{reading.value}T{DAY_PARTS[part.lower()]}"
    return Reading("TIME", value, reading.mod, reading.relative)


# "Lester Koh Jia Jun 2": an abbreviation without its period after a capitalised word (not
# a weekday, nor a word that introduces a time: "On Jun 2") is part of a name.
_NAME_BEFORE = re.compile(
    r"\b(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|(?:On|At|In|By|From|To|Until|Till|Since|"
    r"Before|After|Through|Of|And|Or|The|This|Last|Next|Early|Late|Mid|Due|Dated|Updated|"
    r"Posted|Published)\b)[A-Z][a-z]+\s+$"
)


def month_day(m: re.Match[str], ctx: Context) -> Reading | None:
    if not _month_written(m.group("month")):
        return None
    token = m.group("month")
    if (
        m.start("month") == m.start()
        and token.lower() in MONTHS
        and token.lower() not in _FULL_MONTH_NAMES
        and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        return None
    return _with_day_part(m, _explicit_day(m, ctx, m.group("month"), m.group("day")))


def day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    if not _month_written(m.group("month")):
        return None
    return _with_day_part(m, _explicit_day(m, ctx, m.group("month"), m.group("day")))


def week_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """The ISO week holding a day: "the week of March 6"."""
    if not _month_written(m.group("month")):
        return None
    day = _explicit_day(m, ctx, m.group("month"), m.group("day"))
    if day is None or day.value.startswith("X"):
        return None
    week = v.iso_week(dt.date.fromisoformat(day.value))
    return Reading("DATE", week, relative=day.relative)


def month(m: re.Match[str], ctx: Context) -> Reading | None:
    token = m.group("month")
    if not _month_written(token):
        return None
    number = month_from_token(token)
    year_text = m.group("year")
    relation = m.group("relation")
    if (
        not year_text
        and not token.endswith(".")
        and token.lower() not in _FULL_MONTH_NAMES
        and not (ctx.message and _MONTH_LEAD.search(ctx.text, max(0, m.start() - 20), m.start()))
    ):
        # "Jan Kavan", "Mar" in a name: a bare abbreviation needs its period, except after a
        # word that introduces a time in a message ("exam in Jun")
        return None
    if (
        token.lower() in ("may", "march")
        and not year_text
        and not relation
        and not m.group("position")
        and not _MONTH_LEAD.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        return None
    mod = position_mod(m.group("position"))
    if year_text:
        year = int(year_text)
        remember(ctx, dt.date(year, number, 1), "month", m.span(), told=True)
        return Reading("DATE", v.month_value(year, number), mod)
    that_year = _that_year(m, ctx)
    if that_year is not None:  # "August of that year"
        return Reading("DATE", v.month_value(that_year, number), mod, relative=True)
    if m.group("year_relation"):  # "June last year"
        if ctx.reference is None:
            return None
        year = ctx.reference.year + _relation_shift(m.group("year_relation"))
        return Reading("DATE", v.month_value(year, number), mod, relative=True)
    year_guess = year_for_month(ctx, number, relation, m.start(), m.end())
    if year_guess is not None:
        remember(ctx, dt.date(year_guess, number, 1), "month", m.span())
    return Reading("DATE", f"{year_or_placeholder(year_guess)}-{number:02d}", mod, relative=True)


def iso(m: re.Match[str], ctx: Context) -> Reading | None:
    date = v.valid_day(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    if date is None:
        return None
    remember(ctx, date, "day", m.span(), told=True)
    if m.group("hour"):
        if int(m.group("hour")) > 24 or int(m.group("minute")) > 59:
            return None
        return Reading("TIME", f"{date.isoformat()}T{m.group('hour')}:{m.group('minute')}")
    return Reading("DATE", date.isoformat())


def numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    """Numeric dates. Slashes follow the US order (9/16/2024) unless the first number cannot
    be a month (16/9/2024); dots follow the European day-first order (16.09.2024, and
    27.03.15 when every part has two digits: "1.2.15" is more likely a version)."""
    first, second = int(m.group("first")), int(m.group("second"))
    two_digit_parts = len(m.group("first")) == len(m.group("second")) == 2
    if m.group("sep") == "." and len(m.group("year")) != 4 and not two_digit_parts:
        return None
    day_first = m.group("sep") == "." or first > 12
    day, month_number = (first, second) if day_first else (second, first)
    date = v.valid_day(_full_year(m.group("year"), ctx), month_number, day)
    if date is None:
        return None
    remember(ctx, date, "day", m.span(), told=True)
    return Reading("DATE", date.isoformat())


_COUNT_BEFORE = re.compile(
    r"\b(?:about|nearly|some|over|around|almost|approximately|roughly|at\s+least|more\s+than|"
    r"fewer\s+than|less\s+than|up\s+to)\s+$",
    re.IGNORECASE,
)
_YEAR_LEAD = re.compile(r"\b(?:in|since|of|by|until|from|to|year)\s+$", re.IGNORECASE)


def year(m: re.Match[str], ctx: Context) -> Reading | None:
    number = int(m.group("year"))
    if not 1000 <= number <= 2199:
        return None
    before = ctx.text[max(0, m.start() - 1) : m.start()]
    if before and before in "$€£#":
        return None
    fiscal = m.group("fiscal")
    if not fiscal and _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    lead = ctx.text[max(0, m.start() - 16) : m.start()]
    if not fiscal and _COUNT_BEFORE.search(lead):
        return None  # "about 2000 protesters", "some 1500 troops": a count
    if NUMBERED_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "resolution 1970", "Flight 1943": which one, not a year
    modern = 1900 <= number <= 2099
    if not (fiscal or m.group("position") or modern or _YEAR_LEAD.search(lead)):
        return None  # outside the modern range a bare number is as likely a count as a year
    remember(ctx, dt.date(number, 1, 1), "year", m.span(), told=True)
    value = f"{number:04d}"
    if ctx.message and not (fiscal and fiscal.lower().startswith(("fiscal", "fy"))):
        value += "-XX-XX"  # a message's year: some day of it (see ``is_message``)
    return Reading("DATE", value, position_mod(m.group("position")))


def spelled_year(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("thousand"):
        rest = m.group("thousand").lower().split(" and ")
        number = 2000 + ((number_value(rest[1].replace(" ", "-")) or 0) if len(rest) > 1 else 0)
    else:
        tail = number_value("-".join(m.group("rest").lower().replace("-", " ").split()))
        if tail is None or tail >= 100 or tail < 10:
            return None
        number = (19 if m.group("century").lower() == "nineteen" else 20) * 100 + tail
    return Reading("DATE", f"{number:04d}")


def year_period(m: re.Match[str], ctx: Context) -> Reading | None:
    year_number = int(m.group("year"))
    unit = m.group("unit").lower()
    if m.group("ordinal"):
        number = ORDINALS[m.group("ordinal").lower()]
        if unit == "half" and number > 2:
            return None
        return Reading("DATE", f"{year_number:04d}-{'H' if unit == 'half' else 'Q'}{number}")
    reported = ctx.reported_quarter()
    if reported is not None and unit != "half":
        return Reading("DATE", f"{year_number:04d}-Q{reported[1]}")
    return Reading("DATE", f"{year_number:04d}")


def decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("decade"):
        value = m.group("decade")[:3]
        if m.group("decade").endswith("00"):
            # "the 1900s" names a century more often than a decade.
            value = value[:2]
    else:
        tens = (
            int(m.group("short")[0])
            if m.group("short")
            else [
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
            ].index(m.group("word").lower())
            + 2
        )
        ref_year = ctx.reference.year if ctx.reference else 2000
        century = ref_year // 100
        if century * 100 + tens * 10 > ref_year:
            century -= 1
        value = f"{century:02d}{tens}"
    mod = position_mod(m.group("position")) or position_mod(m.group("decade_mod"))
    return Reading("DATE", value, mod)


def era(m: re.Match[str], ctx: Context) -> Reading | None:
    """Years before the common era, as TIMEX3 writes them: BC0490, BC0480-04, BC047 (the
    470s BC), BC03 (the 4th century BC). A bare number needs its era written after it."""
    mod = position_mod(m.group("position"))
    if m.group("century"):
        return Reading("DATE", f"BC{int(m.group('century')) - 1:02d}", mod)
    number = int(m.group("year"))
    if m.group("decade"):
        return Reading("DATE", f"BC{number:03d}", mod) if number < 1000 else None
    if number == 0:
        return None
    value = f"BC{number:04d}"
    if m.group("month"):
        if not is_capitalised(m.group("month")):
            return None
        value += f"-{month_from_token(m.group('month')):02d}"
    elif m.group("season"):
        value += f"-{SEASONS[m.group('season').lower()]}"
    return Reading("DATE", value, "APPROX" if m.group("circa") else mod)


def century(m: re.Match[str], ctx: Context) -> Reading | None:
    token = m.group("ordinal").lower()
    number = int(token[:-2]) if token[0].isdigit() else ORDINALS.get(token)
    if token == "twenty-second":
        number = 22
    if not number or number < 1:
        return None
    return Reading("DATE", f"{number - 1:02d}")


_SEASON_START = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 23), "WI": (12, 21)}


def _season_of(day: dt.date) -> tuple[int, str]:
    """The astronomical season containing ``day``, winter counted in its December's year."""
    md = (day.month, day.day)
    if md >= _SEASON_START["WI"]:
        return day.year, "WI"
    if md >= _SEASON_START["FA"]:
        return day.year, "FA"
    if md >= _SEASON_START["SU"]:
        return day.year, "SU"
    if md >= _SEASON_START["SP"]:
        return day.year, "SP"
    return day.year - 1, "WI"


# "the fall of Budapest", "the fall of the regime": a defeat, not autumn.
_FALL_OF = re.compile(r"\s+of\s+(?!(?:that|this|last|next|the\s+same)\s+year\b|\d)", re.I)


def season(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("season").lower() == "fall" and _FALL_OF.match(ctx.text, m.end()):
        return None
    code = SEASONS[m.group("season").lower()]
    relation = " ".join((m.group("relation") or "").lower().split())
    relation = "last" if relation == "this past" else relation
    mod = position_mod(m.group("position"))
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{code}", mod)
    bare = False
    if not relation and not m.group("position"):
        lead = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"\b(?:in|since|until|by|during|through|over|this|last|next)\s+$", lead):
            # A message's "Spring's florals", "WINTER BUDDIES": the season nearest it.
            bare = ctx.message and code != "FA" and is_capitalised(m.group("season"))
            if not bare:
                return None
    narrative = ctx.narrative_anchor()
    if narrative is not None:
        # "During the summer", told after a date of 1941: the summer of 1941.
        shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(relation, 0)
        return Reading("DATE", f"{narrative[0].year + shift:04d}-{code}", mod, relative=True)
    ref = ctx.reference
    if ref is None:
        return Reading("DATE", f"XXXX-{code}", mod, relative=True)
    current_year, current = _season_of(ref)
    order = ["SP", "SU", "FA", "WI"]
    # The year of this season's occurrence in the cycle containing the reference.
    same_cycle = current_year if order.index(code) <= order.index(current) else current_year - 1
    if relation in ("last", "past"):
        # "last spring" is last year's: this year's would be "this spring" or "in the spring".
        year_value = current_year - 1 if code != "WI" else same_cycle - (code == current)
    elif relation in ("next", "coming"):
        year_value = same_cycle + 1 if order.index(code) <= order.index(current) else current_year
    elif relation == "this":
        year_value = current_year if code != "WI" or current == "WI" else ref.year
    elif bare and code != current:
        ahead = dt.date(same_cycle + 1, *_SEASON_START[code])
        behind_end = v.add_months(dt.date(same_cycle, *_SEASON_START[code]), 3)
        year_value = same_cycle + ((ahead - ref) < (ref - behind_end))
    else:
        tense = ctx.tense(m.start(), m.end())
        year_value = same_cycle + 1 if tense is Tense.FUTURE and code != current else same_cycle
    return Reading("DATE", f"{year_value:04d}-{code}", mod, relative=True)


def _quarter_year(ctx: Context, q: int, start: int, end: int) -> int | None:
    narrative = ctx.narrative_anchor()
    if narrative is not None:
        return narrative[0].year
    ref = ctx.reference
    if ref is None:
        return None
    if q > v.quarter(ref) and ctx.tense(start, end) is Tense.PAST:
        return ref.year - 1
    return ref.year


def _relation_shift(relation: str | None) -> int:
    relation = (relation or "").lower()
    return {"last": -1, "next": 1}.get(relation, 0)


def quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    ordinal = m.group("ordinal").lower()
    unit = m.group("unit").lower()
    count = 2 if unit == "half" else 4
    if ordinal == "last" and not (m.group("year") or m.group("year_relation")):
        return None  # "last quarter" is the one before this, read by unit_ref
    number = count if ordinal in ("final", "last") else ORDINALS[ordinal]
    if number > count:
        return None
    if m.group("year"):
        year_value: int | None = int(m.group("year"))
        relative = False
    else:
        relation = m.group("year_relation") or m.group("owner")
        relative = True
        if relation:
            year_value = ctx.reference.year + _relation_shift(relation) if ctx.reference else None
        elif unit == "quarter":
            year_value = _quarter_year(ctx, number, m.start(), m.end())
        else:
            year_value = ctx.reference.year if ctx.reference else None
    letter = "Q" if unit == "quarter" else "H"
    if unit == "quarter" and year_value is not None:
        ctx.last_quarter = (year_value, number, m.start())
    return Reading("DATE", f"{year_or_placeholder(year_value)}-{letter}{number}", relative=relative)


def quarter_code(m: re.Match[str], ctx: Context) -> Reading | None:
    code = m.group("code").upper()
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{code}")
    if code[0] == "Q" and ctx.reference is None:
        return Reading("DATE", f"XXXX-{code}", relative=True)
    if code[0] == "Q":
        year_value = _quarter_year(ctx, int(code[1]), m.start(), m.end())
        return Reading("DATE", f"{year_or_placeholder(year_value)}-{code}", relative=True)
    return None


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month_number, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month_number, day + 1)


def _nth_weekday(year: int, month_number: int, weekday_number: int, n: int) -> dt.date:
    if n > 0:
        first = v.weekday_on_or_after(dt.date(year, month_number, 1), weekday_number)
        return v.add_days(first, 7 * (n - 1))
    last_day = v.add_days(v.add_months(dt.date(year, month_number, 1), 1), -1)
    return v.weekday_on_or_before(last_day, weekday_number)


def _holiday_date(name: str, year: int) -> dt.date:
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's": (1, 1),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "halloween": (10, 31),
        "independence day": (7, 4),
        "valentine's day": (2, 14),
        "veterans day": (11, 11),
        "boxing day": (12, 26),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name.startswith("easter"):
        return _easter(year)
    if name == "good friday":
        return v.add_days(_easter(year), -2)
    if name == "election day":  # US: the Tuesday after the first Monday of November
        return v.add_days(_nth_weekday(year, 11, 1, 1), 1)
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    return _nth_weekday(year, 5, 1, -1)  # memorial day


# Holiday names that are no other word, trusted in lower case too ("home for xmas").
_UNMISTAKABLE_HOLIDAYS = ("christmas", "xmas", "x-mas", "thanksgiving", "halloween")


def holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    name = " ".join(m.group("holiday").lower().replace("’", "'").split())
    if not is_capitalised(m.group("holiday")) and not name.startswith(_UNMISTAKABLE_HOLIDAYS):
        return None
    name = re.sub(r"^x-?mas", "christmas", name)
    reading = _holiday_reading(m, ctx, name)
    if reading is None or not m.group("week"):
        return reading
    # "Easter week": the (ISO) week holding the day.
    return Reading("DATE", v.iso_week(dt.date.fromisoformat(reading.value)), None, reading.relative)


def _holiday_reading(m: re.Match[str], ctx: Context, name: str) -> Reading | None:
    if m.group("year"):
        return Reading("DATE", _holiday_date(name, int(m.group("year"))).isoformat())
    ref = ctx.reference
    if ref is None:
        return None
    this_year = _holiday_date(name, ref.year)
    relation = (m.group("relation") or "").lower()
    if relation in ("last", "next"):
        shift = -1 if relation == "last" else 1
        passed = this_year < ref if relation == "last" else this_year > ref
        year_number = ref.year if passed else ref.year + shift
        return Reading("DATE", _holiday_date(name, year_number).isoformat(), relative=True)
    year_guess = year_for_day(ctx, this_year.month, this_year.day, m.start(), m.end())
    return Reading("DATE", _holiday_date(name, year_guess or ref.year).isoformat(), relative=True)
