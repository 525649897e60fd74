"""The synthetic corpus generator: deterministic, realistic in the ways storyline cares about,
and streaming.

Benchmarks and other tests trust this generator's ground truth (story labels, reprint links)
and its size and memory behaviour, so those are what is checked here.
"""

from __future__ import annotations

import json
import random
import re
import statistics
from collections import Counter
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from storyline.testing import (
    OUTLETS,
    WIRE_AGENCIES,
    as_feed_item,
    date_phrase,
    generate_articles,
    make_reprint,
    make_story,
    write_jsonl,
    write_text_files,
)

KEYS = {"id", "title", "text", "published", "outlet", "url", "story", "reprint_of"}
SEED = 11


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return list(generate_articles(1200, seed=SEED))


def test_same_seed_same_output_other_seed_other_output() -> None:
    first = list(generate_articles(150, seed=3))
    assert first == list(generate_articles(150, seed=3))
    assert first != list(generate_articles(150, seed=4))


def test_prefix_does_not_depend_on_n_only_on_seed_and_story_count() -> None:
    # The stream is a pure function of its arguments: asking twice never drifts.
    a = list(generate_articles(200, seed=9, stories=5))
    b = list(generate_articles(200, seed=9, stories=5))
    assert [x["id"] for x in a] == [x["id"] for x in b]


def test_counts_keys_and_unique_ids(corpus: list[dict]) -> None:
    assert len(corpus) == 1200
    assert all(set(article) == KEYS for article in corpus)
    assert len({a["id"] for a in corpus}) == len(corpus)
    assert len({a["url"] for a in corpus}) == len(corpus)
    assert list(generate_articles(0)) == []


def test_default_story_count_is_about_n_over_40(corpus: list[dict]) -> None:
    labels = {a["story"] for a in corpus}
    assert 20 <= len(labels) <= 30
    assert len({a["story"] for a in generate_articles(300, seed=1, stories=4)}) == 4


def test_stories_interleave(corpus: list[dict]) -> None:
    stories = [a["story"] for a in corpus[:200]]
    switches = sum(1 for x, y in pairwise(stories) if x != y)
    assert switches > 40  # neighbouring stories are mixed, not one block after another


def test_published_dates_are_iso_and_some_undated(corpus: list[dict]) -> None:
    undated = [a for a in corpus if a["published"] is None]
    assert 0 < len(undated) < 0.06 * len(corpus)
    for article in corpus:
        if article["published"] is not None:
            day = date.fromisoformat(article["published"])
            assert date(2024, 1, 1) <= day <= date(2027, 1, 1)
    none = list(generate_articles(300, seed=2, undated_rate=0.0))
    assert all(a["published"] for a in none)


def test_length_and_size_are_realistic(corpus: list[dict]) -> None:
    originals = [a for a in corpus if a["reprint_of"] is None]
    words = [len(a["text"].split()) for a in originals]
    assert min(words) >= 250 and max(words) <= 850
    assert 450 <= statistics.mean(words) <= 700
    size = statistics.mean(len(a["text"].encode()) for a in corpus)
    assert 2800 <= size <= 5000


def test_many_outlets_and_wire_agencies(corpus: list[dict]) -> None:
    outlets = Counter(a["outlet"] for a in corpus)
    assert len(outlets) >= 20
    wire = {name for name, _, _ in WIRE_AGENCIES}
    assert any(name in wire for name in outlets)
    assert any(re.match(r"[A-Z][A-Z ]+ \([A-Za-z ]+\) — ", a["text"]) for a in corpus)


def test_date_forms_explicit_and_relative(corpus: list[dict]) -> None:
    text = "\n".join(a["text"] for a in corpus[:400])
    forms = {
        "weekday": r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        "yesterday": r"\byesterday\b",
        "last week": r"\blast week\b",
        "earlier this month": r"\bearlier this month\b",
        "month name": r"\bin (January|February|March|April|May|June|July|August|September"
        r"|October|November|December)\b",
        "mid-month": r"\bin mid-[A-Z][a-z]+\b",
        "last year": r"\blast year\b",
        "AP style": r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b",
        "British": r"\b\d{1,2} (January|February|March|April|May|June|July|August|September"
        r"|October|November|December) 20\d\d\b",
        "American": r"\b(January|February|March|April|May|June|July|August|September"
        r"|October|November|December) \d{1,2}, 20\d\d\b",
    }
    missing = [name for name, pattern in forms.items() if not re.search(pattern, text)]
    assert not missing


