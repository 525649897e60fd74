"""Every article kept: copies from other outlets stored and marked, re-ingesting is a no-op,
better metadata fills in, and `storyline rm` / `storyline set` change the store and its stories.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from storyline.catalog import update_stories
from storyline.identity import resolve
from storyline.models import Article
from storyline.store import Store

from helpers import run_storyline

WIRE = (
    "The union at Valmora port said dock workers walked out on Monday over pay and hours, "
    "halting the loading of ships bound for Tarrow and Brenholm."
)
OUTLETS = [("AP", "2025-10-06"), ("Daily Globe", "2025-10-07"), ("Evening Courier", "2025-10-07")]


@pytest.fixture
def copies(tmp_path: Path) -> Path:
    """Three lines differing only in outlet (and date): one wire text, three publishers."""
    path = tmp_path / "in" / "copies.jsonl"
    path.parent.mkdir()
    path.write_text(
        "".join(json.dumps({"text": WIRE, "outlet": o, "date": d}) + "\n" for o, d in OUTLETS),
        encoding="utf-8",
    )
    return path


def _articles(db: Path) -> list[dict]:
    done = run_storyline("articles", "--db", str(db), "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_copies_from_three_outlets_are_three_articles_marked_as_copies(
    copies: Path, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    done = run_storyline("ingest", str(copies), "--db", str(db))
    assert done.stdout.splitlines()[0] == "new 3, already stored 0, failed 0"
    stored = _articles(db)
    assert [(a["outlet"], a["published"]) for a in stored] == OUTLETS
    original = stored[0]["id"]
    assert [a["duplicate_of"] for a in stored] == [None, original, original]
    assert len({a["id"] for a in stored}) == 3

    again = run_storyline("ingest", str(copies), "--db", str(db))
    assert again.stdout.splitlines()[0] == "new 0, already stored 3, failed 0"

    # The same input on another machine (another directory, a fresh store): the same ids.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(copies, elsewhere / "copies.jsonl")
    run_storyline("ingest", str(elsewhere / "copies.jsonl"), "--db", str(tmp_path / "t.db"))
    assert [a["id"] for a in _articles(tmp_path / "t.db")] == [a["id"] for a in stored]


def test_copies_are_one_story_and_one_independent_source(copies: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run_storyline("ingest", str(copies), "--db", str(db))
    done = run_storyline("timeline", "--db", str(db), "--format", "json")
    document = json.loads(done.stdout)
    (story,) = document["stories"]
    assert len(story["articles"]) == 3
    entry = story["timeline"][0]
    assert entry["independent_sources"] == 1
    assert len({e["article"] for e in entry["evidence"]}) == 3
    marks = {a["id"]: a["duplicate_of"] for a in document["articles"]}
    original = next(i for i, mark in marks.items() if mark is None)
    assert sorted(marks.values(), key=lambda mark: mark or "") == [None, original, original]


def test_known_text_with_better_metadata_fills_in_the_stored_article(tmp_path: Path) -> None:
    bare = tmp_path / "wire.txt"
    bare.write_text(WIRE, encoding="utf-8")
    described = tmp_path / "described.json"
    described.write_text(
        json.dumps(
            {"text": WIRE, "title": "Valmora dockers strike", "date": "2025-10-06",
             "source": {"name": "AP"}, "url": "https://ap.example/valmora"}
        ),
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    run_storyline("ingest", str(bare), "--db", str(db))
    (before,) = _articles(db)
    assert before["outlet"] is None and before["title"] is None
    done = run_storyline("ingest", str(described), "--db", str(db))
    assert done.stdout.splitlines()[0] == "new 0, already stored 1 (1 updated), failed 0"
    (after,) = _articles(db)
    assert after["id"] == before["id"]
    assert (after["title"], after["outlet"], after["url"], after["published"]) == (
        "Valmora dockers strike", "AP", "https://ap.example/valmora", "2025-10-06",
    )
    assert not after["published_inferred"]
    # Both inputs are now known; a third outlet's copy is a copy.
    both = run_storyline("ingest", str(bare), str(described), "--db", str(db))
    assert both.stdout.splitlines()[0] == "new 0, already stored 2, failed 0"
    (stories,) = json.loads(
        run_storyline("stories", "--db", str(db), "--format", "json").stdout
    )
    assert stories["title"] == "Valmora dockers strike"


def test_resolve_rules() -> None:
    """The three rules of storyline.identity, on articles as the readers make them."""
    bare = Article.from_text(WIRE, "a/wire.txt")
    same_file_elsewhere = Article.from_text(WIRE, "b/wire.txt")
    other_file = Article.from_text(WIRE, "a/other.txt")
    ap = Article.from_text(WIRE, "x.jsonl:1", outlet="AP")
    globe = Article.from_text(WIRE, "x.jsonl:2", outlet="Daily Globe")
    assert resolve(bare, []) == ("new", bare)
    assert resolve(same_file_elsewhere, [bare]) == ("stored", bare)
    kind, copy = resolve(other_file, [bare])
    assert kind == "new" and copy.duplicate_of == bare.id and copy.id != bare.id
    kind, merged = resolve(ap, [bare])
    assert kind == "updated" and (merged.id, merged.outlet) == (bare.id, "AP")
    kind, copy = resolve(globe, [merged])
    assert kind == "new" and copy.duplicate_of == bare.id and copy.outlet == "Daily Globe"
    assert resolve(ap, [merged]) == ("stored", merged)


def test_rm_by_id_and_query_and_stories_follow(copies: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    other = tmp_path / "other.txt"
    other.write_text(
        "The central bank of Castellan held its main rate at 3 percent on Thursday, "
        "saying inflation had eased.",
        encoding="utf-8",
    )
    run_storyline("ingest", str(copies), str(other), "--db", str(db))
    stored = _articles(db)
    original = stored[0]["id"]
    done = run_storyline("rm", original[:8], "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["removed 1", "stories 2"]
    left = _articles(db)
    assert [a["outlet"] for a in left[:2]] == ["Daily Globe", "Evening Courier"]
    assert [a["duplicate_of"] for a in left[:2]] == [None, left[0]["id"]]  # a new original

    dry = run_storyline("rm", "--query", "central bank", "--dry-run", "--db", str(db))
    assert dry.stdout.splitlines()[-1] == "would remove 1"
    assert len(_articles(db)) == 3
    gone = run_storyline("rm", "--query", "central bank", "--db", str(db))
    assert gone.stdout.splitlines() == ["removed 1", "stories 1"]
    stories = json.loads(run_storyline("stories", "--db", str(db), "--format", "json").stdout)
    assert [s["articles"] for s in stories] == [2]
    missing = run_storyline("rm", "feedface", "--db", str(db))
    assert missing.returncode == 1 and "no article 'feedface'" in missing.stderr


def test_set_corrects_fields_and_the_story_follows(copies: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    run_storyline("ingest", str(copies), "--db", str(db))
    target = _articles(db)[1]["id"]
    done = run_storyline(
        "set", target, "--title", "Strike shuts Valmora port", "--published", "2025-10-08",
        "--db", str(db),
    )
    assert done.returncode == 0, done.stderr
    changed = next(a for a in _articles(db) if a["id"] == target)
    assert (changed["title"], changed["published"]) == ("Strike shuts Valmora port", "2025-10-08")
    (story,) = json.loads(run_storyline("stories", "--db", str(db), "--format", "json").stdout)
    assert story["title"] == "Strike shuts Valmora port" and story["last"] == "2025-10-08"
    bad = run_storyline("set", target, "--published", "next week", "--db", str(db))
    assert bad.returncode == 2 and "--published wants a date" in bad.stderr
    nothing = run_storyline("set", target, "--db", str(db))
    assert nothing.returncode == 2


def test_a_change_makes_the_cached_story_stale(copies: Path, tmp_path: Path) -> None:
    """The web app's cache computes a story again when a member's fields change."""
    from storyline.analysis import analyse_store

    db = tmp_path / "s.db"
    run_storyline("ingest", str(copies), "--db", str(db))
    assert analyse_store(db, lambda state: None)["recomputed"] == 1
    assert analyse_store(db, lambda state: None)["recomputed"] == 0
    with Store(db) as store:
        state = store.state()
        (first, *_) = store.articles()
        store.set_fields(Article(**{**_fields(first), "title": "Corrected headline"}))
        assert store.state() > state
        update_stories(store)
    assert analyse_store(db, lambda state: None)["recomputed"] == 1


def _fields(article: Article) -> dict:
    return {name: getattr(article, name) for name in article.__slots__}  # type: ignore[attr-defined]


def test_the_library_keeps_copies_apart_as_the_store_does(copies: Path) -> None:
    from storyline import pipeline
    from storyline.readers import read_paths

    read = [a for a in read_paths([str(copies)]) if isinstance(a, Article)]
    assert len({a.id for a in read}) == 1  # as read, an id is the text's key
    result = pipeline.run(read)
    assert [a.outlet for a in result.articles] == [o for o, _ in OUTLETS]
    assert len({a.id for a in result.articles}) == 3
    (story,) = result.stories
    assert len(story.article_ids) == 3
    assert story.timeline[0].independent_sources == 1
