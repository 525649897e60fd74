"""From a matched pattern to a TIMEX3 type and value, against a reference date.

One handler per rule in ``patterns``. Relative expressions are resolved against the reference
date (the publication date of a news article) and, where English makes them so, against the
tense of their clause ("said on Monday" looks back, "will meet on Monday" forward) or the
discourse ("a year earlier" after "the third quarter" is the same quarter a year before).
Without a reference date a relative expression keeps X placeholders (XXXX-09-15) instead of
a guessed year, so nothing invented reaches a timeline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.timex import values as v
from storyline.timex.lexicon import (
    DAY_PARTS,
    MONTHS,
    ORDINALS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    number_value,
)
from storyline.timex.tense import Tense, clause_tense


@dataclass(frozen=True, slots=True)
class Reading:
    """What an expression means: TIMEX3 type, value and mod, and whether it was anchored."""

    type: str
    value: str
    mod: str | None = None
    relative: bool = False


@dataclass(slots=True)
class Context:
    """What resolution may look at besides the match: the text, the reference date and the
    discourse so far (the last quarter and the last absolute date mentioned)."""

    text: str
    reference: dt.date | None
    last_quarter: tuple[int, int, int] | None = None  # year, quarter, offset in text
    last_date: tuple[dt.date, str, int] | None = None  # date, granularity, offset
    tenses: dict[tuple[int, int], Tense] = field(default_factory=dict)

    def reported_quarter(self) -> tuple[int, int] | None:
        """The quarter "the quarter" and "a year ago" refer to in a results story: the one
        last named if it is over by the reference date, else the last one that is over."""
        if self.last_quarter is None or self.reference is None:
            return None
        completed = v.shift_quarter(self.reference.year, v.quarter(self.reference), -1)
        named = self.last_quarter[:2]
        return named if named <= completed else completed

    def tense(self, start: int, end: int) -> Tense:
        key = (start, end)
        if key not in self.tenses:
            self.tenses[key] = clause_tense(self.text, start, end)
        return self.tenses[key]


Handler = Callable[[re.Match[str], Context], Reading | None]

_POSITION_MOD = {
    "early": "START",
    "earlier": "START",
    "beginning": "START",
    "start": "START",
    "first": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "later": "END",
    "end": "END",
    "close": "END",
    "latter": "END",
}
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
_CAPITAL_REQUIRED = re.compile(r"[A-Z]")
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
    r"acres|hectares|workers|jobs|members|[ap]\.?m\b|hours|GMT|UTC|[ECMP][SD]T\b|x\b)",
    re.IGNORECASE,
)


def _mod(position: str | None) -> str | None:
    if not position:
        return None
    words = position.lower().replace("the ", "").replace("very ", "").split()
    return _POSITION_MOD.get(words[0]) if words else None


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(". ")]


def _is_capitalised(token: str) -> bool:
    return bool(_CAPITAL_REQUIRED.match(token))


# How far back or ahead the tense may send a day or month written without its year; beyond
# that the tense reading is more likely wrong than the writer that vague.
_DAY_REACH = 300
_MONTH_REACH = 335
# A month told without tense is taken as past when it is at most this far back.
_MONTH_LEAN_PAST = 183


def _pick_year(
    ref: dt.date,
    tense: Tense,
    point: Callable[[int], dt.date],
    reach: int,
    lean_past: int | None = None,
) -> int:
    """Year whose ``point(year)`` fits the tense: not after the reference for the past, not
    before it for the future. Without tense: the past one when it is within ``lean_past``
    days, else the next one; or, when ``lean_past`` is None, the nearest."""
    years = (ref.year - 1, ref.year, ref.year + 1)
    nearest = min(years, key=lambda y: (abs((point(y) - ref).days), -y))
    past = max(y for y in years if point(y) <= ref)
    future = min(y for y in years if point(y) >= ref)
    if tense is Tense.PAST:
        chosen = past
    elif tense is Tense.FUTURE:
        chosen = future
    elif lean_past is None:
        return nearest
    else:
        return past if (ref - point(past)).days <= lean_past else future
    return chosen if abs((point(chosen) - ref).days) <= reach else nearest


def year_for_day(ctx: Context, month: int, day: int, start: int, end: int) -> int | None:
    """The year of a month and day given without one, from the tense and the reference.

    Past tense: the latest such day not after the reference; future: the first not before it;
    otherwise the nearest one, so "Dec. 28" in a January article is last December.
    """
    ref = ctx.reference
    if ref is None:
        return None
    day = min(day, 28) if month == 2 else day
    return _pick_year(ref, ctx.tense(start, end), lambda y: dt.date(y, month, day), _DAY_REACH)


def year_for_month(
    ctx: Context, month: int, relation: str | None, start: int, end: int
) -> int | None:
    """The year of a month named without one ("in April", "last July", "next March").

    A month compares with the reference month as a whole: "in September" told in the past
    tense in a September article is this September.
    """
    ref = ctx.reference
    if ref is None:
        return None
    relation = (relation or "").lower()
    if relation in ("last", "past"):
        return ref.year if month < ref.month else ref.year - 1
    if relation in ("next", "coming"):
        return ref.year if month > ref.month else ref.year + 1
    if relation == "this":
        return ref.year
    tense = ctx.tense(start, end)
    first_of_reference = ref.replace(day=1)
    return _pick_year(
        first_of_reference, tense, lambda y: dt.date(y, month, 1), _MONTH_REACH, _MONTH_LEAN_PAST
    )


def _year_text(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def _full_year(text: str, ctx: Context) -> int:
    """A year from 2 or 4 digits; two digits pivot on the reference year (else 1950)."""
    year = int(text)
    if len(text) == 2:
        pivot = (ctx.reference.year + 10) % 100 if ctx.reference else 50
        century = (ctx.reference.year // 100) if ctx.reference else 20
        year += century * 100 if year <= pivot else (century - 1) * 100
    return year


def _remember(ctx: Context, day: dt.date, granularity: str, offset: int) -> None:
    ctx.last_date = (day, granularity, offset)


def _explicit_day(
    m: re.Match[str], ctx: Context, month_token: str, day_text: str
) -> Reading | None:
    month = _month_number(month_token)
    day = int(day_text)
    if not 1 <= day <= 31:
        return None
    year_text = m.group("year")
    if year_text:
        year = int(year_text)
        date = v.valid_day(year, month, day)
        if date is None:
            return None
        _remember(ctx, date, "day", m.start())
        return Reading("DATE", date.isoformat(), _mod(m.groupdict().get("position")))
    year_guess = year_for_day(ctx, month, day, m.start(), m.end())
    if year_guess is None:
        if v.valid_day(2000, month, day) is None:  # 2000 is a leap year: Feb. 29 may exist
            return None
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", relative=True)
    date = v.valid_day(year_guess, month, day)
    if date is None:
        return None
    _remember(ctx, date, "day", m.start())
    return Reading("DATE", date.isoformat(), _mod(m.groupdict().get("position")), relative=True)


def month_day(m: re.Match[str], ctx: Context) -> Reading | None:
    if not _is_capitalised(m.group("month")):
        return None
    return _explicit_day(m, ctx, m.group("month"), m.group("day"))


def day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    if not _is_capitalised(m.group("month")):
        return None
    return _explicit_day(m, ctx, m.group("month"), m.group("day"))


def month(m: re.Match[str], ctx: Context) -> Reading | None:
    token = m.group("month")
    if not _is_capitalised(token):
        return None
    number = _month_number(token)
    year_text = m.group("year")
    relation = m.group("relation")
    if not year_text and not token.endswith(".") and token.lower() not in _FULL_MONTH_NAMES:
        return None  # "Jan Kavan", "Mar" in a name: a bare abbreviation needs its period
    if (
        token.lower() in ("may", "march")
        and not year_text
        and not relation
        and not m.group("position")
        and not _MONTH_LEAD.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        return None
    mod = _mod(m.group("position"))
    if year_text:
        year = int(year_text)
        _remember(ctx, dt.date(year, number, 1), "month", m.start())
        return Reading("DATE", v.month_value(year, number), mod)
    if m.group("year_relation"):  # "June last year"
        if ctx.reference is None:
            return None
        year = ctx.reference.year + _relation_shift(m.group("year_relation"))
        return Reading("DATE", v.month_value(year, number), mod, relative=True)
    year_guess = year_for_month(ctx, number, relation, m.start(), m.end())
    if year_guess is not None:
        _remember(ctx, dt.date(year_guess, number, 1), "month", m.start())
    return Reading("DATE", f"{_year_text(year_guess)}-{number:02d}", mod, relative=True)


def iso(m: re.Match[str], ctx: Context) -> Reading | None:
    date = v.valid_day(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    if date is None:
        return None
    _remember(ctx, date, "day", m.start())
    if m.group("hour"):
        if int(m.group("hour")) > 24 or int(m.group("minute")) > 59:
            return None
        return Reading("TIME", f"{date.isoformat()}T{m.group('hour')}:{m.group('minute')}")
    return Reading("DATE", date.isoformat())


def numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    """Numeric dates. Slashes follow the US order (9/16/2024) unless the first number cannot
    be a month (16/9/2024); dots follow the European day-first order (16.09.2024)."""
    first, second = int(m.group("first")), int(m.group("second"))
    if m.group("sep") == "." and len(m.group("year")) != 4:
        return None
    day_first = m.group("sep") == "." or first > 12
    day, month_number = (first, second) if day_first else (second, first)
    date = v.valid_day(_full_year(m.group("year"), ctx), month_number, day)
    if date is None:
        return None
    _remember(ctx, date, "day", m.start())
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
    modern = 1900 <= number <= 2099
    if not (fiscal or m.group("position") or modern or _YEAR_LEAD.search(lead)):
        return None  # outside the modern range a bare number is as likely a count as a year
    _remember(ctx, dt.date(number, 1, 1), "year", m.start())
    return Reading("DATE", f"{number:04d}", _mod(m.group("position")))


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
        if not m.group(0).lower().rstrip("'’").endswith("s"):
            return None
        if value.endswith("0") and m.group("decade").endswith("00"):
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
    mod = _mod(m.group("position")) or _mod(m.group("decade_mod"))
    return Reading("DATE", value, mod)


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


def season(m: re.Match[str], ctx: Context) -> Reading | None:
    code = SEASONS[m.group("season").lower()]
    relation = " ".join((m.group("relation") or "").lower().split())
    relation = "last" if relation == "this past" else relation
    mod = _mod(m.group("position"))
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{code}", mod)
    if not relation and not m.group("position"):
        lead = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"\b(?:in|since|until|by|during|through|over|this|last|next)\s+$", lead):
            return None
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
    else:
        tense = ctx.tense(m.start(), m.end())
        year_value = same_cycle + 1 if tense is Tense.FUTURE and code != current else same_cycle
    return Reading("DATE", f"{year_value:04d}-{code}", mod, relative=True)


def _quarter_year(ctx: Context, q: int, start: int, end: int) -> int | None:
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
    return Reading("DATE", f"{_year_text(year_value)}-{letter}{number}", relative=relative)


def quarter_code(m: re.Match[str], ctx: Context) -> Reading | None:
    code = m.group("code").upper()
    if m.group("year"):
        return Reading("DATE", f"{m.group('year')}-{code}")
    if code[0] == "Q" and ctx.reference is None:
        return Reading("DATE", f"XXXX-{code}", relative=True)
    if code[0] == "Q":
        year_value = _quarter_year(ctx, int(code[1]), m.start(), m.end())
        return Reading("DATE", f"{_year_text(year_value)}-{code}", relative=True)
    return None


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


def unit_ref(m: re.Match[str], ctx: Context) -> Reading | None:
    relation = " ".join(m.group("relation").lower().split())
    unit = m.group("unit").lower()
    mod = _mod(m.group("position"))
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
    if ref is None:
        return None
    shift = {
        "last": -1,
        "the previous": -1,
        "the prior": -1,
        "next": 1,
        "the following": 1,
        "the coming": 1,
        "coming": 1,
    }.get(relation, 0)
    if relation in ("the latest", "the most recent") or (relation == "the" and unit == "quarter"):
        if unit != "quarter":
            return None
        reported = ctx.reported_quarter()
        if reported is not None:
            return Reading("DATE", f"{reported[0]:04d}-Q{reported[1]}", mod, relative=True)
        shift = -1
    if relation in ("the previous", "the prior", "the following") and ctx.last_date:
        anchor = ctx.last_date[0]
        return Reading("DATE", _unit_value(anchor, unit, shift), mod, relative=True)
    if unit == "weekend" and shift == 0:
        tense = ctx.tense(m.start(), m.end())
        saturday = (
            v.weekday_on_or_before(ref, 6) if tense is Tense.PAST else v.weekday_on_or_after(ref, 6)
        )
        return Reading("DATE", v.iso_week(saturday) + "-WE", mod, relative=True)
    return Reading("DATE", _unit_value(ref, unit, shift), mod, relative=True)


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


def _weekday_date(
    ctx: Context, weekday: int, relation: str | None, start: int, end: int, past: bool = False
) -> dt.date | None:
    ref = ctx.reference
    if ref is None:
        return None
    relation = (relation or "").lower()
    if relation in ("last", "past", "previous"):
        return v.weekday_on_or_before(v.add_days(ref, -1), weekday)
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


def weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    token = m.group("weekday")
    if not _is_capitalised(token):
        return None
    number = WEEKDAYS[token.lower()]
    part = m.group("part")
    if m.group("plural"):
        value = f"XXXX-WXX-{number}" + (f"T{DAY_PARTS[part.lower()]}" if part else "")
        return Reading("SET", value)
    # "Wednesday's ruling": what has a weekday as its owner has mostly happened.
    possessive = _POSSESSIVE_AFTER.match(ctx.text, m.end()) is not None
    date = _weekday_date(ctx, number, m.group("relation"), m.start(), m.end(), past=possessive)
    if date is not None:
        _remember(ctx, date, "day", m.start())
    # "Friday night" keeps day precision: news dates the day, and TimeBank and AQUAINT
    # annotate it so more often than with a part of day.
    return Reading(
        "DATE",
        date.isoformat() if date else f"XXXX-WXX-{number}",
        _mod(m.group("position")),
        relative=True,
    )


def day_word(m: re.Match[str], ctx: Context) -> Reading | None:
    ref = ctx.reference
    word = " ".join((m.group("word") or m.group("this") or m.group("word3")).lower().split())
    part = m.group("part") or m.group("part2") or m.group("part3")
    offset = {
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "last": -1 if (part or "").lower() == "night" else 0,
    }.get(word, 0)
    if word == "last" and (part or "").lower() != "night":
        return None
    if word in ("tonight", "overnight"):
        part = part or "night"
    mod = _mod(m.group("position"))
    if ref is None:
        return None
    day = v.add_days(ref, offset)
    if part:
        return Reading("TIME", f"{day.isoformat()}T{DAY_PARTS[part.lower()]}", mod, True)
    return Reading("DATE", day.isoformat(), mod, relative=True)


def clock(m: re.Match[str], ctx: Context) -> Reading | None:
    if m.group("named"):
        named = m.group("named").lower()
        hour, minute = (24, 0) if named == "midnight" else (12, 0)
    else:
        hour = int(m.group("hour") or m.group("hour24"))
        minute = int(m.group("minute") or m.group("minute24") or 0)
        ampm = (m.group("ampm") or "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        if hour > 24 or minute > 59:
            return None
    day: dt.date | None = ctx.reference
    day_ref = (m.group("day_ref") or "").lower()
    if day_ref in WEEKDAYS:
        day = _weekday_date(ctx, WEEKDAYS[day_ref], None, m.start(), m.end())
    elif day_ref:
        day = (
            v.add_days(ctx.reference, {"yesterday": -1, "tomorrow": 1}.get(day_ref, 0))
            if ctx.reference
            else None
        )
    elif m.group("month"):
        number = _month_number(m.group("month"))
        year_guess = year_for_day(ctx, number, int(m.group("day")), m.start(), m.end())
        day = v.valid_day(year_guess, number, int(m.group("day"))) if year_guess else None
    date_part = day.isoformat() if day else "XXXX-XX-XX"
    mod = "APPROX" if m.group("approx") else None
    return Reading("TIME", f"{date_part}T{hour:02d}:{minute:02d}", mod, relative=True)


def _amount(number: str | None) -> tuple[float | None, bool]:
    """(amount, vague) of a spoken quantity: "two" is (2, False), "several" is (None, True)."""
    if number is None:
        return None, True
    text = " ".join(number.lower().split())
    if text.startswith("half"):
        return 0.5, False
    if text == "a half":
        return None, True
    if text.startswith(("a couple", "couple")):
        return 2, False
    if text == "a dozen":
        return 12, False
    if " " in text and "/" in text:
        whole, fraction = text.split(" ")
        numerator, denominator = fraction.split("/")
        return int(whole) + int(numerator) / max(int(denominator), 1), False
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


def duration_value(unit: str, amount: float | None) -> str:
    """ISO 8601 duration for an amount of a unit; decades and centuries in years (P10Y)."""
    code = UNITS[unit]
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "FN": (2, "W"), "Q": (3, "M")}
    if code in scale and amount is not None:
        factor, code = scale[code]
        amount *= factor
    if code in ("H", "MIN", "S"):
        return f"PT{_format_amount(amount)}{'M' if code == 'MIN' else code}"
    return f"P{_format_amount(amount)}{code}"


def _singular(unit: str) -> str:
    unit = unit.lower()
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
    r"one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+s))\W{0,3}$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"\s*+old\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s*+of\b", re.IGNORECASE)


def _not_a_duration(m: re.Match[str], ctx: Context, unit: str, number: str | None) -> bool:
    """Ages ("52 years old"), rates ("$2 million a year", "four flights a week"), fractions
    ("three-quarters of") and ordinals ("a second group") look like durations but are not."""
    if m.group("suffix").lower() == "-old" or _AGE_AFTER.match(ctx.text, m.end()):
        return True
    lowered = (number or "").lower()
    if lowered in ("a", "an"):
        if unit == "second":
            return True
        before = ctx.text[max(0, m.start() - 25) : m.start()]
        if _RATE_BEFORE.search(before):
            return True
    return unit == "quarter" and _OF_AFTER.match(ctx.text, m.end()) is not None


def duration(m: re.Match[str], ctx: Context) -> Reading | None:
    unit = _singular(m.group("unit"))
    plural = m.group("unit").lower().endswith("s") and unit != m.group("unit").lower()
    number = m.group("number")
    span = " ".join((m.group("span") or "").lower().split())
    direction = " ".join((m.group("direction") or "").lower().split())
    if _not_a_duration(m, ctx, unit, number):
        return None
    amount, vague = _amount(number)
    if number is None:
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
        return None
    if vague or amount is None:
        if anaphoric and unit in ("day", "week", "month") and anchor_info:
            return Reading("DATE", f"{anchor.year:04d}", mod, relative=True)
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, relative=True)
    if unit == "year" and amount == 1 and ctx.last_quarter:
        # Results pages compare a quarter with the same quarter "a year ago".
        reported = ctx.reported_quarter()
        if reported is not None and m.start() - ctx.last_quarter[2] < 400:
            return Reading("DATE", f"{reported[0] - 1:04d}-Q{reported[1]}", mod, relative=True)
    shifted = _shifted(anchor, unit, amount, sign)
    if shifted is None:
        return None
    return Reading("DATE", shifted[0], mod, relative=True)


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


def anaphor(m: re.Match[str], ctx: Context) -> Reading | None:
    """Times told relative to the story's last date: "that day", "the next morning"."""
    unit = m.group("unit").lower()
    step = " ".join((m.group("step") or "").lower().split())
    direction = (m.group("direction") or "").strip().lower()
    text = m.group(0).lower()
    if text.startswith("the ") and not step and not direction:
        return None  # "the day", "the year": read by unit_ref or too vague
    if step and unit in ("week", "month", "year"):
        return None  # "the next year" is as often a stretch of time: duration and unit_ref
    # Without an earlier date, news tells the day after its own date ("the next day").
    anchor = ctx.last_date[0] if ctx.last_date else ctx.reference
    if anchor is None:
        return None
    shift = 1 if step in ("the next", "the following") or direction == "after" else 0
    if step in ("the previous", "the preceding") or direction == "before":
        shift = -1
    mod = _mod(m.group("position"))
    if unit in DAY_PARTS or unit == "day":
        day = v.add_days(anchor, shift)
        if unit != "day":
            return Reading("TIME", f"{day.isoformat()}T{DAY_PARTS[unit]}", mod, True)
        return Reading("DATE", day.isoformat(), mod, relative=True)
    return Reading("DATE", _unit_value(anchor, unit, shift), mod, relative=True)


def reference(m: re.Match[str], ctx: Context) -> Reading | None:
    word = " ".join(m.group("word").lower().split())
    if word in _REFERENCE_WORDS:
        return Reading("DATE", _REFERENCE_WORDS[word])
    # What is left: "the (near|distant) past", "the (near) future", "the near/short term".
    return Reading("DATE", "PAST_REF" if word.endswith("past") else "FUTURE_REF")


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
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    return _nth_weekday(year, 5, 1, -1)  # memorial day


def holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    if not _is_capitalised(m.group("holiday")):
        return None
    name = " ".join(m.group("holiday").lower().replace("’", "'").split())
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


HANDLERS: dict[str, Handler] = {
    handler.__name__.rstrip("_"): handler
    for handler in (
        month_day,
        day_month,
        month,
        iso,
        numeric,
        year,
        spelled_year,
        year_period,
        decade,
        century,
        season,
        quarter,
        quarter_code,
        unit_ref,
        year_ago,
        weekday,
        day_word,
        clock,
        duration,
        set_,
        anaphor,
        reference,
        holiday,
    )
}
