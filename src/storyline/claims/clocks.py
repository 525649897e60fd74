"""Times of day: independent outlets clocking one happening of the story's day differently.

A story of one day's happening often gives its hour ("the first alert was received at
12:13 pm", "officials received reports of the crash around 12:20 p.m."), and dates cannot
tell those apart. A clock time is read as the minutes its wording allows: "12:13" that
minute, "around 12:20" the five minutes either side (a reporter rounds to the minutes
written), "about 5 a.m." the half hour either side, "shortly after noon" the half hour after.
Two clock times of independent sources told with the same event verb in the past tense
disagree when their minutes cannot meet, unless a time zone, the days the texts name, the
days of the events their sentences tell (a quake and its aftershock) or what their verb says
began ("a sermon began", "a curfew that started") tell them apart, or one
source clocks that verb at two times itself: then the verb tells two happenings (two
landings), not one clocked twice. Plans and recurring happenings ("will be screened from
0100 GMT", "screened again") and time stamps set off by brackets or bars ("Updated 11:58
a.m.") are left out. A disagreement is reported once per verb, with one side per group of
times that can all hold.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.claims.dates import _BOUND_BEFORE, _DAY_WORDS
from storyline.claims.happenings import Happening, Happenings, other_days
from storyline.claims.verbs import (
    _CLAUSE,
    _CLAUSE_OR_COMMA,
    _LIGHT,
    _REPORTING,
    _event_words,
    _verbs,
    what_began,
    when_label,
)
from storyline.models import (
    Contradiction,
    ContradictionSide,
    Document,
    Provenance,
    Sentence,
    TimeExpression,
)
from storyline.periods import period

_CLOCK = re.compile(r"T(\d\d):(\d\d)$")
_ZONE = re.compile(r"(?<![A-Za-z])(?:[A-Z]{1,4}[SD]T|GMT|UTC|BST|CET|CEST|local\s+time)\b")
_ZONE_REACH = 12
"""Characters after a clock time where its zone may stand ("12:13 pm EST")."""

_MARK = r"[|()\[\]]|-[LR][RS]B-"
_OPENER = re.compile(_CLAUSE.pattern + "|" + _MARK, re.IGNORECASE)
_STOP = re.compile(_CLAUSE_OR_COMMA.pattern + "|" + _MARK, re.IGNORECASE)
"""Where a clock time's clause begins and ends: a clause break, or a bracket or bar around
a time stamp ("Updated 11:58 a.m. (1858 in Egypt)", "6:58 am | Two men charged")."""

_PLANNED = re.compile(r"\b(?:will|would|shall|to\s+be|again|every|each)\b", re.IGNORECASE)
"""A clock time of a plan or of a recurring happening: not one happening timed twice."""

_APPROXIMATE = re.compile(r"^(?:about|around|approximately|roughly|some|circa)\b", re.I)
_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)
_BEFORE = re.compile(r"\bbefore\b", re.IGNORECASE)
_SHORTLY = 30
"""Minutes that "shortly after noon" or "just before 6pm" may lie from the hour it names."""


@dataclass(frozen=True, slots=True)
class _Clocked:
    """A clause that clocks an event: its verb, the minutes its time allows, its day when
    the text names one, and its time zone when the text gives one."""

    article_id: str
    source: str
    sentence: Sentence
    expression: TimeExpression
    verb: str
    word: str
    low: int
    high: int
    day: dt.date | None
    zone: str | None
    happening: Happening | None
    began: frozenset[str] = frozenset()
    """What its verb says began (``verbs.what_began``): "a sermon began", "a curfew that
    started" clock two things."""

    def meets(self, other: _Clocked) -> bool:
        """Whether both times can be right: minutes that meet, or told apart by zone or day
        (then they are not comparable, and so cannot be said to disagree)."""
        if self.zone != other.zone:
            return True
        if self.day is not None and other.day is not None and self.day != other.day:
            return True
        if other_days(self.happening, other.happening):
            return True  # the quake of one day and its aftershock of another
        if self.began and other.began and self.began.isdisjoint(other.began):
            return True  # a sermon's start and a curfew's
        return self.low <= other.high and other.low <= self.high


def find_clock_contradictions(
    documents: Sequence[Document], provenance: Provenance, happenings: Happenings
) -> list[Contradiction]:
    """One happening of the story clocked differently by independent sources (see the
    module's docstring). Times are grouped by verb, then by the minutes they allow, and
    only one clause of each distinct time is compared, so the cost follows the distinct
    times of a verb, not the square of the articles giving them."""
    by_verb: dict[str, list[_Clocked]] = {}
    for document in documents:
        for clocked in _clocked(document, provenance, happenings):
            by_verb.setdefault(clocked.verb, []).append(clocked)
    found = []
    for clauses in by_verb.values():
        times: dict[tuple[object, ...], list[_Clocked]] = {}
        for c in clauses:
            times.setdefault((c.low, c.high, c.day, c.zone), []).append(c)
        if len(times) < 2 or _clocked_twice(times.values()):
            continue
        sides = _sides(list(times.values()))
        if len(sides) < 2:
            continue  # times that differ only by zone or by the day named
        told = when_label(((s[0].sentence, s[0].expression, s[0].word) for s in sides), documents)
        found.append(
            Contradiction(
                kind="date",
                about=told or f"time of '{sides[0][0].word}'",
                sides=[_side(side) for side in sides],
            )
        )
    return found


