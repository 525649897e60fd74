"""storyline's output on examples/ against its ground truth, tests/data/examples_truth.json.

The corpus is planted with what makes news hard: a wire passage five outlets print, a
near-duplicate, an undated article, and page furniture (bylines, photo captions, a site's
navigation and footer). These tests run storyline on it and check what it makes of each;
the expected values come from the truth file and the example files themselves.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from helpers import EXAMPLES, ROOT

TRUTH = json.loads((ROOT / "tests" / "data" / "examples_truth.json").read_text(encoding="utf-8"))
FEED = "coastline-radio.xml"
PAGE = EXAMPLES / "ledger-aircraft.html"


def truth_name(article: dict) -> str:
    """The name the truth file gives an article of the output: a JSONL record's id, a file's
    name, or ``coastline-radio.xml#<guid>`` for a feed item (matched by its link)."""
    origin = str(article["origin"])
    if (EXAMPLES / Path(origin).name).is_file() and not origin.startswith("http"):
        return Path(origin).name
    return _names_by_url()[origin]


def _names_by_url() -> dict[str, str]:
    names = {}
    for line in (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        names[record["url"]] = record["id"]
    for item in ET.parse(EXAMPLES / FEED).getroot().iter("item"):
        names[item.findtext("link") or ""] = f"{FEED}#{item.findtext('guid')}"
    return names


@pytest.fixture(scope="module")
def ids(examples_output: dict) -> dict[str, str]:
    """Truth name -> storyline's article id."""
    return {truth_name(a): a["id"] for a in examples_output["articles"]}


def entries(output: dict) -> list[dict]:
    """Every timeline and background entry of every story."""
    return [e for s in output["stories"] for e in (*s["timeline"], *s["background"])]


def test_every_article_is_read_once_under_its_truth_name(ids: dict[str, str]) -> None:
    named = {name for story in TRUTH["stories"] for name in story["articles"]}
    assert set(ids) == named


def test_the_wire_passage_is_one_entry_of_one_independent_source(
    examples_output: dict, ids: dict[str, str]
) -> None:
    wire = TRUTH["wire_passage"]
    printers = {ids[name] for name in wire["articles"]}
    first = wire["text"].split(". ")[0] + "."
    holding = [
        e for e in entries(examples_output) if any(first in v["sentence"] for v in e["evidence"])
    ]
    assert len(holding) == 1, "the passage's lead sentence is told by one entry"
    [entry] = holding
    assert entry["date"] == wire["event_date"]
    assert entry["independent_sources"] == 1  # five outlets print one wire story
    assert len(entry["evidence"]) == len(printers) == 5
    assert {v["article"] for v in entry["evidence"]} == printers
    assert all(first in v["sentence"] for v in entry["evidence"])


def test_the_wire_passage_is_shared_copy_of_the_five_articles_printing_it(
    examples_output: dict, ids: dict[str, str]
) -> None:
    wire = TRUTH["wire_passage"]
    printers = {ids[name] for name in wire["articles"]}
    sentences = [s if s.endswith(".") else s + "." for s in wire["text"].split(". ")]
    shared = {p["text"]: set(p["articles"]) for p in examples_output["shared_copy"]}
    for sentence in sentences:
        assert shared.get(sentence) == printers, sentence


def test_only_the_near_duplicate_is_marked_a_copy(
    examples_output: dict, ids: dict[str, str]
) -> None:
    original, copy = TRUTH["near_duplicate"]
    marked = {a["id"]: a["duplicate_of"] for a in examples_output["articles"] if a["duplicate_of"]}
    assert marked == {ids[copy]: ids[original]}


def test_the_undated_article_gets_its_inferred_date_and_the_others_keep_theirs(
    examples_output: dict,
) -> None:
    undated = TRUTH["undated"]
    given = _given_dates()
    for article in examples_output["articles"]:
        name = truth_name(article)
        if name == undated["file"]:
            assert (article["published"], article["published_inferred"]) == (
                undated["true_date"],
                True,
            )
        else:
            assert (article["published"], article["published_inferred"]) == (given[name], False)
            assert article["published_given"] is None


def _given_dates() -> dict[str, str]:
    """The publication day each example file gives, read without storyline."""
    given = {}
    for line in (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        given[record["id"]] = record["published"]
    for path in EXAMPLES.glob("*.txt"):
        header = re.match(r" date (\d{4}-\d{2}-\d{2})\n", path.read_text(encoding="utf-8"))
        if header:
            given[path.name] = header.group(1)
    meta = re.search(r'"article:published_time" content="(\d{4}-\d{2}-\d{2})', PAGE.read_text())
    assert meta is not None
    given[PAGE.name] = meta.group(1)
    for item in ET.parse(EXAMPLES / FEED).getroot().iter("item"):
        day = re.search(r"\d{2} \w{3} \d{4}", item.findtext("pubDate") or "")
        assert day is not None
        given[f"{FEED}#{item.findtext('guid')}"] = _iso(day.group())
    return given


def _iso(day: str) -> str:
    return datetime.strptime(day, "%d %b %Y").date().isoformat()


def _noise() -> list[str]:
    """The furniture planted in the corpus, cut from the files: the JSONL articles' byline
    and photo-caption paragraphs, and the HTML page's byline, caption, navigation, related
    links and footer."""
    noise = TRUTH["noise"]
    texts = {}
    for line in (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    pieces = []
    for kind, opener in (("byline", "By "), ("photo_caption", "Photo:")):
        for name in noise[kind]:
            if name in texts:
                pieces += [p for p in texts[name].split("\n\n") if p.startswith(opener)]
    page = PAGE.read_text(encoding="utf-8")
    for pattern in (
        r'<p class="byline">(.*?)</p>',
        r"<figcaption>(.*?)</figcaption>",
        r"<aside.*?<h2>(.*?)</h2>",
        r'<aside.*?<li><a href="/corvala/harvest[^>]*>(.*?)</a>',
        r"<footer>\s*<p>(.*?)</p>",
    ):
        pieces += [html.unescape(m).strip() for m in re.findall(pattern, page, re.DOTALL)]
    # the menu glued to the text, as a careless extractor would read it: two items in a row
    menu = re.findall(
        r"<li><a [^>]*>(.*?)</a></li>", re.search(r"<nav>.*?</nav>", page, re.DOTALL).group()
    )
    pieces += [f"{a} {b}" for a, b in itertools.pairwise(menu)]
    return pieces


def test_bylines_captions_and_navigation_are_never_an_entry(examples_output: dict) -> None:
    noise = _noise()
    assert len(noise) == 12  # 2 bylines, 2 captions, a heading, a link, a footer, 5 menu pairs
    for entry in entries(examples_output):
        for told in (entry["summary"], *(v["sentence"] for v in entry["evidence"])):
            found = [piece for piece in noise if piece in told]
            assert not found, (found, told)


def test_a_wire_dateline_is_not_part_of_an_entry(examples_output: dict) -> None:
    """The original of the wire passage opens "VALMORÉ (Meridian Press) —": an entry quotes
    the news after it."""
    for entry in entries(examples_output):
        assert "(Meridian Press)" not in entry["summary"]
