"""What a story page shows, computed from the JSON contract, and the templates that show it.

The web app and the self-contained report both start from the contract dictionaries of
``storyline.output`` (a story plus the articles it cites) and go through ``story_view``, so
the page in the browser and the mailed report cannot drift apart. Nothing here touches HTML
escaping: the Jinja environment autoescapes every value, and texts that need highlighting are
split into segments the template escapes piece by piece.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

import jinja2

from storyline.output import no_entries, plural
from storyline.periods import next_month, period

# Geometry of the timeline axis, in SVG user units (the SVG scales to the page width).
AXIS_WIDTH = 1000
AXIS_MARGIN = 28
DENSITY_HEIGHT = 44
MAX_BUCKETS = 48
MAX_RADIUS = 12.0

_YEAR_MONTH_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def human_date(value: str) -> str:
    """A date value as a person reads it: "14 Oct 2025", "Oct 2025", "week 38, 2024"."""
    if match := _YEAR_MONTH_DAY.fullmatch(value):
        year, month, day = match.groups()
        if month and 1 <= int(month) <= 12:
            name = _MONTHS[int(month) - 1]
            return f"{int(day)} {name} {year}" if day else f"{name} {year}"
        return year
    if match := _WEEK.fullmatch(value):
        return f"week {int(match[2])}, {match[1]}"
    if match := _QUARTER.fullmatch(value):
        return f"Q{match[2]} {match[1]}"
    return value


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a sentence, marked when it is the text the reader should see first."""

    text: str
    marked: bool = False


def highlight(text: str, needle: str | None) -> list[Segment]:
    """Split ``text`` around the first occurrence of ``needle`` (case-insensitive)."""
    if needle:
        at = text.lower().find(needle.lower())
        if at >= 0:
            end = at + len(needle)
            pieces = [Segment(text[:at]), Segment(text[at:end], True), Segment(text[end:])]
            return [p for p in pieces if p.text]
    return [Segment(text)]


