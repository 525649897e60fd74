"""The pipeline: named per-article stages over one Document, then the cross-article stages.

``analyse`` runs the per-article stages a caller chooses, in a fixed order, on a new
``Document`` (the article it is given is left as it was: the document carries its own copy,
with what the stages found filled in). Every caller runs the same stages through it and
names only the ones it reads:

- ``storyline timeline``, the web app's story analysis and the benchmarks run them all;
- the Dask runner's workers run all but the time stages for the client (``without(*DATED)``:
  the client reads only articles and copy features), then all but ``copies`` when they
  finish stories (``without("copies")``);
- ``storyline eval tls`` runs ``sentences`` and ``time_expressions``, ``eval claims`` those
  and ``quantities``.

Leaving a stage out changes nothing in what the others compute: ``time_expressions`` and
``quantities`` are about two thirds of the time, ``copies`` about a quarter.

``assemble`` is the cross-article work over the documents (copies across articles, stories,
then each story's timeline and claims). Keeping the two apart is what lets a cluster run the
first on partitions and the second by story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from storyline import claims as claims_stage
from storyline import dedup, events, identity, outlets, stories, timex
from storyline.furniture import is_furniture, summarisable
from storyline.models import Article, Document, Provenance, Result, Story
from storyline.quantities import extract_quantities
from storyline.sentences import split_sentences
from storyline.text import WEEKDAY, analysed_text
from storyline.timex.infer import outlet_lags
from storyline.timex.neighbours import first_reports, nearest, news_days, pairs_of


@dataclass(frozen=True, slots=True)
class TimelineOptions:
    """What a person asked of the timeline: how long, which story, which period."""

    max_dates: int | None = None
    per_date: int | None = None
    story: str | None = None
    since: date | None = None
    until: date | None = None


def _outlet(document: Document) -> None:
    """The publisher, from metadata or the URL host, when the reader found none."""
    if document.article.outlet is None:
        document.article.outlet = outlets.detect_outlet(document.article)


def _wire(document: Document) -> None:
    """The agency the text credits ("SOURCE: AP"), when the reader found none."""
    if document.article.wire is None:
        document.article.wire = outlets.detect_wire(document.article.text)


def _published(document: Document) -> None:
    """An undated article's publication date, read off its link ("/2017/12/28/") or else
    inferred from its text: every relative expression in it ("on Monday") is resolved
    against that date, so this comes first."""
    article = document.article
    if article.published is None:
        linked = _link_date(article.url)
        if linked is not None:
            article.published, article.published_inferred = linked, True
        else:
            _infer_date(document)


_LINK_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/._?#-]|$)"
)
"""A day in a page's address ("nytimes.com/2018/02/05/arts/...", "/2016-01/11/content"): the
day the outlet filed it under, its publication day or, for a page put up late at night, the
next."""


def _link_date(url: str | None) -> date | None:
    """The day a page's address gives, if it gives a real one."""
    found = _LINK_DATE.search(url or "")
    if found is None:
        return None
    try:
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        return None  # "/2021/02/30/"


def _sentences(document: Document) -> None:
    document.sentences = split_sentences(document.article)


def _copies(document: Document) -> None:
    """What copy detection needs of the article (shingles, MinHash, sentence keys)."""
    document.copies = dedup.copy_features(document.article.text, document.sentences)


def _time_expressions(document: Document) -> None:
    document.time_expressions = timex.tag(document.article.text, document.article.published)


def _quantities(document: Document) -> None:
    document.quantities = extract_quantities(document)


Stage = Callable[[Document], None]

STAGES: dict[str, Stage] = {
    "outlet": _outlet,
    "wire": _wire,
    "published": _published,
    "sentences": _sentences,
    "copies": _copies,
    "time_expressions": _time_expressions,
    "quantities": _quantities,
}
"""The per-article stages, in the order they run; each fills its part of the document."""

