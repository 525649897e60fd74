"""Finished stories, kept per story in the store and recomputed only where they changed.

Running the pipeline is seconds for a small corpus and minutes for a large one, while a page
must answer in milliseconds. So ``analyse_store`` writes every story's page data and
contract document to the store's story cache, and the web app serves from there (the web
app runs it in a background process whenever the store holds articles it has not analysed).

A run is incremental. New articles are first folded into the store's stories
(``catalog.update_stories``, the same stories and ids as `storyline stories`); then only the
stories whose member set changed (a fingerprint of their article ids differs from the cached
one) are recomputed, each from its own articles alone: per-article analysis, copies among
them and the story's timeline and claims (``pipeline.assemble``). Stories that vanished
(merged into another) are dropped. So one new article costs the analysis of its story, not
of the store, and the first analysis of a store is the same loop over every story, which can
use more than one process. Rows are written as stories finish, so a run interrupted after
the cache has been completed once resumes where it stopped; the very first analysis (or the
first after a change of ``LAYOUT``) starts again from the beginning.

What per-story analysis gives up: copies are found among a story's own articles, so an
article that reprints one from *another* story is not marked as its duplicate, and an
undated article is dated with its story's median date rather than the store's. Where no copy
crosses stories (the usual case: a reprint tells the same story), a story's document equals
what `storyline timeline --story ID --format json` prints for it; tests/test_web.py checks
both the equality and, where copies do cross, that only the copy bookkeeping differs.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import multiprocessing.util
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.models import Article, Result, Story
from storyline.store import CachedStory, Store

log = logging.getLogger("storyline.analysis")

# Bumped when what is cached per story changes shape, so an old cache is recomputed.
LAYOUT = "5"
# Processes for a large analysis (the first one of a big store): at most two, so a server
# leaves the machine responsive; below PARALLEL_ARTICLES one process is quicker than starting
# more.
ANALYSIS_WORKERS = min(2, os.cpu_count() or 1)
PARALLEL_ARTICLES = 2000
# Finished stories are written once this many stories or articles are waiting, so a long
# first analysis keeps what it has done (a big story is written as soon as it is finished).
WRITE_STORIES, WRITE_ARTICLES = 200, 2000


@dataclass(slots=True)
class StoryRecord:
    """What is cached for one story, and the stored articles whose analysis corrected them."""

    summary: dict[str, Any]
    page: str
    document: dict[str, Any]
    fingerprint: str
    corrected: list[Article] = field(default_factory=list)

    def cached(self) -> CachedStory:
        """The record as the store keeps it."""
        return CachedStory(
            id=self.summary["id"],
            summary=_dumps(self.summary),
            page=self.page,
            document=_dumps(self.document),
            fingerprint=self.fingerprint,
            members=tuple(self.document["stories"][0]["articles"]),
        )


def fingerprint(article_ids: Iterable[str]) -> str:
    """A digest of a story's member set: equal exactly when the members are (in any order)."""
    return hashlib.blake2b("\n".join(sorted(article_ids)).encode(), digest_size=16).hexdigest()


def analyse_story(story: Story, articles: list[Article]) -> Result:
    """One story from its own articles: analysis, copies among them, timeline and claims.

    ``articles`` are the story's members in store order; the result holds them as analysed,
    the copies found among them and the finished story. The cost is that of the story's
    articles, whatever the size of the store.
    """
    from storyline import pipeline

    documents = [pipeline.analyse(article) for article in articles]
    return pipeline.assemble(documents, story_list=[story])


def story_record(result: Result) -> StoryRecord:
    """A story finished alone (``analyse_story``) as cached: summary, rendered page section
    and contract document.

    The story section is rendered here, once per change of the story, so serving a story page
    is a lookup: a page costs the same whether its story has ten articles or ten thousand.
    The document is a complete output document (the story, its articles, the shared copy
    among them), so ``/api/stories/{id}`` validates against the same schema as `storyline
    timeline --format json`.
    """
    from storyline.output import result_dict

    [story] = result.stories
    return _record(result_dict(result), fingerprint(story.article_ids))


def _record(document: dict[str, Any], story_fingerprint: str) -> StoryRecord:
    """The summary and page of a story's contract document, rendered once here."""
    from storyline.web.views import page_data, render_story, story_summary, story_view

    view = story_view(page_data(document["stories"][0], document["articles"]))
    return StoryRecord(
        summary=story_summary(view),
        page=render_story(view, web=True),
        document=document,
        fingerprint=story_fingerprint,
    )


def _retitled(store: Store, stories: list[Story], cached: dict[str, str]) -> list[StoryRecord]:
    """Cached stories whose members are unchanged but whose title is no longer the store's.

    A title is the member headline that best covers the story's top terms, weighted by how
    rare each term is in the whole store, so new articles elsewhere can change it; the
    analysis stays valid and only the title is rewritten, from the cached document.
    """
    current = {s.id: s for s in stories if cached.get(s.id) == fingerprint(s.article_ids)}
    stale = [
        story_id
        for story_id, summary in store.cached_summaries()
        if story_id in current and json.loads(summary)["title"] != current[story_id].title
    ]
    records = []
    for story_id in stale:
        text = store.cached(story_id, "document")
        if text is None:  # gone since the summaries were read
            continue
        document = json.loads(text)
        document["stories"][0]["title"] = current[story_id].title
        records.append(_record(document, cached[story_id]))
    return records


