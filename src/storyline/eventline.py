"""Events: a story's happenings, each on the day it happened, background kept apart.

Prototype of the events stage (to become ``events``).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from storyline.events import calendar_value, content_words, span_of
from storyline.models import Document, Event, Evidence, Provenance, Sentence
from storyline.timeline import readable, without_dateline

LEAD = 3
"""Sentences at the top of an article that tell its news."""

MAX_SENTENCES = 60
"""Sentences of an article read for events: news puts what happened first, and the tail
of a long feature is background, reaction and analysis."""
"""Sentences at the top of an article that tell its news."""

NEWS_DAY_REACH = 3
"""Days before publication a lead's dated happening may lie and still be the article's news
of the day (a Monday paper tells the weekend)."""

JOIN = 0.18
"""Cosine between a report and an event's centroid above which the report tells it."""

JOIN_SAME_DAY = 0.12
"""The same, for a report whose text dates it to the very day the event's reports give: a
small story rarely has two happenings on one day told in words this far apart."""

JOIN_PAIR = 0.3
"""Cosine a report must have with at least one report of the event it joins."""

JOIN_ACROSS_DAYS = 0.55
"""The same, for a report dating the happening to another day (up to ``DAY_SLACK`` away):
sources disagree on days, but two different happenings a few days apart often share words."""

DAY_SLACK = 3

_DATED_TYPES = frozenset({"DATE", "TIME"})

_GOVERNED = re.compile(
    r"(?i)\b(?:since|until|till|before|after|following|from|prior\s+to|ahead\s+of|as\s+of|"
    r"born|founded|established|built|created|formed|elected|appointed|convicted|sentenced|"
    r"launched|opened|introduced|signed|listed)\s+(?:(?:on|in|at|the|a|an|early|late|mid|"
    r"last|this|its|their)\s+){0,3}$"
)
"""Words right before a date that make it the date of something else than the clause's news:
"since Oct. 3", "after the Sept. 3 test", "founded in 1911"."""

_RELATIVE = re.compile(
    r"(?i)\b(?:which|who|whom|whose|where|when|since|after|before|until|till|once|because|"
    r"although|though|while|whereas)\b|(?<!said )(?<!says )\bthat\b"
)
_SPEECH_THAT = re.compile(
    r"(?i)\b(?:said|says|say|told|announced|reported|added|confirmed|warned|stated|wrote|"
    r"claimed|insisted|argued|noted|believed|thought|knew|learned)\s+(?:\w+\s+){0,2}?that\s*$"
)
_SPEECH = (
    r"(?:said|says|say|told|tells|announced|announces|confirmed|confirms|stated|reported|"
    r"reports|added|tweeted|wrote|declared|revealed|disclosed|acknowledged|insisted|denied)"
)
_SAID_BEFORE = re.compile(rf"(?i)\b{_SPEECH}\s+(?:(?:on|late|early|this)\s+)?$")
_SAID_AFTER = re.compile(rf"(?i)^\s*(?:morning|afternoon|evening|night)?\s*,?\s*{_SPEECH}\b")
"""A date right beside a verb of saying dates the saying ("said on Wednesday"), which may
come a day or more after what was said to have happened."""

