"""The SQLite store: one file holds every article and what storyline derived from it.

SQLite in WAL mode lets readers (the web app) work while an ingest writes, and lets two
ingests run at once: each batch is one ``BEGIN IMMEDIATE`` transaction, so a killed ingest
loses at most its open batch and a re-run stores the rest (an article's identity depends only
on its text and source, ``storyline.identity``, so the articles already stored are
recognised and skipped).

Every change gets the next number of the store's clock (``state``): a new article, and an
article whose fields change, takes it as its ``seq``; a removal moves the clock on. So a
reader that has seen the store at one state knows it changed exactly when the state moved.

Every SQL statement of storyline is in this module, beside the schema it reads: the articles
and their full-text index, the story clusterer's state, the cache of finished stories
(``storyline.analysis`` fills it, the web app serves from it) and the state of the feeds
``storyline.follow`` polls. The connection is private.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Literal

from storyline import identity
from storyline.errors import StorylineError
from storyline.models import Article

DEFAULT_DB = "storyline.db"

# Each migration brings the schema from version i to i + 1; never edit a released one,
# append a new one instead.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        origin TEXT NOT NULL,
        outlet TEXT,
        wire TEXT,
        title TEXT,
        url TEXT,
        published TEXT,
        published_inferred INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE UNIQUE INDEX articles_seq ON articles(seq);
    """,
    # Full-text search over title and text for the web app, kept in step with ``articles`` by
    # triggers (keyed by ``seq``, which VACUUM never renumbers), and the web app's cache of
    # finished stories: computed once per store state (the highest ``seq``), so a story page
    # is a lookup rather than a pipeline run.
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF seq, title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    CREATE TABLE story_cache (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        summary TEXT NOT NULL,
        page TEXT NOT NULL,
        document TEXT NOT NULL
    );
    CREATE TABLE story_members (
        article_id TEXT NOT NULL,
        story_id TEXT NOT NULL,
        PRIMARY KEY (article_id, story_id)
    ) WITHOUT ROWID;
    CREATE TABLE story_cache_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # The story clusterer's state, so `storyline ingest` folds new articles into the stories
    # it already has instead of clustering everything again; ``seq`` is the last article in.
    """
    CREATE TABLE story_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        state TEXT NOT NULL
    );
    """,
    # The web cache's fingerprint of each cached story's member set: a story is analysed
    # again only when its members change. (Stores from before this migration may have the
    # table already, made by the web cache itself.)
    """
    CREATE TABLE IF NOT EXISTS story_cache_fingerprint (
        id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # The feeds `storyline follow` polls: what the last poll said (when, and how it went),
    # the validators for the next conditional request (ETag, Last-Modified), and the items
    # already taken from each feed, so an item is fetched and stored once.
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        polled TEXT NOT NULL,
        outcome TEXT NOT NULL,
        failed INTEGER NOT NULL,
        etag TEXT,
        last_modified TEXT
    ) WITHOUT ROWID;
    CREATE TABLE feed_items (
        feed TEXT NOT NULL,
        item TEXT NOT NULL,
        PRIMARY KEY (feed, item)
    ) WITHOUT ROWID;
    """,
    # Every copy kept (storyline.identity): the hash of the normalised text, shared by the
    # copies of one text (the id was that hash before), and the first copy each later one
    # repeats; the store's clock, which removals move on as well as additions; and the ids of
    # stories merged into others, so an old link finds the story.
    """
    ALTER TABLE articles ADD COLUMN text_key TEXT;
    ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
    UPDATE articles SET text_key = id;
    CREATE INDEX articles_text_key ON articles(text_key);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
    CREATE TABLE store_clock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL
    );
    INSERT INTO store_clock (id, seq) SELECT 1, COALESCE(MAX(seq), 0) FROM articles;
    CREATE TABLE story_aliases (
        old TEXT PRIMARY KEY,
        new TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
]
# An alias may point at a story that was merged in turn: followed this many times at most.
_ALIAS_HOPS = 20


@dataclass(frozen=True, slots=True)
class CachedStory:
    """A finished story as the cache keeps it: its summary, page section and output
    document (JSON text, rendered once), its fingerprint and its member articles."""

    id: str
    summary: str
    page: str
    document: str
    fingerprint: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """What the last poll of a followed feed found: when (UTC, ISO 8601), a line saying how
    it went, whether it failed, and the validators for the next conditional request."""

    url: str
    polled: str
    outcome: str
    failed: bool
    etag: str | None = None
    last_modified: str | None = None


@dataclass(slots=True)
class IngestReport:
    """What one ingest did: counts a person can check. ``updated`` counts the articles
    already stored whose missing fields the input filled in (they are in ``existing``)."""

    new: int = 0
    existing: int = 0
    updated: int = 0

    def merge(self, other: IngestReport) -> None:
        self.new += other.new
        self.existing += other.existing
        self.updated += other.updated


class Store:
    """Articles in a SQLite file, created and migrated on open.

    ``create=False`` opens only a store that exists: commands that read a store say so when
    it is missing, rather than creating an empty one where a path was mistyped.
    """

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, timeout: float = 60.0, create: bool = True
    ) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StorylineError(
                f"{self.path}: no such store (`storyline ingest` creates one; --db names it)"
            )
        try:
            self._db = sqlite3.connect(
                str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._db.row_factory = sqlite3.Row
            self._use_wal(timeout)
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StorylineError(f"{self.path}: not a usable storyline database ({exc})") from None

    def _use_wal(self, timeout: float) -> None:
        """Put the file in WAL mode, waiting for another process that holds it.

        Unlike other statements, the journal-mode change does not wait for SQLite's lock: two
        ingests opening a new store at the same moment would otherwise fail at once.
        """
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.02)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self.schema_version > len(MIGRATIONS):
            raise StorylineError(
                f"{self.path}: made by a newer storyline (schema {self.schema_version})"
            )
        if self.schema_version == len(MIGRATIONS):
            return
        with self.transaction():
            version = self.schema_version  # re-read under the lock: another process may have won
            for number in range(version, len(MIGRATIONS)):
                for statement in _statements(MIGRATIONS[number]):
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction under SQLite's write lock: all of it lands or none of it.

        A write that belongs with others (a story's cache rows and the article fields its
        analysis corrected) is made inside the caller's transaction, so a kill between
        them cannot leave one without the other; nested uses join the outer transaction.
        """
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def add_articles(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int = 500,
        ids: list[str] | None = None,
    ) -> IngestReport:
        """Store articles as read (their id is their text key), in batches, one transaction
        each: each is recognised, fills in a stored one or is kept as a new article (a copy
        of a stored text among them), by the rules of ``storyline.identity``. The id each
        article has in the store is appended to ``ids``."""
        report = IngestReport()
        iterator = iter(articles)
        while batch := list(islice(iterator, batch_size)):
            report.merge(self._add_batch(batch, ids))
        return report

    def _add_batch(self, batch: list[Article], ids: list[str] | None) -> IngestReport:
        report = IngestReport()
        with self.transaction():
            copies = self._copies(dict.fromkeys(a.id for a in batch))
            clock = self.state()
            added: list[tuple[int, str, Article]] = []
            updated: dict[str, tuple[int, Article]] = {}
            for article in batch:
                kind, resolved = identity.admit(article, copies.setdefault(article.id, []))
                if kind == "new":
                    clock += 1
                    added.append((clock, article.id, resolved))  # read: id = text key
                    report.new += 1
                else:
                    report.existing += 1
                if kind == "updated":
                    clock += 1
                    updated[resolved.id] = (clock, resolved)
                if ids is not None:
                    ids.append(resolved.id)
            self._insert(added)
            self._rewrite(list(updated.values()))
            report.updated = len(updated)
            self._set_clock(clock)
        return report

    def _copies(self, text_keys: Iterable[str]) -> dict[str, list[Article]]:
        """The stored copies of each of these texts, first stored first."""
        found: dict[str, list[Article]] = {}
        keys = list(text_keys)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT * FROM articles WHERE text_key IN ({marks}) ORDER BY seq", chunk
            )
            for row in rows:
                found.setdefault(row["text_key"], []).append(_article(row))
        return found

    def _insert(self, rows: list[tuple[int, str, Article]]) -> None:
        """New rows: (position, text key, article)."""
        self._db.executemany(
            "INSERT OR IGNORE INTO articles (id, seq, origin, outlet, wire, title, url,"
            " published, published_inferred, text, text_key, duplicate_of)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    article.id,
                    seq,
                    article.origin,
                    article.outlet,
                    article.wire,
                    article.title,
                    article.url,
                    article.published.isoformat() if article.published else None,
                    int(article.published_inferred),
                    article.text,
                    text_key,
                    article.duplicate_of,
                )
                for seq, text_key, article in rows
            ],
        )

    def _rewrite(self, rows: list[tuple[int, Article]]) -> None:
        """Write changed fields of stored articles, each at its new position; the cached
        analysis of their stories is stale from now on."""
        self._db.executemany(
            "UPDATE articles SET seq = ?, title = ?, outlet = ?, url = ?, published = ?,"
            " published_inferred = ? WHERE id = ?",
            [
                (
                    seq,
                    a.title,
                    a.outlet,
                    a.url,
                    a.published.isoformat() if a.published else None,
                    int(a.published_inferred),
                    a.id,
                )
                for seq, a in rows
            ],
        )
        self._stale([a.id for _, a in rows])

    def _stale(self, article_ids: list[str]) -> None:
        """Forget the fingerprints of the cached stories these articles belong to, so the
        next analysis computes those stories again."""
        self._db.executemany(
            "DELETE FROM story_cache_fingerprint WHERE id IN"
            " (SELECT story_id FROM story_members WHERE article_id = ?)",
            [(i,) for i in article_ids],
        )

    def _set_clock(self, seq: int) -> None:
        self._db.execute("UPDATE store_clock SET seq = ? WHERE id = 1", (seq,))

    def set_fields(self, article: Article) -> None:
        """Write a person's correction of a stored article (title, outlet, URL, date)."""
        with self.transaction():
            clock = self.state() + 1
            self._rewrite([(clock, article)])
            self._set_clock(clock)

    def remove(self, article_ids: Iterable[str]) -> list[Article]:
        """Delete articles; returns those that were stored. A removed original's first
        remaining copy becomes the original of the others."""
        wanted = list(dict.fromkeys(article_ids))
        with self.transaction():
            removed = self.articles(wanted)
            gone = [(a.id,) for a in removed]
            self._stale([a.id for a in removed])
            self._db.executemany("DELETE FROM articles WHERE id = ?", gone)
            self._db.executemany("DELETE FROM story_members WHERE article_id = ?", gone)
            for article in removed:
                copies = [
                    row[0]
                    for row in self._db.execute(
                        "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY seq",
                        (article.id,),
                    )
                ]
                if copies:
                    self._db.execute(
                        "UPDATE articles SET duplicate_of = NULL WHERE id = ?", (copies[0],)
                    )
                    self._db.executemany(
                        "UPDATE articles SET duplicate_of = ? WHERE id = ?",
                        [(copies[0], other) for other in copies[1:]],
                    )
            if removed:
                self._set_clock(self.state() + 1)
        return removed

    def matching(self, match: str) -> list[str]:
        """The ids of every article matching the FTS5 query ``match``, in store order."""
        rows = self._db.execute(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY a.seq",
            (match,),
        )
        return [row[0] for row in rows]

    def resolve_id(self, prefix: str) -> list[str]:
        """The ids of the stored articles whose id is ``prefix`` or starts with it."""
        rows = self._db.execute(
            "SELECT id FROM articles WHERE id = ? OR (length(?) >= 4 AND id LIKE ? || '%')"
            " ORDER BY seq LIMIT 2",
            (prefix, prefix, prefix.replace("%", "").replace("_", "")),
        )
        ids = [row[0] for row in rows]
        return [prefix] if prefix in ids else ids

    def update_articles(self, articles: Iterable[Article]) -> None:
        """Write back what later stages learned about stored articles (outlet, dates)."""
        with self.transaction():
            self._db.executemany(
                "UPDATE articles SET outlet = ?, wire = ?, published = ?, published_inferred = ?"
                " WHERE id = ?",
                [
                    (
                        a.outlet,
                        a.wire,
                        a.published.isoformat() if a.published else None,
                        int(a.published_inferred),
                        a.id,
                    )
                    for a in articles
                ],
            )

    def state(self) -> int:
        """The store's clock: it moves on exactly when articles are added, changed or removed."""
        return int(self._db.execute("SELECT seq FROM store_clock WHERE id = 1").fetchone()[0])

    def count(self, *, after: int = 0, until: int | None = None) -> int:
        """Stored articles, or those between positions ``after`` and ``until`` (positions have
        gaps, so a count is never a subtraction of positions)."""
        query = "SELECT COUNT(*) FROM articles WHERE seq > ?"
        bounds: tuple[int, ...] = (after,)
        if until is not None:
            query, bounds = query + " AND seq <= ?", (after, until)
        return int(self._db.execute(query, bounds).fetchone()[0])

    def sources(self) -> dict[str, str]:
        """Article id -> outlet (or origin when unknown), without reading any article text."""
        rows = self._db.execute("SELECT id, COALESCE(outlet, origin) FROM articles")
        return dict(rows.fetchall())

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Stored articles in the order they were first ingested (or only ``ids``)."""
        if ids is None:
            rows: Iterable[sqlite3.Row] = self._db.execute("SELECT * FROM articles ORDER BY seq")
            yield from map(_article, rows)
            return
        for chunk, marks in _chunks(ids):
            query = f"SELECT * FROM articles WHERE id IN ({marks}) ORDER BY seq"
            yield from map(_article, self._db.execute(query, chunk))

    def iter_articles_after(self, seq: int) -> Iterator[tuple[int, Article]]:
        """Articles stored after position ``seq``, for stages that fold in only what is new."""
        rows = self._db.execute("SELECT * FROM articles WHERE seq > ? ORDER BY seq", (seq,))
        for row in rows:
            yield row["seq"], _article(row)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        return list(self.iter_articles(ids))

    def articles_page(self, limit: int, offset: int = 0) -> list[Article]:
        """``limit`` stored articles from the ``offset``-th, in the order they were ingested."""
        rows = self._db.execute(
            "SELECT * FROM articles ORDER BY seq LIMIT ? OFFSET ?", (limit, offset)
        )
        return list(map(_article, rows))

    def story_state(self) -> tuple[int, dict | None]:
        """The saved story clustering state and the last article it has seen."""
        row = self._db.execute("SELECT seq, state FROM story_state WHERE id = 1").fetchone()
        return (row["seq"], json.loads(row["state"])) if row else (0, None)

    def save_story_state(self, seq: int, state: dict) -> None:
        self._db.execute(
            "INSERT INTO story_state (id, seq, state) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, state = excluded.state",
            (seq, json.dumps(state, separators=(",", ":"))),
        )

    def add_story_aliases(self, aliases: dict[str, str]) -> None:
        """Record that each old story id now lives on as the new one (a merge)."""
        self._db.executemany(
            "INSERT OR REPLACE INTO story_aliases (old, new) VALUES (?, ?)", list(aliases.items())
        )

    def story_alias(self, story_id: str) -> str | None:
        """The story an old id was merged into (following later merges), if it was."""
        current, seen = story_id, {story_id}
        for _ in range(_ALIAS_HOPS):
            row = self._db.execute(
                "SELECT new FROM story_aliases WHERE old = ?", (current,)
            ).fetchone()
            if row is None or row[0] in seen:
                break
            current = row[0]
            seen.add(current)
        return None if current == story_id else current

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def search(
        self, match: str, *, window: int, limit: int, offset: int, marks: tuple[str, str]
    ) -> list[sqlite3.Row]:
        """Articles matching the FTS5 query ``match``: the best (BM25, titles weighted five
        times) among the ``window`` most recently stored matches, best first.

        Each row has the article's metadata, a snippet of its text with each match between
        the two ``marks``, and a story the article belongs to (None before analysis).
        """
        ranked = self._db.execute(
            """
            SELECT rowid FROM (
                SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts
                WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?
            ) ORDER BY score, rowid DESC LIMIT ? OFFSET ?
            """,
            (match, window, limit, offset),
        ).fetchall()
        order = [row[0] for row in ranked]
        if not order:
            return []
        places = ",".join("?" * len(order))
        rows = self._db.execute(
            f"""
            SELECT articles_fts.rowid AS seq, a.id, a.title, a.outlet, a.origin, a.published,
                   snippet(articles_fts, 1, ?, ?, '…', 24) AS snippet,
                   (SELECT story_id FROM story_members m WHERE m.article_id = a.id LIMIT 1)
                   AS story
            FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
            WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({places})
            """,
            (*marks, match, *order),
        )
        found = {row["seq"]: row for row in rows}
        return [found[seq] for seq in order if seq in found]

    # ---- the cache of finished stories (see storyline.analysis) ---------------------------

    def cache_state(self) -> dict[str, str]:
        """What the cache says of itself: its ``layout``, the ``state`` it was made at, and
        the ``articles`` stored up to that state (empty before the first analysis)."""
        return dict(self._db.execute("SELECT key, value FROM story_cache_state").fetchall())

    def set_cache_state(self, values: dict[str, str]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO story_cache_state (key, value) VALUES (?, ?)",
            list(values.items()),
        )

    def cached_fingerprints(self) -> dict[str, str]:
        """Each cached story's fingerprint of its member set."""
        rows = self._db.execute(
            "SELECT f.id, f.fingerprint FROM story_cache_fingerprint f JOIN story_cache USING (id)"
        )
        return dict(rows.fetchall())

    def cached_summaries(self) -> list[tuple[str, str]]:
        """Each cached story's id and summary (JSON text), in list order."""
        rows = self._db.execute("SELECT id, summary FROM story_cache ORDER BY position")
        return [(row[0], row[1]) for row in rows]

    def cached(self, story_id: str, part: Literal["page", "document"]) -> str | None:
        """A cached story's rendered page section or output document (JSON text)."""
        if part not in ("page", "document"):
            raise ValueError(f"no cached part {part!r}")
        row = self._db.execute(
            f"SELECT {part} FROM story_cache WHERE id = ?", (story_id,)
        ).fetchone()
        return row[0] if row else None

    def cache_stories(self, stories: Iterable[CachedStory], corrected: Iterable[Article]) -> None:
        """Store finished stories (one transaction), with their members, fingerprints and the
        article fields their analysis corrected, so a kill never keeps one without the other.
        A new story goes at the end of the list until ``order_cached_stories``."""
        stories = list(stories)
        with self.transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO story_cache (id, position, summary, page, document)"
                " VALUES (?, -1, ?, ?, ?)",
                [(s.id, s.summary, s.page, s.document) for s in stories],
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO story_cache_fingerprint (id, fingerprint) VALUES (?, ?)",
                [(s.id, s.fingerprint) for s in stories],
            )
            # Stories partition the articles, so an article's old row goes when its new one
            # comes.
            members = [(a, s.id) for s in stories for a in s.members]
            self._db.executemany(
                "DELETE FROM story_members WHERE article_id = ?", [(a,) for a, _ in members]
            )
            self._db.executemany(
                "INSERT INTO story_members (article_id, story_id) VALUES (?, ?)", members
            )
            self.update_articles(corrected)

    def drop_cached_stories(self, ids: Iterable[str]) -> None:
        """Forget stories that are no more (merged into another), and their members."""
        gone = [(story_id,) for story_id in ids]
        with self.transaction():
            self._db.executemany("DELETE FROM story_cache WHERE id = ?", gone)
            self._db.executemany("DELETE FROM story_cache_fingerprint WHERE id = ?", gone)
            self._db.execute(
                "DELETE FROM story_members WHERE story_id NOT IN (SELECT id FROM story_cache)"
            )

    def order_cached_stories(self, ids: Iterable[str]) -> None:
        """Put the cached stories in list order."""
        self._db.executemany(
            "UPDATE story_cache SET position = ? WHERE id = ?", list(enumerate(ids))
        )

    def stories_of(self, article_id: str) -> list[str]:
        """The ids of the cached stories an article belongs to."""
        rows = self._db.execute(
            "SELECT story_id FROM story_members WHERE article_id = ? ORDER BY story_id",
            (article_id,),
        )
        return [row[0] for row in rows]

    # ---- followed feeds (see storyline.follow) --------------------------------------------

    def feed_poll(self, url: str) -> FeedPoll | None:
        """What the last poll of the feed at ``url`` found; None before its first poll."""
        row = self._db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return _feed_poll(row) if row else None

    def feed_polls(self) -> list[FeedPoll]:
        """Every followed feed's last poll, by URL."""
        return [_feed_poll(row) for row in self._db.execute("SELECT * FROM feeds ORDER BY url")]

    def save_feed_poll(self, poll: FeedPoll) -> None:
        """Keep a poll's outcome; a failed poll keeps the validators of the last good one."""
        self._db.execute(
            "INSERT INTO feeds (url, polled, outcome, failed, etag, last_modified)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
            " polled = excluded.polled, outcome = excluded.outcome, failed = excluded.failed,"
            " etag = CASE WHEN excluded.failed THEN etag ELSE excluded.etag END,"
            " last_modified = CASE WHEN excluded.failed THEN last_modified"
            " ELSE excluded.last_modified END",
            (poll.url, poll.polled, poll.outcome, int(poll.failed), poll.etag, poll.last_modified),
        )

    def seen_items(self, feed: str, items: Iterable[str]) -> set[str]:
        """Which of ``items`` (item ids of the feed at ``feed``) were taken already."""
        seen: set[str] = set()
        for chunk, marks in _chunks(items):
            rows = self._db.execute(
                f"SELECT item FROM feed_items WHERE feed = ? AND item IN ({marks})",
                (feed, *chunk),
            )
            seen.update(row[0] for row in rows)
        return seen

    def add_feed_item(self, feed: str, item: str, article: Article) -> bool:
        """Store a feed item's article and mark the item taken, both or neither; True when
        the article is new to the store."""
        with self.transaction():
            added = self._add_batch([article], None).new == 1
            self._db.execute(
                "INSERT OR IGNORE INTO feed_items (feed, item) VALUES (?, ?)", (feed, item)
            )
        return added


def _feed_poll(row: sqlite3.Row) -> FeedPoll:
    """A ``feeds`` row, whose columns are the fields of ``FeedPoll``."""
    return FeedPoll(**{**dict(row), "failed": bool(row["failed"])})


def _chunks(values: Iterable[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """``values`` a slice at a time with the placeholders of an ``IN (...)`` for it, so a
    query never passes SQLite's limit on bound parameters."""
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk, ",".join("?" * len(chunk))


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration, split where SQLite says one is complete.

    A plain split on ";" would cut a trigger body (``BEGIN ...; END``) apart.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip():
        yield pending


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        origin=row["origin"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        published_inferred=bool(row["published_inferred"]),
        wire=row["wire"],
        duplicate_of=row["duplicate_of"],
    )
