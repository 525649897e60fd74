"""Finished stories, kept per story in the store and recomputed only where they changed.

Running the pipeline is seconds for a small corpus and minutes for a large one, while a page
must answer in milliseconds. So the app analyses in a background process whenever the store
holds articles it has not analysed (its state is the highest ``seq``, which only grows),
writes every story's page data and contract document to ``story_cache``, and serves from
there. Until a run finishes, pages show the previous stories and say so; the cache survives
restarts, so a server started on an analysed store serves at once.

A run is incremental. New articles are first folded into the store's stories
(``catalog.update_stories``, the same stories and ids as `storyline stories`); then only the
stories whose member set changed (a fingerprint of their article ids differs from the cached
one) are recomputed, each from its own articles alone: per-article analysis, copies among
them (``dedup.build_provenance``) and ``pipeline.finish_story``. Stories that vanished (merged
into another) are dropped. So one new article costs the analysis of its story, not of the
store, and the first analysis of a store is the same loop over every story, which can use
more than one process. Rows are written as stories finish, so a run interrupted after the
cache has been completed once resumes where it stopped; the very first analysis (or the first
after a change of ``LAYOUT``) starts again from the beginning.

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
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from storyline.models import Article, Provenance, Story
from storyline.store import Store
from storyline.web.views import page_data, render_story, story_summary, story_view

log = logging.getLogger("storyline.web")

# Bumped when what is cached per story changes shape, so an old cache is recomputed.
LAYOUT = "4"
# Processes for a large analysis (the first one of a big store): at most two, so a server
# leaves the machine responsive; below PARALLEL_ARTICLES one process is quicker than starting
# more.
ANALYSIS_WORKERS = min(2, os.cpu_count() or 1)
PARALLEL_ARTICLES = 2000
# Finished stories are written once this many stories or articles are waiting, so a long
# first analysis keeps what it has done (a big story is written as soon as it is finished).
WRITE_STORIES, WRITE_ARTICLES = 200, 2000

@dataclass(slots=True)
class Snapshot:
    """The stories of one store state, in list order, with their summaries in memory."""

    state: int
    articles: int
    summaries: list[dict[str, Any]]
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {s["id"]: s for s in self.summaries}

    def title(self, story_id: str) -> str:
        summary = self.by_id.get(story_id)
        return summary["title"] if summary else story_id


@dataclass(slots=True)
class StoryRecord:
    """What is cached for one story, and the stored articles whose analysis corrected them."""

    summary: dict[str, Any]
    page: str
    document: dict[str, Any]
    fingerprint: str
    corrected: list[Article] = field(default_factory=list)


def store_state(store: Store) -> int:
    """The position of the last stored article: it changes exactly when articles are added."""
    return int(store.db.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])


def fingerprint(article_ids: Iterable[str]) -> str:
    """A digest of a story's member set: equal exactly when the members are (in any order)."""
    return hashlib.blake2b("\n".join(sorted(article_ids)).encode(), digest_size=16).hexdigest()


def analyse_story(story: Story, articles: list[Article]) -> Provenance:
    """One story from its own articles: analysis, copies among them, timeline and claims.

    ``articles`` are the story's members in store order; ``story`` is filled in place and the
    copies found among its articles are returned. The cost is that of the story's articles,
    whatever the size of the store.
    """
    from storyline import pipeline

    documents = [pipeline.analyse(article) for article in articles]
    return pipeline.assemble(documents, story_list=[story]).provenance


def story_record(story: Story, articles: list[Article], provenance: Provenance) -> StoryRecord:
    """A finished story as cached: summary, rendered page section and contract document.

    The story section is rendered here, once per change of the story, so serving a story page
    is a lookup: a page costs the same whether its story has ten articles or ten thousand.
    The document is a complete output document (the story, its articles, the shared copy
    among them), so ``/api/stories/{id}`` validates against the same schema as `storyline
    timeline --format json`.
    """
    from storyline import output

    duplicates = provenance.duplicate_of
    members = [output.article_dict(a, duplicates.get(a.id)) for a in articles]
    document = {
        "storyline_version": output.__version__,
        "articles": members,
        "stories": [output.story_dict(story)],
        "shared_copy": [
            {"text": p.text, "articles": list(p.article_ids)} for p in provenance.shared
        ],
    }
    return _record(document, fingerprint(story.article_ids))