_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|would|could|might|may|(?:is|are|was|were)\s+(?:expected|due|set|"
    r"scheduled|planned|likely|going|poised|to)\s+to|plans?\s+to|intends?\s+to)\b"
)
_DAY_CUE = re.compile(
    r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|"
    r"yesterday|tomorrow)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{4}-\d{2}-\d{2}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_FURNITURE = re.compile(
    r"(?i)"
    # captions and galleries: "FILE - In this Dec. 29, 2017 file photo, ...", "This Dec. 28
    # photo made available by SpaceX shows ...", "Hide Caption 5 of 25 Photos: ..."
    r"^\W*file\b\s*[-–—:]|^\W*in\s+(?:this|a)\b[^.]{0,60}\b(?:photo|image|picture|video)\b"
    r"|\b(?:photo|image|picture)\b[^.]{0,60}\b(?:shows|made available|provided by|taken on)\b"
    r"|\bhide caption\b|\b\d+\s+of\s+\d+\b[^.]{0,12}\b(?:photos?|images?|slides?)\b"
    r"|^\W*(?:photos?|images?|pictures?|video|watch|listen|gallery)\s*:"
    # reuse and rights notices
    r"|\bmay not be (?:re)?(?:published|broadcast|rewritten|redistributed)\b|\ball rights reserved"
    # "did not immediately respond to a request for comment"
    r"|\b(?:did not|didn't|could not|couldn't|has not|hasn't)\s+(?:immediately\s+)?"
    r"(?:respond|return|reply)\w*\b[^.]{0,40}\bcomment"
    r"|\brequests? for comment\b[^.]{0,40}\b(?:not|no)\b"
    # time stamps of the page
    r"|\b(?:updated|published|posted|last modified)\b:?\s[^.]{0,30}\d{1,2}[:.]\d{2}"
)
"""Page furniture that a sentence splitter leaves in the text, by kind rather than by
string: captions and galleries, reuse notices, no-comment lines, page time stamps."""

_QUOTE_OPEN = re.compile(r"""^\s*(?:["“”‘']|``)""")
_WORDS_BACK = 7


@dataclass(frozen=True, slots=True)
class Report:
    """A sentence of an article and the date of what it reports."""

    sentence: Sentence
    position: int
    date: str | None
    expression: str | None
    source: str
    words: frozenset[str]
    published: date | None
    future: bool
    quote: bool
    passing: tuple[tuple[str, str], ...] = ()
    said: bool = False


@dataclass(slots=True)
class _Event:
    reports: list[Report] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    squares: float = 0.0
    dates: Counter[str] = field(default_factory=Counter)
    newsdays: list[date] = field(default_factory=list)
    vectors: list[dict[str, float]] = field(default_factory=list)
    mentions: list[Report] = field(default_factory=list)

    def add(self, report: Report, vector: dict[str, float], newsday: date | None) -> None:
        self.reports.append(report)
        self.vectors.append(vector)
        if report.date is None and newsday is not None:
            self.newsdays.append(newsday)
        for term, weight in vector.items():
            old = self.weights.get(term, 0.0)
            self.weights[term] = old + weight
            self.squares += 2 * old * weight + weight * weight
        if report.date is not None:
            self.dates[report.date] += 1

    def centroid(self, vector: dict[str, float]) -> float:
        """Cosine with the event's centroid."""
        if self.squares <= 0:
            return 0.0
        dot = sum(self.weights.get(t, 0.0) * w for t, w in vector.items())
        return dot / math.sqrt(self.squares)

    def closest(self, vector: dict[str, float]) -> float:
        """Cosine with the event's closest report (a centroid of many reports is near much
        that none of them says)."""
        return max((_cos(vector, v) for v in self.vectors[-POSTINGS:]), default=0.0)


def _main_date(sentence: Sentence, expressions: Sequence, published: date | None):
    """The date of what a sentence's main clause reports, with the expression giving it,
    and the dates it mentions in passing (each with its expression)."""
    main = None
    passing: list[tuple[str, str]] = []
    for value, expression, subordinate, said in _readings(sentence, expressions, published):
        if main is None and not subordinate:
            main = (value, expression, said)
        else:
            passing.append((value, expression))
    return main, passing


def _readings(sentence: Sentence, expressions: Sequence, published: date | None):
    """Each calendar date of a sentence, with its expression and whether it sits in a
    clause other than the main one."""
    for expression in expressions:
        value = calendar_value(expression.value)
        if value is None:
            continue
        if expression.type == "TIME" and not _DAY_CUE.search(expression.text):
            continue  # a clock time takes its day from the reference, not from the text
        if published is not None:
            first, last = span_of(value)
            if len(value) < 10 and first <= published <= last:
                continue  # "this year", "this month": says nothing about the day
            if first > published:
                continue  # a plan, not a happening
        before = sentence.text[: max(0, expression.start - sentence.start)]
        after = sentence.text[expression.end - sentence.start :]
        said = bool(_SAID_BEFORE.search(before) or _SAID_AFTER.match(after))
        yield value, expression.text, _subordinate(before), said


