"""Which of a story's events each figure tells, and what that allows it to be set beside.

The events stage groups a story's sentences into happenings (``events.story_events``), each
dated by its main clause or by its article's news day. A figure belongs to the event its
sentence reports, and what is known of that event decides what the figure may be set beside:

* an earlier incident dated before the story's first news (its background) is never set
  beside the story's own news unless the texts hold both figures at one time, and two
  earlier incidents only when their dates meet, so the dead of an attack years ago are not
  a disagreement about today's toll;
* a measure that does not change (a distance, a mass) told of events the texts date on
  different days is of two happenings (two launches);
* a figure held when its sentence's main clause says, and a state told without a date
  ("ships were waiting at anchor") on its article's news day, so the same count told on
  different days is a revision, not a disagreement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from storyline.events import Report, StoryEvent, news_day
from storyline.models import Sentence
from storyline.periods import span


@dataclass(frozen=True, slots=True)
class Happening:
    """What the claims stage reads of an event: its days, whether a text dates the
    happening itself (not only the saying of it), and whether it is background."""

    index: int
    date: str
    first: dt.date
    last: dt.date
    dated: bool
    background: bool

    def meets(self, other: Happening) -> bool:
        """Whether the two events' days overlap."""
        return self.first <= other.last and other.first <= self.last


def apart(a: Happening | None, b: Happening | None) -> bool:
    """Whether two claims tell two earlier incidents: background events whose dates cannot
    meet (the attacks of January and of November). Unknown events are not told apart."""
    if a is None or b is None or a.index == b.index:
        return False
    return a.background and b.background and not a.meets(b)


def mixed(a: Happening | None, b: Happening | None) -> bool:
    """Whether one claim tells an earlier incident (background) and the other the story's
    own news: they are about different happenings unless the text holds them at one time."""
    return a is not None and b is not None and a.background != b.background


def other_days(a: Happening | None, b: Happening | None) -> bool:
    """Whether both claims' texts date their events, on days that cannot meet: two launches,
    two blasts (a distance of one is not a distance of the other)."""
    if a is None or b is None or a.index == b.index:
        return False
    return a.dated and b.dated and not a.meets(b)


class Happenings:
    """The events of one story by the sentences that tell them."""

    def __init__(self, found: Iterable[StoryEvent]) -> None:
        self._reports: dict[tuple[str, int], Happening] = {}
        self._dated: dict[tuple[str, int], tuple[dt.date, dt.date]] = {}
        by_article: dict[str, list[Report]] = {}
        for index, event in enumerate(found):
            first, last = span(event.date)
            happening = Happening(
                index=index,
                date=event.date,
                first=first,
                last=last,
                dated=any(r.date == event.date and not r.said for r in event.reports),
                background=event.before and event.text_dated,
            )
            # A detail told after the event's lead ("Fewer than 1,000 troops remain",
            # "Some 20 people were killed, the residents said") dates nothing itself: its
            # figure is a state of its page's day, which the lead's date (perhaps one the
            # sources dispute) neither sets apart from other days nor makes history.
            detail = (
                replace(happening, index=-1 - index, dated=False, background=False)
                if event.details
                else happening
            )
            for report in event.reports:
                told = detail if id(report) in event.details else happening
                self._reports.setdefault(_key(report.sentence), told)
                if report.date is not None and not report.said:
                    self._dated.setdefault(_key(report.sentence), span(report.date))
                by_article.setdefault(report.sentence.article_id, []).append(report)
        self._news_days = {
            article: news_day(sorted(reports, key=lambda r: r.position))
            for article, reports in by_article.items()
        }

    def of_sentence(self, sentence: Sentence) -> Happening | None:
        """The event a sentence reports (None: it tells none the events stage kept)."""
        return self._reports.get(_key(sentence))

    def held(self, sentence: Sentence, state: bool) -> tuple[dt.date, dt.date] | None:
        """When what a sentence tells held, as the events stage reads it: the days its main
        clause gives ("spread to two more harbours on Thursday"); for a state told without
        a date ("ships were waiting at anchor"), its article's news day. None when neither."""
        key = _key(sentence)
        if key in self._dated:
            return self._dated[key]
        day = self._news_days.get(sentence.article_id) if state else None
        return (day, day) if day is not None else None


def _key(sentence: Sentence) -> tuple[str, int]:
    return sentence.article_id, sentence.index
