"""Following sources: poll RSS/Atom feeds, fetch the full pages, fold new items into stories.

Most feeds carry a title and a sentence per item, so an item whose feed text is short has
the page it links to fetched and read by the HTML reader (trafilatura for the text, htmldate
for the date); a page that cannot be fetched or read leaves the item with its feed text.
Items are stored as articles named by their link and folded into the store's stories, as
`storyline ingest` folds what it reads.

Polling is polite and survives bad sources. Every request names storyline in its
User-Agent, waits its turn per host, has a timeout and a size limit, and is retried after a
growing pause when the failure may pass (a timeout, a lost connection, HTTP 429 or 5xx); only
HTTP(S) links are fetched. A feed is asked conditionally (If-None-Match, If-Modified-Since)
with the validators its last answer gave, and the store keeps those and the ids of the items
taken, so an unchanged feed costs one short answer and an item is stored once. A source that
fails is one line while the others go on.

The validators of a feed are kept only once every item of that answer is in the store: a
poll stopped half-way (SIGINT, SIGTERM: between items) or an item that could not be read
makes the next poll ask again, and the items already taken are skipped by their ids.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from storyline import __version__
from storyline.errors import InputError, UsageError
from storyline.models import Article, article_id
from storyline.readers import FeedEntry, feed_entries, read_html
from storyline.store import FeedPoll, Store

log = logging.getLogger("storyline.follow")

USER_AGENT = f"storyline/{__version__} (news feed follower)"
# An item whose feed text has fewer words than this is a teaser: its page is fetched.
SHORT_FEED_WORDS = 100
# Answers worth asking again after a pause: too many requests, and the server's troubles.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# The longest pause a Retry-After header is obeyed for, in seconds; beyond it, the usual one.
MAX_RETRY_AFTER = 120.0
PAGE_TYPES = ("text/html", "application/xhtml+xml")
_SCHEME = re.compile(r"\A[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_DURATION = re.compile(r"\A\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*\Z", re.IGNORECASE)
_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}

Report = Callable[[InputError], None]


@dataclass(frozen=True, slots=True)
class Politeness:
    """How hard storyline may pull on other people's servers.

    ``delay`` is the pause between two requests to one host, and a failed request is
    retried ``retries`` times, after two, then four times that pause (or the server's
    Retry-After). ``timeout`` bounds a whole request, the answer's body included.
    """

    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 2
    max_feed_bytes: int = 10 * 1024 * 1024
    max_page_bytes: int = 5 * 1024 * 1024


def parse_every(text: str) -> float:
    """Seconds from an interval written as 30s, 15m, 2h or 1d (a bare number is seconds)."""
    match = _DURATION.match(text)
    seconds = float(match.group(1)) * _SECONDS[match.group(2).lower()] if match else 0.0
    if seconds <= 0:
        raise UsageError(f"--every wants a time such as 30s, 15m or 2h, not {text!r}")
    return seconds


def is_http(url: str) -> bool:
    """Whether ``url`` is an absolute HTTP(S) link: the only kind storyline fetches."""
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def feed_urls(sources: Sequence[str]) -> Iterator[str | InputError]:
    """The feed URLs SOURCEs name: a URL itself, or a local file listing URLs one a line
    (blank lines and ``#`` comments skipped), or an OPML file's ``xmlUrl`` outlines."""
    for source in sources:
        if _SCHEME.match(source):
            yield source if is_http(source) else InputError(source, "not an HTTP(S) URL")
            continue
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield InputError(source, f"cannot read: {exc.strerror or exc}")
            continue
        head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if path.suffix.lower() == ".opml" or head.startswith((b"<?xml", b"<opml")):
            yield from _opml_urls(data, source)
        else:
            yield from _listed_urls(data, source)


def _listed_urls(data: bytes, source: str) -> Iterator[str | InputError]:
    """The URLs of a plain list, a bad line named by its number so it can be found."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputError(source, f"not valid UTF-8 (byte at offset {exc.start})")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        yield url if is_http(url) else InputError(source, f"not an HTTP(S) URL: {url}", number)


def _opml_urls(data: bytes, source: str) -> Iterator[str | InputError]:
    """The feeds of an OPML subscription list (entities and network access off)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        yield InputError(source, f"not a readable OPML file ({exc})")
        return
    found = False
    for outline in root.iter("outline"):
        url = next((v for k, v in outline.attrib.items() if k.lower() == "xmlurl"), None)
        if url is None:
            continue
        found = True
        url = url.strip()
        line = outline.sourceline
        yield url if is_http(url) else InputError(source, f"not an HTTP(S) URL: {url}", line)
    if not found:
        yield InputError(source, "OPML file lists no feed (no outline with xmlUrl)")


class Stopped(Exception):
    """A stop was asked for while a request waited its turn: the poll ends there."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """An answer: its body (None for 304 Not Modified) and the validators it gave."""

    body: bytes | None
    etag: str | None
    last_modified: str | None


class _Transient(Exception):
    """A failure that may pass: the request is worth making again after a pause."""

    def __init__(self, reason: str, retry_after: float = 0.0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class Fetcher:
    """GET over HTTP(S) with storyline's manners (see ``Politeness``), one client for all.

    ``stop`` cuts short a wait for a host's turn or a retry, never a request in flight: a
    request ends within its timeout.
    """

    def __init__(self, policy: Politeness, stop: threading.Event) -> None:
        self.policy = policy
        self.stop = stop
        self._turn: dict[str, float] = {}  # host -> when its next request may start
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(policy.timeout),
            follow_redirects=True,
            max_redirects=5,
        )

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        limit: int,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        types: tuple[str, ...] = (),
    ) -> Fetched:
        """Fetch ``url``, conditionally when given validators; InputError says why not.

        ``types`` are the content types accepted (any when empty), checked before the body
        is read, so a linked PDF or video is never downloaded.
        """
        if not is_http(url):
            raise InputError(url, "not an HTTP(S) link")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = (urlsplit(url).hostname or "").lower()
        attempt = 0
        while True:
            attempt += 1
            self._wait_turn(host)
            try:
                return self._once(url, headers, limit, types)
            except _Transient as exc:
                if attempt > self.policy.retries:
                    raise InputError(url, f"cannot fetch: {exc.reason}") from None
                pause = self.policy.delay * 2**attempt
                if 0 < exc.retry_after <= MAX_RETRY_AFTER:
                    pause = max(pause, exc.retry_after)
                self._turn[host] = time.monotonic() + pause
            finally:
                self._turn[host] = max(
                    self._turn.get(host, 0.0), time.monotonic() + self.policy.delay
                )

    def _wait_turn(self, host: str) -> None:
        pause = self._turn.get(host, 0.0) - time.monotonic()
        if pause > 0 and self.stop.wait(pause):
            raise Stopped

    def _once(
        self, url: str, headers: dict[str, str], limit: int, types: tuple[str, ...]
    ) -> Fetched:
        deadline = time.monotonic() + self.policy.timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                etag = response.headers.get("etag")
                modified = response.headers.get("last-modified")
                if status == 304:
                    return Fetched(None, etag, modified)
                if status in RETRY_STATUSES:
                    raise _Transient(
                        f"HTTP {status} {response.reason_phrase}",
                        _seconds(response.headers.get("retry-after")),
                    )
                if status != 200:
                    raise InputError(url, f"HTTP {status} {response.reason_phrase}")
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if types and kind and kind not in types:
                    raise InputError(url, f"not a web page ({kind})")
                return Fetched(_body(response, url, limit, deadline), etag, modified)
        except httpx.TimeoutException:
            raise _Transient(f"no answer within {self.policy.timeout:g} s") from None
        except httpx.UnsupportedProtocol:
            raise InputError(url, "redirected to a link that is not HTTP(S)") from None
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Transient(str(exc) or type(exc).__name__) from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise InputError(url, f"cannot fetch: {exc}") from None


def _body(response: httpx.Response, url: str, limit: int, deadline: float) -> bytes:
    """The body, refused past ``limit`` bytes (as told, or as read) or past ``deadline``."""
    told = response.headers.get("content-length", "")
    if told.isdigit() and int(told) > limit:
        raise InputError(url, f"larger than the {limit:,} byte limit ({int(told):,} bytes)")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limit:
            raise InputError(url, f"larger than the {limit:,} byte limit")
        if time.monotonic() > deadline:
            raise _Transient("the answer took longer than the timeout")
    return bytes(body)


def _seconds(value: str | None) -> float:
    """A Retry-After given in seconds (its date form is rare and ignored)."""
    return float(value) if value and value.strip().isdigit() else 0.0


@dataclass(slots=True)
class PollSummary:
    """What one poll did: the line `storyline follow` prints for it."""

    at: str
    sources: int = 0
    not_modified: int = 0
    failed: int = 0
    new_items: int = 0
    stories_changed: int = 0

    def line(self) -> str:
        return (
            f"{self.at} sources {self.sources}, not modified {self.not_modified}, "
            f"failed {self.failed}, new items {self.new_items}, "
            f"stories changed {self.stories_changed}"
        )


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Follower:
    """Polls the feeds SOURCEs name into a store.

    Problems go to ``on_error`` one line each (a source that failed, an item with nothing
    to store); ``on_notice`` hears of pages that could not be read, whose items keep their
    feed text. ``stop`` ends a poll between items and the loop between polls.
    """

    def __init__(
        self,
        store: Store,
        sources: Sequence[str],
        *,
        policy: Politeness | None = None,
        stop: threading.Event | None = None,
        on_error: Report = lambda error: None,
        on_notice: Report = lambda notice: None,
    ) -> None:
        self.store = store
        self.sources = list(sources)
        self.policy = policy or Politeness()
        self.stop = stop or threading.Event()
        self.on_error = on_error
        self.on_notice = on_notice

    def run(self, every: float | None, on_poll: Callable[[PollSummary], None]) -> None:
        """Poll now, then every ``every`` seconds (once when None) until ``stop`` is set.

        Polls start ``every`` apart; one that ran longer is followed at once by the next.
        """
        with closing(Fetcher(self.policy, self.stop)) as fetcher:
            while not self.stop.is_set():
                started = time.monotonic()
                on_poll(self.poll(fetcher))
                if every is None or self.stop.wait(max(0.0, started + every - time.monotonic())):
                    return

    def poll(self, fetcher: Fetcher) -> PollSummary:
        """Poll every source once (a list or OPML file is read again each time), store the
        new items and fold them into the stories."""
        summary = PollSummary(at=_now())
        new_ids: list[str] = []
        urls: dict[str, None] = {}
        for found in feed_urls(self.sources):
            if isinstance(found, InputError):
                summary.failed += 1
                self.on_error(found)
            else:
                urls.setdefault(found)
        for url in urls:
            if self.stop.is_set():
                break
            summary.sources += 1
            try:
                outcome = self._poll_feed(fetcher, url, new_ids)
            except InputError as error:
                summary.failed += 1
                self.on_error(error)
                self.store.save_feed_poll(FeedPoll(url, _now(), error.reason, failed=True))
                continue
            except Stopped:
                break
            summary.not_modified += outcome is None
            summary.new_items += outcome or 0
        summary.stories_changed = self._fold(new_ids)
        return summary

    def _poll_feed(self, fetcher: Fetcher, url: str, new_ids: list[str]) -> int | None:
        """Take a feed's new items; their number, or None when the feed has not changed."""
        before = self.store.feed_poll(url) or FeedPoll(url, "", "", failed=False)
        fetched = fetcher.get(
            url,
            self.policy.max_feed_bytes,
            etag=before.etag,
            last_modified=before.last_modified,
        )
        if fetched.body is None:
            self.store.save_feed_poll(
                FeedPoll(
                    url,
                    _now(),
                    "not modified",
                    failed=False,
                    etag=fetched.etag or before.etag,
                    last_modified=fetched.last_modified or before.last_modified,
                )
            )
            return None
        entries: dict[str, FeedEntry] = {}
        for entry in feed_entries(fetched.body, url):
            if isinstance(entry, InputError):
                raise entry
            entries.setdefault(_item_id(entry), entry)
        seen = self.store.seen_items(url, entries)
        pending = [(item, entry) for item, entry in entries.items() if item not in seen]
        taken = 0
        for item, entry in pending:
            if self.stop.is_set():
                break
            try:
                article = self._article(fetcher, url, entry)
            except Stopped:
                break
            if article is None:
                continue
            taken += 1
            if self.store.add_feed_item(url, item, article):
                new_ids.append(article.id)
        left = len(pending) - taken
        # Validators only for an answer whose every item is in: else the next poll asks anew.
        self.store.save_feed_poll(
            FeedPoll(
                url,
                _now(),
                f"new items {taken}" + (f", not taken {left}" if left else ""),
                failed=False,
                etag=None if left else fetched.etag,
                last_modified=None if left else fetched.last_modified,
            )
        )
        return taken

    def _article(self, fetcher: Fetcher, feed: str, entry: FeedEntry) -> Article | None:
        """The article of a new item: its page when the feed gives only a teaser, else its
        feed text; None (and a line) when it has neither."""
        short = len(entry.text.split()) < SHORT_FEED_WORDS
        page: Article | InputError | None = None
        if short and entry.link:
            page = self._page(fetcher, entry.link)
        if isinstance(page, Article) and len(page.text.split()) > len(entry.text.split()):
            return replace(
                page,
                title=entry.title or page.title,
                outlet=page.outlet or entry.outlet,
                url=entry.link,
                published=page.published or entry.published,
            )
        failure = f"; its page: {page.reason}" if isinstance(page, InputError) else ""
        if not entry.text:
            self.on_error(InputError(feed, f"feed entry {entry.number} has no text{failure}"))
            return None
        if isinstance(page, InputError):
            self.on_notice(InputError(page.origin, f"{page.reason}; kept the feed text"))
        return entry.article(feed)

    def _page(self, fetcher: Fetcher, link: str) -> Article | InputError:
        """The article a page holds, read as `storyline ingest` reads an HTML file."""
        try:
            body = fetcher.get(link, self.policy.max_page_bytes, types=PAGE_TYPES).body
        except InputError as error:
            return error
        found = next(read_html(body or b"", link), None)
        return found or InputError(link, "page has no article text")

    def _fold(self, new_ids: list[str]) -> int:
        """Fold new articles into the store's stories; the number of stories they joined or
        started."""
        if not new_ids:
            return 0
        from storyline.catalog import update_stories

        stories = update_stories(self.store).stories()
        new = set(new_ids)
        return sum(1 for story in stories if not new.isdisjoint(story.article_ids))


def _item_id(entry: FeedEntry) -> str:
    """An item's id: the feed's own, else its link, else a digest of its title and text."""
    return entry.guid or entry.link or article_id(f"{entry.title or ''}\n{entry.text}")


@dataclass(frozen=True, slots=True)
class FollowSettings:
    """What `storyline serve --follow` follows, and how often."""

    sources: tuple[str, ...]
    every: float
    policy: Politeness = Politeness()


class Background:
    """The follow loop in a thread of the web server, so its pages take in new reports.

    The thread has its own store connection and reports to the log; ``after_poll`` hears of
    every poll (the server starts an analysis when one brought new articles).
    """

    def __init__(
        self,
        db_path: Path,
        settings: FollowSettings,
        after_poll: Callable[[Store, PollSummary], None],
    ) -> None:
        self.db_path = db_path
        self.settings = settings
        self.after_poll = after_poll
        self.stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="storyline-follow", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        """Stop between items; a request in flight ends within its timeout."""
        self.stop.set()
        self._thread.join(self.settings.policy.timeout * (self.settings.policy.retries + 1))

    def _run(self) -> None:
        def polled(store: Store, summary: PollSummary) -> None:
            log.info("follow: %s", summary.line())
            self.after_poll(store, summary)

        try:
            with Store(self.db_path) as store:
                follower = Follower(
                    store,
                    self.settings.sources,
                    policy=self.settings.policy,
                    stop=self.stop,
                    on_error=lambda error: log.warning("follow: %s", error),
                    on_notice=lambda notice: log.info("follow: %s", notice),
                )
                follower.run(self.settings.every, lambda summary: polled(store, summary))
        except Exception:  # a bug or a broken store: the server goes on serving what it has
            log.exception("follow: the loop stopped")