def _record(document: dict[str, Any], story_fingerprint: str) -> StoryRecord:
    """The summary and page of a story's contract document, rendered once here."""
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
    rows = store.db.execute("SELECT id, summary FROM story_cache").fetchall()
    stale = [
        row[0]
        for row in rows
        if row[0] in current and json.loads(row[1])["title"] != current[row[0]].title
    ]
    records = []
    for story_id in stale:
        (text,) = store.db.execute(
            "SELECT document FROM story_cache WHERE id = ?", (story_id,)
        ).fetchone()
        document = json.loads(text)
        document["stories"][0]["title"] = current[story_id].title
        records.append(_record(document, cached[story_id]))
    return records


def compute_story(store: Store, story: Story) -> StoryRecord:
    """Read a story's articles from the store and finish it (see ``analyse_story``)."""
    articles = store.articles(story.article_ids)
    stored = {a.id: _derived(a) for a in articles}
    provenance = analyse_story(story, articles)
    record = story_record(story, articles, provenance)
    record.corrected = [a for a in articles if _derived(a) != stored[a.id]]
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
        cached = _cached_fingerprints(store)
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


def _cached_fingerprints(store: Store) -> dict[str, str]:
    """Each cached story's fingerprint; none when the cache is of another layout."""
    layout = store.db.execute("SELECT value FROM story_cache_state WHERE key = 'layout'")
    row = layout.fetchone()
    if row is None or row[0] != LAYOUT:
        return {}
    query = "SELECT f.id, f.fingerprint FROM story_cache_fingerprint f JOIN story_cache USING (id)"
    return dict(store.db.execute(query).fetchall())


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
    """Store finished stories (one transaction), with their members, fingerprints and the
    article fields their analysis corrected."""
    if not records:
        return
    with store.transaction():
        store.db.executemany(
            "INSERT OR REPLACE INTO story_cache (id, position, summary, page, document)"
            " VALUES (?, -1, ?, ?, ?)",
            [(r.summary["id"], _dumps(r.summary), r.page, _dumps(r.document)) for r in records],
        )
        store.db.executemany(
            "INSERT OR REPLACE INTO story_cache_fingerprint (id, fingerprint) VALUES (?, ?)",
            [(r.summary["id"], r.fingerprint) for r in records],
        )
        # Stories partition the articles, so an article's old row goes when its new one comes.
        members = [
            (a, r.summary["id"]) for r in records for a in r.document["stories"][0]["articles"]
        ]
        store.db.executemany(
            "DELETE FROM story_members WHERE article_id = ?", [(a,) for a, _ in members]
        )
        store.db.executemany(
            "INSERT INTO story_members (article_id, story_id) VALUES (?, ?)", members
        )
        store.update_articles(a for r in records for a in r.corrected)


def _finish(store: Store, state: int, current: set[str]) -> None:
    """Drop vanished stories, order the list, and mark the cache as of ``state``.

    One transaction, so a server sees the merged story's parts go exactly when the list that
    no longer shows them is published.
    """
    with store.transaction():
        rows = store.db.execute("SELECT id, summary FROM story_cache").fetchall()
        gone = [(row[0],) for row in rows if row[0] not in current]
        store.db.executemany("DELETE FROM story_cache WHERE id = ?", gone)
        store.db.executemany("DELETE FROM story_cache_fingerprint WHERE id = ?", gone)
        store.db.execute(
            "DELETE FROM story_members WHERE story_id NOT IN (SELECT id FROM story_cache)"
        )
        summaries = [json.loads(row[1]) for row in rows if row[0] in current]
        summaries.sort(key=lambda s: (-s["articles"], s["title"], s["id"]))
        store.db.executemany(
            "UPDATE story_cache SET position = ? WHERE id = ?",
            [(n, s["id"]) for n, s in enumerate(summaries)],
        )
        analysed = store.db.execute(
            "SELECT COUNT(*) FROM articles WHERE seq <= ?", (state,)
        ).fetchone()[0]
        store.db.executemany(
            "INSERT OR REPLACE INTO story_cache_state (key, value) VALUES (?, ?)",
            [("layout", LAYOUT), ("state", str(state)), ("articles", str(analysed))],
        )


