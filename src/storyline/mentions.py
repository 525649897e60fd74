"""Dated mentions: sentences that name a calendar date, for the date-wise timeline.

A sentence whose time expression resolves to a calendar date, month or year is a *mention*
of that date. The benchmark timeline (``timeline``) ranks dates by the independent sources
that mention them and summarises each from its mentions; the product's timeline of events
(``events``) dates a sentence by its main clause instead. Mentions of one date count their
sources by independence key, so a wire story reprinted ten times is one source, not ten.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from storyline.models import Document, Evidence, Provenance, Sentence
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

