"""Stories kept in the store: `storyline ingest` folds new articles in, `stories` lists them."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from helpers import EXAMPLES, run_storyline


def stories_of(db: Path) -> list[dict]:
    done = run_storyline("stories", "--db", str(db), "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def membership(db: Path) -> dict[str, str]:
    """Article id -> story id, from the store's own state (as the web app reads it)."""
    from storyline.store import Store
    from storyline.stories import StoryClusterer

    with Store(db) as store:
        _seq, state = store.story_state()
    clusterer = StoryClusterer.from_state(state)
    return {a: s.id for s in clusterer.stories() for a in s.article_ids}


def test_ingest_then_list_stories(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    done = run_storyline("ingest", str(EXAMPLES), "--db", str(db), "-q")
    assert done.returncode == 0, done.stderr
    first_line, stories_line = done.stdout.splitlines()
    assert first_line == "new 35, already stored 0, failed 0"
    listed = stories_of(db)
    assert stories_line == f"stories {len(listed)}"
    assert sum(s["articles"] for s in listed) == 35
    biggest = listed[0]
    assert biggest["articles"] >= 10
    assert biggest["outlets"] >= 4
    assert biggest["first"] <= biggest["last"]
    assert biggest["title"]


def test_incremental_ingest_agrees_with_one_batch(tmp_path: Path) -> None:
    """Two ingests (the JSONL, then the other files) against one ingest of everything."""
    batch_db, stream_db = tmp_path / "batch.db", tmp_path / "stream.db"
    assert run_storyline("ingest", str(EXAMPLES), "--db", str(batch_db), "-q").returncode == 0
    others = [str(p) for p in sorted(EXAMPLES.iterdir()) if p.suffix in {".txt", ".html", ".xml"}]
    assert (
        run_storyline("ingest", str(EXAMPLES / "news.jsonl"), "--db", str(stream_db)).returncode
        == 0
    )
    assert run_storyline("ingest", *others, "--db", str(stream_db), "-q").returncode == 0
    batch, stream = membership(batch_db), membership(stream_db)
    assert batch.keys() == stream.keys()
    pairs = list(itertools.combinations(sorted(batch), 2))
    agree = sum((batch[a] == batch[b]) == (stream[a] == stream[b]) for a, b in pairs)
    assert agree / len(pairs) >= 0.95  # the tolerance documented in storyline.stories


def test_timeline_of_the_whole_store_uses_its_stories(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run_storyline("ingest", str(EXAMPLES), "--db", str(db), "-q").returncode == 0
    listed = stories_of(db)
    done = run_storyline(
        "timeline", "--db", str(db), "--format", "json", "-q", "--story", listed[0]["id"]
    )
    assert done.returncode == 0, done.stderr
    (story,) = json.loads(done.stdout)["stories"]
    assert story["id"] == listed[0]["id"]
    assert len(story["articles"]) == listed[0]["articles"]
