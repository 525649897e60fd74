"""Remarks dated differently: the same quoted words, said on days that cannot both be right.

A quotation is the surest sign that two sentences tell one event: outlets quoting the same
run of words quote one remark, however differently they word the rest ("she said in 2014",
"a year later, she joked on a talk show, telling the host ..."). The date beside a
quotation, outside its quotation marks, dates the remark; when independent articles date
one remark on days that cannot meet, they disagree on when it was said. The date finder
(``dates``) skips dates beside a reporting verb, as they date a statement and not the event
it tells; here the statement is the event.

One source dating a remark twice tells of two occasions it was said (a line repeated a
year apart), and a remark of the story's history is never set beside one of its news, as
for every date disagreement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from storyline.claims.dates import (
    _BOUND_BEFORE,
    PER_DAY,
    _can_meet,
    _date_side,
    _DatedClause,
    _history_beside_news,
    _names_a_day,
    _own_days,
    _sides_by_date,
    _span,
    _story_start,
)
from storyline.claims.matching import _story_date
from storyline.grouping import UnionFind
from storyline.models import Contradiction, Document, Provenance
from storyline.sentences import per_sentence

QUOTED_RUN = 6
"""Words two tellings of a remark share in a row: a stock phrase ("in the coming days") is
shorter; one remark quoted by two outlets shares a clause or more."""

_QUOTATION = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_QUOTED_WORD = re.compile(r"[\w'’]+")

Run = tuple[str, ...]


def find_remark_contradictions(
    documents: Sequence[Document], provenance: Provenance
) -> list[Contradiction]:
    """One remark (a run of quoted words) dated on days that cannot meet by independent
    articles. Remarks are joined through the runs they share, so the cost follows the
    quoted words of the story."""
    reference = _story_date(documents)
    start = _story_start(documents)
    told = [r for d in documents for r in _dated_remarks(d, provenance, reference)]
    joined = UnionFind()
    first_of: dict[Run, int] = {}
    shared: set[Run] = set()
    for index, (_clause, runs) in enumerate(told):
        joined.find(index)
        for run in runs:
            other = first_of.setdefault(run, index)
            if other != index:
                joined.union(other, index)
                shared.add(run)
    copies: dict[tuple[str, str], list[str]] = {}
    for clause, _runs in told:
        copies.setdefault((clause.source, clause.sentence.text), []).append(clause.article_id)
    found = []
    for members in joined.groups().values():
        clauses = [told[i][0] for i in members]
        sides = _sides_by_date(clauses)
        if len(sides) < 2 or not _disagree(sides, start):
            continue
        # the first words of the remark the earliest telling shares with another
        run = next(r for r in told[members[0]][1] if r in shared)
        about = f'date of the remark "{" ".join(run)} ..."'
        found.append(
            Contradiction(kind="date", about=about, sides=[_date_side(s, copies) for s in sides])
        )
    return found


def _disagree(sides: list[list[_DatedClause]], start: dt.date | None) -> bool:
    """Whether a remark's dates are sources disagreeing: no source on two sides (that is
    the remark said twice), and two sides' clauses that cannot meet, both of the story's
    news or both of its history, not two reports' own "on Monday" of different days."""
    sources = [{c.source for c in side} for side in sides]
    if any(a & b for i, a in enumerate(sources) for b in sources[i + 1 :]):
        return False
    for i, side in enumerate(sides):
        for other in sides[i + 1 :]:
            for a in side[:PER_DAY]:
                for b in other[:PER_DAY]:
                    if not (
                        _can_meet(a, b) or _history_beside_news(a, b, start) or _own_days(a, b)
                    ):
                        return True
    return False


def _dated_remarks(
    document: Document, provenance: Provenance, fallback: dt.date | None
) -> list[tuple[_DatedClause, tuple[Run, ...]]]:
    """Each sentence quoting a remark beside one date of its own (outside the quotation
    marks), as the dated clause and the runs of quoted words it holds. A sentence with
    two such dates does not say which dates the remark, and a deadline ("by Friday") or a
    date ahead of the report dates no remark."""
    text = document.article.text
    dates = [t for t in document.time_expressions if _names_a_day(t)]
    reference = document.article.published or fallback
    remarks = []
    for sentence, near in zip(document.sentences, per_sentence(document.sentences, dates),
                              strict=True):  # fmt: skip
        quotations = list(_QUOTATION.finditer(sentence.text))
        quoted = [(m.start(), m.end()) for m in quotations]
        runs = tuple(dict.fromkeys(r for m in quotations for r in _runs(m.group(1))))
        if not runs:
            continue
        outside = [
            t
            for t in near
            if sentence.start <= t.start
            and t.end <= sentence.end
            and not any(a <= t.start - sentence.start < b for a, b in quoted)
        ]
        if len(outside) != 1:
            continue
        expression = outside[0]
        span = _span(expression, reference)
        before = text[sentence.start : expression.start]
        if span is None or _BOUND_BEFORE.search(before) or (reference and span[0] > reference):
            continue
        clause = _DatedClause(
            article_id=document.id,
            source=provenance.source_key(document.id, sentence.text),
            sentence=sentence, expression=expression, verb=None, noun=None, word="remark",
            names=frozenset(), since=span[0], until=span[1],
            published=document.article.published, actors=frozenset(), words=frozenset(),
        )  # fmt: skip
        remarks.append((clause, runs))
    return remarks


def _runs(quotation: str) -> list[Run]:
    """Every ``QUOTED_RUN`` words in a row of a quotation, in order, folded to lower case."""
    words = [w.lower().replace("’", "'") for w in _QUOTED_WORD.findall(quotation)]
    return [tuple(words[i : i + QUOTED_RUN]) for i in range(len(words) - QUOTED_RUN + 1)]
