"""Dates of events, and independent articles that date the same event differently.

A dated clause is keyed by its event verb and the specific names near it ("withdrew ...
from Airbase 101"), each date is read as the span its precision allows ("earlier this
month" in an August article is 1 August to the publication day), and two independent
articles whose spans for the same event cannot meet disagree.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from storyline.claims.matching import _actors, _name_surfaces, _names, _story_date, _topic
from storyline.claims.verbs import (
    _CLAUSE,
    _CLAUSE_OR_COMMA,
    _LIGHT,
    _REPORTING,
    _event_words,
    _verbs,
)
from storyline.grouping import UnionFind
from storyline.models import (
    Contradiction,
    ContradictionSide,
    Document,
    Provenance,
    Sentence,
    TimeExpression,
)
from storyline.periods import period
from storyline.sentences import per_sentence
from storyline.text import suffix_stem

_DAY_WORDS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*\.?\s|yesterday|tomorrow|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)


def _names_a_day(t: TimeExpression) -> bool:
    """Dates, and times that say which day ("midnight on Sunday"); a bare clock time
    ("6:40 p.m.") takes its day from the report, so it dates nothing by itself."""
    return t.type == "DATE" or (t.type == "TIME" and _DAY_WORDS.search(t.text) is not None)


def _span(t: TimeExpression, fallback: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a TIMEX3 date value covers, narrowed by its mod; None when not a date.

    An "XXXX" year (the article is undated) is read against ``fallback``, the latest date of
    the story, as the tagger reads months: the last such date not after it.
    """
    value = t.value
    if value.startswith("XXXX") and fallback is not None:
        year = fallback.year
        if re.match(r"XXXX-(\d{2})(?:-(\d{2}))?$", value) and value[5:] > fallback.isoformat()[5:]:
            year -= 1
        value = f"{year}{value[4:]}"
    span = period(value.split("T")[0])
    if span is None:
        return None
    start, end = span
    if t.text.lower().startswith("earlier") and t.anchor:
        return start, min(end, dt.date.fromisoformat(t.anchor))
    return _narrow(start, end, t.mod)


