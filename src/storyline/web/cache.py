"""The stories the web app serves, and the background run that keeps them current.

Pages are served from the store's cache of finished stories (``storyline.analysis``). The
app analyses in a background process whenever the store holds articles it has not analysed
(its state is the highest ``seq``, which only grows); until a run finishes, pages show the
previous stories and say so. The cache survives restarts, so a server started on an analysed
store serves at once.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import signal
import sys
import threading
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from storyline.analysis import ANALYSIS_WORKERS, LAYOUT, analyse_store
from storyline.store import Store

log = logging.getLogger("storyline.web")


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
        meta = store.cache_state()
        if meta.get("layout") != LAYOUT or "state" not in meta:
            return
        self.snapshot = Snapshot(
            state=int(meta["state"]),
            articles=int(meta["articles"]),
            summaries=[json.loads(summary) for _, summary in store.cached_summaries()],
        )

    def refresh(self, store: Store) -> None:
        """Start a background run when the store has articles the cache has not seen."""
        state = store.state()
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
        """Analyse until the stories hold every stored article: articles stored while a run
        is under way (a POST, a feed's new items) go to the next run at once, not wait for a
        request to start one."""
        while self._analyse():
            with Store(self.db_path) as store:
                if self._closing or (
                    self.snapshot is not None and self.snapshot.state == store.state()
                ):
                    return

    def _analyse(self) -> bool:
        """One run of the analysis process over the store; whether it finished and its
        stories are loaded."""
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
            return False
        if failure is not None:
            self.error = "analysis failed: " + failure.strip().splitlines()[-1]
            self._failed_state = state
            log.error("analysis failed\n%s", failure)
            return False
        with Store(self.db_path) as store:
            self.load(store)
        self.error = None
        log.info("%d stories ready", len(self.snapshot.summaries) if self.snapshot else 0)
        return True