DATED = ("time_expressions", "quantities")
"""The stages that read the publication date: run again when an article is dated later."""


def without(*names: str) -> tuple[str, ...]:
    """Every stage but ``names``, in pipeline order (as spaCy's ``select_pipes(disable=)``)."""
    _check(names)
    return tuple(name for name in STAGES if name not in names)


def _check(names: Iterable[str]) -> None:
    unknown = [name for name in names if name not in STAGES]
    if unknown:
        raise ValueError(f"no stage {', '.join(unknown)} (stages: {', '.join(STAGES)})")


def analyse(article: Article, stages: Iterable[str] = tuple(STAGES)) -> Document:
    """A new document of ``article`` with the chosen per-article stages run, in pipeline
    order whatever the order given; ``article`` itself is not changed. An article longer than
    ``MAX_ANALYSED_CHARS`` is analysed on its head (the document's copy is cut)."""
    chosen = frozenset(stages)
    _check(chosen)
    document = Document(article=replace(article, text=analysed_text(article.text)))
    _run(document, (name for name in STAGES if name in chosen))
    return document


def _run(document: Document, names: Iterable[str]) -> None:
    for name in names:
        STAGES[name](document)
        document.stages += (name,)


def _infer_date(
    document: Document,
    collection: Sequence[date] = (),
    neighbours: Sequence[tuple[date, float]] = (),
    lag: int = 0,
    reported: Sequence[date] = (),
) -> bool:
    """Date an undated article from its text (``collection``: its collection's dates;
    ``neighbours``: the news days of the dated articles most like it, with their similarity;
    ``lag``: its outlet's habit, see ``timex.infer.outlet_lag``; ``reported``: the days the
    happenings it tells were first reported, see ``timex.neighbours.first_reports``)."""
    inferred = timex.infer_publication_date(
        document.article.text,
        collection=collection,
        neighbours=neighbours,
        lag=lag,
        reported=reported,
    )
    if inferred is None:
        return False
    document.article.published = inferred[0]
    document.article.published_inferred = True
    if not collection and not neighbours and not reported:
        document.text_date = inferred  # the text's own say, with nothing beside it
    return True


def date_undated(documents: list[Document]) -> None:
    """Date the articles whose text alone could not be dated, using their collection.

    An article that says "on Aug. 5" but names no year can still be dated once we know the
    collection it came with is from 2024, and "on Tuesday" once we know which weeks the
    collection's articles came out in: the publication dates of the dated articles are the
    inference's prior, and the dates of those that share the most rare word pairs with it
    (the same news, told on the same days) one more clue. An outlet that comes out the day
    after the news it tells (a morning paper) shows it in its dated articles: that lag moves
    the days the article's news points to, and each neighbour's date is taken back by its
    own outlet's lag to the day of its news. A happening the article tells that the dated
    articles first reported on some day says it is hardly older than that day. A collection
    that came with no date at all has the articles its addresses or texts date surely
    (``_self_dated``) stand for dated ones, and the articles their texts date less surely are
    dated again against them. A document
    dated this way has the date stages it went through run again against its new date (the
    Dask runner's client has none: each of its articles is analysed again, against its new
    date, on the worker that finishes its story).
    """
    known = [
        d.article.published if not d.article.published_inferred else None for d in documents
    ]
    given = any(known)
    if not given:
        known = _self_dated(documents)
    dated = sorted(day for day in known if day is not None)
    if not dated:
        return
    # with nothing given, the articles their texts date less surely are dated again too
    undated = [
        i for i, d in enumerate(documents)
        if d.article.published is None or (not given and known[i] is None)
    ]  # fmt: skip
    texts = [d.article.text for d in documents]
    pairs = pairs_of(texts)
    near = nearest(pairs, [day is not None for day in known], undated)
    firsts = first_reports(pairs, known, undated)
    outlets = {documents[j].article.outlet for i in undated for j in [i, *(j for j, _ in near[i])]}
    lags = outlet_lags(
        (
            (outlet, d.article.text, day)
            for d, day in zip(documents, known, strict=True)
            if day is not None and (outlet := d.article.outlet) in outlets and outlet
        ),
        dated,
    )
    outlet_of = [d.article.outlet for d in documents]
    for i in undated:
        document = documents[i]
        neighbours = news_days(near[i], known, outlet_of, lags)
        lag = lags.get(document.article.outlet or "", 0)
        if _infer_date(document, dated, neighbours, lag, firsts[i]):
            _run(document, [name for name in DATED if name in document.stages])