def _analysis_process(db_path: str, workers: int, pipe: Connection) -> None:
    """Body of the analysis process: says which state it analyses, then how it went.

    A terminate (the server is stopping) raises SystemExit here, so a pool of workers is
    terminated with it rather than left running.
    """
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(1))
    try:
        done = analyse_store(
            Path(db_path), lambda state: pipe.send(("state", state)), workers=workers
        )
    except BaseException:
        pipe.send(("failed", traceback.format_exc()))
        raise SystemExit(1) from None
    pipe.send(("done", done))


class StoryCache:
    """The stories the app serves, and the background run that keeps them current.

    The pipeline runs in a separate process: it holds no lock the server needs, uses the
    other core, and its memory (large for a large store) goes back when it ends. A thread
    of the server waits for it and then loads what it wrote to the store.
    """

    def __init__(self, db_path: Path, *, workers: int = ANALYSIS_WORKERS) -> None:
        self.db_path = db_path
        self.workers = workers
        self.last_run: dict[str, int] | None = None  # what the last finished run did
        self._failed_state: int | None = None
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._closing = False
        self.snapshot: Snapshot | None = None
        self.error: str | None = None

    @property
    def analysing(self) -> bool:
        worker = self._worker
        return worker is not None and worker.is_alive()

    def load(self, store: Store) -> None:
        """Take the persisted stories, if a cache of the current layout is in the store."""
        meta = dict(store.db.execute("SELECT key, value FROM story_cache_state").fetchall())
        if meta.get("layout") != LAYOUT or "state" not in meta:
            return
        rows = store.db.execute("SELECT summary FROM story_cache ORDER BY position")
        self.snapshot = Snapshot(
            state=int(meta["state"]),
            articles=int(meta["articles"]),
            summaries=[json.loads(row[0]) for row in rows],
        )

    def refresh(self, store: Store) -> None:
        """Start a background run when the store has articles the cache has not seen."""
        state = store_state(store)
        if self.snapshot is not None and self.snapshot.state == state:
            return
        if self.snapshot is None and state == 0:
            self.snapshot = Snapshot(state=0, articles=0, summaries=[])
            return
        with self._lock:
            if self.analysing or self._failed_state == state:  # a failed state is not retried
                return
            self._worker = threading.Thread(target=self._run, name="storyline-analyse", daemon=True)
            self._worker.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the running analysis (if any) finishes: for tests and benchmarks."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def close(self) -> None:
        """Stop a running analysis: the server is going away, and its result with it."""
        self._closing = True
        process = self._process
        if process is not None and process.is_alive():
            process.terminate()
        self.wait()

    def _run(self) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        receive, send = context.Pipe(duplex=False)
        process = context.Process(
            target=_analysis_process,
            args=(str(self.db_path), self.workers, send),
            name="storyline-analyse",
            # Not a daemon, so it may start a pool of its own; close() ends it with the server.
            daemon=False,
        )
        process.start()
        self._process = process
        send.close()
        state: int | None = None
        failure: str | None = None
        try:
            while True:
                kind, value = receive.recv()
                if kind == "state":
                    state = value
                    log.info("analysing the store at state %d", state)
                elif kind == "failed":
                    failure = value
                else:
                    self.last_run = value
                    break
        except EOFError:  # the process ended without a word: killed, or out of memory
            failure = failure or f"the analysis process ended with exit code {process.exitcode}"
        finally:
            receive.close()
        process.join()
        if self._closing:
            return
        if failure is not None:
            self.error = "analysis failed: " + failure.strip().splitlines()[-1]
            self._failed_state = state
            log.error("analysis failed\n%s", failure)
            return
        with Store(self.db_path) as store:
            self.load(store)
        self.error = None
        log.info("%d stories ready", len(self.snapshot.summaries) if self.snapshot else 0)

    def page(self, store: Store, story_id: str) -> str | None:
        """The rendered story section of a story's page, made when the story was analysed."""
        row = store.db.execute("SELECT page FROM story_cache WHERE id = ?", (story_id,)).fetchone()
        return row[0] if row else None

    def document(self, store: Store, story_id: str) -> str | None:
        """A story's output document as stored JSON text, served without re-encoding."""
        row = store.db.execute(
            "SELECT document FROM story_cache WHERE id = ?", (story_id,)
        ).fetchone()
        return row[0] if row else None