def _subordinate(before: str) -> bool:
    """Whether a date whose sentence reads ``before`` up to it is the date of something
    mentioned in passing: governed by "since", "after", "founded in"; inside a relative
    clause ("that began on Sept. 29"); in brackets."""
    if _GOVERNED.search(before):
        return True
    tail = " ".join(before.split()[-_WORDS_BACK:])
    relative = None
    for relative in _RELATIVE.finditer(tail):
        pass
    if relative is not None and "," not in tail[relative.end() :]:
        if not _SPEECH_THAT.search(tail[: relative.end()]):
            return True
    return "(" in before and ")" not in before[before.rfind("(") :]


def reports_of(document: Document, provenance: Provenance | None) -> list[Report]:
    """Every readable sentence of an article as a report, dated by its main clause."""
    text = document.article.text
    published = document.article.published
    by_sentence: dict[int, list] = defaultdict(list)
    starts = [(s.start, s.end, i) for i, s in enumerate(document.sentences)]
    for expression in sorted(document.time_expressions, key=lambda e: e.start):
        if expression.type not in _DATED_TYPES:
            continue
        for start, end, i in starts:
            if start <= expression.start < end:
                by_sentence[i].append(expression)
                break
    reports = []
    position = 0
    for i, raw in enumerate(document.sentences[:MAX_SENTENCES]):
        sentence = without_dateline(raw, text)
        if not readable(sentence.text) or _FURNITURE.search(sentence.text):
            continue
        main, passing = _main_date(raw, by_sentence.get(i, ()), published)
        value, expression, said = main if main else (None, None, False)
        source = (
            provenance.source_key(raw.article_id, raw.text) if provenance else raw.article_id
        )
        reports.append(
            Report(
                sentence=sentence,
                position=position,
                date=value,
                expression=expression,
                source=source,
                words=content_words(sentence.text),
                published=published,
                future=bool(_FUTURE.search(sentence.text)),
                quote=bool(_QUOTE_OPEN.match(sentence.text)),
                passing=tuple(passing),
                said=said,
            )
        )
        position += 1
    return reports


def news_day(reports: Sequence[Report]) -> date | None:
    """The day an article's news happened: what its lead dates within a few days before
    publication, else the publication day."""
    if not reports:
        return None
    published = reports[0].published
    if published is None:
        return None
    for report in reports[:LEAD]:
        if report.date is not None and len(report.date) == 10:
            day = date.fromisoformat(report.date)
            if published - timedelta(days=NEWS_DAY_REACH) <= day <= published:
                return day
    return published


KEY_TERMS = 8
"""A text's rarest words by which it is indexed and looked up."""

POSTINGS = 64
"""Latest items a word keeps: a lookup compares a text with at most KEY_TERMS x POSTINGS
items, so a story's cost grows with its size, not with its square."""


class _TermIndex:
    """Items (events, reports, titles) by their rarest words, to find the few a text may be
    close to without comparing it with all of them."""

    def __init__(self, idf: dict[str, float]) -> None:
        self.idf = idf
        self.postings: dict[str, list[int]] = defaultdict(list)

    def _keys(self, words: Iterable[str]) -> list[str]:
        return sorted(words, key=lambda w: (-self.idf.get(w, 0.0), w))[:KEY_TERMS]

    def add(self, item: int, words: Iterable[str]) -> None:
        for word in self._keys(words):
            postings = self.postings[word]
            if not postings or postings[-1] != item:
                postings.append(item)
                if len(postings) > 2 * POSTINGS:
                    del postings[:-POSTINGS]

    def near(self, words: Iterable[str]) -> set[int]:
        return {
            item for word in self._keys(words) for item in self.postings.get(word, ())[-POSTINGS:]
        }


