"""Record spans: how long since the last time, told differently by outlets of the same days.

A record is told with the stretch of time it spans: "the first flu pandemic in 40 years",
"its worst season in three decades", "the lowest turnout in 20 years". The span is a fact of
its own, worked out by each outlet from the date of the last such thing, and outlets get it
wrong by a year or round it differently ("the first in 40 years", "the first in 41 years").
The quantity reader leaves these out (a count of years is a duration), so they are read here.

Two spans are of one record when they qualify the same record word ("first", "worst") of the
same thing: the words between the record word and its span end on one noun, and the words
before it in one are among those of the other ("the first official pandemic", "the first flu
pandemic"; a first home win is not a first away win); or, when those words say nothing of
what it is ("for the first time in 40 years"), the clause telling what happened shares at
least ``SAME_WORDS`` content words. A record changes only when it is broken again, so two
spans of one record told by independent articles published within ``SAME_DAYS`` of each
other disagree when the ranges their hedges allow cannot meet, unless one source gives both.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.claims.matching import value_sides
from storyline.grouping import UnionFind
from storyline.models import Contradiction, Document, Provenance
from storyline.text import CARDINALS, topic_stem
from storyline.timex.lexicon import number_value

SAME_DAYS = 7
"""Days apart within which two articles tell one record as of one time."""

SAME_WORDS = 2
"""Content words two clauses share, when their record names no thing ("for the first time
in 40 years"), for the record to be of one happening."""

_RECORDS = (
    "first|worst|best|biggest|largest|highest|lowest|deadliest|strongest|weakest|longest"
    "|shortest|heaviest|wettest|driest|hottest|warmest|coldest|busiest|fewest|fastest"
    "|slowest|sharpest|steepest|most|least"
)
_UNIT_DAYS = {
    "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5,
    "century": 36525.0,
}  # fmt: skip
_SPAN = re.compile(
    rf"\b(?P<record>{_RECORDS})\s+(?P<what>(?:[A-Za-z'’-]+\s+){{0,4}}?)(?:in|for)\s+"
    r"(?:the\s+(?:last|past)\s+)?"
    r"(?:(?P<hedge>nearly|almost|more\s+than|over|about|around|roughly|some|at\s+least"
    r"|just\s+over|just\s+under)\s+)?"
    rf"(?P<count>\d{{1,4}}|an?|(?:{'|'.join(CARDINALS)})(?:-[a-z]+)?)\s+"
    r"(?P<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b"
    r"(?!['’]?\s+(?:ago|old|from|later|time))",
    re.IGNORECASE,
)
"""A record word, up to four words saying what it is a record of, and its span: "first flu
pandemic in 40 years", "worst season in more than three decades". A span "ago" or "old" is
a date or an age, and "in less than two weeks" or "in three years' time" a time to come,
not how long the record stands."""

_GENERIC = frozenset(
    map(topic_stem, "time times ever official world world's global such kind its their".split())
)
"""Words between a record word and its span that do not say what the record is of."""

_CLAUSE_START = re.compile(r"[,;:—()\"“”]")


@dataclass(frozen=True, slots=True)
class _Span:
    """One record span told in one sentence: what it is a record of, and the days it allows."""

    record: str
    head: str
    modifiers: frozenset[str]
    clause: frozenset[str]
    text: str
    low: float
    high: float
    article_id: str
    source: str
    sentence: str
    published: dt.date | None


def find_span_contradictions(
    documents: Sequence[Document], provenance: Provenance
) -> list[Contradiction]:
    """Each record whose span independent articles of the same days tell in values that
    cannot both hold. Spans are set against each other two at a time, only those of one
    record, and the pairs that disagree are joined into one disagreement per record: "the
    first pandemic" is one record with "the first flu pandemic" and with "the first influenza
    pandemic", which are not one record with each other."""
    told = [s for d in documents for s in _spans(d, provenance)]
    pairs = [
        (i, j)
        for i, j in itertools.combinations(range(len(told)), 2)
        if _one_record(told[i], told[j])
    ]
    # A source giving two values of one record itself (its headline and its text) may
    # correct either any time: it takes no side.
    wavering = {
        told[i].source
        for i, j in pairs
        if told[i].source == told[j].source and _apart(told[i], told[j])
    }
    joined = UnionFind()
    for i, j in pairs:
        if _disagree(told[i], told[j]) and not wavering & {told[i].source, told[j].source}:
            joined.union(i, j)
    found = []
    for members in joined.groups().values():
        involved = sorted((told[i] for i in members), key=lambda s: (s.low, s.high, s.article_id))
        # shortest span first, each value as first printed
        sides = value_sides(involved, lambda s: (s.low, s.high), lambda s: _value(s.text))
        found.append(Contradiction(kind="number", about=_about(involved), sides=sides))
    return found


def _one_record(a: _Span, b: _Span) -> bool:
    """Whether two spans qualify one record: one record word of one thing."""
    if a.record != b.record:
        return False
    if a.head or b.head:
        # "the first flu pandemic", "for the first time": not shown to be one
        return a.head == b.head and (a.modifiers <= b.modifiers or b.modifiers <= a.modifiers)
    return len(a.clause & b.clause) >= SAME_WORDS


def _disagree(a: _Span, b: _Span) -> bool:
    """Whether two spans of one record disagree: independent sources, published within
    ``SAME_DAYS`` of each other, whose ranges cannot meet."""
    if a.source == b.source or a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) <= SAME_DAYS and _apart(a, b)


