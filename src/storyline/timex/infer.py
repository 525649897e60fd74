"""Dating an undated article from what it says.

Every date an article tells is a clue to the day it was written, and each is weighed by how
news is written: a date at the very top with its weekday or its clock time is the article's
own stamp (the earliest with its clock time, when it shows its updates or replies too), but
not when it closes a sentence (a news agency's photo caption above the story); a photo's
caption gives the day of the news, reported that day or within two days; a transcript's date
is its show's, put up the evening before or a day or two after; a day the article
reports in the past tense is most often the day of publication or the day before it; a day
it looks forward to lies after it; a weekday told in the past tense ("said on Tuesday") was
at most a few days before it; "next Wednesday, Nov. 12" says that Nov. 12 is a week or so
ahead, and its weekday says which year a date written without one is in. Lead sentences
tell the news; the tail of a page holds background, comments and related links, whose dates
count less.

Each clue is a likelihood over the publication day (a mixture of what the clue says and of
"unrelated to the publication"); so are the dates of the collection's articles most like it
(``neighbours``), which mostly report the same news on the same days; and the days on which
the happenings the article tells were first reported by the others (``reported``): an article
is seldom older than the news it tells, and mostly out within days of it. The publication dates
of the article's collection, or only their median (``hint``), are the prior; the day with
the largest posterior is the answer. Its posterior probability is the confidence, with the
rest of the calendar (days no clue points to) counted too: an article whose only clue is "on
Tuesday" or "two weeks after the collapse" spreads its probability over many days and gets
no date rather than a wrong one.

An outlet may come out a day after the news it tells (a morning paper): its dated articles
show that habit (``outlet_lag``), and it moves the days the article's news points to, not
its page's own date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from storyline.timex import values as v
from storyline.timex.lexicon import WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation
from storyline.timex.tagger import tag_with_reference
from storyline.timex.tense import Tense, clause_tense

# An answer needs at least this posterior probability; below it the article gets no date.
# The lowest threshold at which a date given is still right within a day nine times in ten
# on the development half of the Timeline17 articles (``storyline eval dates --split dev``),
# with a point to spare there (.91), since other articles run a little below the ones a rule
# is tuned on: each step lower answers more articles and gets more exactly right, at the cost
# of that.
MIN_CONFIDENCE = 0.38

_FULL_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEARLESS_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})")
_YEARLESS_WEEKDAY = re.compile(r"XXXX-WXX-(\d)")
_BARE_YEAR = re.compile(r"\d{4}")
_WEEKDAY_NAMES = {**WEEKDAYS, **WEEKDAY_ABBREVIATIONS}
_WEEKDAY_IN = re.compile(rf"\b({alternation(_WEEKDAY_NAMES)})\b", re.IGNORECASE)
_RELATION_IN = re.compile(r"\b(next|last|coming|past)\s", re.IGNORECASE)

_HEADER_CHARS = 600  # where a page's own date stamp stands
# The top of a page (headline, byline, the page's stamp, the first lines): a date with its
# clock time there is the page's stamp; further down such dates stamp comments, later
# updates and related links.
_TOP_CHARS = 1000
_LEAD_CHARS = 500  # the lead sentences, which tell the news
_LINE_ALONE = 40  # a date making up a whole line this short is a stamp
_YEAR_DAYS = 365


def _gaps(weights: dict[int, float], *spreads: tuple[int, int, float]) -> dict[int, float]:
    """A distribution over day gaps: ``weights`` at single gaps, plus each spread (first,
    last, total) shared evenly over a range of gaps."""
    shape = dict(weights)
    for first, last, total in spreads:
        for gap in range(first, last + 1):
            shape[gap] = shape.get(gap, 0.0) + total / (last - first + 1)
    return shape


@dataclass(frozen=True, slots=True)
class _Shape:
    """How far the publication day lies from a day a clue names (publication minus named
    day), and ``far``: the chance that the clue has nothing to do with it (background, a
    date of the story's past). Measured on the development half of the Timeline17 articles
    (``storyline eval dates --split dev``), by kind of clue and where it stands."""

    name: str
    gaps: dict[int, float]
    far: float


# The page's own stamp at its top ("Mon Jul 25, 2011 6:39 pm EDT", a date alone on a line).
_STAMP = _Shape("stamp", {0: 0.95, 1: 0.01, 2: 0.01, -1: 0.005}, 0.025)
# A date written with its year in the text, neither the page's stamp nor a caption's: the
# page's own date ("Updated June 17, 2010") only about a third of the time, as often the date
# of something before it ("the rig exploded on April 20, 2010") or of a related link (same
# source: of the pages with one such date and no other, 36% of its day, 4% of the day
# after, 58% weeks or years from it); in the tail a little more often a day before the
# page's updates or replies.
_FULL_BODY = _Shape(
    "full",
    _gaps({0: 0.36, 1: 0.04, -1: 0.03, -2: 0.01, -3: 0.01}, (-30, -4, 0.04), (4, 30, 0.1)),
    0.41,
)
_FULL_TAIL = _Shape(
    "full tail",
    _gaps({0: 0.37, 1: 0.02, -1: 0.07, -2: 0.02, -3: 0.01}, (-30, -4, 0.08), (4, 30, 0.02)),
    0.41,
)
# A date in a photo's caption or credit ("Picture taken March 3, 2015", "(Photo: Ann Lee /
# Getty Images, March 3, 2015)", "May 21: Oil is seen on an island"): the photo is mostly of
# the day of the news, which the page reports that day or the next or the one after, seldom
# before (same source: of 111 such dates, 18% of the publication day, 27% of the day before,
# 14% of two days before, 5% of three; most others older photos).
_CAPTION = _Shape("caption", _gaps({0: 0.18, 1: 0.27, 2: 0.14, 3: 0.04}, (4, 7, 0.02)), 0.35)
# The date of a show at the top of its transcript ("CNN Student News - 1/26/11", "a rush
# transcript from "Hannity," June 16, 2010") without the clock time it aired at: the day of
# the show, whose transcript is put up the evening before (a morning show for schools) or a
# day or two after (same source: of 8 such dates, 6 a day after the page, 2 a day or two
# before it).
_SHOW = _Shape("show", {-1: 0.45, 0: 0.2, 1: 0.15, 2: 0.1}, 0.1)
_TRANSCRIPT = re.compile(r"\btranscript\b", re.IGNORECASE)
# A date with its clock time below the top ("January 28, 2011 at 12:44 pm | Reply").
_TIMED = _Shape("timed", {0: 0.85, -1: 0.1, -2: 0.03}, 0.02)
# A day written without its year, the latest the lead tells: the news of the day before more
# often than of the page's own day (same source: 21% and 12% of them), else background.
_LEAD_DAY = _Shape(
    "lead day",
    _gaps({0: 0.12, 1: 0.2, 2: 0.02, 3: 0.01}, (4, 7, 0.03), (8, 30, 0.27), (-30, -1, 0.09)),
    0.26,
)
# The latest day told further down: mostly what happened before (a disaster's first day,
# last month's vote), a little less so when it is the latest of several. Days told before
# the latest add nothing once it is known (``_placed``).
_STORY_DAY = _Shape(
    "story day",
    _gaps({0: 0.01, 1: 0.02}, (2, 7, 0.07), (8, 30, 0.28), (-30, -1, 0.07)),
    0.55,
)
_LATEST_STORY_DAY = _Shape(
    "latest story day",
    _gaps({0: 0.06, 1: 0.05, 2: 0.03, 3: 0.01}, (4, 7, 0.13), (8, 30, 0.2), (-30, -1, 0.16)),
    0.36,
)
_TOLD_BEFORE = (_LEAD_DAY, _STORY_DAY)
# The earliest date at the top of a page written with its clock time ("Updated 1:23 PM ET,
# Tue March 3, 2015", "Published 09:14 GMT 3 March 2015", "June 1, 2010 10:20 AM" above a
# page's replies): the page's own stamp, right 99% of the time on the development half
# (later ones there are its updates and replies). Besides counting among the dates the page
# writes in full, it stands as a clue of its own, so that other clues (news first reported
# a day later by copies of the page, related links) seldom outweigh it.
_CLOCK_STAMP = _Shape("clock stamp", {0: 0.985, 1: 0.003, -1: 0.003}, 0.009)
# A day told in the present tense: as often a schedule ("work begins on Aug. 12") as the news.
_NOW_DAY = _Shape("now", _gaps({0: 0.15, 1: 0.1}, (2, 30, 0.1), (-30, -1, 0.3)), 0.35)
# A day written before a news agency's name ("HOUSTON , April 29 (Reuters) -"): the wire's
# dateline, the day the story was filed.
_DATELINE = _Shape("dateline", {0: 0.93, 1: 0.03, -1: 0.01}, 0.03)
_AGENCY_AFTER = re.compile(
    r"\s*+(?:\(|-LRB-)\s*+(?:Reuters|AP|AFP|Bloomberg|UPI|dpa|IANS|PTI|Xinhua)\b"
)
# A day the text looks forward to.
_AHEAD_DAY = _Shape("ahead", _gaps({0: 0.03}, (-30, -1, 0.45)), 0.52)
# "next Wednesday, Nov. 12": said on a Wednesday, a week ahead and nothing else; said on
# another day, ambiguous between the coming Wednesday and the one after, which a writer
# avoids (with "this Wednesday" or "Wednesday week"). So mostly a week ahead. "last Friday,
# May 3" likewise behind.
_NEXT_DAY = _Shape("next", _gaps({-7: 0.45}, (-13, -1, 0.45)), 0.1)
_LAST_DAY = _Shape("last", {-gap: p for gap, p in _NEXT_DAY.gaps.items()}, 0.1)
# The days an article's news tells (not a date of the page itself: its stamp, dateline or a
# date written in full), which an outlet's habit shifts (``outlet_lag``): a morning paper
# comes out the day after the news it tells.
_NEWS_SHAPES = frozenset(
    shape.name
    for shape in (
        _LEAD_DAY, _STORY_DAY, _LATEST_STORY_DAY, _NOW_DAY, _AHEAD_DAY, _NEXT_DAY, _LAST_DAY
    )
)

# The date of an article of its collection that is like it (``neighbours.nearest``):
# articles that share an article's rare word pairs mostly report the same news, on its day
# or the days next to it, the more surely the more alike they are. By similarity, from the
# least that gives each shape (same source).
_NEIGHBOUR_SHAPES = (
    (0.3, _Shape("neighbour", _gaps({0: 0.55, 1: 0.14, -1: 0.14}, (-7, 7, 0.1)), 0.07)),
    (0.1, _Shape("neighbour", _gaps({0: 0.34, 1: 0.18, -1: 0.18}, (-7, 7, 0.14)), 0.16)),
    (0.035, _Shape("neighbour", _gaps({0: 0.3, 1: 0.13, -1: 0.13}, (-7, 7, 0.22)), 0.22)),
    (0.01, _Shape("neighbour", _gaps({0: 0.18, 1: 0.1, -1: 0.1}, (-7, 7, 0.22)), 0.4)),
    (0.0, _Shape("neighbour", _gaps({0: 0.05, 1: 0.03, -1: 0.03}, (-7, 7, 0.16)), 0.73)),
)
# How much each neighbour counts among them: its similarity to this power.
_NEIGHBOUR_POWER = 2.0


def _neighbour_shape(similarity: float) -> _Shape:
    return next(shape for least, shape in _NEIGHBOUR_SHAPES if similarity >= least)


# Days since the weekday a clue names, k = 0..6, by how the weekday is told (same source).
# A weekday the lead tells in the past tense is measured on the pages that give no date of
# their own, whose day it decides: the next day's page a third of the time.
_WEEKDAY_LEAD_PAST = (0.53, 0.33, 0.055, 0.035, 0.025, 0.01, 0.02)
_WEEKDAY_PAST = (0.38, 0.33, 0.11, 0.05, 0.04, 0.04, 0.05)
_WEEKDAY_AHEAD = (0.27, 0.08, 0.06, 0.05, 0.08, 0.21, 0.25)
_WEEKDAY_TOLD = (0.27, 0.2, 0.08, 0.05, 0.06, 0.22, 0.12)
_WEEKDAY_LAST = (0.2, 0.06, 0.06, 0.1, 0.2, 0.18, 0.2)


@dataclass(frozen=True, slots=True)
class _DayClue:
    """A clue that the publication day lies at a gap from one of ``days`` (a day written
    without its year stands for each year it may be in: at most one is near)."""

    days: tuple[dt.date, ...]
    shape: _Shape

    @property
    def far(self) -> float:
        return self.shape.far

    def points(self) -> Iterable[tuple[dt.date, dict[int, float]]]:
        return ((told, self.shape.gaps) for told in self.days)

    def likelihood(self, day: dt.date) -> float:
        near = sum(self.shape.gaps.get((day - told).days, 0.0) for told in self.days)
        return near + self.shape.far / _YEAR_DAYS


# How much each kind of full date counts among the full dates of one page.
_FULL_WEIGHTS = {"stamp": 8.0, "timed": 2.0, "full": 1.0, "full tail": 0.5}


@dataclass(frozen=True, slots=True)
class _OneOfClue:
    """Dates of which the publication day is near one, not each at once (a mixture, each
    date weighted): the dates a page writes in full (a page has one date; a list of archive
    links or dated comments is one clue, not twenty, and the page's own stamp weighs most),
    or the dates of the articles most like it."""

    dates: tuple[tuple[dt.date, _Shape, float], ...]

    @property
    def far(self) -> float:
        total = sum(weight for _, _, weight in self.dates)
        return sum(shape.far * weight for _, shape, weight in self.dates) / total

    def points(self) -> Iterable[tuple[dt.date, dict[int, float]]]:
        return ((told, shape.gaps) for told, shape, _ in self.dates)

    def likelihood(self, day: dt.date) -> float:
        total = sum(weight for _, _, weight in self.dates)
        near = sum(
            weight * shape.gaps.get((day - told).days, 0.0) for told, shape, weight in self.dates
        )
        return near / total + self.far / _YEAR_DAYS


@dataclass(frozen=True, slots=True)
class _WeekdayClue:
    """A clue about the publication day's weekday: ``shape[k]`` is the chance of its being
    k days after the weekday named."""

    weekday: int
    shape: tuple[float, ...]

    def likelihood(self, day: dt.date) -> float:
        return self.shape[(day.isoweekday() - self.weekday) % 7]


def _position(offset: int, length: int) -> str:
    if offset < _LEAD_CHARS:
        return "lead"
    return "body" if offset <= length / 2 else "tail"


def _is_stamp(text: str, start: int, end: int, value: str, said: str) -> bool:
    """A full date at the top that carries its weekday or clock time, or stands alone on
    its line: the page's own date, not one its news tells."""
    if start > _HEADER_CHARS:
        return False
    if value[11:12].isdigit() or _WEEKDAY_IN.search(said):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.strip()) <= _LINE_ALONE


@dataclass(slots=True)
class _Clues:
    weekdays: list[_WeekdayClue]
    years: list[int]  # years of the dates written in full
    bare_years: list[int]  # years named alone ("in 2009")
    # days written without their year: month, day, shape, weekday written with it
    yearless: list[tuple[int, int, _Shape, int | None]]
    past: set[tuple[int, int]]  # months and days of those told in the past tense
    full: list[tuple[dt.date, _Shape, float]]  # dates written in full, with their weight
    stamp: dt.date | None = None  # the page's stamp with its clock time (``_CLOCK_STAMP``)


# A clock time ("1:23 PM", "09:14", "8.50 a.m."), and what may stand between it and the
# date it stamps: a time zone, punctuation, a weekday, "at", "last updated at".
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*+[ap]\.?\s?m\b\.?)?"
_BETWEEN = r"[\s,;|@:\-\u2013\u2014]*+"
_CLOCK_AFTER = re.compile(
    _BETWEEN + r"(?:(?:last\s++)?(?:updated|posted|published)\s++)?(?:at\s++)?" + _CLOCK,
    re.IGNORECASE,
)
_CLOCK_BEFORE = re.compile(
    _CLOCK
    + r"(?:\s*+(?:[A-Z]{2,4}|UK time|local time)\b)?"
    + _BETWEEN
    + rf"(?:(?:{alternation(_WEEKDAY_NAMES)})\.?{_BETWEEN})?$",
    re.IGNORECASE,
)