def test_quantities_with_qualifiers(corpus: list[dict]) -> None:
    pattern = re.compile(
        r"\b(about|at least|nearly|more than|some|roughly|almost|around) \d{1,3}(,\d{3})* ",
        re.IGNORECASE,
    )
    assert sum(1 for a in corpus if pattern.search(a["text"])) > 0.95 * len(corpus)


def test_date_phrase_is_relative_to_publication() -> None:
    rng = random.Random(0)
    published = date(2025, 10, 15)  # a Wednesday
    for _ in range(50):
        assert date_phrase(published - timedelta(days=1), published, rng) in {
            "yesterday",
            "on Tuesday",
        }
        assert date_phrase(published - timedelta(days=3), published, rng) in {
            "on Sunday",
            "on Oct. 12",
            "on 12 October",
            "on October 12",
            "on Oct. 12, 2025",
            "on 12 October 2025",
            "on October 12, 2025",
        }
    seen = {date_phrase(date(2025, 9, 15), published, rng) for _ in range(200)}
    assert {"last month", "in September", "in mid-September"} <= seen
    seen = {date_phrase(date(2024, 3, 2), published, rng) for _ in range(200)}
    assert "last year" in seen


def test_story_truth_is_rebuildable_and_dated() -> None:
    story = make_story(5, 7, 20)
    assert story == make_story(5, 7, 20)
    assert 6 <= len(story.key_dates) <= 10
    assert list(story.key_dates) == sorted(set(story.key_dates))
    assert (story.key_dates[-1] - story.key_dates[0]).days <= 42
    assert len(story.events) == len(story.key_dates) == len(story.headlines)


def test_articles_are_about_their_story_dates() -> None:
    articles = list(generate_articles(200, seed=4, stories=5, reprint_rate=0.0))
    for article in articles:
        index = int(article["story"].split("-", 1)[0])
        story = make_story(4, index, 5)
        assert story.ctx["capital"] in article["text"] or story.ctx["place"][:3] in article["text"]
        if article["published"]:
            day = date.fromisoformat(article["published"])
            assert story.key_dates[0] <= day <= story.key_dates[-1] + timedelta(days=2)


def _longest_shared_paragraph(reprint: str, original: str) -> int:
    source = set(original.split("\n\n"))
    shared = [p for p in reprint.split("\n\n") if p in source]
    return max((len(p.split()) for p in shared), default=0)


def test_reprints_share_long_passages_with_their_originals(corpus: list[dict]) -> None:
    by_id = {a["id"]: a for a in corpus}
    reprints = [a for a in corpus if a["reprint_of"]]
    assert 0.08 * len(corpus) < len(reprints) < 0.22 * len(corpus)
    for reprint in reprints:
        original = by_id[reprint["reprint_of"]]
        assert corpus.index(original) < corpus.index(reprint)  # the original came first
        assert original["reprint_of"] is None
        assert reprint["story"] == original["story"]
        assert reprint["outlet"] != original["outlet"]
        assert _longest_shared_paragraph(reprint["text"], original["text"]) >= 25
        assert reprint["text"] != original["text"]
    retitled = sum(1 for r in reprints if r["title"] != by_id[r["reprint_of"]]["title"])
    assert retitled > 0.7 * len(reprints)
    assert not any(a["reprint_of"] for a in generate_articles(300, seed=2, reprint_rate=0.0))


