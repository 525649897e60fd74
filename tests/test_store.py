"""The SQLite store: schema on open, idempotent batches, stable order."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from storyline.errors import StorylineError
from storyline.models import Article
from storyline.store import MIGRATIONS, CachedStory, Store, _statements


def make(text: str, **fields: object) -> Article:
    return Article.from_text(text, "test", **fields)


def test_new_store_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == len(MIGRATIONS)
    with closing(sqlite3.connect(tmp_path / "s.db")) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_store_from_a_newer_storyline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with sqlite3.connect(path) as con:
        con.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    with pytest.raises(StorylineError, match="made by a newer storyline"):
        Store(path)


def test_round_trip_and_idempotent_batches(tmp_path: Path) -> None:
    first = make("Dockers struck on Monday.", outlet="Harbour Post", published=date(2025, 10, 6))
    second = make("The bank held rates.", title="Rates")
    with Store(tmp_path / "s.db") as store:
        report = store.add_articles([first, second], batch_size=1)
        assert (report.new, report.existing) == (2, 0)
        again = store.add_articles([second, first, make("  the BANK held rates. ")])
        assert (again.new, again.existing) == (0, 3)
        assert [a.id for a in store.articles()] == [first.id, second.id]
        assert store.get_article(first.id) == first
        assert [a.id for _, a in store.iter_articles_after(1)] == [second.id]


def test_update_writes_back_inferred_dates(tmp_path: Path) -> None:
    article = make("Troops left on Monday.")
    with Store(tmp_path / "s.db") as store:
        store.add_articles([article])
        article.published, article.published_inferred = date(2024, 9, 16), True
        store.update_articles([article])
    with Store(tmp_path / "s.db") as store:
        (stored,) = store.articles()
    assert stored.published == date(2024, 9, 16) and stored.published_inferred


def test_a_failed_transaction_keeps_nothing_of_itself_and_everything_before(
    tmp_path: Path,
) -> None:
    """Writes that belong together (cache rows and the article fields they corrected) share
    one transaction: a failure after the inner write undoes it too."""
    kept, corrected = make("Dockers struck on Monday."), make("Troops left on Monday.")
    story = CachedStory("s1", "{}", "<p>", "{}", "f", (kept.id,))
    with Store(tmp_path / "s.db") as store:
        store.add_articles([kept, corrected])
        corrected.published = date(2024, 9, 16)
        with pytest.raises(RuntimeError), store.transaction():
            store.cache_stories([story], [])
            store.update_articles([corrected])  # joins the open transaction
            raise RuntimeError("killed between the two writes")
        assert store.cached_fingerprints() == {}
        assert store.stories_of(kept.id) == []
        assert [a.published for a in store.articles()] == [None, None]
        store.cache_stories([story], [corrected])  # on its own: its own transaction
        assert store.cached_fingerprints() == {"s1": "f"}
        assert store.stories_of(kept.id) == ["s1"]
    with Store(tmp_path / "s.db") as store:
        assert [a.published for a in store.articles()] == [None, date(2024, 9, 16)]


def test_a_store_whose_web_cache_made_the_fingerprint_table_still_migrates(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.db"
    before = next(n for n, script in enumerate(MIGRATIONS) if "story_cache_fingerprint" in script)
    with closing(sqlite3.connect(path)) as con:  # as a store written before the migration existed
        for script in MIGRATIONS[:before]:
            for statement in _statements(script):
                con.execute(statement)
        con.execute(
            "CREATE TABLE story_cache_fingerprint (id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)"
        )
        con.execute("INSERT INTO story_cache_fingerprint VALUES ('s1', 'f')")
        con.execute(f"PRAGMA user_version = {before}")
        con.commit()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
    with closing(sqlite3.connect(path)) as con:
        rows = con.execute("SELECT * FROM story_cache_fingerprint").fetchall()
    assert rows == [("s1", "f")]


def test_public_api_runs_the_pipeline_from_the_package() -> None:
    """`import storyline` is cheap, and its entry points reach the real stages on first use."""
    import storyline

    from helpers import EXAMPLES

    articles = [a for a in storyline.read_paths([str(EXAMPLES)]) if isinstance(a, Article)]
    document = storyline.result_dict(storyline.run(articles, storyline.TimelineOptions()))
    assert len(document["articles"]) == 35
    assert document["stories"]
    with pytest.raises(AttributeError):
        _ = storyline.no_such_thing


def test_a_batch_takes_one_place_each_and_a_known_text_fills_in_its_date(tmp_path: Path) -> None:
    texts = ["The ferry sailed.", "The bridge opened.", "The port closed."]
    with Store(tmp_path / "s.db") as store:
        report = store.add_articles([make(t) for t in texts])  # one batch
        assert report.new == 3 and store.count() == 3
        assert [a.text for _, a in store.iter_articles_after(1)] == texts[1:]
        assert store.get_article("no-such-article") is None
        dated = make(texts[0], published=date(2025, 10, 6), outlet="Harbour Post")
        again = store.add_articles([dated])
        assert (again.new, again.updated) == (0, 1)
    with Store(tmp_path / "s.db") as store:
        stored = store.get_article(dated.id)
        assert stored is not None
        assert (stored.published, stored.outlet) == (date(2025, 10, 6), "Harbour Post")
        # the filled-in article moved to the end of the store's order
        assert [a.text for _, a in store.iter_articles_after(3)] == [texts[0]]


def test_removing_an_original_makes_its_first_remaining_copy_the_original(
    tmp_path: Path,
) -> None:
    text = "The ferry resumed sailings on Sunday after the strike."
    outlets = ["Harbour Post", "Coast FM", "Isle Times"]
    batch = [make(text, outlet=o, published=date(2025, 11, 2 + n)) for n, o in enumerate(outlets)]
    with Store(tmp_path / "s.db") as store:
        store.add_articles(batch)
        original, first_copy, second_copy = store.articles()
        assert (first_copy.duplicate_of, second_copy.duplicate_of) == (original.id,) * 2
        before = store.state()
        removed = store.remove([original.id, "no-such-article", original.id])
        assert [a.outlet for a in removed] == ["Harbour Post"]
        assert store.state() > before  # readers see that the store changed
        left = store.articles()
        assert [(a.outlet, a.duplicate_of) for a in left] == [
            ("Coast FM", None),
            ("Isle Times", first_copy.id),
        ]
        unchanged = store.state()
        assert store.remove(["no-such-article"]) == []
        assert store.state() == unchanged


def test_full_text_search_and_id_prefixes_find_stored_articles(tmp_path: Path) -> None:
    texts = ["The ferry sailed at dawn.", "The bridge opened.", "A second ferry was delayed."]
    with Store(tmp_path / "s.db") as store:
        store.add_articles([make(t) for t in texts])
        ids = [a.id for a in store.articles()]
        assert store.matching("ferry") == [ids[0], ids[2]]  # in store order
        assert store.matching("tunnel") == []
        for article_id in ids:
            assert store.resolve_id(article_id) == [article_id]
            unique = next(
                n for n in range(4, 17) if sum(i.startswith(article_id[:n]) for i in ids) == 1
            )
            assert store.resolve_id(article_id[:unique]) == [article_id]
        assert store.resolve_id(ids[0][:3]) == []  # too short to be taken as a prefix
        assert store.resolve_id("%") == []


def test_a_correction_is_stored_and_moves_the_article_to_the_end(tmp_path: Path) -> None:
    texts = ["The ferry sailed.", "The bridge opened."]
    with Store(tmp_path / "s.db") as store:
        store.add_articles([make(t) for t in texts])
        first = store.articles()[0]
        before = store.state()
        first.title, first.outlet = "Ferry sails again", "Harbour Post"
        store.set_fields(first)
        assert store.state() == before + 1
        assert [a.text for _, a in store.iter_articles_after(before)] == [texts[0]]
    with Store(tmp_path / "s.db") as store:
        stored = store.get_article(first.id)
        assert stored is not None
        assert (stored.title, stored.outlet) == ("Ferry sails again", "Harbour Post")
