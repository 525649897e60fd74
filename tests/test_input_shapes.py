"""The shapes and encodings real inputs come in, read field by field as a person expects."""

from __future__ import annotations

import codecs
import http.server
import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from storyline.errors import InputError, InputWarning
from storyline.models import Article
from storyline.readers import DEFAULT_OPTIONS, ReadOptions, read_bytes
from storyline.records import ALIASES, FieldMap
from storyline.store import Store

from helpers import ROOT, run_storyline

TEXT = "Ferries between Tarrow and Brenholm stopped on Monday as the storm reached the coast."


def _one(data: bytes, name: str, options: ReadOptions = DEFAULT_OPTIONS) -> Article:
    results = list(read_bytes(data, name, Path(name).suffix, options))
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == 1, results
    return articles[0]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café owners in Tarrow protested.".encode("latin-1"), "Café owners in Tarrow protested."),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
        ("“Quoted” – the mayor’s words.".encode("cp1252"), "“Quoted” – the mayor’s words."),
    ],
    ids=["latin-1", "utf-16-le", "utf-16-be", "windows-1252"],
)
def test_text_in_other_encodings_is_read(data: bytes, expected: str) -> None:
    assert _one(data, "a.txt").text == expected


def test_html_declaring_windows_1252_is_read_as_declared() -> None:
    body = "The mayor’s “plan” – agreed on Monday – reopens the harbour at Tarrow. " * 3
    page = (
        '<html><head><meta charset="windows-1252"><title>Plan</title></head><body><article>'
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    ).encode("cp1252")
    assert "The mayor’s “plan” – agreed on Monday" in _one(page, "p.html").text


def test_encoding_option_overrides_detection() -> None:
    data = "Se\xf1or Ruiz spoke.".encode("latin-1")
    assert _one(data, "a.txt", ReadOptions(encoding="cp850")).text == "Se±or Ruiz spoke."
    (error,) = read_bytes(data, "a.txt", ".txt", ReadOptions(encoding="utf-8"))
    assert str(error) == "a.txt: not valid utf-8 (byte 0xf1 at offset 2)"


def test_newsapi_response() -> None:
    response = {
        "status": "ok",
        "articles": [
            {
                "source": {"id": "bbc-news", "name": "BBC News"},
                "title": "Ferries halted",
                "url": "https://bbc.example/ferries",
                "publishedAt": "2025-10-06T09:30:00Z",
                "content": TEXT + " … [+2104 chars]",
            }
        ],
    }
    article = _one(json.dumps(response).encode(), "newsapi.json")
    assert (article.outlet, article.published, article.title) == (
        "BBC News", date(2025, 10, 6), "Ferries halted",
    )
    assert article.text == TEXT  # the cut mark dropped
    assert article.url == article.origin == "https://bbc.example/ferries"


@pytest.mark.parametrize(
    "record",
    [
        {"headline": "Ferries halted", "body": TEXT, "date": "2025-10-06", "site": "Harbour"},
        {"TITLE": "Ferries halted", "Text": TEXT, "PubDate": "Mon, 06 Oct 2025 09:00:00 GMT",
         "Outlet": "Harbour"},
        {"title": "Ferries halted", "maintext": TEXT, "date_publish": "2025-10-06 09:00:00",
         "source_domain": "Harbour"},  # news-please, as the giveme5w1h data has it
        {"title": "Ferries halted", "description": TEXT, "publishedAt": "2025-10-06",
         "publisher": {"name": "Harbour"}},
        {"webTitle": "Ferries halted", "webPublicationDate": "2025-10-06T09:00:00Z",
         "fields": {"bodyText": TEXT}, "sectionName": "World", "source": "Harbour"},
    ],
    ids=["headline-body-date-site", "upper-case-pubdate", "news-please", "publisher-object",
         "guardian"],
)
def test_field_aliases(record: dict) -> None:
    article = _one(json.dumps(record).encode(), "r.jsonl")
    assert (article.title, article.text, article.published, article.outlet) == (
        "Ferries halted", TEXT, date(2025, 10, 6), "Harbour",
    )


@pytest.mark.parametrize(
    "document",
    [
        {"articles": [{"text": TEXT}]},
        {"response": {"results": [{"body": TEXT}]}},
        {"version": "1.1", "title": "A feed", "items": [{"content_text": TEXT}]},
        {"data": [{"type": "article", "attributes": {"body": {"value": f"<p>{TEXT}</p>"}}}]},
    ],
    ids=["articles", "response-results", "json-feed", "json-api"],
)
def test_wrappers_around_the_records(document: dict) -> None:
    assert _one(json.dumps(document).encode(), "w.json").text == TEXT