def _clocked_twice(times: Iterable[list[_Clocked]]) -> bool:
    """Whether one source gives the verb two times that cannot both hold."""
    seen: dict[str, _Clocked] = {}
    for group in times:
        for c in group:
            other = seen.setdefault(c.source, c)
            if not other.meets(c):
                return True
    return False


def _sides(times: list[list[_Clocked]]) -> list[list[_Clocked]]:
    """The verb's times in groups that can all hold, earliest first. No source gives two
    of them (``_clocked_twice``), so two groups are two sources disagreeing."""
    ordered = sorted(times, key=lambda group: (group[0].low, group[0].high))
    sides: list[list[list[_Clocked]]] = []  # each side's groups, one per distinct time
    for group in ordered:
        if sides and all(other[0].meets(group[0]) for other in sides[-1]):
            sides[-1].append(group)
        else:
            sides.append([group])
    return [[c for group in side for c in group] for side in sides]


def _side(clauses: list[_Clocked]) -> ContradictionSide:
    first = min(clauses, key=lambda c: c.high - c.low)
    articles = list(dict.fromkeys(c.article_id for c in clauses))
    return ContradictionSide(
        value=first.expression.text, articles=articles, sentence=first.sentence.text
    )


def _clocked(
    document: Document, provenance: Provenance, happenings: Happenings
) -> list[_Clocked]:
    """Each clock time of the document with the event verb nearest it in its clause;
    times with no verb of their own, or told by a report's or a light verb, are left out."""
    text = document.article.text
    found = []
    sentences = document.sentences
    position = 0
    ordered = sorted(document.time_expressions, key=lambda t: t.start)
    for index, t in enumerate(ordered):
        clock = _CLOCK.search(t.value) if t.type == "TIME" else None
        if clock is None:
            continue
        while position < len(sentences) and sentences[position].end <= t.start:
            position += 1  # the sentence it starts in ("at 1:30 p.m. EST." may end one)
        if position == len(sentences) or sentences[position].start > t.start:
            continue
        sentence = sentences[position]
        before = text[sentence.start : t.start]
        opener = max(_OPENER.finditer(before), key=lambda m: m.end(), default=None)
        before = before[opener.end() if opener else 0 :]
        after = text[t.end : max(t.end, sentence.end)]
        stop = _STOP.search(after)
        after = after[: stop.start()] if stop else after
        event = _event_words(before, after)
        if event is None or event[0] is None or event[0] in _LIGHT or event[2] in _REPORTING:
            continue
        if event[2] in _STAMPS or _BOUND_BEFORE.search(before):
            continue  # "Last updated at 07:14 GMT"; "since midday": a bound, not a time
        if _PLANNED.search(before + " " + after):
            continue  # "will be screened from 0100 GMT", "screened again": not one happening
        told = (w for text in (before, after) for _at, kind, w in _verbs(text) if kind == event[0])
        word = next(told, event[2])
        if word.endswith("ing"):
            continue  # "live from Cairo starting at 10 p.m.": a schedule, not a happening told
        low, high = _minutes(t, int(clock.group(1)) * 60 + int(clock.group(2)))
        zone = _ZONE.search(text, t.start, max(t.end, min(t.end + _ZONE_REACH, sentence.end)))
        day = _day(t, ordered[index - 1 : index], text)
        found.append(
            _Clocked(
                article_id=document.id,
                source=provenance.source_key(document.id, sentence.text),
                sentence=sentence, expression=t, verb=event[0], word=word,
                low=low, high=high, day=day,
                zone=zone.group().lower() if zone else None,
                happening=happenings.of_sentence(sentence),
                began=what_began(sentence.text, word, t.start - sentence.start),
            )
        )  # fmt: skip
    return found


def _day(t: TimeExpression, beside: list[TimeExpression], text: str) -> dt.date | None:
    """The day a clock time names ("12:10 p.m. Sunday"), or the date right before it names
    ("on Dec 22, 2017 at 2:57pm"); None when the text names none."""
    if _DAY_WORDS.search(t.text):
        span = period(t.value[:10])
    else:
        gap = [(min(d.end, t.end), max(d.start, t.start)) for d in beside]
        dates = [
            d for d, (start, end) in zip(beside, gap, strict=True)
            if d.type == "DATE" and _JOINED.fullmatch(text, start, end)
        ]  # fmt: skip
        span = period(dates[0].value) if dates else None
    return span[0] if span and span[0] == span[1] else None


_JOINED = re.compile(r",?\s*(?:at\s+)?")
_STAMPS = frozenset({"updated", "posted", "published", "modified", "edited", "filed"})
"""Verbs of a page's time stamp, not of the story's happenings."""


def _minutes(t: TimeExpression, minute: int) -> tuple[int, int]:
    """The minutes of the day a clock time allows, as its wording reads (module docstring)."""
    if _AFTER.search(t.text):
        return minute, minute + _SHORTLY
    if _BEFORE.search(t.text):
        return minute - _SHORTLY, minute
    if t.mod == "APPROX" or _APPROXIMATE.match(t.text):
        written = minute % 60
        step = 60 if written == 0 else 10 if written % 10 == 0 else 5 if written % 5 == 0 else 4
        return minute - step // 2, minute + step // 2
    return minute, minute