SELF_DATED = 0.7
"""Confidence with which an article's text alone must date it to anchor a collection none of
whose articles came with a date (a folder of pasted texts): on the dev stories' articles,
111 of the 112 of 138 text-dated articles above it are dated to the day and none more than
a week off, where those below miss by weeks or years."""


def _self_dated(documents: list[Document]) -> list[date | None]:
    """The dates of the articles whose link or own text dates them surely (``SELF_DATED``),
    for a collection that came with no dates: they stand for given dates, and the others
    are dated against them as against given ones."""
    anchors: list[date | None] = []
    for document in documents:
        linked = _link_date(document.article.url)
        read = document.text_date
        anchors.append(linked or (read[0] if read and read[1] >= SELF_DATED else None))
    return anchors


DATE_CHECK_SLACK = 3
"""Days around a story's other articles within which an article's given date is not
questioned."""

DATE_CHECK_CONFIDENCE = 0.5
"""Confidence the text's own date must have to replace a given date it contradicts."""


FIRST_VERSION_DAYS = (5, 6)
"""How many days before its page date a lead's bare weekday must lie for the page date to
be read as its first version's: news leads tell the last day or two, and a weekday a week
back is the next one."""

LEAD_SENTENCES = 2
"""The sentences of an article read as its lead by ``first_version_day``."""

LEAD_CHARS = 3000
"""Characters of an article that hold its lead, captions before it included."""

_BARE_WEEKDAY = re.compile(
    rf"(?i)^(?:(?:early|late)\s+)?{WEEKDAY}"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)


def first_version_day(article: Article) -> date | None:
    """The day an updated page's news is of, when its date is that of its first version.

    A wire story updated under its first address keeps the first version's date: a lead
    saying "investigators said Monday" on a page dated Sunday tells Monday's news, not the
    news of six days before. Only the lead's first date is read (captions and other page
    furniture skipped), and only a bare weekday: an explicit date says which week it means.
    """
    if article.published is None:
        return None
    lead = [
        s
        for s in split_sentences(replace(article, text=article.text[:LEAD_CHARS]))
        if summarisable(s) and not is_furniture(s.text)
    ][:LEAD_SENTENCES]
    for sentence in lead:
        found = [
            e for e in timex.tag(sentence.text, article.published) if e.type in ("DATE", "TIME")
        ]
        if found:
            first = found[0]
            if not _BARE_WEEKDAY.match(first.text.strip()) or len(first.value) < 10:
                return None
            day = date.fromisoformat(first.value[:10])
            if (article.published - day).days not in FIRST_VERSION_DAYS:
                return None
            return day + timedelta(days=7)
    return None