def test_csv_headers_use_the_same_aliases() -> None:
    data = f'Headline,Body,PublishedAt\nFerries halted,"{TEXT}",2025-10-06\n'.encode()
    article = _one(data, "a.csv")
    assert (article.title, article.text, article.published) == (
        "Ferries halted", TEXT, date(2025, 10, 6),
    )


def test_field_option_names_the_field() -> None:
    record = {"story_text": TEXT, "hed": "Ferries halted", "meta": {"paper": "Harbour"}}
    options = ReadOptions(fields=FieldMap.parse(["text=story_text", "title=HED",
                                                 "outlet=meta.paper"]))
    article = _one(json.dumps(record).encode(), "r.jsonl", options)
    assert (article.text, article.title, article.outlet) == (TEXT, "Ferries halted", "Harbour")


def test_field_option_through_the_command(tmp_path: Path) -> None:
    source = tmp_path / "r.jsonl"
    source.write_text(json.dumps({"story_text": TEXT, "hed": "Ferries halted"}) + "\n")
    db = tmp_path / "s.db"
    done = run_storyline("ingest", str(source), "--field", "text=story_text", "--field",
                         "title=hed", "--db", str(db))
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        (article,) = store.articles()
    assert (article.text, article.title) == (TEXT, "Ferries halted")
    bad = run_storyline("ingest", str(source), "--field", "body", "--db", str(db))
    assert bad.returncode == 2 and "--field wants NAME=FIELD" in bad.stderr
    unknown = run_storyline("ingest", str(source), "--field", "colour=red", "--db", str(db))
    assert unknown.returncode == 2 and "no field 'colour'" in unknown.stderr
    codec = run_storyline("ingest", str(source), "--encoding", "klingon", "--db", str(db))
    assert codec.returncode == 2 and "unknown encoding 'klingon'" in codec.stderr


def test_an_unreadable_date_is_said_and_the_article_kept() -> None:
    data = json.dumps({"text": TEXT, "date": "not a date at all"}).encode()
    warning, article = read_bytes(data, "r.jsonl", ".jsonl")
    assert isinstance(warning, InputWarning)
    assert str(warning) == "r.jsonl:1: unreadable date 'not a date at all': stored without a date"
    assert isinstance(article, Article) and article.published is None


def _feed(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Harbour Wire</title>{items}</channel></rss>"
    ).encode()


def test_feed_paragraphs_stay_apart_and_bad_dates_and_empty_items_are_said() -> None:
    items = (
        "<item><title>One</title><link>https://w.example/1</link>"
        "<pubDate>not a date at all</pubDate><description><![CDATA[<p>Ferries stopped in "
        "Tarrow.</p><p>TARROW, England (AP) — The storm closed the port.</p>]]></description>"
        "</item><item><title>Two</title><description><![CDATA[<!-- only a comment -->]]>"
        "</description></item>"
    )
    results = list(read_bytes(_feed(items), "f.xml", ".xml"))
    lines = [str(r) for r in results if isinstance(r, InputError)]
    (article,) = [r for r in results if isinstance(r, Article)]
    assert article.text == (
        "Ferries stopped in Tarrow.\n\nTARROW, England (AP) — The storm closed the port."
    )
    assert article.published is None
    assert lines == [
        "f.xml: feed entry 1: unreadable date 'not a date at all': stored without a date",
        "f.xml: feed entry 2 has no text",
    ]


def test_a_nested_json_bomb_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bomb.json").write_bytes(b"[" * 100_000)
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.7")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    db = tmp_path / "s.db"
    done = run_storyline("ingest", str(folder), "--db", str(db))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"storyline: {folder / 'bomb.json'}: JSON nested too deeply to read",
        f"storyline: {folder}: skipped 2 file(s) of unknown type: notes.pdf, photo.png",
    ]
    assert done.stdout.splitlines()[0] == "new 1, already stored 0, failed 1, warnings 1"


@pytest.fixture
def csv_server() -> Iterator[str]:
    """A real HTTP server on loopback serving a CSV under a path without a suffix."""
    body = f'title,text\nFerries halted,"{TEXT}"\nPort shut,"The port of Brenholm shut."\n'

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/csv; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/export?format=csv"
    finally:
        server.shutdown()
        server.server_close()


def test_a_csv_fetched_by_url_is_read_as_csv(csv_server: str, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    done = run_storyline("ingest", csv_server, "--db", str(db))
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        assert sorted(a.title or "" for a in store.articles()) == ["Ferries halted", "Port shut"]


def test_every_alias_is_documented() -> None:
    """docs/input.md lists each field name the readers accept."""
    doc = (ROOT / "docs" / "input.md").read_text(encoding="utf-8")
    for field, names in ALIASES.items():
        for name in names:
            assert f"`{name}`" in doc, f"{field} alias {name} is not in docs/input.md"