def safe_url(url: str | None) -> str | None:
    """An article's own URL if it is http(s); anything else (``javascript:``...) is dropped.

    Autoescaping stops a URL breaking out of its attribute, not a hostile scheme inside it.
    """
    if url and re.match(r"https?://[^\s]+\Z", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


@dataclass(frozen=True, slots=True)
class Source:
    """An article as a citation: who published it, when, and where to read it."""

    id: str
    outlet: str
    published: str | None
    inferred: bool
    title: str | None
    url: str | None
    wire: str | None
    duplicate_of: str | None
    origin: str | None = None

    @property
    def label(self) -> str:
        when = self.published or "undated"
        return f"{self.outlet}, {when}{' (inferred)' if self.inferred else ''}"


def source(article: Mapping[str, Any] | None, article_id: str) -> Source:
    """A citation from a contract article dictionary (a bare id when the article is unknown)."""
    if article is None:
        return Source(article_id, article_id, None, False, None, None, None, None)
    return Source(
        id=article_id,
        outlet=article.get("outlet") or article.get("origin") or article_id,
        published=article.get("published"),
        inferred=bool(article.get("published_inferred")),
        title=article.get("title"),
        url=safe_url(article.get("url")),
        wire=article.get("wire"),
        duplicate_of=article.get("duplicate_of"),
        origin=article.get("origin"),
    )


@dataclass(frozen=True, slots=True)
class EvidenceView:
    segments: list[Segment]
    source: Source


@dataclass(slots=True)
class EntryView:
    """One timeline entry: its date, summary, source count and evidence, and its axis place."""

    anchor: str
    date: str
    when: str
    summary: str
    sources: int
    evidence: list[EvidenceView]
    more_evidence: int = 0
    approximate: bool = False
    x: float | None = None
    span_x: tuple[float, float] | None = None
    radius: float = 4.0


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    width: float
    height: float
    count: int
    label: str


@dataclass(slots=True)
class Axis:
    """The visual timeline: ticks, entry density bars and one marker per placed entry."""

    start: str
    end: str
    ticks: list[Tick]
    bars: list[Bar]
    unplaced: int = 0


@dataclass(frozen=True, slots=True)
class SideView:
    value: str
    segments: list[Segment]
    sources: list[Source]
    more: int = 0
    as_of: str | None = None


@dataclass(frozen=True, slots=True)
class DisagreementView:
    kind: str
    about: str
    note: str | None
    sides: list[SideView]


@dataclass(frozen=True, slots=True)
class RevisionView:
    """A figure or plan that changed as time passed: its values earliest first."""

    kind: str
    about: str
    values: list[SideView]


@dataclass(frozen=True, slots=True)
class MentionView:
    text: str
    qualifier: str | None
    source: Source
    sentence: str


@dataclass(frozen=True, slots=True)
class ClaimView:
    about: str
    values: list[str]
    mentions: list[MentionView]
    more: int = 0


@dataclass(slots=True)
class StoryView:
    """Everything the story template needs, with no decision left to the template."""

    id: str
    title: str
    articles: int
    outlets: int
    entries: list[EntryView]
    axis: Axis | None
    disagreements: list[DisagreementView]
    claims: list[ClaimView]
    background: list[EntryView] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    why: str = ""
    outlet_names: list[str] = field(default_factory=list)
    total_claims: int = 0
    total_disagreements: int = 0
    revisions: list[RevisionView] = field(default_factory=list)
    total_revisions: int = 0
    empty: str = ""
    """What the page says where it has no timeline entry (``output.no_entries``)."""


def all_disagreements(story: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A story's disagreements as its page shows them: figures and dates, then accounts."""
    return [*story["contradictions"], *story.get("accounts", ())]


def cited_ids(story: Mapping[str, Any]) -> set[str]:
    """Ids of the articles a story's page cites (evidence, claims, disagreements)."""
    entries = [*story["timeline"], *story.get("background", ())]
    ids = {e["article"] for entry in entries for e in entry["evidence"]}
    ids |= {m["article"] for claim in story["claims"] for m in claim["mentions"]}
    ids |= {a for c in all_disagreements(story) for side in c["sides"] for a in side["articles"]}
    ids |= {a for r in story.get("revisions", ()) for v in r["values"] for a in v["articles"]}
    return ids


# A page shows at most this much of a story; the JSON document always has all of it. A story
# of thousands of articles can carry thousands of evidence sentences and figures, and a page
# listing them all is neither readable nor fast.
SHOWN_EVIDENCE = 8
SHOWN_CLAIMS = 25
SHOWN_MENTIONS = 6
SHOWN_DISAGREEMENTS = 12
SHOWN_SIDE_SOURCES = 4


def _trimmed(story: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a story its page shows, with counts of what was left out."""
    return {
        **story,
        "timeline": _trimmed_entries(story["timeline"]),
        "background": _trimmed_entries(story.get("background", ())),
        "claims": [
            {
                **c,
                "mentions": c["mentions"][:SHOWN_MENTIONS],
                "more": _more(c["mentions"], SHOWN_MENTIONS),
            }
            for c in story["claims"][:SHOWN_CLAIMS]
        ],
        "contradictions": [
            {**c, "sides": _trimmed_sides(c["sides"])}
            for c in all_disagreements(story)[:SHOWN_DISAGREEMENTS]
        ],
        "accounts": [],  # shown among the disagreements above
        "revisions": [
            {**r, "values": _trimmed_sides(r["values"])}
            for r in story.get("revisions", ())[:SHOWN_DISAGREEMENTS]
        ],
    }


def _trimmed_sides(sides: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The sides of a disagreement or the values of a revision, each citing a few articles."""
    return [
        {
            **side,
            "articles": side["articles"][:SHOWN_SIDE_SOURCES],
            "more": _more(side["articles"], SHOWN_SIDE_SOURCES),
        }
        for side in sides
    ]


def _trimmed_entries(entries: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            **e,
            "evidence": e["evidence"][:SHOWN_EVIDENCE],
            "more": _more(e["evidence"], SHOWN_EVIDENCE),
        }
        for e in entries
    ]


def _more(items: Sequence[Any], shown: int) -> int:
    return max(0, len(items) - shown)


def page_data(story: Mapping[str, Any], articles: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The compact input of a story page: what it shows, the articles it cites, counts.

    A story may gather thousands of articles but its page cites a bounded number, so this is
    what the web cache keeps per story, and what the report builds in memory.
    """
    shown = _trimmed(story)
    wanted = cited_ids(shown)
    outlets: Counter[str] = Counter()
    cited = {}
    count = undated = 0
    for article in articles:
        count += 1
        undated += not article.get("published")
        outlets[article.get("outlet") or article.get("origin") or "unknown"] += 1
        if article["id"] in wanted:
            cited[article["id"]] = dict(article)
    return {
        "story": shown,
        "cited": cited,
        "articles": count,
        "undated": undated,
        "outlets": dict(outlets.most_common()),
        "totals": {
            "claims": len(story["claims"]),
            "disagreements": len(all_disagreements(story)),
            "revisions": len(story.get("revisions", ())),
        },
    }


def story_view(data: Mapping[str, Any]) -> StoryView:
    """Build the page of one story from ``page_data``."""
    story, cited = data["story"], data["cited"]

    def cite(article_id: str) -> Source:
        return source(cited.get(article_id), article_id)

    def views(entries: Iterable[Mapping[str, Any]], kind: str) -> list[EntryView]:
        # Anchors carry the story's id: a report of several stories has them on one page.
        return [
            EntryView(
                anchor=f"{story['id']}-{kind}-{number}",
                date=entry["date"],
                when=human_date(entry["date"]),
                summary=entry["summary"],
                sources=entry["independent_sources"],
                evidence=[
                    EvidenceView(highlight(e["sentence"], e.get("expression")), cite(e["article"]))
                    for e in entry["evidence"]
                ],
                more_evidence=entry.get("more", 0),
                approximate=bool(entry.get("approximate")),
            )
            for number, entry in enumerate(entries, start=1)
        ]

    entries = views(story["timeline"], "entry")
    def sides(shown: Iterable[Mapping[str, Any]]) -> list[SideView]:
        return [
            SideView(
                s["value"],
                highlight(s["sentence"], s["value"]),
                [cite(a) for a in s["articles"]],
                s.get("more", 0),
                s.get("as_of"),
            )
            for s in shown
        ]

    disagreements = [
        DisagreementView(
            kind=c["kind"], about=c["about"], note=c.get("note"), sides=sides(c["sides"])
        )
        for c in all_disagreements(story)
    ]
    revisions = [
        RevisionView(kind=r["kind"], about=r["about"], values=sides(r["values"]))
        for r in story.get("revisions", ())
    ]
    claims = [
        ClaimView(
            about=claim["about"],
            values=list(
                dict.fromkeys(m.get("text") or _number(m["value"]) for m in claim["mentions"])
            ),
            mentions=[
                MentionView(
                    m.get("text") or _number(m["value"]),
                    m.get("qualifier"),
                    cite(m["article"]),
                    m["sentence"],
                )
                for m in claim["mentions"]
            ],
            more=claim.get("more", 0),
        )
        for claim in story["claims"]
    ]
    axis = place_entries(entries)
    dated = [e.date for e in entries if period(e.date)]
    return StoryView(
        id=story["id"],
        title=story["title"],
        articles=data["articles"],
        outlets=len(data["outlets"]),
        outlet_names=list(data["outlets"]),
        entries=entries,
        axis=axis,
        disagreements=disagreements,
        claims=claims,
        background=views(story.get("background", ()), "background"),
        first=human_date(min(dated)) if dated else None,
        last=human_date(max(dated)) if dated else None,
        why=story.get("why", ""),
        total_claims=data["totals"]["claims"],
        total_disagreements=data["totals"]["disagreements"],
        revisions=revisions,
        total_revisions=data["totals"].get("revisions", len(revisions)),
        empty="" if entries else no_entries(data["articles"], data.get("undated", 0)),
    )


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def place_entries(entries: Sequence[EntryView]) -> Axis | None:
    """Put entries on a date axis (filling their ``x``), with ticks and density bars.

    Returns None when no entry has a calendar date. Density counts entries per bucket of
    days, so a burst of events reads as a tall bar even when the markers overlap.
    """
    spans = {e.anchor: period(e.date) for e in entries}
    placed = [s for s in spans.values() if s is not None]
    if not placed:
        return None
    first = min(s[0] for s in placed)
    last = max(s[1] for s in placed)
    if (last - first).days < 6:  # a lone day still gets a readable week around it
        first, last = first - timedelta(days=3), last + timedelta(days=3)
    days = (last - first).days + 1
    scale = (AXIS_WIDTH - 2 * AXIS_MARGIN) / days

    def x_of(day: date, offset: float = 0.5) -> float:
        return round(AXIS_MARGIN + ((day - first).days + offset) * scale, 1)

    unplaced = 0
    for entry in entries:
        span = spans[entry.anchor]
        if span is None:
            unplaced += 1
            continue
        entry.x = round((x_of(span[0], 0) + x_of(span[1], 1)) / 2, 1)
        if span[1] > span[0]:
            entry.span_x = (x_of(span[0], 0), x_of(span[1], 1))
        entry.radius = round(min(MAX_RADIUS, 3.5 + 1.6 * math.sqrt(max(entry.sources, 1))), 1)
    return Axis(
        start=first.isoformat(),
        end=last.isoformat(),
        ticks=_ticks(first, last, x_of),
        bars=_density(entries, spans, first, days, scale),
        unplaced=unplaced,
    )


def _density(
    entries: Sequence[EntryView],
    spans: Mapping[str, tuple[date, date] | None],
    first: date,
    days: int,
    scale: float,
) -> list[Bar]:
    width_days = max(1, math.ceil(days / MAX_BUCKETS))
    counts: Counter[int] = Counter()
    for entry in entries:
        span = spans[entry.anchor]
        if span is not None:
            middle = span[0] + (span[1] - span[0]) / 2
            counts[(middle - first).days // width_days] += 1
    tallest = max(counts.values())
    bars = []
    for bucket, count in sorted(counts.items()):
        start = first + timedelta(days=bucket * width_days)
        end = start + timedelta(days=width_days - 1)
        label = (
            start.isoformat() if width_days == 1 else f"{start.isoformat()} to {end.isoformat()}"
        )
        bars.append(
            Bar(
                x=round(AXIS_MARGIN + bucket * width_days * scale, 1),
                width=round(max(width_days * scale - 1, 1), 1),
                height=round(DENSITY_HEIGHT * count / tallest, 1),
                count=count,
                label=f"{label}: {count} {'entry' if count == 1 else 'entries'}",
            )
        )
    return bars


def _ticks(first: date, last: date, x_of: Callable[[date, float], float]) -> list[Tick]:
    """Tick marks at days, Mondays, month starts or years, whichever gives about ten."""
    days = (last - first).days + 1
    if days <= 14:
        marks = [first + timedelta(days=n) for n in range(days)]
        return [Tick(x_of(d, 0.5), f"{d.day} {_MONTHS[d.month - 1]}") for d in marks]
    if days <= 90:
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        step = 7 * max(1, math.ceil(days / 7 / 10))
        marks = [monday + timedelta(days=n) for n in range(0, (last - monday).days + 1, step)]
        return [Tick(x_of(d, 0), f"{d.day} {_MONTHS[d.month - 1]}") for d in marks]
    if days <= 4 * 366:
        month = first if first.day == 1 else next_month(first)
        starts = []
        while month <= last:
            starts.append(month)
            month = next_month(month)
        step = max(1, math.ceil(len(starts) / 10))
        return [
            Tick(
                x_of(d, 0),
                f"{_MONTHS[d.month - 1]} {d.year}"
                if d.month == 1 or i == 0
                else _MONTHS[d.month - 1],
            )
            for i, d in enumerate(starts[::step])
        ]
    years = range(first.year + (first.month > 1 or first.day > 1), last.year + 1)
    step = max(1, math.ceil(len(years) / 10))
    return [Tick(x_of(date(y, 1, 1), 0), str(y)) for y in years[::step]]


def story_summary(view: StoryView) -> dict[str, Any]:
    """A story's line in the stories list: counts, date span and a small density strip."""
    return {
        "id": view.id,
        "title": view.title,
        "articles": view.articles,
        "outlets": view.outlets,
        "entries": len(view.entries),
        "disagreements": view.total_disagreements,
        "first": view.first,
        "last": view.last,
        "density": _strip(view.entries),
    }


def _strip(entries: Sequence[EntryView], buckets: int = 24) -> list[int]:
    """Entries per bucket across the story's span, for the sparkline in the list."""
    places = [e.x for e in entries if e.x is not None]
    counts = [0] * buckets
    inner = AXIS_WIDTH - 2 * AXIS_MARGIN
    for x in places:
        counts[min(buckets - 1, int((x - AXIS_MARGIN) / inner * buckets))] += 1
    return counts


def render_story(view: StoryView, *, web: bool) -> str:
    """The story section of a page (``web``: with links to this server's pages)."""
    return environment().get_template("_story.html").render(story=view, web=web)


@cache
def environment() -> jinja2.Environment:
    """The one Jinja environment: package templates, autoescaping on for every file."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("storyline.web", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["plural"] = plural
    env.filters["human_date"] = human_date
    return env
