"""The SQLite store: one file holds every article and what storyline derived from it.

SQLite in WAL mode lets readers (the web app) work while an ingest writes, and lets two
ingests run at once: each batch is one ``BEGIN IMMEDIATE`` transaction, so a killed ingest
loses at most its open batch and a re-run stores the rest (ids are content hashes, so the
articles already stored are recognised and skipped).
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
]


@dataclass(slots=True)
class IngestReport:
    """What one ingest did: counts a person can check, and the inputs that failed."""

    new: int = 0
    existing: int = 0

    def merge(self, other: IngestReport) -> None:
        self.new += other.new
        self.existing += other.existing


class Store:
    """Articles in a SQLite file, created and migrated on open."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(
                str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self.db.row_factory = sqlite3.Row
            self._use_wal(timeout)
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
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
                self.db.execute("PRAGMA journal_mode=WAL")
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
        self.db.close()

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

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
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction under SQLite's write lock: all of it lands or none of it.

        A write that belongs with others (a story's cache rows and the article fields its
        analysis corrected) is made inside the caller's transaction, so a kill between
        them cannot leave one without the other; nested uses join the outer transaction.
        """
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    def add_articles(self, articles: Iterable[Article], *, batch_size: int = 500) -> IngestReport:
        """Store articles in batches, one transaction each; known ids are skipped."""
        report = IngestReport()
        iterator = iter(articles)
        while batch := list(islice(iterator, batch_size)):
            report.merge(self._add_batch(batch))
        return report

    def _add_batch(self, batch: list[Article]) -> IngestReport:
        with self.transaction():
            seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]
            cursor = self.db.executemany(
                "INSERT OR IGNORE INTO articles (id, seq, origin, outlet, wire, title, url,"
                " published, published_inferred, text) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        article.id,
                        seq + offset,
                        article.origin,
                        article.outlet,
                        article.wire,
                        article.title,
                        article.url,
                        article.published.isoformat() if article.published else None,
                        int(article.published_inferred),
                        article.text,
                    )
                    for offset, article in enumerate(batch, start=1)
                ],
            )
            new = cursor.rowcount  # rows this statement inserted, not what triggers did
        return IngestReport(new=new, existing=len(batch) - new)

    def update_articles(self, articles: Iterable[Article]) -> None:
        """Write back what later stages learned about stored articles (outlet, dates)."""
        with self.transaction():
            self.db.executemany(
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

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def sources(self) -> dict[str, str]:
        """Article id -> outlet (or origin when unknown), without reading any article text."""
        rows = self.db.execute("SELECT id, COALESCE(outlet, origin) FROM articles")
        return dict(rows.fetchall())

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Stored articles in the order they were first ingested (or only ``ids``)."""
        if ids is None:
            rows: Iterable[sqlite3.Row] = self.db.execute("SELECT * FROM articles ORDER BY seq")
            yield from map(_article, rows)
            return
        wanted = list(ids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT * FROM articles WHERE id IN ({marks}) ORDER BY seq"
            yield from map(_article, self.db.execute(query, chunk))

    def iter_articles_after(self, seq: int) -> Iterator[tuple[int, Article]]:
        """Articles stored after position ``seq``, for stages that fold in only what is new."""
        rows = self.db.execute("SELECT * FROM articles WHERE seq > ? ORDER BY seq", (seq,))
        for row in rows:
            yield row["seq"], _article(row)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        return list(self.iter_articles(ids))

    def story_state(self) -> tuple[int, dict | None]:
        """The saved story clustering state and the last article it has seen."""
        row = self.db.execute("SELECT seq, state FROM story_state WHERE id = 1").fetchone()
        return (row["seq"], json.loads(row["state"])) if row else (0, None)

    def save_story_state(self, seq: int, state: dict) -> None:
        self.db.execute(
            "INSERT INTO story_state (id, seq, state) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, state = excluded.state",
            (seq, json.dumps(state, separators=(",", ":"))),
        )

    def get_article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None


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
    )