def check_dates(members: list[Document]) -> None:
    """Replace a story member's given publication date that its own text and the story
    contradict (a date a crawler stamped weeks after the news), and resolve its relative
    dates against the date its text gives instead.

    A given date is questioned only when it lies outside the period of the story's other
    articles, and replaced only when the text dates the article inside that period and
    earlier than the given date (a crawl date is later than the news). Inside the period, a
    page whose lead tells the news of a weekday after its date is given that day
    (``first_version_day``). The text's date is read with the other articles' dates as its
    prior, so a page that names only weekdays ("on Sunday") is placed in the story's week.
    The given date is kept beside the new one (``Article.published_given``). Articles given
    the very same date do not vouch for each other: a crawler stamps a batch of pages with
    one date.
    """
    dated = sorted(d.article.published for d in members if d.article.published is not None)
    for document in members:
        article = document.article
        if article.published is None or article.published_inferred:
            continue
        others = [day for day in dated if day != article.published]
        if not others:
            continue
        low = others[0] - timedelta(days=DATE_CHECK_SLACK)
        high = others[-1] + timedelta(days=DATE_CHECK_SLACK)
        if low <= article.published <= high:
            day = first_version_day(article)
            if day is not None and day <= high:
                _redate(document, day)
            continue
        inferred = timex.infer_publication_date(article.text, collection=others)
        if inferred is None:
            continue
        day, confidence = inferred
        if confidence >= DATE_CHECK_CONFIDENCE and low <= day <= high and day < article.published:
            _redate(document, day)


def _redate(document: Document, day: date) -> None:
    """Give a document the date its text and story give, keeping the one it came with."""
    article = document.article
    article.published_given, article.published = article.published, day
    article.published_inferred = True
    _run(document, [name for name in DATED if name in document.stages])


def assemble(
    documents: list[Document],
    options: TimelineOptions = TimelineOptions(),
    *,
    story_list: list[Story] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Result:
    """Cross-article stages: copies, stories, then each story's timeline and claims.

    ``story_list`` lets a caller pass stories it already has (the incremental path through
    the store); otherwise the documents are clustered here.
    """
    provenance, found = link(documents, options, story_list=story_list)
    by_id = {d.id: d for d in documents}
    finished = []
    for story in found:
        members = [by_id[i] for i in story.article_ids if i in by_id]
        finished.append(finish_story(story, members, provenance, options))
        if progress is not None:
            progress(1)
    return Result(articles=[d.article for d in documents], provenance=provenance, stories=finished)


def link(
    documents: list[Document],
    options: TimelineOptions = TimelineOptions(),
    *,
    story_list: list[Story] | None = None,
) -> tuple[Provenance, list[Story]]:
    """The stages that need every document at once: copies, then stories (the chosen ones).

    They read only each document's article and copy features, so ``documents`` may be
    reduced to those (see ``date_undated``).
    """
    date_undated(documents)
    provenance = dedup.build_provenance(documents)
    found = story_list if story_list is not None else stories.cluster(documents)
    if options.story is not None:
        found = [s for s in found if s.id == options.story or s.id.startswith(options.story)]
    by_id = {d.id: d for d in documents}
    for story in found:
        check_dates([by_id[i] for i in story.article_ids if i in by_id])
    return provenance, found


def finish_story(
    story: Story, members: list[Document], provenance: Provenance, options: TimelineOptions
) -> Story:
    """One story with its timeline, claims, contradictions and revisions (``story`` is not
    changed). Its events are found once and read by both the timeline and the claims.

    It needs only the story's own documents and the provenance, which is what lets the Dask
    runner finish stories in parallel, partitioned by story.
    """
    found = events.story_events(members, provenance)
    timeline, background = events.build(
        found,
        max_dates=options.max_dates,
        per_date=options.per_date,
        since=options.since,
        until=options.until,
    )
    claims, contradictions, revisions = claims_stage.story_claims(members, provenance, found)
    return replace(
        story,
        timeline=timeline,
        background=background,
        claims=claims,
        contradictions=contradictions,
        revisions=revisions,
    )


def run(
    articles: Iterable[Article],
    options: TimelineOptions = TimelineOptions(),
    *,
    story_list: list[Story] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Result:
    """The whole pipeline over articles in memory (``story_list``: stories already known).

    Copies of one text from several sources are kept apart as the store keeps them
    (``identity.distinct``), so each counts with its own outlet and date.
    """
    documents = []
    for _, article in identity.distinct(articles):
        documents.append(analyse(article))
        if progress is not None:
            progress(1)
    return assemble(documents, options, story_list=story_list)