def _idf(reports: Sequence[Report]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for report in reports:
        df.update(report.words)
    n = len(reports) + 1
    return {term: math.log(n / (count + 0.5)) for term, count in df.items()}


def _vector(report: Report, idf: dict[str, float]) -> dict[str, float]:
    return _vector_of(report.words, idf)


def _vector_of(words: Iterable[str], idf: dict[str, float]) -> dict[str, float]:
    weights = {t: idf.get(t, 0.0) for t in words}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


RECENT = 14
"""Days before its article's news day within which an undated report may tell a dated event;
older happenings are retold with their dates, or in words close to the first report's."""


def _compatible(
    report: Report, newsday: date | None, event: _Event, similarity: tuple[float, float]
) -> bool:
    """Whether a report may tell an event: close enough in words, and dated alike.

    Dates are alike when they are the same or one holds the other; a date of saying may
    follow the happening by a few days. An undated report tells what happened up to its
    article's news day, within a few days; one that retells an older happening, or one dated
    a few days apart from the event, must be worded much like it (sources do disagree on
    days, but different happenings a few days apart share words too).
    """
    sim, closest = similarity
    if (
        report.date is not None
        and len(report.date) == 10
        and event.dates.most_common(1)[:1] == [(report.date, event.dates[report.date])]
    ):
        return min(sim, closest) >= JOIN_SAME_DAY
    if sim < JOIN or closest < JOIN_PAIR:
        return False
    if event.dates:
        best = event.dates.most_common(1)[0][0]
        first, last = span_of(best)
    elif event.newsdays:
        first = last = min(event.newsdays)
        best = None
    else:
        return True
    if report.date is None:
        if newsday is None:
            return True
        if first > newsday + timedelta(days=1):
            return False
        return last >= newsday - timedelta(days=DAY_SLACK) or sim >= JOIN_ACROSS_DAYS
    if best is not None and (
        report.date == best or report.date.startswith(best) or best.startswith(report.date)
    ):
        return True
    if len(report.date) < 10:
        return False
    gap = (date.fromisoformat(report.date) - first).days
    if best is None:
        return -DAY_SLACK <= gap <= 0 or (abs(gap) <= DAY_SLACK and sim >= JOIN_ACROSS_DAYS)
    if report.said and 0 < gap <= DAY_SLACK:
        return True
    return abs(gap) <= DAY_SLACK and sim >= JOIN_ACROSS_DAYS


_PAST = re.compile(
    r"(?i)\b(?:was|were|had|did|said|told|took|made|went|came|left|gave|found|held|met|began|"
    r"fell|rose|won|lost|shot|struck|hit|sent|brought|built|bought|caught|fought|led|ran|saw|"
    r"spoke|stood|threw|wrote|broke|chose|drove|flew|froze|got|grew|knew|paid|quit|sold|shut|"
    r"spent|spread|stole|swore|tore|thought|woke|withdrew|became|beat|drew|fled|heard|kept|"
    r"lit|sought|sank|taught|overtook|forgot|\w{3,}ed)\b"
)
_NOT_PAST_BEFORE = re.compile(
    r"(?i)\b(?:is|are|be|been|being|has|have|will|would|can|could|may|might|must|should|to)\s+"
    r"(?:\w+ly\s+)?$"
)


def _eventive(text: str) -> bool:
    """Whether a sentence tells something that happened: a verb in the past tense that is
    not part of a present, future or modal form ("are recycled", "will be launched")."""
    return any(not _NOT_PAST_BEFORE.search(text[: m.start()]) for m in _PAST.finditer(text))
_PRONOUN_START = re.compile(r"(?i)^\W*(?:he|she|it|they|this|that|these|those|we|i|you)\b")
_NUMBER = re.compile(r"\d")
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+")
_ATTRIBUTION = re.compile(r"(?i)\b(?:said|says|told|according to|announced|reported)\b")


@dataclass(slots=True)
class StoryEvent:
    """An event with what its salience is read from."""

    date: str
    approximate: bool
    reports: list[Report]
    sources: int
    lead: bool
    text_dated: bool
    centrality: float
    mentions: list[Report] = field(default_factory=list)
    support: float = 0.0
    title: float = 0.0
    before: bool = False
    share: float = 0.0
    offset: float = 0.0
    score: float = 0.0

    def features(self) -> dict[str, float]:
        """What salience is read from (see ``WEIGHTS``)."""
        text = _summary_report(self).sentence.text
        past = _eventive(text)
        return {
            "sources": math.log2(1 + self.sources),
            "single": float(self.sources == 1),
            "lead": float(self.lead),
            "early": float(min(r.position for r in self.reports) < 10),
            "lone": float(self.sources == 1 and not self.text_dated),
            "dated": float(self.text_dated),
            "day": float(len(self.date) == 10),
            "year": float(len(self.date) == 4),
            "before": float(self.before),
            "central": self.centrality,
            "quote": float(all(r.quote for r in self.reports)),
            "future": float(all(r.future for r in self.reports)),
            "past": float(past),
            "pronoun": float(bool(_PRONOUN_START.match(text))),
            "length": min(len(text.split()), 60) / 60,
            "support": self.support,
            "title": self.title,
        }


WEIGHTS = {
    "sources": 0.919, "single": -0.257, "lead": 0.145, "early": 0.622, "lone": -0.637,
    "dated": 1.191, "day": 0.793, "year": -0.821, "before": -0.998, "central": 0.188,
    "quote": 0.378, "future": -0.032, "past": 0.786, "pronoun": -0.692, "length": 0.572,
    "support": 0.513, "title": 0.829,
}
BIAS = -4.472
KEEP = 0.275


def salience(event: StoryEvent) -> float:
    """How likely an editor is to list the event: a logistic model of its features."""
    z = BIAS + sum(WEIGHTS[k] * v for k, v in event.features().items())
    return 1 / (1 + math.exp(-z))


def group_reports(documents: Sequence[Document], provenance: Provenance | None):
    """Reports grouped into events: each joins the event whose words it shares most, if
    enough and dated alike; then the dates mentioned in passing join the events they date."""
    per_article = [reports_of(d, provenance) for d in documents]
    newsdays = {d.id: news_day(r) for d, r in zip(documents, per_article, strict=True)}
    everything = [r for reports in per_article for r in reports]
    idf = _idf(everything)
    order = sorted(
        everything,
        key=lambda r: (r.published or date.max, r.position, r.sentence.article_id),
    )
    events: list[_Event] = []
    index = _TermIndex(idf)
    for report in order:
        vector = _vector(report, idf)
        newsday = newsdays.get(report.sentence.article_id)
        best = None
        for sim, i in sorted(
            ((events[i].centroid(vector), i) for i in index.near(report.words)), reverse=True
        ):
            if sim < JOIN_SAME_DAY:
                break
            if _compatible(report, newsday, events[i], (sim, events[i].closest(vector))):
                best = i
                break
        if best is None:
            events.append(_Event())
            best = len(events) - 1
        events[best].add(report, vector, newsday)
        index.add(best, report.words)
    for report in order:
        vector = _vector(report, idf)
        for value, expression in report.passing:
            best, best_sim = None, 0.0
            for i in index.near(report.words):
                if not events[i].dates:
                    continue
                top = events[i].dates.most_common(1)[0][0]
                if top != value and not top.startswith(value + "-"):
                    continue
                sim = events[i].centroid(vector)
                if sim >= JOIN and sim > best_sim and events[i].closest(vector) >= JOIN_PAIR:
                    if report not in events[i].reports:
                        best, best_sim = i, sim
            if best is not None:
                events[best].mentions.append(replace(report, date=value, expression=expression))
    return events, newsdays, idf


def _keywords(documents: Sequence[Document], reports: Iterable[Report]) -> dict[str, float]:
    """Words of the story's leads, by the share of articles whose lead uses them."""
    per_article: dict[str, set[str]] = defaultdict(set)
    for report in reports:
        if report.position < LEAD:
            per_article[report.sentence.article_id] |= report.words
    count: Counter[str] = Counter()
    for words in per_article.values():
        count.update(words)
    n = max(1, len(per_article))
    return {w: c / n for w, c in count.items() if c >= 2 or n == 1}


CHECK_SLACK = 3
"""Days around the story's other articles within which a given publication date is not
questioned."""

CHECK_CONFIDENCE = 0.5


def checked_dates(documents: Sequence[Document]) -> list[Document]:
    """The documents, an article whose given date its own text and its story contradict
    (a crawl date weeks late) dated again from its text and resolved against that date.

    A given date is questioned only when it lies outside the period of the story's other
    articles; it is replaced only when the text dates the article inside that period,
    earlier than the given date (a date a crawler stamps is later than the news).
    """
    from storyline import timex
    from storyline.pipeline import _resolve

    result = []
    for position, document in enumerate(documents):
        given = document.article.published
        others = sorted(
            d.article.published
            for i, d in enumerate(documents)
            if i != position and d.article.published is not None
        )
        if given is None or document.article.published_inferred or not others:
            result.append(document)
            continue
        low = others[0] - timedelta(days=CHECK_SLACK)
        high = others[-1] + timedelta(days=CHECK_SLACK)
        inferred = None
        if not low <= given <= high:
            inferred = timex.infer_publication_date(document.article.text, others[len(others) // 2])
        if (
            inferred is not None
            and inferred[1] >= CHECK_CONFIDENCE
            and low <= inferred[0] <= high
            and inferred[0] < given
        ):
            article = replace(document.article, published=inferred[0], published_inferred=True)
            document = _resolve(replace(document, article=article))
        result.append(document)
    return result


def story_events(
    documents: Sequence[Document], provenance: Provenance | None = None
) -> tuple[list[StoryEvent], date | None]:
    """Every event of a story with what its salience is read from."""
    documents = checked_dates(documents)
    events, newsdays, idf = group_reports(documents, provenance)
    everything = [r for e in events for r in e.reports]
    keywords = _keywords(documents, everything)
    days = sorted(d for d in newsdays.values() if d is not None)
    window = days[0] - timedelta(days=NEWS_DAY_REACH) if days else None
    n_sources = len({r.source for r in everything if r.position < LEAD}) or 1
    echoes = _echoes(everything, idf)
    n_others = max(1, len({r.source for r in everything}) - 1)
    titles = _title_closeness(documents, everything, idf)
    found = []
    for event in events:
        reports = event.reports
        dated = [r for r in reports if r.date is not None]
        if dated:
            votes: dict[str, float] = defaultdict(float)
            seen: set[tuple[str, str]] = set()
            for r in dated:
                if (r.source, r.date) not in seen:
                    seen.add((r.source, r.date))
                    votes[r.date] += 0.5 if r.said else 1.0
            value = max(votes, key=lambda v: (votes[v], len(v), v))
            approximate = False
        else:
            day = min(
                (newsdays.get(r.sentence.article_id) for r in reports),
                key=lambda d: d or date.max,
            )
            if day is None:
                continue
            value, approximate = day.isoformat(), True
        words = frozenset().union(*(r.words for r in reports))
        centrality = sum(keywords.get(w, 0.0) * idf.get(w, 0.0) for w in words) / (
            1 + sum(idf.get(w, 0.0) for w in words)
        )
        first, _ = span_of(value)
        own = {r.source for r in reports}
        best: dict[str, float] = {}
        for r in reports:
            for source, closeness in echoes[id(r)].items():
                if source not in own and closeness > best.get(source, 0.0):
                    best[source] = closeness
        support = sum(best.values())
        title = max(titles[id(r)] for r in reports)
        found.append(
            StoryEvent(
                date=value,
                approximate=approximate,
                reports=reports,
                mentions=event.mentions,
                sources=len({r.source for r in (*reports, *event.mentions)}),
                lead=any(r.position < LEAD for r in reports),
                text_dated=bool(dated),
                centrality=centrality,
                support=support / n_others,
                title=title,
                before=window is not None and first < window,
            )
        )
    return found, window


def _echoes(reports: Sequence[Report], idf: dict[str, float]) -> dict[int, dict[str, float]]:
    """For each report, how closely each other source says something like it (the best
    cosine among that source's reports): how much of the story is about what it says.

    Only the reports that share rare words are compared (``_TermIndex``); their cosines are
    computed in blocks of sparse rows, not one pair at a time.
    """
    import numpy as np
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    rows, columns, values = [], [], []
    for i, report in enumerate(reports):
        for term, weight in _vector(report, idf).items():
            rows.append(i)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
    matrix = sparse.csr_matrix(
        (values, (rows, columns)), shape=(len(reports), max(1, len(vocabulary)))
    )
    index = _TermIndex(idf)
    for i, report in enumerate(reports):
        index.add(i, report.words)
    echoes: dict[int, dict[str, float]] = {id(r): {} for r in reports}
    pairs = [
        (i, j)
        for i, report in enumerate(reports)
        for j in index.near(report.words)
        if reports[j].source != report.source
    ]
    for block in range(0, len(pairs), 100_000):
        chunk = np.array(pairs[block : block + 100_000], dtype=np.int64).reshape(-1, 2)
        cosines = np.asarray(
            matrix[chunk[:, 0]].multiply(matrix[chunk[:, 1]]).sum(axis=1)
        ).ravel()
        for (i, j), closeness in zip(chunk.tolist(), cosines.tolist(), strict=True):
            best = echoes[id(reports[i])]
            source = reports[j].source
            if closeness > best.get(source, 0.0):
                best[source] = closeness
    return echoes


def _title_closeness(
    documents: Sequence[Document], reports: Sequence[Report], idf: dict[str, float]
) -> dict[int, float]:
    """For each report, its best cosine with a headline of the story: headlines say what
    their articles are about."""
    titles = [content_words(d.article.title) for d in documents if d.article.title]
    vectors = [_vector_of(words, idf) for words in titles]
    index = _TermIndex(idf)
    for i, words in enumerate(titles):
        index.add(i, words)
    return {
        id(r): max(
            (_cos(_vector(r, idf), vectors[i]) for i in index.near(r.words)), default=0.0
        )
        for r in reports
    }


def _summary_report(event: StoryEvent) -> Report:
    """The most typical report of an event, unquoted and dated as the event if it can be."""
    reports = event.reports
    words = [r.words for r in reports]

    def typical(i: int) -> tuple:
        r = reports[i]
        return (
            not r.quote,
            r.date == event.date,
            sum(len(words[i] & w) for w in words),
            -r.position,
        )

    return reports[max(range(len(reports)), key=typical)]


def to_entry(event: StoryEvent) -> Event:
    """The timeline entry: the most typical readable, non-quoted report as summary."""
    reports = event.reports
    words = [r.words for r in reports]

    def typical(i: int) -> tuple:
        r = reports[i]
        return (
            not r.quote,
            r.date == event.date,
            sum(len(words[i] & w) for w in words),
            -r.position,
        )

    best = max(range(len(reports)), key=typical)
    seen: set[tuple[str, int]] = set()
    evidence = []
    for r in [reports[best], *reports, *event.mentions]:
        key = (r.sentence.article_id, r.sentence.index)
        if key in seen:
            continue
        seen.add(key)
        evidence.append(Evidence(r.sentence.article_id, r.sentence.text, r.expression, r.sentence.index))
    return Event(
        date=event.date,
        summary=reports[best].sentence.text,
        evidence=evidence,
        independent_sources=event.sources,
    )


PER_SOURCE = 4.0
"""A story's timeline holds at most this many entries per square root of its independent
sources: an editor lists about one key event per article of a small story, fewer of a big
one (the longest stories are told by the most repetitive coverage)."""

BACKGROUND = 10
"""Background entries at most: the dated context most worth a line."""


def build(
    documents: Sequence[Document],
    provenance: Provenance | None = None,
    *,
    threshold: float = KEEP,
) -> tuple[list[Event], list[Event]]:
    found, window = story_events(documents, provenance)
    for event in found:
        event.score = salience(event)
    sources = len({r.source for e in found for r in e.reports})
    cap = max(5, round(PER_SOURCE * math.sqrt(sources)))
    ranked = sorted(found, key=lambda e: -e.score)
    timeline = [e for e in ranked if e.score >= threshold][:cap]
    chosen = {id(e) for e in timeline}
    background = [
        e
        for e in ranked
        if id(e) not in chosen and e.before and e.text_dated and e.score >= threshold / 3
    ][:BACKGROUND]
    key = lambda e: (span_of(e.date)[0], len(e.date), -e.score)  # noqa: E731
    return [to_entry(e) for e in sorted(timeline, key=key)], [
        to_entry(e) for e in sorted(background, key=key)
    ]
