"""Publication-date inference scored on dated articles whose dates are hidden.

Each article of a dataset in the news-tls layout (``*/articles.jsonl``, one JSON object a
line with ``time`` and ``text``) is dated from its text as if it had come without a date, and
the guess is compared with the true date. Two settings are scored:

- *text alone*: what ``infer_publication_date`` makes of the text with nothing else;
- *with the collection* (the ``overall`` figures): the article is the one undated article of
  its topic, so the inference also gets the publication dates of the topic's other
  articles, those of the articles most like it (``neighbours.nearest``), the days the
  happenings it tells were first reported by the others (``neighbours.first_reports``) and
  the lag of its outlet (``source``) measured on the outlet's other articles
  (``infer.outlet_lag``), as ``pipeline.date_undated`` gives them to an undated article of a
  collection.

Shares are over all scored articles (an article without an inferred date is a miss), except
``within_1_day_when_answered``: how often a date, when one is given, is right within a day.
Articles are split like the time-expression corpora (``in_split`` over each topic's articles
in file order), so inference rules are tuned on one half and checked on the other.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.evaluation.timex import Split, in_split
from storyline.timex.infer import news_gap, outlet_lag
from storyline.timex.neighbours import first_reports, nearest, news_days, pairs_of

Neighbours = Sequence[tuple[dt.date, float]]


@dataclass(slots=True)
class Tally:
    """How the guesses of one setting compare with the truth."""

    articles: int = 0
    answered: int = 0
    exact: int = 0
    within_1: int = 0
    within_7: int = 0

    def count(self, guess: dt.date | None, truth: dt.date) -> None:
        self.articles += 1
        if guess is None:
            return
        gap = abs((guess - truth).days)
        self.answered += 1
        self.exact += gap == 0
        self.within_1 += gap <= 1
        self.within_7 += gap <= 7

    def shares(self, prefix: str = "") -> dict[str, float | int]:
        def share(n: int, of: int) -> float:
            return n / of if of else 0.0

        return {
            f"{prefix}answered": share(self.answered, self.articles),
            f"{prefix}exact": share(self.exact, self.articles),
            f"{prefix}within_1_day": share(self.within_1, self.articles),
            f"{prefix}within_7_days": share(self.within_7, self.articles),
            f"{prefix}within_1_day_when_answered": share(self.within_1, self.answered),
        }


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _without(known: list[dt.date], day: dt.date) -> list[dt.date]:
    """``known`` (sorted) with one occurrence of ``day`` left out: the collection as the
    pipeline sees it when this one article is the undated one."""
    rest = list(known)
    del rest[bisect.bisect_left(rest, day)]
    return rest


def evaluate(
    directory: Path,
    split: Split = "all",
    per_topic: int | None = None,
    infer: Callable[
        [str, Sequence[dt.date], Neighbours, int, Sequence[dt.date]], tuple[dt.date, float] | None
    ]
    | None = None,
) -> dict:
    """Hide each article's date and infer it back, from the text alone and with the dates
    of the rest of its topic. ``per_topic`` keeps only the first N articles of each topic
    (before the split); ``infer(text, collection, neighbours, lag, reported)`` replaces
    ``infer_publication_date``.

    Returns ``{"overall": {...}, "items": {topic: {...}}}``: ``overall`` holds the shares
    with the collection and, prefixed ``text_alone_``, those of the text alone.
    """
    if infer is None:
        from storyline.timex import infer_publication_date

        def infer(
            text: str,
            collection: Sequence[dt.date],
            neighbours: Neighbours,
            lag: int,
            reported: Sequence[dt.date],
        ) -> tuple[dt.date, float] | None:
            return infer_publication_date(
                text, collection=collection, neighbours=neighbours, lag=lag, reported=reported
            )

    directory = Path(directory)
    files = sorted(directory.glob("*/articles.jsonl"))
    if not files:
        raise FileNotFoundError(f"no */articles.jsonl under {directory}")
    alone_total, hinted_total = Tally(), Tally()
    items: dict[str, dict] = {}
    for path in files:
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()][:per_topic]
        dated = [(r, _day(r.get("time", ""))) for r in records]
        known = sorted(day for _, day in dated if day is not None)
        texts = [str(record.get("text", "")) for record in records]
        scored = [
            i for i, (_, truth) in enumerate(dated) if truth is not None and in_split(i, split)
        ]
        # Each scored article is left out of its own neighbours and its outlet's lag; the
        # others keep their dates.
        pairs = pairs_of(texts)
        near = nearest(pairs, [day is not None for _, day in dated], scored)
        days = [day for _, day in dated]
        firsts = first_reports(pairs, days, scored)
        outlets = [record.get("source") for record in records]
        gaps = [
            news_gap(text, day, _without(known, day)) if day is not None else None
            for text, (_, day) in zip(texts, dated, strict=True)
        ]
        by_outlet: dict[object, Counter[int | None]] = {}
        for outlet, gap in zip(outlets, gaps, strict=True):
            by_outlet.setdefault(outlet, Counter())[gap] += 1
        lags = {o: outlet_lag(counts.elements()) for o, counts in by_outlet.items() if o}
        alone, hinted = Tally(), Tally()
        for position in scored:
            truth = dated[position][1]
            assert truth is not None
            outlet = outlets[position]
            if outlet:
                own = by_outlet[outlet] - Counter([gaps[position]])
                lags_here = {**lags, outlet: outlet_lag(own.elements())}
            else:
                lags_here = lags
            lag = lags_here.get(outlet, 0)
            for tally, total, collection, neighbours, shifts, reported in (
                (alone, alone_total, [], [], 0, []),
                (
                    hinted,
                    hinted_total,
                    _without(known, truth),
                    news_days(near[position], days, outlets, lags_here),
                    lag,
                    firsts[position],
                ),
            ):
                guess = infer(texts[position], collection, neighbours, shifts, reported)
                day = guess[0] if guess is not None else None
                tally.count(day, truth)
                total.count(day, truth)
        items[path.parent.name] = {"articles": hinted.articles, **hinted.shares()}
        items[path.parent.name].update(alone.shares("text_alone_"))
    overall: dict[str, object] = {"articles": hinted_total.articles, **hinted_total.shares()}
    overall.update(alone_total.shares("text_alone_"))
    overall["split"] = split
    return {"overall": overall, "items": items}