def _has_clock(text: str, start: int, end: int, value: str) -> bool:
    """A full date with its clock time: joined to it by the tagger ("March 3, 2015, 1:23
    PM") or written just before or after it ("09:14 GMT 3 March 2015", "July 21, 2010; 6:43
    PM")."""
    return (
        value[11:12].isdigit()
        or _CLOCK_AFTER.match(text, end) is not None
        or _CLOCK_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _relation(said: str) -> str | None:
    """ "next" or "last" when the words before a date or weekday say it ("next Wednesday,
    Nov. 12", "the coming Monday", "this past Friday")."""
    match = _RELATION_IN.search(said)
    if match is None:
        return None
    word = match.group(1).lower()
    return {"coming": "next", "past": "last"}.get(word, word)


# What marks a sentence as a photo's caption or credit, before the date it gives; and what
# marks the photo as older than the news ("in this March 2, 2009 file photo").
_CAPTION_MARK = re.compile(
    r"\b(?:photo(?:graph)?|picture|image|frame\s++grab)s?\s*+(?::|taken\b|shows\b|made\b)"
    r"|\bin\s++this\s++(?:[\w-]+\s++){0,3}?(?:photo(?:graph)?|picture|image)\b"
    r"|\b(?:credit|courtesy)\s*+:"
    r"|\b(?:getty\s++images|ap\s++photo|afp\s++photo)\b|\breuters\s*+\\?/",
    re.IGNORECASE,
)
_CREDIT_AFTER = re.compile(
    r"\W{0,12}?(?:(?:photo|picture)\s*+(?:credit\s*+)?:\s*+)?"
    r"(?:(?:reuters|ap|afp|epa|getty(?:\s++images)?)\s*+\\?/|ap\s++photo\b|getty\s++images\b)",
    re.IGNORECASE,
)
# "June 15, 2010: President Obama speaks from the Oval Office": a caption led by its date.
_CAPTION_LED = re.compile(r"\s*+:\s")
# What may stand before such a date on its line: the previous photo's credit ("AP May 19,
# 2010: Plaquemines Parish President Billy Nungesser ...").
_CREDIT_BEFORE = re.compile(r"\s*+(?:(?:AP|AFP|Reuters|EPA|Getty\s++Images)\s++)?$")


def _leads_caption(text: str, start: int, end: int) -> bool:
    """A date leading its line before a colon, after at most a credit: a caption led by its
    date ("June 15, 2010: President Obama speaks", "May 21: Oil is seen on an island")."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _CREDIT_BEFORE.match(text, line_start, start) is not None
        and _CAPTION_LED.match(text, end) is not None
    )


_OLDER_PHOTO = re.compile(r"\b(?:file|undated|archive|archival)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _is_caption(text: str, start: int, end: int) -> bool:
    """A date in a photo's caption or credit: a caption's mark before it in its sentence,
    the photographer's credit right after it ("... in Athens, March 3, 2015. REUTERS/Ann
    Lee"), or the date leading its line before a colon ("June 15, 2010: President Obama
    speaks"); and the photo not one from the files."""
    reach = max(0, start - 300)
    sentence_start = max(
        (m.end() for m in _SENTENCE_END.finditer(text, reach, start)), default=reach
    )
    line_end = text.find("\n", end)
    sentence = text[sentence_start : line_end if line_end >= 0 else len(text)]
    marked = (
        _CAPTION_MARK.search(text, sentence_start, start) is not None
        or _CREDIT_AFTER.match(text, end) is not None
        or _leads_caption(text, start, end)
    )
    return marked and _OLDER_PHOTO.search(sentence) is None


# What a photo's caption puts before the date that closes it: a comma or "on" ("... at a
# command center in Venice, La., Sunday, May 30, 2010.").
_CLAUSE_BEFORE = re.compile(r"(?:,|\bon)\s*+$", re.IGNORECASE)


def _closes_caption(text: str, start: int, said: str) -> bool:
    """A date with its weekday at the top of a page that closes a sentence's clause rather
    than standing alone: how news agencies end a photo's caption ("Tony Hayward talks to
    reporters in Venice, La., Sunday, May 30, 2010."), which pages put above the story; the
    page's own stamp stands on its own line or after a label ("Updated: Thursday, ...")."""
    if start > _HEADER_CHARS or not _WEEKDAY_IN.search(said):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _CLAUSE_BEFORE.search(text, line_start, start) is not None


def _full_day_shape(
    text: str, start: int, end: int, value: str, said: str, clocked: bool
) -> _Shape:
    """How a date written in full dates its page; ``clocked``: written with its clock time
    (``_has_clock``), so a stamp, not a caption's."""
    if not clocked and (_is_caption(text, start, end) or _closes_caption(text, start, said)):
        return _CAPTION
    if not clocked and start <= _HEADER_CHARS and _TRANSCRIPT.search(text, 0, _HEADER_CHARS):
        return _SHOW
    if _is_stamp(text, start, end, value, said):
        return _STAMP
    if "T" in value and value[11:12].isdigit():
        return _TIMED
    relation = _relation(said)
    if relation is not None:
        return _NEXT_DAY if relation == "next" else _LAST_DAY
    return _FULL_TAIL if _position(start, len(text)) == "tail" else _FULL_BODY


def _yearless_shape(text: str, start: int, end: int, tense: Tense, said: str) -> _Shape:
    if _AGENCY_AFTER.match(text, end):
        return _DATELINE
    if _leads_caption(text, start, end):
        return _CAPTION
    relation = _relation(said)
    if relation is not None:
        return _NEXT_DAY if relation == "next" else _LAST_DAY
    if tense is Tense.FUTURE:
        return _AHEAD_DAY
    if tense is Tense.PRESENT:
        return _NOW_DAY
    return _LEAD_DAY if _position(start, len(text)) == "lead" else _STORY_DAY


def _weekday_shape(text: str, start: int, end: int) -> tuple[float, ...]:
    if _relation(text[max(0, start - 8) : end]) == "last":
        return _WEEKDAY_LAST
    tense = clause_tense(text, start, end)
    if tense is Tense.PAST:
        return _WEEKDAY_LEAD_PAST if start < _LEAD_CHARS else _WEEKDAY_PAST
    return _WEEKDAY_AHEAD if tense is Tense.FUTURE else _WEEKDAY_TOLD


@functools.lru_cache(maxsize=1)
def _read_clues(text: str) -> _Clues:
    """What the text says of its own date. A clue told again says nothing new: each day and
    weekday counts once, as told where it counts most (the first time). The last text's
    clues are kept: dating it from the text alone and then with its collection reads it
    once."""
    clues = _Clues([], [], [], [], set(), [])
    seen: set[tuple[str, str]] = set()
    stamps: list[dt.date] = []
    for e in tag_with_reference(text, None, narrative=False):
        if e.type not in ("DATE", "TIME"):
            continue
        if (m := _FULL_DAY.match(e.value)) is not None:
            day = v.valid_day(int(m[1]), int(m[2]), int(m[3]))
            if day is None:
                continue
            clues.years.append(day.year)
            clocked = _has_clock(text, e.start, e.end, e.value)
            if e.start <= _TOP_CHARS and clocked:
                stamps.append(day)
            said = text[max(0, e.start - 8) : e.end]
            shape = _full_day_shape(text, e.start, e.end, e.value, said, clocked)
            if (e.value, shape.name) not in seen:
                seen.add((e.value, shape.name))
                clues.full.append((day, shape, _FULL_WEIGHTS.get(shape.name, 1.0)))
        elif (m := _YEARLESS_DAY.match(e.value)) is not None:
            named = _WEEKDAY_IN.search(e.text)
            weekday = _WEEKDAY_NAMES[named.group(1).lower()] if named else None
            tense = clause_tense(text, e.start, e.end)
            shape = _yearless_shape(text, e.start, e.end, tense, text[max(0, e.start - 8) : e.end])
            if tense is Tense.PAST:
                clues.past.add((int(m[1]), int(m[2])))
            if (e.value, shape.name) not in seen:
                seen.add((e.value, shape.name))
                clues.yearless.append((int(m[1]), int(m[2]), shape, weekday))
        elif (m := _YEARLESS_WEEKDAY.fullmatch(e.value)) is not None:
            if e.value not in {value for value, _ in seen}:
                seen.add((e.value, ""))
                clues.weekdays.append(_WeekdayClue(int(m[1]), _weekday_shape(text, e.start, e.end)))
        elif _BARE_YEAR.fullmatch(e.value):
            clues.bare_years.append(int(e.value))
    clues.stamp = min(stamps, default=None)
    return clues


def _placed(clues: _Clues, years: set[int], year_known: bool) -> list[_DayClue | _OneOfClue]:
    """The day clues with each day written without its year placed in the years it may be
    in: those around the years known, or, with its weekday written ("Wednesday, Nov. 12"),
    the one among them where it falls on that weekday. A dateline says the day, not the
    year: when no year is known but one named alone ("in 2006", often of something else),
    it counts as a day the lead tells.

    Of the days told as what happened, only the latest says when the news is: the latest
    told in the past tense if there is one ("voted on Monday, Aug. 5"); a day with no tense
    after it ("work begins on Aug. 12") may as well be ahead."""
    around = sorted({y + k for y in years for k in (-1, 0, 1)})
    told = [(month, day) for month, day, shape, _ in clues.yearless if shape in _TOLD_BEFORE]
    latest = max((day for day in told if day in clues.past), default=max(told, default=None))
    placed: list[_DayClue | _OneOfClue] = []
    if clues.stamp is not None:
        placed.append(_DayClue((clues.stamp,), _CLOCK_STAMP))
    if clues.full:
        placed.append(_OneOfClue(tuple(clues.full)))
    for month, day_number, shape, weekday in clues.yearless:
        if shape is _DATELINE and not year_known:
            shape = _LEAD_DAY
        days = [d for y in around if (d := v.valid_day(y, month, day_number)) is not None]
        if weekday is not None:
            days = [d for d in days if d.isoweekday() == weekday] or days
        if shape in _TOLD_BEFORE and latest is not None:
            if (month, day_number) > latest:
                shape = _NOW_DAY
            elif (month, day_number) < latest:
                continue  # the story so far: once the latest day is known, it adds nothing
            elif shape is not _LEAD_DAY and len(told) > 1:
                shape = _LATEST_STORY_DAY
        if days:
            placed.append(_DayClue(tuple(days), shape))
    return placed


_WINDOW = 2 * _YEAR_DAYS  # the stretch of calendar the answer is sought in
# News comes in bursts: an article is most likely published on a day, or next to a day, on
# which others of its collection were, and otherwise within a few weeks of them.
_BURST = {0: 0.5, -1: 0.2, 1: 0.2, -2: 0.05, 2: 0.05}
_BURST_SHARE, _SPREAD_SHARE, _SPREAD_SCALE = 0.5, 0.4, 14.0
_HINT_SHARE, _HINT_SCALE = 0.7, 45.0


def _prior(hint: dt.date | None, collection: Sequence[dt.date]) -> Callable[[dt.date], float]:
    """The chance of each day before reading the text: like the days the other articles
    of its collection came out on; else within weeks of ``hint``, some far from it; else
    all days alike."""
    floor = 1.0 / _WINDOW
    if collection:
        return _collection_prior(collection, floor)
    if hint is None:
        return lambda day: floor
    return lambda day: (
        _HINT_SHARE * math.exp(-abs((day - hint).days) / _HINT_SCALE) / (2 * _HINT_SCALE)
        + (1 - _HINT_SHARE) * floor
    )


def _collection_prior(collection: Sequence[dt.date], floor: float) -> Callable[[dt.date], float]:
    """Each article of the collection spreads the chance around its day: a burst on the
    days next to it, and a decay over weeks (a sum of exponentials, computed in two passes
    over the days the collection covers, so linear in its span)."""
    counts = Counter(collection)
    first = min(counts).toordinal() - 6 * int(_SPREAD_SCALE)
    span = max(counts).toordinal() + 6 * int(_SPREAD_SCALE) - first + 1
    decay = math.exp(-1 / _SPREAD_SCALE)
    ahead, behind = [0.0] * span, [0.0] * span
    for i in range(span):
        here = counts.get(dt.date.fromordinal(first + i), 0)
        ahead[i] = here + (decay * ahead[i - 1] if i else 0.0)
    for i in reversed(range(span)):
        here = counts.get(dt.date.fromordinal(first + i), 0)
        behind[i] = here + (decay * behind[i + 1] if i + 1 < span else 0.0)
    kernel_mass = (1 + decay) / (1 - decay)  # a kernel's sum over all days
    burst_share = _BURST_SHARE / len(collection)
    spread_share = _SPREAD_SHARE / (len(collection) * kernel_mass)

    def prior(day: dt.date) -> float:
        i = day.toordinal() - first
        spread = ahead[i] + behind[i] - counts.get(day, 0) if 0 <= i < span else 0.0
        burst = sum(counts.get(v.add_days(day, -k), 0) * w for k, w in _BURST.items())
        return (
            burst_share * burst + spread_share * spread + (1 - _BURST_SHARE - _SPREAD_SHARE) * floor
        )

    return prior


def infer_publication_date(
    text: str,
    hint: dt.date | None = None,
    collection: Sequence[dt.date] = (),
    neighbours: Sequence[tuple[dt.date, float]] = (),
    lag: int = 0,
    reported: Sequence[dt.date] = (),
) -> tuple[dt.date, float] | None:
    """The most likely publication date of ``text`` and how sure that is (its posterior
    probability, in [0, 1]); None when no day is likely enough (``MIN_CONFIDENCE``).

    ``collection`` is the publication dates of the other articles the text came with, and
    ``hint`` a date it is believed to be near (their median, when only that is known):
    either gives the prior over the day and the year of dates the text writes without one
    when it writes none in full. ``neighbours`` is the dates of the collection's articles
    most like it, with their similarity in (0, 1] (``neighbours.nearest``): one more
    clue, weighed with the text's own. ``lag`` is its outlet's habit: how many days after
    the day its news points to the outlet's articles come out (``outlet_lag``).
    ``reported`` is the days on which the happenings the text tells were first reported by
    the collection's other articles (``neighbours.first_reports``): each one later than a
    day makes that day less likely (``_LATER_REPORT``), and so, a little, does each one
    more than a few days earlier (``_OLDER_REPORT``).
    """
    if collection and hint is None:
        hint = corpus_hint(collection)
    return _decide(_read_clues(text), hint, collection, neighbours, lag, reported)


def _is_news(clue: _DayClue | _OneOfClue) -> bool:
    return isinstance(clue, _DayClue) and clue.shape.name in _NEWS_SHAPES


def _decide(
    clues: _Clues,
    hint: dt.date | None,
    collection: Sequence[dt.date] = (),
    neighbours: Sequence[tuple[dt.date, float]] = (),
    lag: int = 0,
    reported: Sequence[dt.date] = (),
) -> tuple[dt.date, float] | None:
    days = _day_clues(clues, hint)
    news = [clue for clue in days if _is_news(clue)]
    if neighbours:
        near = _OneOfClue(
            tuple((day, _neighbour_shape(s), s**_NEIGHBOUR_POWER) for day, s in neighbours)
        )
        days.append(near)
        news.append(near)
    if not days and hint is None:
        return None  # weekdays alone do not say which week
    prior = _prior(hint, collection)
    candidates = _candidates(days, hint) | set(collection)
    candidates |= {v.add_days(day, lag) for day in candidates}
    fixed = [clue for clue in days if clue not in news]
    first = sorted(reported)
    scores = {
        day: _log_likelihood(day, fixed, [], prior)
        + _log_likelihood(v.add_days(day, -lag), news, clues.weekdays)
        + _reports(day, first)
        for day in candidates
    }
    best = max(sorted(scores), key=scores.__getitem__)
    top = scores[best]
    mass = sum(math.exp(score - top) for score in scores.values())
    outside = max(0.0, 1.0 - sum(prior(day) for day in scores))
    if outside > 0:
        # The days no clue points to: every day clue is background there, and a weekday
        # clue is 1/7 on average over a week.
        background = sum(math.log(clue.far / _YEAR_DAYS) for clue in days)
        background -= len(clues.weekdays) * math.log(7)
        mass += math.exp(background + math.log(outside) - top)
    confidence = 1.0 / mass
    return (best, confidence) if confidence >= MIN_CONFIDENCE else None


# An article that tells a happening the collection's other articles first reported after a
# day was seldom out on that day: it would have been the first to report it, ahead of
# several others. Each such happening weighs a day down by this factor (a log; happenings
# are counted by their word pairs, several to one piece of news, so each counts little).
# And it is mostly out within a few days of the first reports of what it tells: each
# happening first reported more than _OLD_NEWS_DAYS before a day weighs that day down too,
# less (a follow-up retells old news). Measured on the development half of the Timeline17
# articles.
_LATER_REPORT = -0.2
_OLDER_REPORT = -0.1
_OLD_NEWS_DAYS = 3


def _reports(day: dt.date, first: Sequence[dt.date]) -> float:
    """The log weight of ``day`` given the sorted first-report days of the happenings
    the text tells: ``_LATER_REPORT`` for each reported only after it, ``_OLDER_REPORT``
    for each reported more than ``_OLD_NEWS_DAYS`` before it."""
    later = len(first) - bisect.bisect_right(first, day)
    older = bisect.bisect_left(first, v.add_days(day, -_OLD_NEWS_DAYS))
    return _LATER_REPORT * later + _OLDER_REPORT * older


def _day_clues(clues: _Clues, hint: dt.date | None) -> list[_DayClue | _OneOfClue]:
    """The text's day clues, each day written without its year placed in the years the
    text's full dates, else ``hint``, else a year named alone, say it may be in."""
    years = set(clues.years)
    if not years and hint is not None:
        years = {hint.year}
    if not years and clues.bare_years:
        years = {max(clues.bare_years)}
    return _placed(clues, years, year_known=bool(clues.years) or hint is not None)


def _candidates(clues: list[_DayClue | _OneOfClue], hint: dt.date | None) -> set[dt.date]:
    """Every day some clue points to, and the weeks around the hint."""
    days: set[dt.date] = set()
    for clue in clues:
        for told, gaps in clue.points():
            days.update(v.add_days(told, gap) for gap in gaps)
    if hint is not None:
        days.update(v.add_days(hint, gap) for gap in range(-21, 22))
    return days


def _log_likelihood(
    day: dt.date,
    days: list[_DayClue | _OneOfClue],
    weekdays: list[_WeekdayClue],
    prior: Callable[[dt.date], float] | None = None,
) -> float:
    total = math.log(prior(day)) if prior is not None else 0.0
    for clue in days:
        total += math.log(clue.likelihood(day))
    for weekday in weekdays:
        total += math.log(weekday.likelihood(day))
    return total


# An outlet's lag is sought this many days either side of the day its news points to; it
# is the gap more than half of its articles show, the generic clue shapes counting as
# _LAG_PRIOR more articles with no gap.
_LAG_REACH = 2
_LAG_PRIOR = 4
_LAG_SHARE = 0.5


def news_gap(text: str, published: dt.date, collection: Sequence[dt.date]) -> int | None:
    """How many days after the day its news alone points to ``text`` came out on
    ``published`` (its weekdays and days told without a year, with ``collection``'s dates
    as the prior): one observation of its outlet's lag. None when the text gives a date of
    its own (a stamp, a dateline, a full date), which says nothing of the lag, when it
    tells no news day, when there is no collection, or when the gap is beyond
    ``_LAG_REACH``."""
    clues = _read_clues(text)
    hint = corpus_hint(collection)
    if hint is None:
        return None
    days = _day_clues(clues, hint)
    if not all(_is_news(clue) for clue in days) or not (days or clues.weekdays):
        return None
    prior = _prior(hint, collection)
    candidates = _candidates(days, hint) | set(collection)
    scores = {day: _log_likelihood(day, days, clues.weekdays, prior) for day in candidates}
    gap = (published - max(sorted(scores), key=scores.__getitem__)).days
    return gap if abs(gap) <= _LAG_REACH else None


def outlet_lag(gaps: Iterable[int | None]) -> int:
    """An outlet's lag from the ``news_gap`` of its dated articles: the gap more than
    ``_LAG_SHARE`` of them show (a morning paper's day after the news it tells), else 0."""
    counts = Counter(gap for gap in gaps if gap is not None)
    counts[0] += _LAG_PRIOR
    gap, count = counts.most_common(1)[0]
    return gap if count > _LAG_SHARE * sum(counts.values()) else 0


# The dated articles of an outlet its lag is measured on: enough to see a habit, and a bound
# on the work however large the collection.
_LAG_SAMPLE = 200


def outlet_lags(
    articles: Iterable[tuple[str, str, dt.date]], collection: Sequence[dt.date]
) -> dict[str, int]:
    """The lag of each outlet (``outlet_lag``) from its dated articles, given as (outlet,
    text, publication date), the first ``_LAG_SAMPLE`` of each; ``collection`` is the
    publication dates they came with."""
    gaps: dict[str, list[int | None]] = {}
    for outlet, text, published in articles:
        seen = gaps.setdefault(outlet, [])
        if len(seen) < _LAG_SAMPLE:
            seen.append(news_gap(text, published, collection))
    return {outlet: outlet_lag(found) for outlet, found in gaps.items()}


def corpus_hint(published: Iterable[dt.date | None]) -> dt.date | None:
    """The median of the known publication dates of a batch: the ``hint`` for its undated
    articles, since articles read together are mostly about the same stretch of time."""
    known = sorted(day for day in published if day is not None)
    return known[(len(known) - 1) // 2] if known else None
