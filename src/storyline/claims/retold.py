"""One event of the story that independent sources date on days that cannot meet.

The events stage (``events.story_events``) groups the sentences that tell one happening
across articles, and lets a sentence join an event whose date it gives otherwise when its
words are close to the event's: sources disagree on dates. Inside such an event, two sources
whose main clauses date the happening itself (not the saying of it, nor a plan) on spans
that cannot meet ("in July", "in early August") disagree about its date, however they word
it, which the clause-by-clause comparison of ``dates`` (an event verb and a name in common)
may not see.

A source giving both dates, a sentence telling the happening as a repeat ("again on
Sunday") or tying it to another one a span apart ("a day after the fighting"), one line
differing only by its date (a schedule) and page furniture tell two happenings of one kind,
not one dated twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from storyline.events import Report, StoryEvent
from storyline.furniture import is_furniture
from storyline.models import Contradiction, ContradictionSide
from storyline.periods import period
from storyline.text import CARDINALS

_TWO_HAPPENINGS = re.compile(
    r"\b(?:again|anew|once\s+more|(?:for\s+)?(?:a|the)\s+(?:second|third|fourth)\s+(?:time|day)"
    r"|(?:a|" + "|".join(CARDINALS) + r"|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:after|before|later|earlier|ago))\b",
    re.IGNORECASE,
)
"""Words telling a happening as a repeat of one before it, or set a span apart from another
one or from the report's own day, whatever the count ("eight days ago" in a text reprinted
the next day reads as a day later): each is its own day's happening."""

_ABOUT_WORDS = 14
"""Words of an event's summary that label its disagreement."""


def find_retold_contradictions(
    found: Sequence[StoryEvent], already: Iterable[Contradiction]
) -> list[Contradiction]:
    """Every event whose dating reports from independent sources give dates that cannot
    meet, one disagreement per event, one side per date; none that ``already`` holds (the
    same dates of this event set side by side by the dates of clauses)."""
    shown = [c.sides for c in already if c.kind == "date"]
    disagreements = []
    for event in found:
        dates = _dates(event.reports)
        if not _apart(dates) or any(_holds(s, dates) for s in shown):
            continue
        sides = [_side(date, reports) for date, reports in sorted(dates.items())]
        disagreements.append(Contradiction(kind="date", about=_about(event), sides=sides))
    return disagreements


def _dates(reports: Iterable[Report]) -> dict[str, list[Report]]:
    """The event's reports that date the happening itself to a month or a day, by date."""
    dates: dict[str, list[Report]] = {}
    for report in reports:
        date = report.date
        if date is None or len(date) < len("2025-10") or period(date) is None or report.said:
            continue  # no date, a year or a season, or the day of a statement
        if report.future or report.planned or report.quote:
            continue  # a plan moves, a quote is someone's word
        text = report.sentence.text
        if _TWO_HAPPENINGS.search(text) or is_furniture(text):
            continue
        dates.setdefault(date, []).append(report)
    return dates


def _apart(dates: dict[str, list[Report]]) -> bool:
    """Whether two of the dates cannot both hold ("2010-07" and "2010-08"; not "2010-08"
    and "2010-08-05"), given by independent sources in other words: a source giving both
    tells two happenings, and one line that differs only by its date ("Watch at 10 p.m. ET
    Monday", "... Wednesday") is a schedule, each date its own happening."""
    told = [
        (found, {_undated(r) for r in reports}, {r.source for r in reports})
        for date, reports in dates.items()
        if (found := period(date)) is not None
    ]
    return any(
        (a[1] < b[0] or b[1] < a[0]) and not lines & others and not sources & tellers
        for i, (a, lines, sources) in enumerate(told)
        for b, others, tellers in told[i + 1 :]
    )


def _undated(report: Report) -> str:
    """A report's sentence without the date it gives."""
    text = report.sentence.text
    return text.replace(report.expression, "", 1) if report.expression else text


def _holds(sides: list[ContradictionSide], dates: dict[str, list[Report]]) -> bool:
    """Whether a disagreement already found sets two of these dates side by side, quoting a
    sentence of this event."""
    texts = {r.sentence.text for reports in dates.values() for r in reports}
    given = [date for date in dates if any(date in side.value for side in sides)]
    return len(given) >= 2 and any(side.sentence in texts for side in sides)


def _side(date: str, reports: list[Report]) -> ContradictionSide:
    """One date as the first report words it, with every article giving it."""
    first = reports[0]
    articles = list(dict.fromkeys(r.sentence.article_id for r in reports))
    value = f"{first.expression} ({date})" if first.expression else date
    return ContradictionSide(value=value, articles=articles, sentence=first.sentence.text)


def _about(event: StoryEvent) -> str:
    """The event, in the first words of its summary."""
    words = event.summary.sentence.text.split()
    text = " ".join(words[:_ABOUT_WORDS])
    return f"date of: {text}{' ...' if len(words) > _ABOUT_WORDS else ''}"
