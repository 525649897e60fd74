"""Readers on real inputs: the seed corpus, news-tls JSONL, and each supported format."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from storyline.errors import InputError
from storyline.models import Article, article_id
from storyline.readers import read_bytes, read_paths

from helpers import T17, need_shared


def articles_of(*paths: str) -> list[Article]:
    return [r for r in read_paths(paths) if isinstance(r, Article)]


def test_seed_corpus_dates_and_bodies(seeds: Path) -> None:
    found = {Path(a.origin).name[:3]: a for a in articles_of(str(seeds))}
    assert len(found) == 5
    assert found["000"].published == date(2024, 8, 7)
    assert found["001"].published == date(2024, 8, 6)
    assert found["002"].published == date(2024, 9, 16)
    assert found["003"].published is None
    assert found["004"].published == date(2024, 5, 20)
    # the date header is metadata, not article text
    assert found["000"].text.startswith("The US handed over its last military base")
    assert all("date 20" not in a.text[:20] for a in found.values())


def test_news_tls_layout_loads_as_is() -> None:
    topic = need_shared(T17 / "egypt")
    stats = json.loads((T17 / "STATS.json").read_text())["egypt"]
    loaded = articles_of(str(topic / "articles.jsonl"))
    assert len(loaded) == stats["articles"]
    assert all(a.published is not None and a.outlet for a in loaded)
    assert loaded[0].origin.startswith(str(topic / "articles.jsonl") + "#")


def test_id_is_stable_across_spacing_and_quote_styles() -> None:
    a = article_id("The US left\n\nNiger on Monday.")
    assert a == article_id("  The US left Niger   on Monday. ")
    assert a != article_id("The US left Niger on Tuesday.")
    assert len(a) == 16


def test_text_date_header_with_leading_space_and_same_line_body() -> None:
    (article,) = read_bytes(b" date 2024-08-07 Troops left on Monday.\n", "x.txt", ".txt")
    assert isinstance(article, Article)
    assert article.published == date(2024, 8, 7)
    assert article.text == "Troops left on Monday."


def test_csv_with_header(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        "title,text,date,outlet,url\n"
        'Port strike,"Dockers walked out on Monday, the union said.",2025-10-06,Harbour Post,'
        "https://harbourpost.example/a\n"
        'Rates,"The bank held rates.",2025-10-07,Daily Ledger,\n',
        encoding="utf-8",
    )
    first, second = articles_of(str(path))
    assert first.title == "Port strike" and first.outlet == "Harbour Post"
    assert first.published == date(2025, 10, 6)
    assert first.origin == "https://harbourpost.example/a"
    assert second.text == "The bank held rates."


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    records = [{"text": "One happened.", "time": "2025-01-02"}, {"body": "Two happened."}]
    path.write_text(json.dumps(records), encoding="utf-8")
    one, two = articles_of(str(path))
    assert one.published == date(2025, 1, 2)
    assert two.published is None


HTML_PAGE = """<!DOCTYPE html><html><head><title>Harbour strike ends | Harbour Post</title>
<meta property="article:published_time" content="2025-10-14T09:00:00Z">
<meta property="og:site_name" content="Harbour Post"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour strike ends after nine days</h1>
<p>Dock workers in the port of Valmora returned to work on Tuesday after union leaders
accepted a pay offer that ends a nine-day strike across the country's harbours.</p>
<p>The agreement raises wages by 6 percent this year and a further 4 percent in 2026,
the union said in a statement, and shipping lines expect queues to clear within a week.</p>
<p>Some 140 ships had been waiting outside the harbours at the height of the dispute,
according to the port authority, which said loading resumed at dawn.</p></article>
<footer>Copyright Harbour Post. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (article,) = articles_of(str(path))
    assert article.published == date(2025, 10, 14)
    assert "returned to work on Tuesday" in article.text
    assert "All rights reserved" not in article.text
    assert "Home" not in article.text.split()


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Daily Ledger</title><link>https://ledger.example</link>
<description>News</description>
<item><title>Central bank holds rates</title><link>https://ledger.example/rates</link>
<pubDate>Thu, 16 Oct 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The central bank kept its main rate at 3.5 percent on Thursday.&lt;/p&gt;
</description></item>
<item><title>Valmora port reopens</title><link>https://ledger.example/port</link>
<pubDate>Wed, 15 Oct 2025 08:00:00 GMT</pubDate>
<description>Ships began loading again at Valmora on Wednesday.</description></item>
</channel></rss>"""


def test_rss_feed_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(FEED, encoding="utf-8")
    rates, port = articles_of(str(path))
    assert rates.title == "Central bank holds rates"
    assert rates.text == "The central bank kept its main rate at 3.5 percent on Thursday."
    assert rates.published == date(2025, 10, 16)
    assert rates.outlet == "Daily Ledger"
    assert port.origin == "https://ledger.example/port"


def test_directories_recurse_and_globs_expand(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(" date 2025-01-01\nFirst story text.")
    (tmp_path / "a" / "b" / "two.txt").write_text("Second story text.")
    (tmp_path / "a" / "README.md").write_text("Not an article.")
    (tmp_path / "a" / "notes.bin").write_bytes(b"\x00\x01")
    assert len(articles_of(str(tmp_path / "a"))) == 2
    assert len(articles_of(str(tmp_path / "a" / "**" / "*.txt"))) == 2


def test_unknown_suffix_is_sniffed() -> None:
    results = list(read_bytes(b'{"text": "Sniffed as JSON Lines."}\n', "<stdin>"))
    assert isinstance(results[0], Article)
    assert results[0].text == "Sniffed as JSON Lines."


def test_missing_path_and_empty_glob_are_errors() -> None:
    (missing,) = read_paths(["/no/such/file.txt"])
    assert isinstance(missing, InputError)
    assert str(missing) == "/no/such/file.txt: no such file or directory"
    (nothing,) = read_paths(["/no/such/*.txt"])
    assert isinstance(nothing, InputError)
