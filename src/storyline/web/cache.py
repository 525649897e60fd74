"""Finished stories, computed once per store state and kept in the store itself.

Running the pipeline is seconds for a small corpus and minutes for a large one, while a page
must answer in milliseconds. So the app runs the pipeline in a background process whenever
the store holds articles it has not analysed (its state is the highest ``seq``, which only
grows), writes every story's page data and contract document to ``story_cache``, and serves
from there. Until a new run finishes, pages show the previous stories and say so; the cache
survives restarts, so a server started on an analysed store serves at once.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from storyline.store import Store
from storyline.web.views import page_data, render_story, story_summary, story_view

log = logging.getLogger("storyline.web")

# Bumped when what is cached per story changes shape, so an old cache is recomputed.
LAYOUT = "3"


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


def store_state(store: Store) -> int:
    """The position of the last stored article: it changes exactly when articles are added."""
    return int(store.db.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])


def build_records(result: Any) -> list[tuple[dict[str, Any], str, dict[str, Any]]]:
    """For each story of a pipeline result: (summary, rendered story section, document).

    The story section is rendered here, once per store state, so serving a story page is a
    lookup: a page costs the same whether its story has ten articles or ten thousand.

    The contract document of one story is a complete output document (its articles, the
    story, the shared copy among them), so ``/api/stories/{id}`` validates against the same
    schema as ``storyline timeline --format json``.
    """
    from storyline import output

    duplicates = result.provenance.duplicate_of
    articles = {a.id: output.article_dict(a, duplicates.get(a.id)) for a in result.articles}
    records = []
    for story in result.stories:
        story_dict = output.story_dict(story)
        members = [articles[i] for i in story.article_ids if i in articles]
        member_ids = set(story.article_ids)
        document = {
            "storyline_version": output.__version__,
            "articles": members,
            "stories": [story_dict],
            "shared_copy": [
                {"text": p.text, "articles": list(p.article_ids)}
                for p in result.provenance.shared
                if member_ids.intersection(p.article_ids)
            ],
        }
        view = story_view(page_data(story_dict, members))
        records.append((story_summary(view), render_story(view, web=True), document))
    records.sort(key=lambda r: (-r[0]["articles"], r[0]["title"], r[0]["id"]))
    return records


def analyse_store(db_path: Path, report: Callable[[int], None]) -> None:
    """Run the pipeline over every stored article and replace the cached stories.

    The stories are the store's own (``catalog.update_stories``, as `storyline ingest` and
    `storyline timeline` keep them), so a story has the same id on the page, in the API and
    on the command line. ``report`` learns the store state being analysed before the long
    part starts, so a failure can be pinned to it.
    """
    from storyline import pipeline
    from storyline.catalog import update_stories

    with Store(db_path) as store:
        known = update_stories(store).stories()
        state = store.story_state()[0]  # the last article the stories have placed
        articles = [a for seq, a in store.iter_articles_after(0) if seq <= state]
        report(state)
        result = pipeline.run(articles, story_list=known)
        store.update_articles(result.articles)
        _persist(store, state, len(articles), build_records(result))


def _analysis_process(db_path: str, pipe: Connection) -> None:
    """Body of the analysis process: says which state it analyses, then how it went."""
    try:
        analyse_store(Path(db_path), lambda state: pipe.send(("state", state)))
    except BaseException:
        pipe.send(("failed", traceback.format_exc()))
        raise SystemExit(1) from None
    pipe.send(("done", None))


class StoryCache:
    """The stories the app serves, and the background run that keeps them current.

    The pipeline runs in a separate process: it holds no lock the server needs, uses the
    other core, and its memory (large for a large store) goes back when it ends. A thread
    of the server waits for it and then loads what it wrote to the store.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
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
            args=(str(self.db_path), send),
            name="storyline-analyse",
            daemon=True,  # ends with the server
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
                    break
        except EOFError:  # the process ended without a word: killed, or out of memory
            failure = failure or f"the analysis process ended with exit code {process.exitcode}"
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


def _persist(
    store: Store,
    state: int,
    articles: int,
    records: list[tuple[dict[str, Any], str, dict[str, Any]]],
) -> None:
    """Replace the cached stories and their memberships in one transaction."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    store.db.execute("BEGIN IMMEDIATE")
    try:
        store.db.execute("DELETE FROM story_cache")
        store.db.execute("DELETE FROM story_members")
        store.db.executemany(
            "INSERT INTO story_cache (id, position, summary, page, document) VALUES (?,?,?,?,?)",
            [
                (summary["id"], n, dumps(summary), html, dumps(document))
                for n, (summary, html, document) in enumerate(records)
            ],
        )
        store.db.executemany(
            "INSERT OR IGNORE INTO story_members (article_id, story_id) VALUES (?, ?)",
            [
                (article_id, summary["id"])
                for summary, _data, document in records
                for article_id in document["stories"][0]["articles"]
            ],
        )
        store.db.executemany(
            "INSERT OR REPLACE INTO story_cache_state (key, value) VALUES (?, ?)",
            [("layout", LAYOUT), ("state", str(state)), ("articles", str(articles))],
        )
        store.db.execute("COMMIT")
    except BaseException:
        store.db.execute("ROLLBACK")
        raise