def _narrow(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """Early, mid and late thirds of a span ("mid-September" is the 10th to the 21st)."""
    third = dt.timedelta(days=((end - start).days + 1) // 3)
    if mod == "START":
        return start, start + third
    if mod == "MID":
        return start + third - dt.timedelta(days=1), end - third + dt.timedelta(days=1)
    if mod == "END":
        return end - third, end
    return start, end


_BOUND_BEFORE = re.compile(
    r"\b(?:(?P<upper>by|until|till|before|no\s+later\s+than|ahead\s+of)|(?P<lower>after|since))"
    r"(?:\s+(?:the|a|an|its|their|this|that))?\s*$",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\b\w+(?:ed|en)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _DatedClause:
    """A clause that dates an event: its verbs, the names near it, and the days it allows."""

    article_id: str
    source: str
    sentence: Sentence
    expression: TimeExpression
    verb: str | None
    noun: str | None
    word: str
    names: frozenset[str]
    since: dt.date
    until: dt.date
    published: dt.date | None
    actors: frozenset[str]
    words: frozenset[str]
    # The kinds of event the clause may be about: its noun when its verb is light. Set once,
    # as every pairing of the clause asks for it.
    events: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        if self.noun and (self.verb is None or self.verb in _LIGHT):
            events = frozenset({self.noun})
        else:
            events = frozenset(e for e in (self.verb, self.noun) if e)
        object.__setattr__(self, "events", events)

    @property
    def weak(self) -> bool:
        """Nouns ("the earthquake") and light verbs ("took") name a kind of event; only a
        verb with what it acts on singles one out."""
        return self.verb is None or self.verb in _LIGHT


def find_date_contradictions(
    documents: Sequence[Document], provenance: Provenance
) -> list[Contradiction]:
    """The same event dated differently by independent articles, beyond each date's precision.

    Two dated clauses report the same event when they share an event verb ("withdrew",
    "withdrawal") and a name that is not the story's subject everywhere ("Airbase 101").
    A date given as a deadline ("by September 15") only bounds the event. Dates attached to
    a reporting verb ("said on Monday") date the statement, not the event, and are skipped.
    """
    fallback = _story_date(documents)
    common = _common_names(documents)
    clauses = [c for d in documents for c in _dated_clauses(d, provenance, fallback)]
    by_verb: dict[str, list[int]] = {}
    for index, clause in enumerate(clauses):
        for event in sorted(clause.events):
            by_verb.setdefault(event, []).append(index)
    copies: dict[tuple[str, str], list[str]] = {}
    for clause in clauses:
        copies.setdefault((clause.source, clause.sentence.text), []).append(clause.article_id)
    # Clauses joined by disagreeing pairs are one event, reported once, with one side per
    # date, however many articles repeat each side.
    union = UnionFind()
    abouts: list[tuple[int, str]] = []  # (a clause of the event, its description), first pair
    tried: set[tuple[int, int]] = set()
    for group in by_verb.values():
        for pair in _sharing_names(group, clauses, common):
            if pair in tried:
                continue
            tried.add(pair)
            a, b = clauses[pair[0]], clauses[pair[1]]
            if a.source == b.source or _can_meet(a, b) or not _same_event(a, b, common):
                continue
            first, second = sorted((a, b), key=lambda c: c.since)
            abouts.append((pair[0], _event_about(first, second)))
            union.union(*pair)
    members = union.groups()
    found: list[Contradiction] = []
    for index, about in abouts:
        reports = members.pop(union.find(index), None)
        if reports is not None:
            sides = _sides_by_date([clauses[i] for i in reports])
            found.append(
                Contradiction(
                    kind="date", about=about, sides=[_date_side(s, copies) for s in sides]
                )
            )
    return found


def _sides_by_date(event: list[_DatedClause]) -> list[list[_DatedClause]]:
    """The clauses of one event in groups whose dates can all hold at once, earliest first
    ("early July" and "July 7" are one side, "July 9" another), each in story order."""
    ordered = sorted(range(len(event)), key=lambda i: (event[i].since, event[i].until, i))
    sides: list[list[int]] = []
    low = high = dt.date.min
    for i in ordered:
        clause = event[i]
        if sides and clause.since <= high and clause.until >= low:
            sides[-1].append(i)
            low, high = max(low, clause.since), min(high, clause.until)
        else:
            sides.append([i])
            low, high = clause.since, clause.until
    return [[event[i] for i in sorted(side)] for side in sides]


def _sharing_names(
    group: list[int], clauses: list[_DatedClause], common: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The pairs of a group's clauses that may report one event, in the order
    ``itertools.combinations`` gives them: those sharing a name, and, if the name is the
    story's subject, also a verb and a word, which is all ``_same_event`` accepts.

    Comparing only these keeps a story's cost in line with the pairs that share something
    specific rather than with the square of its dated clauses.
    """
    postings: dict[tuple[str, ...], list[int]] = {}
    for position, index in enumerate(group):
        clause = clauses[index]
        for name in clause.names:
            if name not in common:
                postings.setdefault((name,), []).append(position)
            elif not clause.weak:
                for word in clause.words:
                    postings.setdefault((name, clause.verb or "", word), []).append(position)
    keys: list[list[list[int]]] = [[] for _ in group]
    for positions in postings.values():
        for position in positions:
            keys[position].append(positions)
    for position, index in enumerate(group):
        later: set[int] = set()
        for positions in keys[position]:
            later.update(positions[bisect.bisect_right(positions, position) :])
        for other in sorted(later):
            yield index, group[other]


def _can_meet(a: _DatedClause, b: _DatedClause) -> bool:
    """Whether two dated clauses' spans overlap, so both dates can be right."""
    return a.since <= b.until and b.since <= a.until


# Dates told relative to the report's own day: two reports of different days using them
# usually tell of two occurrences of a recurring event, not one event dated twice.
_RECENT = re.compile(
    r"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|yesterday|today|tonight|last\s+night|(?:\w+\s+)?days?\s+(?:earlier|ago|later))"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def _common_names(documents: Sequence[Document]) -> frozenset[str]:
    """Names most articles of a larger story use ("Haiti"): they name its subject, so on
    their own they tell one of its events from another only through a verb."""
    if len(documents) < 4:
        return frozenset()
    counts = Counter(name for d in documents for name in _names(d.article.text))
    return frozenset(n for n, c in counts.items() if c >= 0.6 * len(documents))


def _same_event(a: _DatedClause, b: _DatedClause, common: frozenset[str]) -> bool:
    """Same kind of event and a shared name. A name the whole story uses counts only with a
    verb and a word for what it acts on ("the dam collapsed"), not with a noun ("the last
    earthquake") or a light verb ("took to the streets"), which recur through a story.
    Different countries acting: different events."""
    if not a.events & b.events or (a.actors and b.actors and a.actors.isdisjoint(b.actors)):
        return False
    if not (a.weak or b.weak) and a.verb != b.verb:
        return False  # "resumed talks", "broke off talks": two events around one noun
    if a.noun and b.noun and a.noun != b.noun:
        return False
    if (
        a.published != b.published
        and _RECENT.fullmatch(a.expression.text)
        and _RECENT.fullmatch(b.expression.text)
    ):
        return False  # "met on Tuesday" in Monday's paper, "met on Monday" a week later
    shared = a.names & b.names
    if shared - common:
        return True
    return bool(shared) and not (a.weak or b.weak) and not a.words.isdisjoint(b.words)


def _dated_clauses(
    document: Document, provenance: Provenance, fallback: dt.date | None
) -> list[_DatedClause]:
    """Each date of the document with the event it dates: the event words nearest to it in
    its clause ("withdrew earlier this month", "on July 7, troops left"). A date with no
    event word of its own ("and Air Base 201 on Aug. 5") shares the previous one's."""
    text = document.article.text
    dates = [t for t in document.time_expressions if _names_a_day(t)]
    reference = document.article.published or fallback
    clauses: list[_DatedClause] = []
    overlapping = per_sentence(document.sentences, dates)
    for sentence, near in zip(document.sentences, overlapping, strict=True):
        inside = [t for t in near if sentence.start <= t.start and t.end <= sentence.end]
        for i, t in enumerate(inside):
            span = _span(t, reference)
            if span is None or (reference and span[0] > reference + dt.timedelta(days=366)):
                continue  # a news report does not date its events decades ahead ("2050 GMT")
            left = inside[i - 1].end if i else sentence.start
            right = inside[i + 1].start if i + 1 < len(inside) else sentence.end
            before, after = text[left : t.start], text[t.end : right]
            before = before[max((m.end() for m in _CLAUSE.finditer(before)), default=0) :]
            fronted = not _verbs(before) and len(before.split()) <= 3
            stop = (_CLAUSE if fronted else _CLAUSE_OR_COMMA).search(after)
            after = after[: stop.start()] if stop else after
            event = _event_words(before, after)
            if event is None:
                if not clauses or clauses[-1].sentence != sentence or _verbs(before + after):
                    continue
                event = clauses[-1].verb, clauses[-1].noun, clauses[-1].word
            verb, noun, word = event
            if word in _REPORTING:
                continue
            since, until = span
            bound = _BOUND_BEFORE.search(before)
            if (
                bound
                and bound.group().lower().startswith("by")
                and _AGENT.search(before, 0, bound.start())
            ):
                bound = None  # "flattened by Tuesday's earthquake": an agent, not a deadline
            if bound and bound.group("upper"):
                since = dt.date.min
            elif bound:
                until = dt.date.max
            clauses.append(
                _DatedClause(
                    article_id=document.id,
                    source=provenance.source_key(document.id, sentence.text),
                    sentence=sentence, expression=t, verb=verb, noun=noun, word=word,
                    names=_names(before + " " + after), since=since, until=until,
                    published=document.article.published, actors=_actors(before + " " + after),
                    words=_topic(before + " " + after, names=False) - {suffix_stem(word)},
                )
            )  # fmt: skip
    return clauses


def _event_about(a: _DatedClause, b: _DatedClause) -> str:
    """ "date of 'withdrawing' (Air Base 101)": the event as one side words it, and the
    names both sides give it."""
    verb = a.word
    surfaces = _name_surfaces(a.sentence.text)
    names = [surfaces.get(k, k) for k in sorted(a.names & b.names) if not k.startswith("#")]
    return f"date of '{verb}' ({', '.join(names)})" if names else f"date of '{verb}'"


def _date_side(
    clauses: list[_DatedClause], copies: dict[tuple[str, str], list[str]]
) -> ContradictionSide:
    """One date of a disagreement: as its most precise clause words it (the first in story
    order among equals), resolved, with every article giving that date, copies included
    (``copies``: the articles of each text's dated sentences, in story order)."""
    first = min(clauses, key=lambda c: c.until - c.since)
    articles = dict.fromkeys(
        article for clause in clauses for article in copies[clause.source, clause.sentence.text]
    )
    value = f"{first.expression.text} ({_when_dates(first.since, first.until)})"
    return ContradictionSide(value=value, articles=list(articles), sentence=first.sentence.text)


def _when_dates(since: dt.date, until: dt.date) -> str:
    if since == until:
        return since.isoformat()
    if since == dt.date.min:
        return f"by {until.isoformat()}"
    if until == dt.date.max:
        return f"after {since.isoformat()}"
    return f"{since.isoformat()} to {until.isoformat()}"
