"""Dates of events, and independent articles that date the same event differently.

A dated clause is keyed by its event verb and the specific names near it ("withdrew ...
from Airbase 101"), each date is read as the span its precision allows ("earlier this
month" in an August article is 1 August to the publication day), and two independent
articles whose spans for the same event cannot meet disagree.

A disagreement is about one event's day: a date of the story's history, a year or more
before its first news (an earlier incident, a biography), is never set beside a date of its
own; when one source gives both dates of a pair, or two articles weeks apart each give their
own day's news of one kind of event, they tell two happenings (the launches of 2016 and
2017), not one dated twice. A plan whose date moves between reports ("next month", then "in
March") is a revision, listed with when each date was given.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from storyline.claims.matching import (
    _TRADED,
    _actors,
    _key,
    _name_surfaces,
    _names,
    _shared_spelling,
    _story_date,
    _topic,
    linked_names,
)
from storyline.claims.verbs import (
    _CLAUSE,
    _CLAUSE_OR_COMMA,
    _LIGHT,
    _NOMINAL_EVENTS,
    _REPORTING,
    _event_word,
    _event_words,
    _verbs,
    noun_dated,
    what_began,
    when_label,
)
from storyline.events import FAR, NEWS_DAY_REACH
from storyline.furniture import is_furniture, without_dateline
from storyline.grouping import UnionFind
from storyline.models import (
    Contradiction,
    ContradictionSide,
    Document,
    Provenance,
    Revision,
    RevisionValue,
    Sentence,
    TimeExpression,
)
from storyline.periods import period
from storyline.sentences import per_sentence
from storyline.text import MONTH_STEM, WEEKDAY, in_quotation, suffix_stem

_DAY_WORDS = re.compile(
    rf"\b{WEEKDAY}|\b{MONTH_STEM}[a-z]*\.?\s|yesterday"
    r"|tomorrow|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)


def _names_a_day(t: TimeExpression) -> bool:
    """Dates, and times that say which day ("midnight on Sunday"); a bare clock time
    ("6:40 p.m.") takes its day from the report, so it dates nothing by itself."""
    return t.type == "DATE" or (t.type == "TIME" and _DAY_WORDS.search(t.text) is not None)


_SAME = re.compile(r"\b(?:the|that)\s+(?:very\s+)?same\s+(?:day|date|week|month|year)\b", re.I)
"""A date told as another event's ("sent on the same day that Blix declared ..."): which day
it is rests on reading that other event, so outlets reading it apart are not outlets
dating the event apart."""


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
    # "earlier this month" ends at the day it is read from (a told month: at its end).
    bound = period(t.anchor) if t.text.lower().startswith("earlier") and t.anchor else None
    if bound is not None:
        return start, min(end, bound[1])
    if (ago := _HEDGED_AGO.search(t.text)) is not None:
        unit = _AGO_UNITS[ago.group("unit").lower().rstrip("s")]
        if ago.group("hedge").lower() in ("nearly", "almost"):
            end += unit  # "nearly six weeks ago": less than six weeks, so later
        else:
            start -= unit  # "more than two months ago": earlier
    return _narrow(start, _week_ended(t, start, end), t.mod)


_HEDGED_AGO = re.compile(
    r"\b(?P<hedge>nearly|almost|more\s+than|over)\s+\w+\s+(?P<unit>weeks?|months?)\s+ago\b",
    re.IGNORECASE,
)
_AGO_UNITS = {"week": dt.timedelta(days=7), "month": dt.timedelta(days=31)}
"""A date told as nearly or more than some weeks or months ago ("nearly six weeks ago") is
less or more than its count: it reaches a unit later or earlier than the count's own week
or month. (A count of years is read give or take one, ``_YEARS_COUNTED``.)"""


_LAST_WEEK = re.compile(r"\blast\s+week\b", re.IGNORECASE)
_SATURDAY = 5


def _week_ended(t: TimeExpression, start: dt.date, end: dt.date) -> dt.date:
    """The last day "last week" may mean: read at a weekend, it is the calendar week before
    the one ending that Sunday, or the working week just ended, which many writers and
    readers count as last week by then ("withdrew late last week" on Sunday 4 March, of a
    Thursday 1 March; "met the fund last week" in Saturday's paper, of that Wednesday). Any
    other date ends where its value does."""
    read = period(t.anchor) if t.anchor else None
    if read is None or read[0].weekday() < _SATURDAY or not _LAST_WEEK.search(t.text):
        return end
    if end == read[0] - dt.timedelta(days=read[0].weekday() + 1):
        return read[0] - dt.timedelta(days=1)  # to the day before the weekend's page
    return end


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
_POSSESSIVE = re.compile(r"\s*(?:'|’)s\b")
"""A date owning what follows it ("Tuesday's earthquake"): after a participle and "by",
the doer of the deed, not its deadline ("to be sealed by Sunday")."""
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s*$", re.IGNORECASE)
"""A day a running total is reckoned at ("As of Tuesday, 90 million gallons had spewed"):
what it totals happened by then, over the days before, so it bounds the event's day."""


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
    intended: bool = False
    agent: str = ""
    phase: str = ""
    quoted: bool = False
    """Whether the date is a relative one ("tomorrow", "on Monday") inside a quotation:
    the speaker's, told against a day the page does not give."""
    # The kinds of event the clause may be about: its noun when its verb is light, and
    # whether its doer is its speaker (``_said_of_self``), what its verb says began
    # (``verbs.what_began``). Set once, as every pairing of the clause asks for them.
    events: frozenset[str] = field(init=False)
    own: bool = field(init=False)
    began: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        if self.noun and (self.verb is None or self.verb in _LIGHT):
            events = frozenset({self.noun})
        else:
            events = frozenset(e for e in (self.verb, self.noun) if e)
        object.__setattr__(self, "events", events)
        object.__setattr__(self, "own", _said_of_self(self.sentence.text, self.word))
        near = self.expression.start - self.sentence.start
        object.__setattr__(self, "began", what_began(self.sentence.text, self.word, near))

    @property
    def planned(self) -> bool:
        """Whether the date is a plan's or a forecast's, which may move: told as one
        (``intended``) or lying after the report."""
        return self.intended or (self.published is not None and self.since > self.published)

    @property
    def weak(self) -> bool:
        """Nouns ("the earthquake") and light verbs ("took") name a kind of event; only a
        verb with what it acts on singles one out."""
        return self.verb is None or self.verb in _LIGHT


def find_date_contradictions(
    documents: Sequence[Document], provenance: Provenance
) -> tuple[list[Contradiction], list[Revision]]:
    """The same event dated differently by independent articles, beyond each date's
    precision; and plans whose dates moved between reports.

    Two dated clauses report the same event when they share an event verb ("withdrew",
    "withdrawal") and a name that is not the story's subject everywhere ("Airbase 101").
    A date given as a deadline ("by September 15") only bounds the event. Dates attached to
    a reporting verb ("said on Monday") date the statement, not the event, and are skipped.
    """
    fallback = _story_date(documents)
    common = _common_names(documents)
    subjects = subject_events(documents)
    start = _story_start(documents)
    clauses = [c for d in documents for c in _dated_clauses(d, provenance, fallback)]
    by_verb: dict[str, list[int]] = {}
    by_source: dict[tuple[str, str], list[_DatedClause]] = {}
    for index, clause in enumerate(clauses):
        for event in sorted(clause.events):
            by_verb.setdefault(event, []).append(index)
            by_source.setdefault((clause.source, event), []).append(clause)
    copies: dict[tuple[str, str], list[str]] = {}
    for clause in clauses:
        copies.setdefault((clause.source, clause.sentence.text), []).append(clause.article_id)
    # Clauses joined by disagreeing pairs are one event, reported once, with one side per
    # date, however many articles repeat each side.
    unions = {"conflict": UnionFind(), "change": UnionFind()}
    firsts: list[tuple[str, int, int]] = []  # (kind, the pair that first joined an event)
    tried: set[tuple[int, int]] = set()
    for group in by_verb.values():
        compare, same_day = _candidates(group, clauses, common, subjects)
        for first, other in same_day:
            if _same_event(clauses[first], clauses[other], common, subjects):
                for union in unions.values():
                    union.union(first, other)
        for pair in compare:
            if pair in tried:
                continue
            tried.add(pair)
            a, b = clauses[pair[0]], clauses[pair[1]]
            if a.source == b.source or _can_meet(a, b) or (a.planned != b.planned):
                continue  # a plan beside a happening is not one event dated twice
            if _period(a) or _period(b):
                continue  # "suffered during the outbreak, between 2004 and 2008": no day
            if a.sentence.text == b.sentence.text or _same_relative_words(a, b):
                continue  # one sentence reprinted later: "a week ago" read at each printing
            if _fresh(a) and _fresh(b) and _weeks_apart(a, b):
                continue  # each article's own news, weeks apart: two launches, two meetings
            if not _same_event(a, b, common, subjects):
                continue
            if _history_beside_news(a, b, start):
                continue  # an earlier incident's date is not a date of the story's news
            # a plan given otherwise weeks later moved; within days, sources disagree on it
            kind = "change" if a.planned and b.planned and _weeks_apart(a, b) else "conflict"
            firsts.append((kind, *pair))
            unions[kind].union(*pair)
    members = {kind: union.groups() for kind, union in unions.items()}
    found: list[Contradiction] = []
    revised: list[Revision] = []
    for kind, index, other in firsts:
        reports = members[kind].pop(unions[kind].find(index), None)
        if reports is None:
            continue
        earlier, later = sorted((clauses[index], clauses[other]), key=lambda c: c.since)
        about = _event_about(earlier, later, documents)
        told = [clauses[i] for i in reports]
        if kind == "change":
            revised.append(Revision(kind="date", about=about, values=_plans(told, copies)))
            continue
        sides = _sides_by_date(told)
        if not _told_twice(told, sides, by_source):
            found.append(
                Contradiction(
                    kind="date", about=about, sides=[_date_side(s, copies) for s in sides]
                )
            )
    return found, revised


def _story_start(documents: Sequence[Document]) -> dt.date | None:
    """The first day of a story's news: its first article's publication day, less the days
    a lead's news may lie before it."""
    days = [d.article.published for d in documents if d.article.published is not None]
    return min(days) - dt.timedelta(days=NEWS_DAY_REACH) if days else None


def _era(clause: _DatedClause, start: dt.date | None) -> str:
    """Whether a clause dates the story's history (a year or more, ``events.FAR``, before
    its first news: an earlier incident, a biography), its news (a span reaching the last
    weeks before it, ``_LATELY``), or the months between, which may be either (its own news
    told late or told wrong: "reopened in March" against "in May")."""
    if start is None:
        return "between"
    if clause.until < start - dt.timedelta(days=FAR):
        return "history"
    return "news" if clause.until >= start - _LATELY else "between"


_LATELY = dt.timedelta(days=30)
"""How long before a story's first news a date still tells its news (``_era``): "last week",
"earlier this month" date what led to it, never an earlier incident a year back."""


def _history_beside_news(a: _DatedClause, b: _DatedClause, start: dt.date | None) -> bool:
    """Whether one clause dates the story's history and the other its news (``_era``)."""
    return {_era(a, start), _era(b, start)} == {"history", "news"}


def _fresh(clause: _DatedClause) -> bool:
    """Whether a date is of its article's fresh news: within a week before publication."""
    published = clause.published
    return published is not None and (
        published - dt.timedelta(days=OCCURRENCES_APART) <= clause.since <= published
    )


OCCURRENCES_APART = 7
"""Days between two articles beyond which each one's fresh news of one kind of event (a
launch, a meeting) is another occurrence, not the same event dated twice."""


def _weeks_apart(a: _DatedClause, b: _DatedClause) -> bool:
    if a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) > OCCURRENCES_APART


