"""What every route of the web app is given: the store, the cached stories, the settings.

``create_app`` makes one ``Site`` and keeps it on the app; routes ask for it as a FastAPI
dependency (``SiteDep``), so the API and the pages are plain functions of their inputs and
a test can build a site of its own.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Request

from storyline.store import Store
from storyline.web.cache import Snapshot, StoryCache


class Stores:
    """One store connection per worker thread: a sqlite3 connection is not for sharing."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.db_path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


@dataclass(slots=True)
class Site:
    """The served store and its stories, and who may write to it."""

    db: Path
    stores: Stores
    cache: StoryCache
    token: str | None
    read_only: bool
    max_body: int

    def store(self) -> Store:
        """This thread's connection to the store (routes run in a pool of threads)."""
        return self.stores.get()

    def status(self, store: Store) -> dict[str, Any]:
        """Whether the stories reflect every stored article; starts an analysis if not."""
        self.cache.refresh(store)
        state = store.state()
        snapshot = self.cache.snapshot
        return {
            "state": state,
            "analysed_state": snapshot.state if snapshot else None,
            "analysed_articles": snapshot.articles if snapshot else 0,
            "new_articles": store.count(after=snapshot.state if snapshot else 0),
            "up_to_date": snapshot is not None and snapshot.state == state,
            "analysing": self.cache.analysing,
            "error": self.cache.error,
            "stories": len(snapshot.summaries) if snapshot else 0,
        }

    def snapshot_or_503(self) -> Snapshot:
        """The analysed stories, or 503 (try again shortly) before the first analysis."""
        self.cache.refresh(self.store())
        if self.cache.snapshot is None:
            raise HTTPException(
                503,
                self.cache.error or "the stories are being analysed; try again shortly",
                headers={"Retry-After": "2"},
            )
        return self.cache.snapshot

    def cached(self, story_id: str, part: Literal["page", "document"]) -> str:
        """A story's cached page section or document; 503 before analysis, 404 if unknown."""
        self.snapshot_or_503()
        store = self.store()
        found = store.cached(story_id, part)
        if found is None:
            merged_into = store.story_alias(story_id)
            if merged_into is not None:
                raise StoryMoved(story_id, merged_into)
            raise HTTPException(404, f"no story {story_id!r}")
        return found


class StoryMoved(HTTPException):
    """A story merged into another: its address redirects (308) to the other's, so a link
    or bookmark to it keeps working."""

    def __init__(self, old: str, new: str) -> None:
        super().__init__(308, f"story {old} is now part of story {new}")
        self.old, self.new = old, new

    def location(self, path: str) -> str:
        """``path`` (the address asked for) with the old story id replaced by the new."""
        return path.replace(f"/stories/{self.old}", f"/stories/{self.new}", 1)


async def get_site(request: Request) -> Site:
    """The dependency that hands a route its site (async: no trip through the thread pool)."""
    site: Site = request.app.state.site
    return site


SiteDep = Annotated[Site, Depends(get_site)]
