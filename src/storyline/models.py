"""The domain objects that flow through storyline.

Every stage reads and writes these plain dataclasses, so a stage can be tested alone and the
CLI, the web app and the Dask runner all speak the same language. Offsets are character
offsets into ``Article.text`` (end exclusive) unless a field says otherwise.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from storyline.text import normalise

if TYPE_CHECKING:
    from storyline.dedup import CopyFeatures


def article_id(text: str) -> str:
    """Stable id of an article: 16 hex digits of the SHA-256 of its normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Article:
    """One news article as read from a source.

    ``outlet`` is the publisher (from metadata or the URL host); ``wire`` is an agency the
    text credits ("SOURCE: AP", "(Reuters) -"), kept apart because a publisher reprinting a
    wire story is not an independent source for it. ``duplicate_of`` is the stored article
    whose text this one repeats (another outlet's copy: see ``storyline.identity``).
    """

    id: str
    origin: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    published_inferred: bool = False
    wire: str | None = None
    duplicate_of: str | None = None
    published_given: date | None = None
    """The date the source gave, when the article's own text and its story contradict it (a
    crawl date weeks late): ``published`` is then inferred from the text instead."""

    @classmethod
    def from_text(cls, text: str, origin: str, **fields: object) -> Article:
        """Build an article whose id is derived from its text."""
        return cls(id=article_id(text), origin=origin, text=text, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article, with its span in the article text.

    ``cut``: the sentence is a part of a run longer than a sentence may be, cut to length
    (``sentences.LONGEST``): read for its figures and dates, but never a summary, since it
    may start mid-clause, without the words that say who tells it."""

    article_id: str
    index: int
    start: int
    end: int
    text: str
    cut: bool = False


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text and normalised to a TIMEX3 type and value.

    ``anchor`` is the reference date the value was resolved against (ISO), or None when the
    expression is absolute; it lets a reader check why "on Monday" became a given day.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2024-09-16, 2024-09, 2024-W38, P10Y, PRESENT_REF, ...
    anchor: str | None = None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ...


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a sentence with what it counts ("nearly 1,000 troops")."""

    value: float
    text: str
    unit: str | None
    qualifier: str | None
    sentence: Sentence
    start: int
    end: int


@dataclass(slots=True)
class Document:
    """An article together with everything the per-article stages found in it.

    This is the object that flows through the per-article pipeline (``pipeline.analyse``);
    cross-article stages take lists of documents. ``article`` is the document's own copy of
    the article read, with the outlet, wire and publication date the stages found. ``copies``
    holds what copy detection needs of the article (``dedup.copy_features``): computed with
    the rest, so a cluster's client gets it from the workers instead of computing it.
    ``stages`` names the per-article stages that have run, in order.
    """

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    copies: CopyFeatures | None = None
    stages: tuple[str, ...] = ()
    text_date: tuple[date, float] | None = None
    """The publication date the article's text alone gives and how surely, when its date was
    read from its text (``pipeline._published``); None otherwise."""

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True, slots=True)
class Evidence:
    """A verbatim source sentence backing a timeline entry or claim."""

    article_id: str
    sentence: str
    expression: str | None = None
    sentence_index: int | None = None


@dataclass(slots=True)
class Event:
    """Something that happened on a date, with every sentence that reports it.

    ``date`` is an ISO value at the precision the text supports (YYYY, YYYY-MM, YYYY-MM-DD).
    ``independent_sources`` counts articles, with copies of one text counted once.
    ``approximate`` says that no sentence gives the day: it is the news day of the articles
    that report the event (the day their leads date, else their publication day).
    """

    date: str
    summary: str
    evidence: list[Evidence]
    independent_sources: int
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class ClaimMention:
    value: float
    text: str
    qualifier: str | None
    article_id: str
    sentence: str
    unit: str | None = None


@dataclass(slots=True)
class Claim:
    """Mentions of numbers that measure the same thing, grouped across articles.

    ``note`` says when figures differ because they were reported at different times (a
    change, not a contradiction), so the difference is shown rather than hidden.
    """

    about: str
    mentions: list[ClaimMention]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ContradictionSide:
    value: str
    articles: list[str]
    sentence: str


@dataclass(slots=True)
class Contradiction:
    """Values for one claim or event that cannot all hold, side by side."""

    kind: str  # "date", "number" or "account" (one party asserts, another denies)
    about: str
    sides: list[ContradictionSide]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RevisionValue:
    """One value of a revised figure or plan, as it stood when it was reported."""

    value: str
    as_of: str
    articles: list[str]
    sentence: str


@dataclass(slots=True)
class Revision:
    """A figure or a planned date that changed as time passed (a toll rising, a queue of
    ships growing then shrinking, a launch slipping): not sources disagreeing, but each value
    with when it held (``as_of``: an ISO date or ``FIRST/LAST``), earliest first, and every
    article that reported it."""

    kind: str  # "date" or "number"
    about: str
    values: list[RevisionValue]


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """A passage printed by several articles (wire copy)."""

    text: str
    article_ids: list[str]


@dataclass(slots=True)
class Story:
    """A group of articles about one evolving story, and what storyline made of it.

    ``why`` says in a line what makes the articles one story (the names and words they
    share, their dates), so a reader can check a grouping without reading every article.
    """

    id: str
    title: str
    article_ids: list[str]
    why: str = ""
    timeline: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    background: list[Event] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


@dataclass(slots=True)
class Provenance:
    """Which texts are copies of which, so evidence counts independent sources.

    ``duplicate_of`` maps a near-duplicate article to the earliest copy; ``passage_group``
    maps the key of a shared passage (see ``passage_key``) to the id of the group of articles
    that printed it; ``outlet_of`` maps an article to the source that answers for it (the
    wire it credits, else its outlet). Stages that weigh coverage ask ``source_key``, the
    count a reader sees asks ``outlet_key``; each counts distinct keys.
    """

    duplicate_of: dict[str, str] = field(default_factory=dict)
    passage_group: dict[str, str] = field(default_factory=dict)
    shared: list[SharedPassage] = field(default_factory=list)
    outlet_of: dict[str, str] = field(default_factory=dict)
    banners: frozenset[str] = frozenset()
    """Keys (``passage_key``) of a site's banner: a line that opens pages of several days,
    each going on with other text (see ``dedup.find_banners``); it is no news of theirs."""

    def source_key(self, article_id: str, sentence: str) -> str:
        """The key of a sentence's text: copies of one text share a key, so five papers
        printing one wire paragraph are one report of it, while two articles of one outlet
        are two reports (how much a story's coverage tells an event, and which articles
        disagree, are read per article)."""
        group = self.passage_group.get(passage_key(sentence))
        if group is not None:
            return group
        return self.duplicate_of.get(article_id, article_id)

    def outlet_key(self, source: str) -> str:
        """The independence key of a sentence whose ``source_key`` is ``source``: beside
        copies of one text, the articles of one outlet (or crediting one wire) share a key,
        since four reports by one newsroom are one source to a reader. An article with
        neither outlet nor wire is a source of its own."""
        return self.outlet_of.get(source, source)


_WORD = re.compile(r"\w+")


def passage_key(text: str) -> str:
    """Key of a passage that survives quote styles, spacing and case."""
    words = _WORD.findall(normalise(text))
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Result:
    """Everything one run produced, ready for any renderer: the articles as analysed (with
    the outlets and dates the stages found), which texts are copies, and the stories."""

    articles: list[Article]
    provenance: Provenance
    stories: list[Story]