def test_make_reprint_transforms_and_credits() -> None:
    original = next(
        a
        for a in generate_articles(400, seed=6)
        if a["outlet"] == "Meridian Press" and a["published"]
    )
    rng = random.Random(1)
    copies = [make_reprint(original, rng) for _ in range(40)]
    paragraphs = original["text"].split("\n\n")
    for copy in copies:
        assert copy["reprint_of"] == original["id"]
        assert copy["outlet"] in {name for name, _, _ in OUTLETS}
        assert copy["id"] != original["id"]
        assert _longest_shared_paragraph(copy["text"], original["text"]) >= 25
        assert "Meridian Press" in copy["text"] or "SOURCE: MP" in copy["text"]
        published = date.fromisoformat(copy["published"])
        assert 0 <= (published - date.fromisoformat(original["published"])).days <= 1
    lengths = [len(c["text"].split("\n\n")) for c in copies]
    assert min(lengths) < len(paragraphs)  # some were trimmed
    assert len({c["title"] for c in copies}) > 3  # re-headlined in several ways
    first_lines = {c["text"].split("\n\n")[0] for c in copies}
    assert len(first_lines) > 2  # an own lead added or the dateline dropped


def test_write_jsonl_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    assert write_jsonl(path, 120, seed=2) == 120
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(generate_articles(120, seed=2))


def test_write_jsonl_is_read_by_storyline(tmp_path: Path) -> None:
    from storyline.models import Article
    from storyline.readers import read_paths

    path = tmp_path / "corpus.jsonl"
    write_jsonl(path, 40, seed=1)
    read = list(read_paths([str(path)]))
    assert len(read) == 40 and all(isinstance(r, Article) for r in read)


def test_write_text_files_seed_format(tmp_path: Path) -> None:
    assert write_text_files(tmp_path, 150, seed=5, undated_rate=0.1) == 150
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) == 150
    expected = {a["id"]: a for a in generate_articles(150, seed=5, undated_rate=0.1)}
    undated = 0
    for file in files:
        raw = file.read_text(encoding="utf-8")
        article = expected[file.stem]
        if article["published"]:
            assert re.match(r"\A date \d{4}-\d{2}-\d{2}\n", raw)
            assert raw.startswith(f" date {article['published']}\n{article['title']}\n\n")
        else:
            undated += 1
            assert not raw.lstrip().startswith("date ")
            assert raw.startswith(article["title"] + "\n\n")
    assert undated > 0


def test_write_text_files_spreads_over_directories(tmp_path: Path) -> None:
    write_text_files(tmp_path, 25, seed=1, per_directory=10)
    folders = sorted(p.name for p in tmp_path.iterdir())
    assert folders == ["00000", "00001", "00002"]
    assert len(list(tmp_path.rglob("*.txt"))) == 25


def test_memory_stays_flat_while_streaming() -> None:
    psutil = pytest.importorskip("psutil")
    process = psutil.Process()
    stream = generate_articles(22_000, seed=7)
    for _ in range(2_000):  # warm up: caches filled, lazy imports done
        next(stream)
    before = process.memory_info().rss
    total = 0
    for article in stream:
        total += len(article["text"])
    grown = process.memory_info().rss - before
    assert total > 20_000 * 2_000  # the 20k articles really were produced (~70 MB of text)
    assert grown < 8 * 1024 * 1024, f"RSS grew by {grown / 1e6:.1f} MB"


def test_feed_items_headlines_and_mixed_piles(corpus: list[dict]) -> None:
    n = len(corpus)
    feed = list(generate_articles(n, seed=SEED, form="feed"))
    headlines = list(generate_articles(n, seed=SEED, form="headline"))
    mixed = list(generate_articles(n, seed=SEED, form="mixed"))
    for record, item, alone in zip(corpus, feed, headlines, strict=True):
        assert item["id"] == record["id"] and item["title"] == record["title"]
        assert item["story"] == alone["story"] == record["story"]
        assert alone["text"] == ""
        # the lead paragraph without byline, section or dateline: one or two sentences
        assert item["text"] and item["text"] in record["text"]
        assert " — " not in item["text"][:60] and not item["text"].startswith("By ")
        assert 1 <= item["text"].count(". ") + 1 <= 3
    kinds = Counter(
        "full" if m["text"] == r["text"] else "headline" if not m["text"] else "feed"
        for m, r in zip(mixed, corpus, strict=True)
    )
    assert set(kinds) == {"full", "feed", "headline"} and min(kinds.values()) > n / 5
    with pytest.raises(ValueError, match="no form"):
        as_feed_item(corpus[0], "tweet")