def _told_twice(
    told: list[_DatedClause],
    sides: list[list[_DatedClause]],
    by_source: dict[tuple[str, str], list[_DatedClause]],
) -> bool:
    """Whether one source gives the event's dates on two sides (any of its clauses of that
    kind of event naming what the event's clauses name): it tells two happenings of one kind
    (the launches of 2016 and 2017), so the sides are not one event dated twice."""
    kinds = frozenset().union(*(c.events for c in told))
    names = frozenset().union(*(c.names for c in told))
    for source in {c.source for c in told}:
        dated = [
            clause
            for kind in kinds
            for clause in by_source.get((source, kind), ())
            if not (names and clause.names.isdisjoint(names))
            and any(_can_meet(clause, c) for side in sides for c in side)
        ]
        if any(not _can_meet(a, b) for a, b in itertools.combinations(dated, 2)):
            return True
    return False


def _plans(
    event: list[_DatedClause], copies: dict[tuple[str, str], list[str]]
) -> list[RevisionValue]:
    """A plan's dates as they were given, in the order of the reports that gave them."""
    by_report: dict[tuple[dt.date | None, dt.date, dt.date], list[_DatedClause]] = {}
    for clause in sorted(event, key=lambda c: (c.published or dt.date.min, c.since)):
        by_report.setdefault((clause.published, clause.since, clause.until), []).append(clause)
    values = []
    for (published, _since, _until), clauses in by_report.items():
        side = _date_side(clauses, copies)
        as_of = published.isoformat() if published else "undated"
        values.append(RevisionValue(side.value, as_of, side.articles, side.sentence))
    return values


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


