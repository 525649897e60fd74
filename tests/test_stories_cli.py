"""Stories kept in the store: `storyline ingest` folds new articles in, `stories` lists them."""

from __future__ import annotations

import json
import random
import xml.etree.ElementTree as ET
from pathlib import Path

from helpers import EXAMPLES, ROOT, run_storyline


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


def _truth() -> set[frozenset[str]]:
    """The examples' stories as the ground truth names their articles."""
    truth = json.loads((ROOT / "tests" / "data" / "examples_truth.json").read_text("utf-8"))
    return {frozenset(story["articles"]) for story in truth["stories"]}


def _names_in_truth() -> dict[str, str]:
    """URL of every JSONL article and feed item -> its name in the ground truth."""
    names = {}
    for line in (EXAMPLES / "news.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        names[record["url"]] = record["id"]
    for item in ET.parse(EXAMPLES / "coastline-radio.xml").getroot().iter("item"):
        names[item.findtext("link") or ""] = f"coastline-radio.xml#{item.findtext('guid')}"
    return names


def stories_in_truth_names(db: Path) -> set[frozenset[str]]:
    """The store's stories, each as the set of its articles' names in the ground truth."""
    from storyline.store import Store

    urls = _names_in_truth()
    with Store(db) as store:
        named = {a.id: urls.get(a.url or "", Path(a.origin).name) for a in store.articles()}
    groups: dict[str, set[str]] = {}
    for article_id, story_id in membership(db).items():
        groups.setdefault(story_id, set()).add(named[article_id])
    return {frozenset(group) for group in groups.values()}


def test_the_examples_stories_are_the_truth_in_any_order_of_ingest(tmp_path: Path) -> None:
    """Every example article as its own input, shuffled, ingested in four runs: the stories
    are exactly the ground truth's, three orders out of three."""
    pieces = tmp_path / "pieces"
    pieces.mkdir()
    inputs = [EXAMPLES / "coastline-radio.xml"]
    inputs += [p for p in sorted(EXAMPLES.iterdir()) if p.suffix in {".txt", ".html"}]
    for line in (EXAMPLES / "news.jsonl").read_text("utf-8").splitlines():
        piece = pieces / f"{json.loads(line)['id']}.jsonl"
        piece.write_text(line + "\n", encoding="utf-8")
        inputs.append(piece)
    truth = _truth()
    for seed in range(3):
        order = inputs[:]
        random.Random(seed).shuffle(order)
        db = tmp_path / f"order{seed}.db"
        for run in range(4):
            done = run_storyline("ingest", *map(str, order[run::4]), "--db", str(db), "-q")
            assert done.returncode == 0, done.stderr
        assert stories_in_truth_names(db) == truth, f"order {seed}"


def test_incremental_ingest_gives_the_stories_of_one_batch(tmp_path: Path) -> None:
    """Two ingests (the JSONL, then the other files, which reach back in time) against one
    ingest of everything: the same stories, with the same ids."""
    batch_db, stream_db = tmp_path / "batch.db", tmp_path / "stream.db"
    assert run_storyline("ingest", str(EXAMPLES), "--db", str(batch_db), "-q").returncode == 0
    others = [str(p) for p in sorted(EXAMPLES.iterdir()) if p.suffix in {".txt", ".html", ".xml"}]
    assert (
        run_storyline("ingest", str(EXAMPLES / "news.jsonl"), "--db", str(stream_db)).returncode
        == 0
    )
    assert run_storyline("ingest", *others, "--db", str(stream_db), "-q").returncode == 0
    assert membership(batch_db) == membership(stream_db)


def test_each_story_says_why_its_articles_are_one(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run_storyline("ingest", str(EXAMPLES), "--db", str(db), "-q").returncode == 0
    bank = next(s for s in stories_of(db) if "Castellan" in s["title"])
    assert bank["why"].startswith("names: Castellan Mutual Bank ")
    assert "Ilse Marquand" in bank["why"] and f"/{bank['articles']}" in bank["why"]
    assert bank["why"].endswith(f"{bank['first']} to {bank['last']}")
    table = run_storyline("stories", "--db", str(db))
    assert "names: Castellan Mutual Bank" in table.stdout


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
