"""Invariants of the example corpus in examples/.

The README quick start and many tests run on this corpus, so its planted features (wire copy,
an undated article, disagreements, several formats) must not silently disappear when someone
edits it. These checks use plain Python parsing only, independent of storyline's readers, so a
reader bug cannot hide a corpus bug or the other way round.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TRUTH = Path(__file__).resolve().parent / "data" / "examples_truth.json"
FEED = "coastline-radio.xml"
DATE_LINE = re.compile(r"\A date (\d{4}-\d{2}-\d{2})[ \t]*\n")
ISO_DAY = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")


def _html_text(markup: str) -> str:
    """Visible text of a fragment, with tags dropped and entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def load_corpus() -> dict[str, dict[str, object]]:
    """Every article by the name the ground truth uses for it: JSONL id, file name, or feed#guid."""
    articles: dict[str, dict[str, object]] = {}
    with (EXAMPLES / "news.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            assert line.strip(), f"blank line {number} in news.jsonl"
            record = json.loads(line)
            assert set(record) == {"id", "title", "text", "published", "outlet", "url"}, number
            assert record["id"] not in articles, f"duplicate id {record['id']}"
            articles[record["id"]] = record
    for path in sorted(EXAMPLES.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        header = DATE_LINE.match(raw)
        articles[path.name] = {
            "text": raw[header.end() :] if header else raw,
            "published": header.group(1) if header else None,
            "outlet": None,
        }
    for path in sorted(EXAMPLES.glob("*.html")):
        raw = path.read_text(encoding="utf-8")
        published = re.search(r'property="article:published_time" content="([^"]+)"', raw)
        outlet = re.search(r'property="og:site_name" content="([^"]+)"', raw)
        body = re.search(r"<article>(.*)</article>", raw, re.DOTALL)
        assert published and outlet and body, path.name
        articles[path.name] = {
            "text": _html_text(body.group(1)),
            "published": published.group(1)[:10],
            "outlet": outlet.group(1),
        }
    channel = ET.parse(EXAMPLES / FEED).getroot().find("channel")
    assert channel is not None
    for item in channel.findall("item"):
        guid = item.findtext("guid")
        assert (
            guid and item.findtext("title") and item.findtext("link") and item.findtext("pubDate")
        )
        articles[f"{FEED}#{guid}"] = {
            "text": _html_text(item.findtext("description") or ""),
            "published": item.findtext("pubDate"),
            "outlet": channel.findtext("title"),
        }
    return articles


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict[str, object]]:
    return load_corpus()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH.read_text(encoding="utf-8"))


def test_enough_articles_of_realistic_length(corpus: dict[str, dict[str, object]]) -> None:
    assert len(corpus) >= 30
    for name, article in corpus.items():
        words = len(str(article["text"]).split())
        assert 100 <= words <= 400, f"{name} has {words} words"


def test_all_formats_present() -> None:
    assert len(list(EXAMPLES.glob("*.txt"))) in range(4, 7)
    assert len(list(EXAMPLES.glob("*.html"))) == 1
    items = ET.parse(EXAMPLES / FEED).getroot().findall("channel/item")
    assert len(items) in (2, 3)


def test_jsonl_dates_are_iso_or_null(corpus: dict[str, dict[str, object]]) -> None:
    for name, article in corpus.items():
        published = article["published"]
        if name.endswith(".txt") or "#" in name or published is None:
            continue
        assert ISO_DAY.match(str(published)), name


def test_at_least_four_outlets(corpus: dict[str, dict[str, object]]) -> None:
    outlets = {a["outlet"] for a in corpus.values() if a["outlet"]}
    assert len(outlets) >= 4


def test_stories_cover_every_article_once(
    corpus: dict[str, dict[str, object]], truth: dict
) -> None:
    stories = truth["stories"]
    assert len(stories) >= 3
    named = [ref for story in stories for ref in story["articles"]]
    assert len(named) == len(set(named)), "an article is in two stories"
    assert set(named) == set(corpus)
    for story in stories:
        assert len(story["key_dates"]) >= 6, story["name"]
        assert all(ISO_DAY.match(day) for day in story["key_dates"])


def test_wire_passage_reprinted_verbatim(corpus: dict[str, dict[str, object]], truth: dict) -> None:
    wire = truth["wire_passage"]
    passage = wire["text"]
    assert 2 <= passage.count(". ") + 1 <= 3
    holders = {name for name, a in corpus.items() if passage in str(a["text"])}
    assert holders == set(wire["articles"])
    outlets = {corpus[name]["outlet"] for name in holders}
    assert len(holders) >= 4 and len(outlets) >= 4  # the original plus at least 3 reprints
    assert wire["original"] in holders


def test_exactly_one_undated_article(corpus: dict[str, dict[str, object]], truth: dict) -> None:
    undated = [name for name, a in corpus.items() if not a["published"]]
    assert undated == [truth["undated"]["file"]]
    assert ISO_DAY.match(truth["undated"]["true_date"])


def test_near_duplicate_pair(corpus: dict[str, dict[str, object]], truth: dict) -> None:
    original, copy = (str(corpus[name]["text"]) for name in truth["near_duplicate"])
    first = set(original.split("\n\n"))
    second = set(copy.split("\n\n"))
    assert len(second) == len(first) - 1  # one paragraph dropped
    assert len(first - second) == 2 and len(second - first) == 1  # and one reworded


def test_disagreements_are_in_the_text(corpus: dict[str, dict[str, object]], truth: dict) -> None:
    kinds = {d["kind"] for d in truth["disagreements"]}
    assert kinds == {"figure", "date"}
    for disagreement in truth["disagreements"]:
        values = set()
        for name, claim in disagreement["claims"].items():
            surface = re.sub(r"\s*\(.*\)$", "", claim)
            assert surface.lower() in str(corpus[name]["text"]).lower(), (name, claim)
            values.add(surface.lower())
        assert len(values) >= 2