PER_DAY = 2
"""Clauses of one date that are compared, for each name or event they share, with those of
every other date; the rest of that date join them when they tell the same event."""


def _candidates(
    group: list[int], clauses: list[_DatedClause], common: frozenset[str], subjects: frozenset[str]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The pairs of a group's clauses that may report one event dated twice (pairs to
    compare), and the pairs that may report it on one date (a clause and the first of its
    date that shares its key): only clauses sharing a key ``_same_event`` asks for are
    paired, a name that is not the story's subject everywhere, or with such a name, a verb
    and a word, or the story's own event told with one verb ("the fire broke out").

    Of each date, ``PER_DAY`` clauses stand for the others in comparisons with other dates,
    so the cost follows the dates a story gives, not the square of the articles giving them.
    """
    postings: dict[tuple[str, ...], list[int]] = {}
    for index in group:
        for key in _keys(clauses[index], common, subjects):
            postings.setdefault(key, []).append(index)
    compare: list[tuple[int, int]] = []
    same_day: list[tuple[int, int]] = []
    for indexes in postings.values():
        days: dict[tuple[dt.date, dt.date], list[int]] = {}
        for index in indexes:
            days.setdefault((clauses[index].since, clauses[index].until), []).append(index)
        for members in days.values():
            same_day.extend((members[0], other) for other in members[PER_DAY:])
        for first, second in itertools.combinations(days.values(), 2):
            compare.extend(itertools.product(first[:PER_DAY], second[:PER_DAY]))
    return compare, same_day


def _keys(
    clause: _DatedClause, common: frozenset[str], subjects: frozenset[str]
) -> Iterator[tuple[str, ...]]:
    """What a clause is looked up by (see ``_candidates``)."""
    for name in clause.names:
        if name not in common:
            yield (name,)
        elif not clause.weak:
            for word in _told_of(clause, common):
                yield name, clause.verb or "", word
    if clause.noun in subjects and not clause.weak:
        yield "", clause.noun or "", clause.verb or ""


def _period(clause: _DatedClause) -> bool:
    """Whether a clause is dated by a stretch of years ("between 2004 and 2008", "in the
    1990s"): it tells what went on over a period, not the day of one event, so no other
    date of the story contradicts it."""
    return clause.until - clause.since > dt.timedelta(days=_YEAR_SPAN)


_YEAR_SPAN = 366
"""Days a date told as one year spans at most; a longer span is a period of years."""


def _can_meet(a: _DatedClause, b: _DatedClause) -> bool:
    """Whether two dated clauses' spans overlap, so both dates can be right: within a year
    when either counts years from its telling (``_YEARS_COUNTED``)."""
    counted = any(_YEARS_COUNTED.search(c.expression.text) for c in (a, b))
    slack = dt.timedelta(days=_YEAR_SPAN if counted else 0)
    return a.since - slack <= b.until and b.since - slack <= a.until


_YEARS_COUNTED = re.compile(r"\byears\s+(?:ago|earlier|before|later|after)\b", re.IGNORECASE)
"""A count of years from the telling ("42 years ago" in January, of the December 41 years
and a month before) is rounded: it tells its year give or take one."""


# Dates told relative to the report's own day: two reports of different days using them
# usually tell of two occurrences of a recurring event, not one event dated twice.
_RECENT = re.compile(
    rf"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:{WEEKDAY}"
    r"|yesterday|today|tonight|last\s+night|(?:\w+\s+)?days?\s+(?:earlier|ago|later))"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def _own_days(a: _DatedClause, b: _DatedClause) -> bool:
    """Whether two reports of different days each date by their own day (``_RECENT``)."""
    return (
        a.published != b.published
        and _RECENT.fullmatch(a.expression.text) is not None
        and _RECENT.fullmatch(b.expression.text) is not None
    )


def _common_names(documents: Sequence[Document]) -> frozenset[str]:
    """Names most articles of a larger story use ("Haiti"): they name its subject, so on
    their own they tell one of its events from another only through a verb."""
    if len(documents) < 4:
        return frozenset()
    counts = Counter(name for d in documents for name in _names(d.article.text))
    return frozenset(n for n, c in counts.items() if c >= 0.6 * len(documents))


def _same_event(
    a: _DatedClause, b: _DatedClause, common: frozenset[str], subjects: frozenset[str]
) -> bool:
    """Same kind of event and a shared name. A name the whole story uses counts only with a
    verb and a word for what it acts on ("the dam collapsed"), not with a noun ("the last
    earthquake") or a light verb ("took to the streets"), which recur through a story.
    Different countries acting: different events. The story's own event told with the same
    verb ("the fire broke out") needs no name, unless the two name different places."""
    if not a.events & b.events or (a.actors and b.actors and a.actors.isdisjoint(b.actors)):
        return False
    if not (a.weak or b.weak) and a.verb != b.verb:
        return False  # "resumed talks", "broke off talks": two events around one noun
    if a.noun and b.noun and a.noun != b.noun:
        return False
    if _own_days(a, b):
        return False  # "met on Tuesday" in Monday's paper, "met on Monday" a week later
    if a.quoted and b.quoted:
        return False  # '"tomorrow Yemen will open the prisons," they chanted', printed on
        # two days: one remark, whose day neither page gives
    if a.phase and b.phase and a.phase != b.phase:
        return False  # "began pumping mud on Tuesday", "finished pumping cement on Thursday"
    if (a.agent and a.agent not in b.names) or (b.agent and b.agent not in a.names):
        return False  # "Clinton is warning", "as the defiant leader warned": two warnings
    if a.own or b.own:
        return False  # "I talked to ElBaradei on Monday": the speaker's own meeting
    if a.began and b.began and a.began.isdisjoint(b.began):
        return False  # "since the NATO mission began", "the attack began": two beginnings
    shared = a.names & b.names
    if shared - common:
        return True
    strong = not (a.weak or b.weak)
    if shared and strong and not _told_of(a, common).isdisjoint(_told_of(b, common)):
        return True
    own = a.noun in subjects and a.noun == b.noun and a.verb == b.verb and strong
    return own and not (a.names - common and b.names - common and not shared)


def _same_relative_words(a: _DatedClause, b: _DatedClause) -> bool:
    """Whether two clauses date their event in the same words, relative to their reports'
    days ("died in last Tuesday's quake" in papers of two days): the outlets say the same,
    and what differs is only which day each word was read from."""
    words = a.expression.text.lower()
    return words == b.expression.text.lower() and not _ABSOLUTE.search(words)


_ABSOLUTE = re.compile(
    rf"\d|\b{MONTH_STEM}[a-z]*\b", re.IGNORECASE
)
"""A date's words that name its day, month or year outright, whatever day they are read on."""


def _said_of_self(sentence: str, word: str) -> bool:
    """Whether the doer of a clause's ``word`` is its speaker or writer ("I talked to
    ElBaradei earlier on Monday", "we met him on Friday"): a doing of one person's own,
    which another source's doing dated otherwise is not, whoever else it names."""
    found = re.search(rf"\b(?:I|[Ww]e)\s+(?:[\w'’]+\s+){{0,2}}?{re.escape(word)}\b", sentence)
    return found is not None


def _told_of(clause: _DatedClause, common: frozenset[str]) -> frozenset[str]:
    """What a clause's event acts on, in words and in names the story does not use
    everywhere: one outlet's "the resolution" is another's "Resolution 2375"."""
    return clause.words | (clause.names - common)


_HEADING = re.compile(r"\s*:\s")
"""A date heading a chronology's line ("28 April: Coastguard fears one of the worst spills")."""


def _dated_clauses(
    document: Document, provenance: Provenance, fallback: dt.date | None
) -> list[_DatedClause]:
    """Each date of the document with the event it dates: the event words nearest to it in
    its clause ("withdrew earlier this month", "on July 7, troops left"). A date with no
    event word of its own ("and Air Base 201 on Aug. 5") shares the previous one's."""
    text = document.article.text
    dates = [
        t for t in document.time_expressions if _names_a_day(t) and not _SAME.search(t.text)
    ]
    reference = document.article.published or fallback
    clauses: list[_DatedClause] = []
    overlapping = per_sentence(document.sentences, dates)
    for sentence, near in zip(document.sentences, overlapping, strict=True):
        if is_furniture(sentence.text):
            continue  # "A version appeared on p26 ... on Monday": the page's, not an event's
        # a page's time stamp before the wire's dateline dates the page, not an event
        news = without_dateline(sentence, text)
        inside = [t for t in near if news.start <= t.start and t.end <= sentence.end]
        for i, t in enumerate(inside):
            span = _span(t, reference)
            if span is None or (reference and span[0] > reference + dt.timedelta(days=366)):
                continue  # a news report does not date its events decades ahead ("2050 GMT")
            joined_on = i > 0 and bool(_DATES_JOINED.fullmatch(text, inside[i - 1].end, t.start))
            if joined_on and not (clauses and clauses[-1].expression is inside[i - 1]):
                continue  # "tests done in February and April by X, the last showed": the
                # second date is the first one's doing, which dates no event here
            if i and clauses and clauses[-1].expression is inside[i - 1]:
                last = clauses[-1]
                if joined_on:
                    # "imposed in February and March": one doing told of both, which any
                    # date within them meets, not two doings of one kind dated apart
                    told = replace(
                        last.expression, end=t.end, text=text[last.expression.start : t.end]
                    )
                    since, until = min(last.since, span[0]), max(last.until, span[1])
                    clauses[-1] = replace(last, expression=told, since=since, until=until)
                    continue
            left = inside[i - 1].end if i else news.start
            right = inside[i + 1].start if i + 1 < len(inside) else sentence.end
            before, after = text[left : t.start], text[t.end : right]
            if _HEADING.match(text, t.end):
                before = ""  # "... killing 11 people 28 April : Coastguard fears ...": a
                # chronology's line dates what follows it, not the line before
            opener = max(_CLAUSE.finditer(before), key=lambda m: m.end(), default=None)
            before = before[opener.end() if opener else 0 :]
            antecedent = before  # "Nasa's Orion capsule that ...": what is told of, by name
            relative = max(_THAT.finditer(before), key=lambda m: m.end(), default=None)
            if relative is not None and _verbs(before[relative.end() :]):
                # "a cap that stopped the oil in mid-July was removed": the date is the
                # relative clause's, which ends before the verb that follows it
                before, after = before[relative.end() :], ""
            fronted = not _verbs(before) and len(before.split()) <= 3
            stop = (_CLAUSE if fronted else _CLAUSE_OR_COMMA).search(after)
            after = after[: stop.start()] if stop else after
            that = _THAT.search(after)
            after = after[: that.start()] if that else after  # "removed a cap Thursday that"
            since_then = _SINCE_THEN.search(after)
            after = after[: since_then.start()] if since_then else after
            joined = None if fronted else _AND_THEN.search(after)
            if joined and _verbs(before):
                # "exploded ... on 20 April and sank two days later": the date is the verb's
                # before it; one after "and" is the next doing's, dated by its own words
                after = after[: joined.start()]
            numbered = _NUMBERED_YEAR.search(text, left, t.start)
            if numbered and _YEAR.fullmatch(t.text):
                # "resolution 687 (1991)": the year of the numbered thing itself, keyed by it
                noun = numbered.group("noun").lower()
                clauses.append(
                    _DatedClause(
                        article_id=document.id,
                        source=provenance.source_key(document.id, sentence.text),
                        sentence=sentence, expression=t, verb=None, noun=noun, word=noun,
                        names=frozenset({f"#{numbered.group('number')}"}), since=span[0],
                        until=span[1], published=document.article.published,
                        actors=frozenset(), words=frozenset(),
                    )
                )  # fmt: skip
                continue
            if _AT_A_RATE.search(before + " " + after):
                continue  # "collecting about 15,000 barrels a day last week": a stretch of it
            modified = _modified_noun(before, after)
            if modified is not None and modified[2] not in _NOMINAL_EVENTS:
                continue  # "an Oct. 19 rendezvous": the date of a thing, not of the clause
            event = modified or _event_words(before, after)
            # "studying a speech early Monday by Kessel": the speech's day, and its names
            # are those after the day, not those of who studies it
            nominal = modified is None and event is not None and bool(event[1])
            nominal = nominal and noun_dated(before, after)
            if nominal and event is not None:
                event = None, event[1], event[2]
            if event is None:
                if not clauses or clauses[-1].sentence != sentence or _verbs(before + after):
                    continue
                event = clauses[-1].verb, clauses[-1].noun, clauses[-1].word
            verb, noun, word = event
            if word in _REPORTING or verb in _RECURRING:
                continue  # a report's day; an airing or a crowd gathering, one of many
            if verb in _MARKET_MOVES and _TRADED.search(before + " " + after):
                continue  # "shares closed down 6% on Thursday": a market moves every day
            if _COUNTERFACTUAL.search(before):
                continue  # "Even had Mubarak stepped down on Thursday, ...": no happening
            if noun is None and (_PRONOUN.search(before) or (opener and opener.group() == "which")):
                noun = _subject(text[sentence.start : t.start])  # "the fire, which began on"
            since, until = span
            if reference is not None and since > reference:
                verb, noun = _PLANNED_AS.get(verb or "", verb), _PLANNED_AS.get(noun or "", noun)
            bound = _BOUND_BEFORE.search(before)
            if (
                bound
                and bound.group().lower().startswith("by")
                and _AGENT.search(before, 0, bound.start())
                and _POSSESSIVE.match(text, t.end)
            ):
                bound = None  # "flattened by Tuesday's earthquake": an agent, not a deadline
            if (bound and bound.group("upper")) or _AS_OF.search(before):
                since = dt.date.min
            elif bound:
                until = dt.date.max
            names = _names(after if nominal else antecedent + " " + after)
            clauses.append(
                _DatedClause(
                    article_id=document.id,
                    source=provenance.source_key(document.id, sentence.text),
                    sentence=sentence, expression=t, verb=verb, noun=noun, word=word,
                    names=names,
                    since=since, until=until,
                    published=document.article.published, actors=_actors(before + " " + after),
                    words=_topic(before + " " + after, names=False) - {suffix_stem(word)},
                    intended=_intended(before + " " + after, word)
                    or _SCHEDULED.search(before) is not None,
                    agent=_agent(before + " " + after, word, names),
                    phase=_phase(before + " " + after, word),
                    quoted=t.anchor is not None
                    and in_quotation(text[sentence.start : t.start]),
                )
            )  # fmt: skip
    return clauses


_MARKET_MOVES = frozenset(
    "clos open rise fall gain lose drop trad end finish jump climb tumbl slip plung soar sink "
    "settl rally".split()
)
"""Kinds of verb a market's day is told by ("closed", "fell", "rallied"): it does each every
trading day, so two days told for one are two days' moves, not one move dated twice."""


_RECURRING = frozenset(
    {"air", "re-air", "screen", "televis", "gather", "protest", "march", "demonstrat", "mass"}
)
"""Kinds of verb told of what happens again and again: a programme airs more than once
(excerpts the night before, the interview in the morning), and crowds gather, march and
protest day after day, so two days for one of them are two airings or two gatherings."""


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
"""Where a clause opened by "that" begins: a relative one ("the cap that stopped the oil")
or what was said ("said that ..."), whose verbs are not those of a date outside it."""


_COUNTERFACTUAL = re.compile(
    r"(?:^|[,;]\s*|\beven\s+)had\s+(?:[\w'’-]+\s+){1,4}?(?:not\s+)?[a-z]+(?:ed|en|wn|ne)\b"
    r"|\bif\s+(?:[\w'’-]+\s+){1,4}?had\s+(?:not\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne)\b",
    re.IGNORECASE,
)
"""A clause told as what did not happen: "Even had Mubarak stepped down on Thursday", "if
the army had withdrawn on Monday". Its date is of no happening, so nothing contradicts it."""

_AND_THEN = re.compile(r"\s(?:and|then)\s", re.IGNORECASE)
"""Where a second doing joined to a clause's verb begins ("on 20 April and sank")."""

_SINCE_THEN = re.compile(r"\bsince\b", re.IGNORECASE)
"""Where a clause told as an earlier doing begins ("came ashore on Wednesday for the first
time since the rig exploded"): its verb is that doing's, dated by its own words."""

_DATES_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:(?:in|on|early|late)\s+)?")
"""What joins two dates of one doing ("in February and March", "on Monday or Tuesday")."""


_AT_A_RATE = re.compile(
    r"\d[\d,.]*(?:\s+[\w-]+){0,4}?\s+(?:(?:a|an|per|each|every)\s+(?:day|hour|week|month)|daily"
    r"|hourly|weekly|monthly)\b(?!\s+(?:earlier|ago|before|later|after)\b)",
    re.IGNORECASE,
)
"""A figure told as a rate ("15,000 barrels of oil a day", "5,000 barrels daily"): its clause
tells a repeated doing, and its date a stretch or one day of it, never the day of one event
that another day told elsewhere could contradict ("15,800 barrels on Wednesday")."""


def _phase(clause: str, word: str) -> str:
    """Which end of a doing a clause dates: "start" when its event word follows a verb of
    starting ("began pumping"), "end" after one of ending ("finished pumping"), "" for the
    doing itself. A doing that lasts has a first day and a last: the day it began and the
    day it ended are two moments, not one event dated twice. A clause naming neither end
    ("Talks resumed in Geneva on March 3") may tell either, so it is set beside both."""
    found = re.search(
        _PHASES + r"\s+(?:to\s+|the\s+)?" + re.escape(word) + r"\b", clause, re.IGNORECASE
    )
    if found is None:
        return ""
    return "start" if found.group("start") else "end"


_PHASES = (
    r"\b(?:(?P<start>beg[ai]n|begins|beginning|start(?:s|ed|ing)?|resum(?:e|es|ed|ing))"
    r"|(?P<end>finish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|end(?:s|ed|ing)?"
    r"|stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)))"
)
"""Verbs of starting and ending a doing, before the verb of the doing itself."""


def _agent(clause: str, word: str, names: frozenset[str]) -> str:
    """The name right before a clause's event word, its doer ("Hillary Clinton is warning",
    "Azza Zaki, 45, left"), folded by its last word, or "" (a capitalised first word,
    "Gunmen attacked", is no name): a clause another names someone else doing the same kind
    of thing in ("as the defiant leader warned") tells another event."""
    found = re.search(
        rf"(?<![\w-])(?:[A-Z][\w'’-]+\s+)*([A-Z][\w'’-]+)(?:\s*,\s*\d{{1,3}}\s*,)?\s+"
        rf"(?:(?:is|was|are|were|has|have|had)\s+)?"
        rf"(?:also\s+)?{re.escape(word)}\b",
        clause,
    )
    if found is None or not clause[: found.start(1)].strip(" -–—,:;'\"`"):
        return ""  # a clause's first word is capitalised whatever it is ("Gunmen attacked")
    agent = _key(found.group(1))
    return agent if agent in names else ""


def _intended(clause: str, word: str) -> bool:
    """Whether a clause tells its event as meant or foreseen ("was due to meet advisers on
    Friday", "expects the well to be completely sealed on Saturday", "planned to begin
    pumping later today"): a plan, which a later report may tell done on another day, so
    its day is not set beside the day of a happening, even one before the report."""
    event = re.escape(word)
    return (
        re.search(_INTENT + rf"(?:[\w'’-]+\s+){{0,4}}?{event}\b", clause, re.IGNORECASE)
        is not None
    )


_SCHEDULED = re.compile(r"\b(?:beginning|starting|effective)\s+$", re.IGNORECASE)
"""A date a schedule opens on ("its latest effort, beginning Monday or Tuesday", "starting
Friday"): told of what is to start, a plan, which a later report may tell begun on another
day."""

_INTENT = (
    r"\b(?:(?:due|expected|expects?|expecting|scheduled|set|plans?|planned|planning|intends?"
    r"|intended|hopes?|hoped|aims?|aimed|going|poised)\s+(?:[\w'’-]+\s+){0,4}?to"
    r"|(?:is|are|was|were)\s+to|will|would|shall)\s+(?:be\s+)?"
)
"""Words telling an event as meant or foreseen, before its verb: "is due to", "expects the
well to be", "is to", "will"."""


_NUMBERED_YEAR = re.compile(
    r"\b(?P<noun>[A-Za-z]{4,})\s+(?P<number>\d+)\s*(?:\(|-LRB-)\s*$"
)
"""A numbered thing with its year in brackets after it: "resolution 687 (1991)"."""
_YEAR = re.compile(r"(?:1[89]|20)\d\d")

_PLANNED_AS = {"orbit": "launch", "fly": "launch", "flight": "launch", "lift": "launch"}
"""A mission's plan is dated as a whole, by whichever of its stages a report names ("is
planned to orbit the moon in 2019", "will launch in November 2018", "will fly later this
year"): two reports' dates for it disagree. Reports of what happened date each stage on its
own day (launched on Sunday, orbited on Tuesday), so the words stay apart there."""


def _modified_noun(before: str, after: str) -> tuple[str | None, str | None, str] | None:
    """The noun a date modifies ("an Oct. 19 rendezvous", "the May 3 vote", "the written
    answer of March 17"), as an event with no verb: the date is the noun's, not the
    clause's. A part of time ("the night of March 3") is no such noun: it dates the clause."""
    noun = _WORD_START.match(after) if _DETERMINER_END.search(before) else None
    if noun is None:
        noun = _NOUN_OF.search(before)
        if noun is None or noun.group(1).lower() in _TIME_PARTS:
            return None
    word = noun.group(1).lower()
    kind = _event_word(word)
    return None, kind[0] if kind else word, word


_PRONOUN = re.compile(r"\b(?:it|they)\b", re.IGNORECASE)
_NOUN_OF = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+)?([a-z][\w-]+)\s+of\s+$",
    re.IGNORECASE,
)
_TIME_PARTS = frozenset(
    """night morning afternoon evening day days week weekend month year end beginning start
    middle eve dawn dusk hours course rest first last""".split()
)
_DETERMINER_END = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+$", re.IGNORECASE)
_WORD_START = re.compile(r"\s*([a-z][\w-]+)")