def compute_story(store: Store, story: Story) -> StoryRecord:
    """Read a story's articles from the store and finish it (see ``analyse_story``)."""
    stored = store.articles(story.article_ids)
    result = analyse_story(story, stored)
    record = story_record(result)
    record.corrected = [
        analysed
        for before, analysed in zip(stored, result.articles, strict=True)
        if _derived(analysed) != _derived(before)
    ]
    return record


def _derived(article: Article) -> tuple[Any, ...]:
    """The stored fields the analysis may fill in (written back when it does)."""
    return (article.outlet, article.wire, article.published, article.published_inferred)


def analyse_store(
    db_path: Path, report: Callable[[int], None], *, workers: int = ANALYSIS_WORKERS
) -> dict[str, int]:
    """Bring the cached stories up to date with the store; returns what it did.

    The stories are the store's own (``catalog.update_stories``, as `storyline ingest` and
    `storyline timeline` keep them), so a story has the same id on the page, in the API and
    on the command line. ``report`` learns the store state being analysed before the long
    part starts, so a failure can be pinned to it. Only stories whose members changed are
    computed; ``workers`` processes share them when there are many articles to analyse.
    """
    from storyline.catalog import update_stories

    with Store(db_path) as store:
        stories = update_stories(store).stories()
        state = store.story_state()[0]  # the last article the stories have placed
        report(state)
        cached = cached_fingerprints(store)
        todo = [s for s in stories if cached.get(s.id) != fingerprint(s.article_ids)]
        size = sum(len(s.article_ids) for s in todo)
        processes = workers if size >= PARALLEL_ARTICLES else 1
        log.info("%d of %d stories to analyse (%d articles)", len(todo), len(stories), size)
        batch: list[StoryRecord] = []
        waiting = written = 0
        for record in _computed(store, todo, processes):
            batch.append(record)
            waiting += record.summary["articles"]
            if len(batch) >= WRITE_STORIES or waiting >= WRITE_ARTICLES:
                _write(store, batch)
                written += len(batch)
                log.info("%d of %d stories analysed", written, len(todo))
                batch, waiting = [], 0
        _write(store, [*batch, *_retitled(store, stories, cached)])
        _finish(store, state, {s.id for s in stories})
        return {"stories": len(stories), "recomputed": len(todo), "articles": size}


def cached_fingerprints(store: Store) -> dict[str, str]:
    """Each cached story's fingerprint; none when the cache is of another layout."""
    if store.cache_state().get("layout") != LAYOUT:
        return {}
    return store.cached_fingerprints()


def _computed(store: Store, todo: list[Story], processes: int) -> Iterator[StoryRecord]:
    """The finished stories, in any order: here, or from a pool when ``processes`` > 1.

    The pool gets the biggest stories first, so the last one to finish is a small one.
    """
    if processes <= 1:
        for story in todo:
            yield compute_story(store, story)
        return
    ordered = sorted(todo, key=lambda s: -len(s.article_ids))
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes, _pool_start, (str(store.path),)) as pool:
        yield from pool.imap_unordered(_pool_story, ordered)
        pool.close()  # let the processes exit on their own, closing their stores
        pool.join()


_POOL_STORE: Store | None = None


def _pool_start(db_path: str) -> None:
    """Each pool process reads articles through its own connection, closed when it exits."""
    global _POOL_STORE
    _POOL_STORE = Store(db_path)
    multiprocessing.util.Finalize(_POOL_STORE, _POOL_STORE.close, exitpriority=10)


def _pool_story(story: Story) -> StoryRecord:
    assert _POOL_STORE is not None, "pool process not initialised"
    return compute_story(_POOL_STORE, story)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _write(store: Store, records: list[StoryRecord]) -> None:
    """Store finished stories with the article fields their analysis corrected."""
    if records:
        store.cache_stories(
            [r.cached() for r in records], [a for r in records for a in r.corrected]
        )


def _finish(store: Store, state: int, current: set[str]) -> None:
    """Drop vanished stories, order the list, and mark the cache as of ``state``.

    One transaction, so a server sees the merged story's parts go exactly when the list that
    no longer shows them is published.
    """
    with store.transaction():
        rows = store.cached_summaries()
        store.drop_cached_stories(story_id for story_id, _ in rows if story_id not in current)
        summaries = [json.loads(summary) for story_id, summary in rows if story_id in current]
        summaries.sort(key=lambda s: (-s["articles"], s["title"], s["id"]))
        store.order_cached_stories(s["id"] for s in summaries)
        analysed = store.count(until=state)
        store.set_cache_state({"layout": LAYOUT, "state": str(state), "articles": str(analysed)})
