"""`storyline follow`: feeds polled from a real HTTP server on 127.0.0.1, never the internet.

The server (``NewsSite``) serves the feeds and pages each test writes to its own directory,
with the validators a real site gives (ETag, Last-Modified) and 304 for a conditional request
that still matches; a test can make a path slow, or failing for a while, and reads back every
request the site was sent.
"""

from __future__ import annotations

import hashlib
import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from datetime import date
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from storyline import __version__
from storyline.catalog import update_stories
from storyline.errors import InputError, UsageError
from storyline.follow import (
    USER_AGENT,
    Fetcher,
    Follower,
    FollowSettings,
    Politeness,
    PollSummary,
    feed_urls,
    parse_every,
)
from storyline.store import Store
from storyline.web import create_app
from test_web_support import free_port, live_server

from helpers import ROOT, run_storyline

# Quick manners for tests: no pause between requests, short timeouts, one retry.
QUICK = Politeness(delay=0.0, timeout=0.5, retries=1)
TYPES = {
    ".xml": "application/rss+xml",
    ".html": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
}


@dataclass
class Hit:
    """One request the site was sent: its path, headers (lower-case names) and answer
    (0 until answered, and for a slow request, which is never answered)."""

    path: str
    headers: dict[str, str]
    status: int = 0


@dataclass
class NewsSite:
    """A news site on 127.0.0.1 serving the files below ``root``.

    ``slow`` paths never answer (until the test ends); ``flaky`` paths answer 503 that many
    times first; ``no_etag`` paths give no ETag, only Last-Modified; ``moved`` paths redirect
    to the given location; ``unsized`` paths send no Content-Length; ``trickle`` paths send
    their body a few bytes at a time, slowly; ``on_request`` hears of every path asked for,
    before it is answered.
    """

    root: Path
    base: str = ""
    hits: list[Hit] = field(default_factory=list)
    slow: set[str] = field(default_factory=set)
    flaky: dict[str, int] = field(default_factory=dict)
    no_etag: set[str] = field(default_factory=set)
    moved: dict[str, str] = field(default_factory=dict)
    unsized: set[str] = field(default_factory=set)
    trickle: set[str] = field(default_factory=set)
    on_request: Callable[[str], None] | None = None
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"

    def write(self, path: str, text: str) -> str:
        """Put a file on the site (a new version changes its validators); its URL."""
        file = self.root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
        return self.url(path)

    def asked(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path == f"/{path}"]

    def answer(self, path: str, asked: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        """The status, headers and body for a request; waits first for a slow path."""
        if self.on_request:
            self.on_request(path)
        if path in self.slow:
            self.release.wait(30)
        if path in self.moved:
            return 302, {"Location": self.moved[path]}, b""
        if self.flaky.get(path):
            self.flaky[path] -= 1
            return 503, {}, b""
        file = self.root / path.lstrip("/")
        if not file.is_file():
            return 404, {"Content-Type": "text/plain"}, b"no such page"
        body = file.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        mtime = int(file.stat().st_mtime)
        if path in self.no_etag:
            fresh = "if-modified-since" in asked and (
                parsedate_to_datetime(asked["if-modified-since"]).timestamp() >= mtime
            )
        else:
            fresh = asked.get("if-none-match") == etag
        headers = {
            "Last-Modified": formatdate(mtime, usegmt=True),
            "Content-Type": TYPES.get(file.suffix, "application/octet-stream"),
        }
        if path not in self.no_etag:
            headers["ETag"] = etag
        return (304, headers, b"") if fresh else (200, headers, body)


@pytest.fixture
def site(tmp_path: Path) -> Iterator[NewsSite]:
    root = tmp_path / "site"
    root.mkdir()
    news = NewsSite(root)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hit = Hit(urlsplit(self.path).path, {k.lower(): v for k, v in self.headers.items()})
            news.hits.append(hit)
            status, headers, body = news.answer(hit.path, hit.headers)
            if news.release.is_set() and hit.path in news.slow:
                return  # the test is over: the client gave up long ago
            hit.status = status  # before the reply: the client may act on it at once
            if hit.path not in news.unsized:
                headers["Content-Length"] = str(len(body))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            pieces = [body[i : i + 8] for i in range(0, len(body), 8)]
            try:
                for piece in pieces if hit.path in news.trickle else [body]:
                    self.wfile.write(piece)
                    self.wfile.flush()
                    if hit.path in news.trickle and news.release.wait(0.1):
                        return
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should with a slow answer

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    news.base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield news
    finally:
        news.release.set()
        server.shutdown()
        server.server_close()


# A developing story told by five reports; each feed item is one sentence, its page the report.
REPORTS = [
    (
        "2025-11-03",
        "Cracks found in Marrowby dam spillway",
        "Engineers lowered Marrowby reservoir after finding cracks in the spillway.",
        [
            "Engineers at the Marrowby reservoir began lowering the water level on Monday after "
            "an inspection found cracks running through the concrete wall of the spillway.",
            "The regional water board said the dam itself was sound, but that the reservoir "
            "would be drawn down by two metres over the week as a precaution.",
            "Farmers in the Tessel valley below the dam were told to move livestock away from "
            "the river banks while the extra water is released.",
        ],
    ),
    (
        "2025-11-04",
        "Tessel valley villages prepare for Marrowby release",
        "Villages below the Marrowby dam filled sandbags as the release went on.",
        [
            "Volunteers in three Tessel valley villages filled sandbags on Tuesday as water "
            "released from the Marrowby reservoir raised the river by half a metre.",
            "The mayor of Lower Tessel said the school would stay open, and that a footbridge "
            "near the mill had been closed while the river runs high.",
            "The water board repeated that the Marrowby dam is not at risk of failing and that "
            "the release follows the plan agreed with the valley councils.",
        ],
    ),
    (
        "2025-11-05",
        "Marrowby spillway repair contract awarded",
        "The water board chose a contractor to repair the Marrowby spillway.",
        [
            "The regional water board on Wednesday awarded a contract worth 4.2 million euros "
            "to repair the cracked spillway of the Marrowby dam.",
            "Work is due to start once the reservoir has been lowered by two metres, which the "
            "board expects by the end of the week, and should last until March.",
            "Engineers will also fit sensors along the spillway wall so that new cracks are "
            "found long before they could threaten the structure.",
        ],
    ),
    (
        "2025-11-07",
        "Marrowby reservoir reaches its lowered level",
        "Marrowby reservoir is two metres down and the release has stopped.",
        [
            "The release of water from the Marrowby reservoir stopped on Friday after the level "
            "fell by the two metres the water board had set as its target.",
            "The Tessel river fell back within its banks by the evening, and the footbridge "
            "near the mill in Lower Tessel reopened to walkers.",
            "Divers will inspect the spillway wall next week before the repair crews move in, "
            "the water board said in a statement.",
        ],
    ),
    (
        "2025-11-10",
        "Divers begin inspecting Marrowby spillway",
        "Divers started checking the cracked Marrowby spillway on Monday.",
        [
            "Divers began a close inspection of the cracked spillway wall at the Marrowby dam "
            "on Monday, a week after the first cracks were reported.",
            "Their survey will decide how much of the concrete must be replaced, the water "
            "board said, and the repair contractor has set up its site beside the dam.",
            "The reservoir will stay two metres below its usual level until the work ends.",
        ],
    ),
]
# The feed dates every item later than its page, so a page's own date is told apart.
FEED_DATE = "Wed, 12 Nov 2025 18:00:00 GMT"


def page_html(day: str, title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><title>{title} | Valley Courier</title>
<meta property="article:published_time" content="{day}T08:00:00Z">
<meta property="og:site_name" content="Valley Courier"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
{body}
</article><footer>Valley Courier, all rights reserved.</footer></body></html>"""


def feed_xml(items: list[tuple[str, str, str]]) -> str:
    """An RSS feed of (title, link, description) items."""
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{FEED_DATE}</pubDate><description>{text}</description></item>\n"
        for title, link, text in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Valley Courier</title><link>http://valley.example/</link>\n{entries}"
        "</channel></rss>"
    )


def publish(site: NewsSite, count: int, feed: str = "feed.xml") -> str:
    """The first ``count`` reports as pages, and a feed listing them newest first."""
    items = []
    for number, (day, title, sentence, paragraphs) in enumerate(REPORTS[:count], start=1):
        link = site.write(f"report-{number}.html", page_html(day, title, paragraphs))
        items.append((title, link, sentence))
    return site.write(feed, feed_xml(items[::-1]))


def stored(db: Path) -> dict[str, tuple[str, date | None, str]]:
    """The stored articles by origin: their text, date and title."""
    with Store(db) as store:
        return {a.origin: (a.text, a.published, a.title or "") for a in store.articles()}


Follow = Callable[..., tuple[Follower, list[str]]]


@pytest.fixture
def follower() -> Iterator[Follow]:
    """Makes followers with quick manners whose error and notice lines are kept in order;
    their stores are closed when the test ends."""
    with ExitStack() as stores:

        def make(
            db: Path, sources: list[str], policy: Politeness = QUICK
        ) -> tuple[Follower, list[str]]:
            lines: list[str] = []
            made = Follower(
                stores.enter_context(Store(db)),
                sources,
                policy=policy,
                on_error=lambda error: lines.append(f"error {error}"),
                on_notice=lambda notice: lines.append(f"notice {notice}"),
            )
            return made, lines

        yield make


def poll_once(made: Follower) -> PollSummary:
    summaries: list[PollSummary] = []
    made.run(None, summaries.append)
    (summary,) = summaries
    return summary


def stories_of(db: Path, reports: list[tuple[str, str, str, list[str]]]) -> int:
    """How many of the store's stories hold an article of these reports."""
    with Store(db) as store:
        ids = {a.id for a in store.articles() if any(title == a.title for _, title, *_ in reports)}
        stories = update_stories(store).stories()
    assert len(ids) == len(reports)
    return sum(1 for story in stories if ids & set(story.article_ids))


def summary_counts(line: str) -> str:
    """A summary line without its time stamp."""
    stamp, rest = line.split(" ", 1)
    assert stamp.endswith("Z") and "T" in stamp, line
    return rest


def test_teasers_become_full_articles_polled_conditionally_and_a_dead_source_is_one_line(
    site: NewsSite, tmp_path: Path
) -> None:
    """The issue's scenario, as a person runs it: three teasers, an unchanged feed, two new
    items, and a dead source named first that does not stop the others."""
    feed = publish(site, 3)
    dead = f"http://127.0.0.1:{free_port()}/feed.xml"
    db = tmp_path / "follow.db"

    def follow() -> subprocess.CompletedProcess[str]:
        return run_storyline("follow", dead, feed, "--once", "--delay", "0", "--db", str(db))

    first = follow()
    assert first.returncode == 1  # a source failed
    (error,) = first.stderr.splitlines()
    assert error.startswith(f"storyline: {dead}: cannot fetch: ")
    (line,) = first.stdout.splitlines()
    assert summary_counts(line) == (
        "sources 2, not modified 0, failed 1, new items 3, "
        f"stories changed {stories_of(db, REPORTS[:3])}"
    )
    articles = stored(db)
    assert len(articles) == 3
    for number, (day, title, sentence, paragraphs) in enumerate(REPORTS[:3], start=1):
        text, published, stored_title = articles[site.url(f"report-{number}.html")]
        assert all(paragraph in text for paragraph in paragraphs)
        assert sentence not in text
        assert published == date.fromisoformat(day)
        assert stored_title == title
    assert len(site.asked("feed.xml")) == 1

    second = follow()
    assert summary_counts(second.stdout.strip()) == (
        "sources 2, not modified 1, failed 1, new items 0, stories changed 0"
    )
    assert len(second.stderr.splitlines()) == 1
    unconditional, conditional = site.asked("feed.xml")
    assert "if-none-match" not in unconditional.headers
    assert {"if-none-match", "if-modified-since"} <= conditional.headers.keys()
    assert conditional.status == 304
    assert len(stored(db)) == 3

    publish(site, 5)
    third = follow()
    assert summary_counts(third.stdout.strip()) == (
        "sources 2, not modified 0, failed 1, new items 2, "
        f"stories changed {stories_of(db, REPORTS[3:5])}"
    )
    assert site.asked("feed.xml")[-1].status == 200
    articles = stored(db)
    assert len(articles) == 5
    assert articles[site.url("report-5.html")][1] == date(2025, 11, 10)
    # Each page was fetched once, when its item was new.
    assert [len(site.asked(f"report-{n}.html")) for n in range(1, 6)] == [1, 1, 1, 1, 1]


def test_a_feed_without_etag_is_asked_if_modified_since(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    feed = publish(site, 1)
    site.no_etag.add("/feed.xml")
    made, lines = follower(tmp_path / "s.db", [feed])
    assert poll_once(made).new_items == 1
    again = poll_once(made)
    assert (again.not_modified, again.new_items, again.failed) == (1, 0, 0)
    conditional = site.asked("feed.xml")[-1]
    assert "if-none-match" not in conditional.headers
    assert "if-modified-since" in conditional.headers
    assert conditional.status == 304
    assert lines == []


def test_a_slow_source_times_out_and_the_others_go_on(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    slow = site.url("slow.xml")
    site.slow.add("/slow.xml")
    feed = publish(site, 2)
    made, lines = follower(tmp_path / "s.db", [slow, feed])
    summary = poll_once(made)
    assert (summary.sources, summary.failed, summary.new_items) == (2, 1, 2)
    assert lines == [f"error {slow}: cannot fetch: no answer within 0.5 s"]
    assert len(site.asked("slow.xml")) == QUICK.retries + 1
    assert len(stored(tmp_path / "s.db")) == 2
    with Store(tmp_path / "s.db") as store:
        polled = store.feed_poll(slow)
    assert polled is not None and polled.failed


def test_an_answer_that_trickles_in_is_cut_at_the_timeout(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    """Every piece comes well within the read timeout, the whole answer does not."""
    trickling = publish(site, 1, feed="trickle.xml")
    site.trickle.add("/trickle.xml")
    made, lines = follower(tmp_path / "s.db", [trickling])
    assert poll_once(made).failed == 1
    assert lines == [f"error {trickling}: cannot fetch: the answer took longer than the timeout"]


def test_a_source_that_fails_for_a_while_is_retried(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    feed = publish(site, 1)
    site.flaky["/feed.xml"] = 1
    made, lines = follower(tmp_path / "s.db", [feed])
    summary = poll_once(made)
    assert (summary.failed, summary.new_items) == (0, 1)
    assert [hit.status for hit in site.asked("feed.xml")] == [503, 200]
    site.flaky["/feed.xml"] = QUICK.retries + 1
    assert poll_once(made).failed == 1
    assert lines == [f"error {feed}: cannot fetch: HTTP 503 Service Unavailable"]
    with Store(tmp_path / "s.db") as store:
        failed = store.feed_poll(feed)
        assert failed is not None and failed.failed and failed.etag is not None
        assert failed.outcome == "cannot fetch: HTTP 503 Service Unavailable"
        # The failure kept the validators: the feed, unchanged, is not sent again.
        assert poll_once(made).not_modified == 1
        after = store.feed_poll(feed)
        assert after is not None and after.polled >= failed.polled
        assert (after.outcome, after.failed) == ("not modified", False)
        assert (after.etag, after.last_modified) == (failed.etag, failed.last_modified)


def test_pages_that_cannot_be_read_leave_the_feed_text(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    """A stub page, a missing page, a PDF, a redirect away from HTTP and a link that is not
    HTTP at all: each item is stored with its feed text, and nothing but HTTP is fetched."""
    site.write("stub.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    site.write("paper.pdf", "%PDF-1.4 not a page")
    secret = tmp_path / "secret.txt"
    secret.write_text("A local file that must never be read by following a feed. " * 20)
    site.moved["/moved.html"] = secret.as_uri()
    links = {
        "stub": site.url("stub.html"),
        "missing": site.url("missing.html"),
        "pdf": site.url("paper.pdf"),
        "moved": site.url("moved.html"),
        "file": secret.as_uri(),
    }
    items = [(name, link, f"The {name} item says one thing.") for name, link in links.items()]
    feed = site.write("feed.xml", feed_xml(items))
    made, lines = follower(tmp_path / "s.db", [feed])
    summary = poll_once(made)
    assert (summary.failed, summary.new_items) == (0, 5)
    articles = stored(tmp_path / "s.db")
    assert sorted(text for text, _, _ in articles.values()) == sorted(text for *_, text in items)
    assert lines[:4] == [
        f"notice {links['stub']}: HTML page has no article text; kept the feed text",
        f"notice {links['missing']}: HTTP 404 Not Found; kept the feed text",
        f"notice {links['pdf']}: not a web page (application/pdf); kept the feed text",
        f"notice {links['moved']}: redirected to a link that is not HTTP(S); kept the feed text",
    ]
    assert lines[4].startswith("notice file:")
    assert lines[4].endswith(": not an HTTP(S) link; kept the feed text")
    assert [hit.path for hit in site.hits] == [
        "/feed.xml",
        "/stub.html",
        "/missing.html",
        "/paper.pdf",
        "/moved.html",
    ]
    # Every item is in, so the feed's validators are kept: the next poll is a 304.
    assert poll_once(made).not_modified == 1


def test_an_item_with_neither_text_nor_a_readable_page_is_asked_for_again(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    feed = site.write("feed.xml", feed_xml([("Bare", site.url("later.html"), "")]))
    made, lines = follower(tmp_path / "s.db", [feed])
    summary = poll_once(made)
    assert (summary.new_items, stored(tmp_path / "s.db")) == (0, {})
    assert lines == [f"error {feed}: feed entry 1 has no text; its page: HTTP 404 Not Found"]
    day, title, _, paragraphs = REPORTS[0]
    site.write("later.html", page_html(day, title, paragraphs))
    assert poll_once(made).new_items == 1  # no validators were kept: the feed is read again
    assert site.asked("feed.xml")[-1].status == 200
    (text, published, _) = stored(tmp_path / "s.db")[site.url("later.html")]
    assert paragraphs[0] in text and published == date.fromisoformat(day)


def test_a_relative_link_is_read_against_the_feed_url(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    day, title, sentence, paragraphs = REPORTS[2]
    page = site.write("news/report.html", page_html(day, title, paragraphs))
    feed = site.write("news/feed.xml", feed_xml([(title, "report.html", sentence)]))
    made, lines = follower(tmp_path / "s.db", [feed])
    assert poll_once(made).new_items == 1
    assert lines == []
    (text, published, _) = stored(tmp_path / "s.db")[page]
    assert paragraphs[0] in text and published == date.fromisoformat(day)


def test_an_item_with_its_full_text_in_the_feed_needs_no_page(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    day, title, _, paragraphs = REPORTS[1]
    link = site.write("report.html", page_html(day, title, paragraphs))
    full = " ".join(paragraphs * 2)
    feed = site.write("feed.xml", feed_xml([(title, link, full)]))
    made, _ = follower(tmp_path / "s.db", [feed])
    assert poll_once(made).new_items == 1
    assert site.asked("report.html") == []
    assert stored(tmp_path / "s.db")[link][0] == full


def test_size_limits_refuse_big_pages_and_feeds(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    feed = publish(site, 1)
    feed_bytes = (site.root / "feed.xml").read_bytes()
    small_pages = Politeness(delay=0.0, timeout=0.5, retries=0, max_page_bytes=400)
    made, lines = follower(tmp_path / "a.db", [feed], policy=small_pages)
    assert poll_once(made).new_items == 1
    page = site.url("report-1.html")
    assert stored(tmp_path / "a.db")[page][0] == REPORTS[0][2]
    assert lines[0].startswith(f"notice {page}: larger than the 400 byte limit")
    small_feeds = Politeness(delay=0.0, timeout=0.5, retries=0, max_feed_bytes=100)
    made, lines = follower(tmp_path / "b.db", [feed], policy=small_feeds)
    assert poll_once(made).failed == 1
    assert lines == [f"error {feed}: larger than the 100 byte limit ({len(feed_bytes):,} bytes)"]
    site.unsized.add("/feed.xml")  # the size is found out by reading
    made, lines = follower(tmp_path / "c.db", [feed], policy=small_feeds)
    assert poll_once(made).failed == 1
    assert lines == [f"error {feed}: larger than the 100 byte limit"]


def test_a_stop_ends_the_poll_between_items_and_the_next_poll_resumes(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    feed = publish(site, 3)
    made, _ = follower(tmp_path / "s.db", [feed])
    pages: list[str] = []

    def on_request(path: str) -> None:
        if path.endswith(".html"):
            pages.append(path)
            made.stop.set()  # while the first page is on its way

    site.on_request = on_request
    assert poll_once(made).new_items == 1
    assert len(pages) == 1 and len(stored(tmp_path / "s.db")) == 1
    with Store(tmp_path / "s.db") as store:
        polled = store.feed_poll(feed)
    assert polled is not None and polled.outcome == "new items 1, not taken 2"
    site.on_request = None
    resumed, _ = follower(tmp_path / "s.db", [feed])
    assert poll_once(resumed).new_items == 2
    assert "if-none-match" not in site.asked("feed.xml")[-1].headers
    assert len(stored(tmp_path / "s.db")) == 3
    assert len(site.hits) == 5  # the feed twice, each page once


def test_sources_from_a_list_file_and_an_opml_file(
    site: NewsSite, tmp_path: Path, follower: Follow
) -> None:
    feed = publish(site, 1)
    other = site.write("other.xml", feed_xml([]))
    listed = tmp_path / "feeds.txt"
    listed.write_text(f"# my feeds\n{feed}\n\nftp://old.example/feed\n", encoding="utf-8")
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>\n'
        f'<outline text="News"><outline text="Courier" type="rss" xmlUrl="{feed}"/>\n'
        f'<outline text="Other" type="rss" xmlUrl="{other}"/></outline>\n'
        "</body></opml>",
        encoding="utf-8",
    )
    missing = tmp_path / "nope.txt"
    sources = [str(listed), str(opml), str(missing), "gopher://old.example/"]
    assert list(map(str, feed_urls(sources))) == [
        feed,
        f"{listed}:4: not an HTTP(S) URL: ftp://old.example/feed",
        feed,
        other,
        f"{missing}: cannot read: No such file or directory",
        "gopher://old.example/: not an HTTP(S) URL",
    ]
    made, lines = follower(tmp_path / "s.db", sources)
    summary = poll_once(made)
    assert (summary.sources, summary.failed, summary.new_items) == (2, 3, 1)
    assert len(lines) == 3


def test_an_opml_file_without_feeds_is_one_line(tmp_path: Path) -> None:
    opml = tmp_path / "empty.opml"
    opml.write_text("<opml><body><outline text='nothing'/></body></opml>", encoding="utf-8")
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body>", encoding="utf-8")
    found = list(feed_urls([str(opml), str(broken)]))
    assert all(isinstance(f, InputError) for f in found)
    assert str(found[0]) == f"{opml}: OPML file lists no feed (no outline with xmlUrl)"
    assert str(found[1]).startswith(f"{broken}: not a readable OPML file")


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400), ("90", 90)]
)
def test_every_reads_a_time(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["0", "soon", "-5m", "15 minutes", ""])
def test_every_refuses_what_is_no_time(text: str) -> None:
    with pytest.raises(UsageError, match="--every wants a time"):
        parse_every(text)


def test_a_bad_every_is_a_usage_error(tmp_path: Path) -> None:
    done = run_storyline(
        "follow", "http://127.0.0.1:9/feed.xml", "--every", "soon", "--db", str(tmp_path / "s.db")
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "storyline: --every wants a time such as 30s, 15m or 2h, not 'soon'"
    )


def test_requests_name_storyline_and_wait_their_turn_per_host(site: NewsSite) -> None:
    site.write("a.txt", "a")
    polite = Politeness(delay=0.3, timeout=5.0)
    with closing(Fetcher(polite, threading.Event())) as fetcher:
        started = time.monotonic()
        fetcher.get(site.url("a.txt"), 100)
        fetcher.get(site.url("a.txt"), 100)
        waited = time.monotonic() - started
    assert waited >= polite.delay  # a lower bound the delay guarantees, not a speed
    assert {hit.headers["user-agent"] for hit in site.hits} == {USER_AGENT}
    assert USER_AGENT.startswith(f"storyline/{__version__} ")


def test_sigterm_stops_the_loop_cleanly(site: NewsSite, tmp_path: Path) -> None:
    feed = publish(site, 1)
    db = tmp_path / "s.db"
    env = {k: v for k, v in os.environ.items() if k != "STORYLINE_DB"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "storyline",
            "follow",
            feed,
            "--every",
            "1h",
            "--delay",
            "0",
            "--db",
            str(db),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # the first poll is done
        assert "new items 1" in first
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert out == "" and err == ""
    assert len(stored(db)) == 1


def test_serve_follows_sources_and_shows_when_each_was_polled(
    site: NewsSite, tmp_path: Path
) -> None:
    feed = publish(site, 3)
    dead = f"http://127.0.0.1:{free_port()}/feed.xml"
    app = create_app(tmp_path / "s.db", follow=FollowSettings((feed, dead), 3600.0, QUICK))
    with live_server(app, analysed=False) as base, httpx.Client(base_url=base, timeout=60) as http:
        deadline = time.monotonic() + 120
        while True:
            status = http.get("/api/status").json()
            if status["up_to_date"] and status["stories"] and not status["analysing"]:
                break
            assert time.monotonic() < deadline, status
            time.sleep(0.2)
        sources = {s["url"]: s for s in http.get("/api/sources").json()["sources"]}
        assert sources[feed]["outcome"] == "new items 3" and not sources[feed]["failed"]
        assert sources[dead]["failed"]
        assert http.get("/api/articles").json()["total"] == 3
        page = http.get("/").text
    assert "Sources followed" in page
    polled = sources[feed]["polled"]
    assert f'<time datetime="{polled}">{polled[:10]} {polled[11:16]} UTC</time>' in page
    assert "Marrowby" in page  # the stories the followed pages tell