def _apart(a: _Span, b: _Span) -> bool:
    return a.high < b.low or b.high < a.low


def _about(spans: list[_Span]) -> str:
    """ "time since the last flu pandemic" for a first; "time the worst season record
    spans" for any other record, in the words of its first side."""
    first = spans[0]
    words = first.text.split()
    what = " ".join(words[1 : _in_at(words)])
    if first.record == "first":
        return f"time since the last {what}".rstrip() if what else "time since the last time"
    return f"time the record of the {first.record} {what} spans".replace("  ", " ")


def _in_at(words: list[str]) -> int:
    """Where "in" or "for" opens the span, counted from the record word."""
    return max(i for i, w in enumerate(words) if w.lower() in ("in", "for"))


def _value(text: str) -> str:
    """The span as printed, without the record's words: "41 years" of "first pandemic in 41
    years"."""
    words = text.split()
    return " ".join(words[_in_at(words) + 1 :])


def _spans(document: Document, provenance: Provenance) -> list[_Span]:
    """The record spans a document tells, each read as the range of days its words allow."""
    found = []
    for sentence in document.sentences:
        for match in _SPAN.finditer(sentence.text):
            days = _days(match)
            if days is None:
                continue
            what = [w for w in map(topic_stem, match.group("what").split()) if w]
            words = [w for w in what if w not in _GENERIC]
            start = max(
                (m.end() for m in _CLAUSE_START.finditer(sentence.text, 0, match.start())),
                default=0,
            )
            clause = sentence.text[start : match.start()].split()
            found.append(
                _Span(
                    record=match.group("record").lower(), head=words[-1] if words else "",
                    modifiers=frozenset(words[:-1]),
                    clause=frozenset(filter(None, map(topic_stem, clause))),
                    text=match.group(), low=days[0], high=days[1], article_id=document.id,
                    source=provenance.source_key(document.id, sentence.text),
                    sentence=sentence.text, published=document.article.published,
                )
            )  # fmt: skip
    return found


def _days(match: re.Match[str]) -> tuple[float, float] | None:
    """The days a span allows: a figure of years is that many whole years, give or take a
    few days' reckoning, but a figure of decades or centuries is a round one ("three decades"
    is 25 to 35 years); a hedge widens it as a reporter uses it."""
    count = number_value(match.group("count"))
    if count is None or count == 0:
        return None
    unit = match.group("unit").lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    size = _UNIT_DAYS[unit]
    round_figure = unit in ("decade", "century") or match.group("count").lower() in ("a", "an")
    spread = 0.5 if round_figure else 0.45
    low, high = (count - spread) * size, (count + spread) * size
    hedge = " ".join((match.group("hedge") or "").lower().split())
    if hedge in ("nearly", "almost", "just under"):
        return 0.85 * count * size, count * size
    if hedge in ("more than", "over", "at least", "just over"):
        return count * size, float("inf")
    if hedge in ("about", "around", "roughly", "some"):
        return 0.9 * low, 1.1 * high
    return low, high