def _subject(text: str) -> str | None:
    """The kind of the last event noun of a text: what "which" or "it" after it stands for."""
    nouns = [kind for _at, kind, word in _verbs(text) if word in _NOMINAL_EVENTS]
    return nouns[-1] if nouns else None


def subject_events(documents: Sequence[Document]) -> frozenset[str]:
    """The kinds of event most of a story's articles name ("fire", "strike"): what the story
    is about. Its outbreak or its end happens once, so two dates of it disagree."""
    counts = Counter(
        kind
        for d in documents
        for kind in {kind for _at, kind, word in _verbs(d.article.text) if word in _NOMINAL_EVENTS}
    )
    return frozenset(k for k, c in counts.items() if c >= max(2, 0.5 * len(documents)))


def _event_about(a: _DatedClause, b: _DatedClause, documents: Sequence[Document]) -> str:
    """ "when US troops withdrew from Airbase 101 in Niamey": the event as one side tells
    it (``when_label``); where neither tells it with a subject of its own, "date of
    'withdrawing' (Air Base 101)": its word as one side gives it, and the names both do."""
    told = when_label(((c.sentence, c.expression, c.word) for c in (a, b)), documents)
    if told is not None:
        return told
    particle = re.search(
        rf"\b{re.escape(a.word)}\s+(out|up|off|down|over|back)\b", a.sentence.text, re.I
    )
    verb = f"{a.word} {particle.group(1)}" if particle else a.word
    surfaces = _name_surfaces(a.sentence.text)
    texts = (a.sentence.text, b.sentence.text)
    spelt = [
        _shared_spelling(surfaces.get(k, k), texts)
        for k in sorted(a.names & b.names)
        if not k.startswith("#")
    ]
    names = [n for n in dict.fromkeys(spelt) if not any(n != o and n in o for o in spelt)]
    names = linked_names(names, a.sentence.text)
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
