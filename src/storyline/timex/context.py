"""What resolving an expression works with: the reading it yields, the reference date, the
discourse so far, and the rules for the year of a date written without one.

Shared by the handler modules (``dates``, ``relative``, ``durations``) so that every rule
reads tense, reference and discourse the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.timex import values as v
from storyline.timex.lexicon import MONTHS
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
    # The first pass only chooses among overlapping spans, reading them longest first, so
    # the discourse (last_date) is not yet in reading order: no rule may lean on it there.
    choosing: bool = False

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
_CAPITAL_REQUIRED = re.compile(r"[A-Z]")


def position_mod(position: str | None) -> str | None:
    if not position:
        return None
    words = position.lower().replace("the ", "").replace("very ", "").split()
    return _POSITION_MOD.get(words[0]) if words else None


def month_from_token(token: str) -> int:
    return MONTHS[token.lower().rstrip(". ")]


def is_capitalised(token: str) -> bool:
    return bool(_CAPITAL_REQUIRED.match(token))


# How far back or ahead the tense may send a day or month written without its year; beyond
# that the tense reading is more likely wrong than the writer that vague.
_DAY_REACH = 300
_MONTH_REACH = 300
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


def year_or_placeholder(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def remember(ctx: Context, day: dt.date, granularity: str, offset: int) -> None:
    ctx.last_date = (day, granularity, offset)
