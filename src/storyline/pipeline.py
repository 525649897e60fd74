"""The pipeline: per-article stages, then cross-article stages, as plain function calls.

The CLI, the web app and the Dask runner all call ``analyse`` and ``assemble``: the first is
the per-article work (it parallelises trivially), the second the cross-article work over the
reduced documents. Keeping the two apart is what lets a cluster run the first on partitions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from storyline import claims as claims_stage
from storyline import dedup, outlets, stories, timex
from storyline import timeline as timeline_stage
from storyline.models import Article, Document, Provenance, Story
from storyline.quantities import extract_quantities
from storyline.sentences import split_sentences


@dataclass(frozen=True, slots=True)
class TimelineOptions:
    """What a person asked of the timeline: how long, which story, which period."""

    max_dates: int | None = None
    sentences_per_date: int = 1
    story: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(slots=True)
class Result:
    """Everything one run produced, ready for any renderer."""

    articles: list[Article]
    provenance: Provenance
    stories: list[Story]


def analyse(article: Article, *, copies: bool = True, resolve: bool = True) -> Document:
    """Per-article stages: outlet and wire credit, sentences, dates, quantities, and the
    per-article part of copy detection (shingles, MinHash, sentence keys).

    An undated article gets its publication date inferred from its text first, because
    every relative expression in it ("on Monday") is resolved against that date.
    ``copies=False`` or ``resolve=False`` skips the copy features or the time expressions
    and quantities, for a caller that will not read them: the Dask runner's client reads
    only the copy features, and a worker finishing a story reads everything but them.
    Skipping them changes nothing in the output: ``resolve=False`` saves about two thirds
    of the time, ``copies=False`` about a quarter.
    """
    if article.outlet is None:
        article.outlet = outlets.detect_outlet(article)
    if article.wire is None:
        article.wire = outlets.detect_wire(article.text)
    if article.published is None:
        inferred = timex.infer_publication_date(article.text)
        if inferred is not None:
            article.published, _confidence = inferred
            article.published_inferred = True
    sentences = split_sentences(article)
    document = Document(
        article=article,
        sentences=sentences,
        copies=dedup.copy_features(article.text, sentences) if copies else None,
    )
    return _resolve(document) if resolve else document


def _resolve(document: Document) -> Document:
    """The stages that depend on the publication date: time expressions, then quantities."""
    document.time_expressions = timex.tag(document.article.text, document.article.published)
    document.quantities = extract_quantities(document)
    return document


def date_undated(documents: list[Document], *, resolve: bool = True) -> None:
    """Date the articles whose text alone could not be dated, using their collection.

    An article that says "on Aug. 5" but names no year can still be dated once we know the
    collection it came with is from 2024: the median publication date of the dated articles
    is the hint. Documents dated this way are resolved again against their new date, unless
    ``resolve`` is false (the Dask runner's client: its documents carry no sentences, and each
    is analysed again, against its new date, on the worker that finishes its story).
    """
    dated = sorted(
        d.article.published
        for d in documents
        if d.article.published is not None and not d.article.published_inferred
    )
    if not dated:
        return
    hint = dated[len(dated) // 2]
    for document in documents:
        if document.article.published is not None:
            continue
        inferred = timex.infer_publication_date(document.article.text, hint)
        if inferred is not None:
            document.article.published, _confidence = inferred
            document.article.published_inferred = True
            if resolve:
                _resolve(document)


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
    for story in found:
        members = [by_id[i] for i in story.article_ids if i in by_id]
        finish_story(story, members, provenance, options)
        if progress is not None:
            progress(1)
    return Result(
        articles=[d.article for d in documents],
        provenance=provenance,
        stories=found,
    )


def link(
    documents: list[Document],
    options: TimelineOptions = TimelineOptions(),
    *,
    story_list: list[Story] | None = None,
    resolve: bool = True,
) -> tuple[Provenance, list[Story]]:
    """The stages that need every document at once: copies, then stories (the chosen ones).

    They read only each document's article and copy features, so ``documents`` may be
    reduced to those (``resolve=False``, see ``date_undated``).
    """
    date_undated(documents, resolve=resolve)
    provenance = dedup.build_provenance(documents)
    found = story_list if story_list is not None else stories.cluster(documents)
    if options.story is not None:
        found = [s for s in found if s.id == options.story or s.id.startswith(options.story)]
    return provenance, found


def finish_story(
    story: Story, members: list[Document], provenance: Provenance, options: TimelineOptions
) -> Story:
    """One story's timeline, claims and contradictions, filled in place.

    It needs only the story's own documents and the provenance, which is what lets the Dask
    runner finish stories in parallel, partitioned by story.
    """
    story.timeline = timeline_stage.build_timeline(
        members,
        provenance,
        max_dates=options.max_dates,
        sentences_per_date=options.sentences_per_date,
        since=options.since,
        until=options.until,
    )
    story.claims, story.contradictions = claims_stage.story_claims(members, provenance)
    return story


def run(
    articles: Iterable[Article],
    options: TimelineOptions = TimelineOptions(),
    *,
    story_list: list[Story] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Result:
    """The whole pipeline over articles in memory (``story_list``: stories already known)."""
    documents = []
    for article in articles:
        documents.append(analyse(article))
        if progress is not None:
            progress(1)
    return assemble(documents, options, story_list=story_list)
