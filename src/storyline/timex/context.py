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
    """What an expression means: TIMEX3 type, value and mod, and whether it was anchored:
    ``relative`` to the reference date, or, when ``anchor`` is given, to that date the text
    told before ("March 3, 2024 ... the previous month" is read from March 3, not from the
    day the text was written)."""

    type: str
    value: str
    mod: str | None = None
    relative: bool = False
    anchor: str | None = None


@dataclass(slots=True)
class Context:
    """What resolution may look at besides the match: the text, the reference date and the
    discourse so far (the last quarter and the last absolute date mentioned)."""

    text: str
    reference: dt.date | None
    last_quarter: tuple[int, int, int] | None = None  # year, quarter, offset in text
    last_date: tuple[dt.date, str, int] | None = None  # date, granularity, offset
    # The last date written with its year (date, granularity): where a narrative has got to.
    last_told: tuple[dt.date, str] | None = None
    tenses: dict[tuple[int, int], Tense] = field(default_factory=dict)
    # The first pass only chooses among overlapping spans, reading them longest first, so
    # the discourse (last_date) is not yet in reading order: no rule may lean on it there.
    choosing: bool = False
    # A narrative (history, a chronicle) tells its own time: see ``is_narrative``.
    narrative: bool = False
    # A message (a tweet, a post) is annotated by its own conventions: see ``is_message``.
    message: bool = False

    def narrative_anchor(self) -> tuple[dt.date, str] | None:
        """The date a narrative has reached (the last one written with its year, and its
        granularity), the reference of its relative expressions instead of the creation
        date; None in news, or before a narrative has told a date. Only dates written in
        full move it: a date read relative to it would carry any misreading forward."""
        if not self.narrative or self.choosing:
            return None
        return self.last_told

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


# A narrative mostly moves forward: a date told after another is taken as later unless the
# earlier reading is this much nearer ("In January" after December 1941 is January 1942; "in
# early April" after June 1941 is April 1941).
_NARRATIVE_BACK_COST = 1.5


def narrative_year(anchor: tuple[dt.date, str], point: Callable[[int], dt.date]) -> int:
    """The year of a yearless date told in a narrative that has reached ``anchor``: the
    anchor's own year after a bare year ("1940 ... in August"), else the nearest reading,
    a step forward counting less than one back."""
    day, granularity = anchor
    if granularity == "year":
        return day.year

    def cost(year: int) -> float:
        gap = (point(year) - day).days
        return gap if gap >= 0 else -gap * _NARRATIVE_BACK_COST

    return min((day.year - 1, day.year, day.year + 1), key=cost)


def year_for_day(ctx: Context, month: int, day: int, start: int, end: int) -> int | None:
    """The year of a month and day given without one, from the tense and the reference.

    Past tense: the latest such day not after the reference; future: the first not before it;
    otherwise the nearest one, so "Dec. 28" in a January article is last December. In a
    narrative, the year the narrative has reached (``narrative_year``).
    """
    day = min(day, 28) if month == 2 else day
    anchor = ctx.narrative_anchor()
    if anchor is not None:
        return narrative_year(anchor, lambda y: dt.date(y, month, day))
    ref = ctx.reference
    if ref is None:
        return None
    return _pick_year(ref, ctx.tense(start, end), lambda y: dt.date(y, month, day), _DAY_REACH)


def year_for_month(
    ctx: Context, month: int, relation: str | None, start: int, end: int
) -> int | None:
    """The year of a month named without one ("in April", "last July", "next March").

    A month compares with the reference month as a whole: "in September" told in the past
    tense in a September article is this September.
    """
    relation = (relation or "").lower()
    anchor = ctx.narrative_anchor()
    if anchor is not None and not relation:
        return narrative_year(anchor, lambda y: dt.date(y, month, 1))
    ref = ctx.reference
    if ref is None:
        return None
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


def told_value(told: tuple[dt.date, str, int]) -> str:
    """The value of a date the text told (``Context.last_date``), as precise as it was told:
    what an expression read from it names as its anchor."""
    day, granularity, _ = told
    if granularity == "year":
        return f"{day.year:04d}"
    return v.month_value(day.year, day.month) if granularity == "month" else day.isoformat()


def year_or_placeholder(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def remember(
    ctx: Context, day: dt.date, granularity: str, span: tuple[int, int], *, told: bool = False
) -> None:
    """Note the last date the discourse reached; ``told``: written with its year. A date
    told in the future tense ("for a campaign planned in 1976") is an aside in a narrative,
    not where it has got to."""
    ctx.last_date = (day, granularity, span[0])
    if told and not (ctx.narrative and ctx.tense(*span) is Tense.FUTURE):
        ctx.last_told = (day, granularity)


# A text is a narrative when half or more of the dates it writes with their year lie this many years
# or more before the reference date, and at least this many of those past dates name a month
# or a day: history, a chronicle, a biography. News cites its background by bare years ("the
# 1949 treaty") and a date or two, and names days and months of its own time; dates after
# the reference (a bond "due Oct. 15, 1999") are plans, not a story told.
_NARRATIVE_DISTANCE = 2
_NARRATIVE_FINE_DATES = 5
_NARRATIVE_SHARE = 1 / 2


def is_narrative(reference: dt.date | None, told: list[str]) -> bool:
    """Whether a text whose dates written with their year have the values ``told`` tells its
    own time, so that its relative expressions ("in June", "the next day") follow the dates
    it tells rather than the reference date. Without a reference every text with such dates
    does: there is nothing else to follow."""
    if reference is None:
        return bool(told)
    far = [value for value in told if reference.year - int(value[:4]) >= _NARRATIVE_DISTANCE]
    fine = sum(len(value.rstrip("-X")) > 4 for value in far)
    return fine >= _NARRATIVE_FINE_DATES and len(far) >= _NARRATIVE_SHARE * len(told)


# The longest text read as a message: a tweet's limit. A news brief can be as short, but it
# comes in paragraphs, and a sentence of news reads as one.
_MESSAGE_LENGTH = 280
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# What informal writing shows: links, mentions and hashtags, exclamations and questions,
# emoticons, chat words, a trailing ellipsis.
_INFORMAL = re.compile(
    r"https?://|\bwww\.|(?<!\w)[@#]\w|[!?]|[:;]-?[()DPp](?!\w)|::|\.\.\.|…|"
    r"\b(?:lol|haha\w*|omg|u|ur|i|im|pls|plz|gonna|wanna)\b",
    re.IGNORECASE,
)
_SENTENCE_END = (".", '"', "'", "”", "’")


def is_message(text: str) -> bool:
    """Whether ``text`` is a message (a tweet, a post, a text message): one short paragraph
    written informally (a link, a hashtag, an exclamation, a chat word, no full stop at the
    end, or no capital at the start). One sentence of news is no message.

    Messages are annotated by conventions of their own, which the handlers follow only there
    (news annotation, TimeBank's and AQUAINT's, differs): every time word is a time, so a
    bare "day" is a day's span and "Good morning" the morning of the day it was sent; a year
    named alone is a day of it not told (2014-XX-XX); "two years ago" is the same day two
    years back; "Friday night" is the night, a time of its day.
    """
    stripped = text.strip()
    if len(stripped) > _MESSAGE_LENGTH or _PARAGRAPH_BREAK.search(stripped):
        return False
    return (
        not stripped.endswith(_SENTENCE_END)
        or stripped[:1].islower()
        or _INFORMAL.search(stripped) is not None
    )
