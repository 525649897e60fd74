"""Events: sentences that report something on a resolved date, merged across articles.

A sentence whose time expression resolves to a calendar date, month or year is a *mention*
of that date. Several articles report one event in different words and with different
expressions ("on Monday" in one, "Aug. 5" in another); once both are resolved they share a
date, and mentions of one date whose content words overlap enough are one event. An event
keeps every sentence as verbatim evidence and counts its sources by independence key, so a
wire story reprinted ten times is one source, not ten.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from storyline.grouping import UnionFind
from storyline.models import Document, Event, Evidence, Provenance, Sentence
from storyline.periods import span
from storyline.text import rouge_tokens

_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_DATED_TYPES = frozenset({"DATE", "TIME"})

MERGE_OVERLAP = 0.4
"""Share of the shorter sentence's content words two mentions of one date must have in
common to be reported as one event: high enough that two different things said about one
busy day stay apart, low enough that paraphrases of one announcement come together."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A sentence reporting something on a date, with the expression that gave the date."""

    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    sentence: Sentence
    expression: str | None
    source: str  # independence key: copies of one text share it
    published: datetime.date | None = None  # the reporting article's publication date


def calendar_value(value: str) -> str | None:
    """The calendar part of a TIMEX3 value (day, month or year), None for anything else.

    Weeks, seasons, quarters, decades, durations and unresolved values ("XXXX-08") are not
    places on a timeline, so they are not events.
    """
    match = _CALENDAR_VALUE.match(value)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        if day is not None:
            return date(int(year), int(month), int(day)).isoformat()
        if month is not None:
            return f"{year}-{month}" if 1 <= int(month) <= 12 else None
    except ValueError:
        return None
    return year


def granularity(value: str) -> str:
    """ "day", "month" or "year" for a calendar value."""
    return {10: "day", 7: "month"}.get(len(value), "year")


def day_of(value: str) -> date | None:
    """The date of a day-level value, None for coarser ones."""
    return date.fromisoformat(value) if len(value) == 10 else None


def within(value: str, since: date | None, until: date | None) -> bool:
    """Whether a calendar value overlaps the period [since, until]."""
    first, last = span(value)
    return (since is None or last >= since) and (until is None or first <= until)


def source_key(provenance: Provenance | None, sentence: Sentence) -> str:
    """The independence key of a sentence; the article itself when copies are unknown."""
    if provenance is None:
        return sentence.article_id
    return provenance.source_key(sentence.article_id, sentence.text)


def dated_sentences(document: Document) -> Iterator[tuple[Sentence, str, str]]:
    """Each (sentence, calendar value, expression text) of a document, in text order.

    An expression belongs to the sentence whose span contains its start; a sentence with
    two dates yields two pairs, because it reports on both.
    """
    sentences = document.sentences
    starts = [s.start for s in sentences]
    seen: set[tuple[int, str]] = set()
    for expression in sorted(document.time_expressions, key=lambda e: e.start):
        if expression.type not in _DATED_TYPES:
            continue
        value = calendar_value(expression.value)
        position = bisect_right(starts, expression.start) - 1
        if value is None or position < 0 or expression.start >= sentences[position].end:
            continue
        if (position, value) in seen:
            continue
        seen.add((position, value))
        yield sentences[position], value, expression.text


def collect_mentions(
    documents: Iterable[Document],
    provenance: Provenance | None = None,
    *,
    since: date | None = None,
    until: date | None = None,
) -> list[Mention]:
    """Every dated sentence of the documents whose date overlaps [since, until]."""
    return [
        Mention(value, sentence, text, source_key(provenance, sentence), document.article.published)
        for document in documents
        for sentence, value, text in dated_sentences(document)
        if within(value, since, until)
    ]


@lru_cache(maxsize=200_000)
def content_words(text: str) -> frozenset[str]:
    """Stemmed words that carry content (the ones ROUGE counts), for comparing sentences."""
    return frozenset(rouge_tokens(text))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared share of the smaller word set: a short report inside a long one still counts."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _linked(words: Sequence[frozenset[str]]) -> list[list[int]]:
    """Indexes grouped by single link: i and j together when their overlap is enough."""
    groups = UnionFind()
    for i in range(len(words)):
        groups.find(i)
        for j in range(i):
            if overlap(words[i], words[j]) >= MERGE_OVERLAP:
                groups.union(i, j)
    return list(groups.groups().values())


def group_mentions(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Mentions of one date and one event, grouped (single link on content overlap).

    Verbatim copies always fall together; paraphrases do when they share enough content
    words. Groups keep the order in which their first mention appeared.
    """
    by_date: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_date[mention.date].append(mention)
    groups: list[list[Mention]] = []
    for same_date in by_date.values():
        words = [content_words(m.sentence.text) for m in same_date]
        groups.extend([same_date[i] for i in group] for group in _linked(words))
    return groups


def evidence_of(mentions: Iterable[Mention]) -> list[Evidence]:
    """Verbatim evidence for mentions, one entry per article sentence."""
    seen: set[tuple[str, int]] = set()
    evidence = []
    for m in mentions:
        key = (m.sentence.article_id, m.sentence.index)
        if key not in seen:
            seen.add(key)
            evidence.append(
                Evidence(m.sentence.article_id, m.sentence.text, m.expression, m.sentence.index)
            )
    return evidence


def independent_sources(mentions: Iterable[Mention]) -> int:
    """Sources behind mentions, copies of one text counted once (at least one)."""
    return max(1, len({m.source for m in mentions}))


def event_of(group: Sequence[Mention], summary: str | None = None) -> Event:
    """One event from the mentions that report it; the summary defaults to the mention
    sharing most content words with the others (the most typical wording)."""
    if summary is None:
        words = [content_words(m.sentence.text) for m in group]
        best = max(
            range(len(group)),
            key=lambda i: (sum(len(words[i] & w) for w in words), -i),
        )
        summary = group[best].sentence.text
    return Event(
        date=group[0].date,
        summary=summary,
        evidence=evidence_of(group),
        independent_sources=independent_sources(group),
    )


def build_events(
    documents: Iterable[Document],
    provenance: Provenance | None = None,
    *,
    since: date | None = None,
    until: date | None = None,
) -> list[Event]:
    """All events of the documents, chronological, each with its evidence and sources."""
    groups = group_mentions(collect_mentions(documents, provenance, since=since, until=until))
    events = [event_of(group) for group in groups]
    events.sort(key=lambda e: (span(e.date)[0], -e.independent_sources))
    return events
