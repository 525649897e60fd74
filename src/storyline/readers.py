"""Readers: turn files, directories, globs, URLs and stdin into Articles.

Each reader yields either an ``Article`` or an ``InputError`` for the piece it could not read,
so one bad line or file never stops a batch: the caller stores what was read and reports the
rest in one line each. Readers stream (a JSONL file is read line by line), so memory does not
grow with the size of the input.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin

from storyline.errors import InputError
from storyline.models import Article

ReadResult = Article | InputError
Reader = Callable[[bytes, str], Iterator[ReadResult]]

# Field names accepted in JSON, JSONL and CSV records, first match wins.
TEXT_FIELDS = ("text", "body", "content", "maintext")
DATE_FIELDS = ("published", "time", "date", "date_publish", "pubdate", "published_at")
OUTLET_FIELDS = ("outlet", "source", "source_domain", "publisher")

_DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\S+)[ \t]*(?:\r?\n)?")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_GLOB_CHARS = re.compile(r"[*?\[]")
# A page whose main text is shorter than this is navigation or a stub, not an article.
MIN_HTML_WORDS = 5
_SKIPPED_NAMES = re.compile(r"^(README|LICENSE|LICENCE|CHANGELOG|NOTICE)\b", re.IGNORECASE)

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
# The text formats, read from bytes (a file, stdin, a URL or the web API's request body).
BYTES_SUFFIXES = (
    TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
)
KNOWN_SUFFIXES = BYTES_SUFFIXES | PARQUET_SUFFIXES
# Parquet rows are read this many at a time, so a big row group never sits in memory whole.
_PARQUET_BATCH = 1024
_NO_PYARROW = "reading Parquet needs pyarrow: pip install 'storyline[dask]'"


def read_paths(paths: Iterable[str]) -> Iterator[ReadResult]:
    """Read every article from files, directories (recursively), globs, URLs or ``-``."""
    for raw in paths:
        if raw == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>")
        elif raw.startswith(("http://", "https://")):
            yield from read_url(raw)
        else:
            yield from _read_local(raw)


def _read_local(raw: str) -> Iterator[ReadResult]:
    for file in local_files(raw):
        if isinstance(file, InputError):
            yield file
        else:
            yield from read_file(file)


def local_files(raw: str) -> Iterator[Path | InputError]:
    """The files a local path, directory or glob names, in the order they are read.

    Kept apart from reading so the Dask runner can list the files on the client and read
    them on workers, in the same order as here.
    """
    path = Path(raw)
    if path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield path
    elif _GLOB_CHARS.search(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield InputError(raw, "no file matches this pattern")
        for match in matches:
            yield from local_files(match)
    else:
        yield InputError(raw, "no such file or directory")


def _walk(directory: Path) -> Iterator[Path]:
    """Article files below a directory, in a stable order; hidden files and docs skipped."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or _SKIPPED_NAMES.match(name):
                continue
            if Path(name).suffix.lower() in KNOWN_SUFFIXES:
                yield Path(root) / name


def read_file(path: Path) -> Iterator[ReadResult]:
    """Read one file, choosing the reader by extension and, failing that, by content.

    Both engines read every file through here (the Dask runner on its workers, by slices of
    the same readers for JSON Lines and Parquet), so a file reads alike on both.
    """
    origin = str(path)
    suffix = path.suffix.lower()
    streamed = _FILE_READERS.get(suffix)
    try:
        if streamed is not None:
            yield from streamed(path)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, origin, suffix=suffix)


def _stream_jsonl(path: Path) -> Iterator[ReadResult]:
    """JSON Lines straight from the file, so a large shard never sits in memory whole."""
    origin = str(path)
    with path.open("rb") as handle:
        head = handle.read(8192)
        if not head.strip():
            yield InputError(origin, "empty file")
            return
        if b"\x00" in head:
            yield InputError(origin, "binary file, not text")
            return
        handle.seek(0)
        yield from read_jsonl(handle, origin)


def read_parquet(
    path: str | Path, *, row_groups: Sequence[int] | None = None, first_row: int = 1
) -> Iterator[ReadResult]:
    """Articles from a Parquet file whose columns are the JSONL fields (text, published, ...).

    Rows are numbered from 1 like JSONL lines, so a record without id or url is named
    ``FILE:ROW`` and a bad row is reported as ``FILE:ROW: reason``. ``row_groups`` and
    ``first_row`` read a slice of the file (the Dask runner's partitions). pyarrow comes with
    the ``dask`` extra; without it a Parquet file is one error, not a crash.
    """
    origin = str(path)
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        yield InputError(origin, _NO_PYARROW)
        return
    try:
        parquet = pq.ParquetFile(path)
        batches = parquet.iter_batches(
            batch_size=_PARQUET_BATCH,
            row_groups=list(row_groups) if row_groups is not None else None,
        )
        number = first_row
        for batch in batches:
            for record in batch.to_pylist():
                yield article_from_record(record, origin, number)
                number += 1
    except (OSError, pa.ArrowException) as exc:
        yield InputError(origin, f"not a readable Parquet file ({exc})")


def parquet_row_groups(path: Path) -> list[int] | None:
    """The number of rows in each row group of a Parquet file; None when it cannot be read
    (``read_parquet`` says why)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return None
    try:
        metadata = pq.ParquetFile(path).metadata
    except (OSError, pa.ArrowException):
        return None
    return [metadata.row_group(group).num_rows for group in range(metadata.num_row_groups)]


def read_url(url: str) -> Iterator[ReadResult]:
    """Read an RSS/Atom feed (or an HTML page) from a URL."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            data = response.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        yield InputError(url, f"cannot fetch: {getattr(exc, 'reason', exc)}")
        return
    yield from read_bytes(data, url)


def read_bytes(data: bytes, origin: str, suffix: str = "") -> Iterator[ReadResult]:
    """Read articles from raw bytes: the format comes from ``suffix`` or is sniffed."""
    if not data.strip():
        yield InputError(origin, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield InputError(origin, "binary file, not text")
        return
    reader = _READERS.get(suffix) or _sniff(data)
    yield from reader(data, origin)


def _sniff(data: bytes) -> Reader:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return read_feed if (b"<rss" in head or b"<feed" in head or b"<rdf" in head) else read_html
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return read_html
    if head.startswith(b"["):
        return read_json
    if head.startswith(b"{"):
        return read_jsonl
    return read_text


def _decode(data: bytes, origin: str) -> str | InputError:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        return InputError(origin, f"not valid UTF-8 (byte 0x{bad} at offset {exc.start})")


def parse_date(value: object) -> date | None:
    """A publication date from the forms news metadata uses; None when absent.

    Raises ValueError for a value that looks like a date but cannot be one (2024-13-45),
    so the caller can report it instead of silently dropping it.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000 if value > 1e11 else value).date()
    text = str(value).strip()
    if _ISO_DAY.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise ValueError(f"impossible date {text[:10]}") from None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as dateutil_parser

    try:
        return dateutil_parser.parse(text).date()
    except (ValueError, OverflowError):
        raise ValueError(f"unreadable date {text!r}") from None


def read_text(data: bytes, origin: str) -> Iterator[ReadResult]:
    """Plain text; an optional first line `` date YYYY-MM-DD`` gives the publication date."""
    text = _decode(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    published = None
    header = _DATE_HEADER.match(text)
    if header:
        try:
            published = parse_date(header.group(1))
        except ValueError as exc:
            yield InputError(origin, f"{exc} in the date header", line=1)
            return
        text = text[header.end() :]
    body = text.strip()
    if not body:
        yield InputError(origin, "no article text")
        return
    yield Article.from_text(body, origin, published=published)


def _first(record: Mapping[str, object], names: tuple[str, ...]) -> object:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def article_from_record(record: object, origin: str, line: int | None = None) -> ReadResult:
    """An article from a JSON/CSV record using the common field names."""
    if not isinstance(record, Mapping):
        return InputError(origin, "expected a JSON object per article", line=line)
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return InputError(origin, "record has no article text (field 'text')", line=line)
    try:
        published = parse_date(_first(record, DATE_FIELDS))
    except (ValueError, OSError, OverflowError) as exc:
        return InputError(origin, str(exc), line=line)
    record_id = record.get("id")
    url = record.get("url")
    outlet = _first(record, OUTLET_FIELDS)
    title = record.get("title")
    if isinstance(url, str) and url:
        where = url
    elif record_id not in (None, ""):
        where = f"{origin}#{record_id}"
    else:
        where = f"{origin}:{line}" if line is not None else origin
    return Article.from_text(
        text.strip(),
        where,
        title=str(title).strip() if title else None,
        outlet=str(outlet).strip() if outlet else None,
        url=url if isinstance(url, str) and url else None,
        published=published,
    )


def read_jsonl(
    data: bytes | Iterable[bytes], origin: str, *, first_line: int = 1
) -> Iterator[ReadResult]:
    """JSON Lines: one article object per line (the news-tls ``articles.jsonl`` layout).

    ``first_line`` is the number of the first line given, so a reader of a slice of a large
    file (the Dask runner) names lines as a reader of the whole file would.
    """
    lines = io.BytesIO(data) if isinstance(data, bytes) else data
    for number, raw in enumerate(lines, start=first_line):
        if not raw.strip():
            continue
        line = _decode(raw, origin)
        if isinstance(line, InputError):
            yield InputError(origin, line.reason, line=number)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"malformed JSON ({exc.msg})", line=number)
            continue
        yield article_from_record(record, origin, number)


def read_json(data: bytes, origin: str) -> Iterator[ReadResult]:
    """A JSON array of articles, or one article object."""
    text = _decode(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{"):  # JSON Lines saved as .json
            yield from read_jsonl(data, origin)
            return
        yield InputError(origin, f"malformed JSON ({exc.msg})", line=exc.lineno)
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        result = article_from_record(record, origin)
        if isinstance(result, InputError) and len(records) > 1:
            result = InputError(origin, f"item {number}: {result.reason}")
        yield result


def read_csv(data: bytes, origin: str) -> Iterator[ReadResult]:
    """CSV (or TSV) with a header row naming the fields."""
    text = _decode(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    csv.field_size_limit(1 << 30)
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields = {name.strip().lower() for name in reader.fieldnames or []}
    if not fields & set(TEXT_FIELDS):
        yield InputError(origin, "CSV header has no text column (expected 'text')", line=1)
        return
    try:
        for row in reader:
            record = {(k or "").strip().lower(): v for k, v in row.items()}
            yield article_from_record(record, origin, reader.line_num)
    except csv.Error as exc:
        yield InputError(origin, f"malformed CSV ({exc})", line=reader.line_num)


def read_html(data: bytes, origin: str) -> Iterator[ReadResult]:
    """An HTML page: main text by trafilatura, publication date by htmldate."""
    import trafilatura
    from htmldate import find_date

    text = _decode(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    body = trafilatura.extract(
        text, include_comments=False, include_tables=False, favor_precision=True
    )
    if not body or len(body.split()) < MIN_HTML_WORDS:
        yield InputError(origin, "HTML page has no article text")
        return
    metadata = trafilatura.extract_metadata(text)
    found = find_date(text, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    published = date.fromisoformat(found) if found else None
    url = (metadata.url if metadata else None) or None
    yield Article.from_text(
        body.strip(),
        origin,
        title=(metadata.title if metadata else None) or None,
        outlet=(metadata.sitename if metadata else None) or None,
        url=url,
        published=published,
    )


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of an RSS/Atom feed as the feed gives it, before it is an article.

    ``text`` may be empty (an item that is only a title and a link): ``read_feed`` reports
    such an item, while ``storyline.follow`` fetches the page it links to.
    """

    number: int  # its place in the feed, from 1
    guid: str | None  # the feed's own id for the item (RSS guid, Atom id)
    link: str | None
    title: str | None
    text: str
    published: date | None
    outlet: str | None  # the feed's title

    def article(self, origin: str) -> Article:
        """The item as an article on its feed text alone, named by its link when it has one."""
        return Article.from_text(
            self.text,
            self.link or f"{origin}#{self.number}",
            title=self.title,
            outlet=self.outlet,
            url=self.link,
            published=self.published,
        )


def feed_entries(data: bytes, origin: str) -> Iterator[FeedEntry | InputError]:
    """The items of an RSS or Atom feed, each with its full content when the feed gives it.

    A feed read from a URL has its relative links resolved against that URL.
    """
    import feedparser
    import lxml.html

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield InputError(origin, f"not a readable RSS/Atom feed ({feed.bozo_exception})")
        return
    outlet = feed.feed.get("title") or None
    base = origin if origin.startswith(("http://", "https://")) else ""
    for number, entry in enumerate(feed.entries, start=1):
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        yield FeedEntry(
            number=number,
            guid=entry.get("id") or None,
            link=urljoin(base, entry.link) if entry.get("link") else None,
            title=entry.get("title") or None,
            text=lxml.html.fromstring(html).text_content().strip() if html.strip() else "",
            published=date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None,
            outlet=outlet,
        )


def read_feed(data: bytes, origin: str) -> Iterator[ReadResult]:
    """An RSS or Atom feed: one article per entry, the entry's full content when given."""
    for entry in feed_entries(data, origin):
        if isinstance(entry, InputError):
            yield entry
        elif not entry.text:
            yield InputError(origin, f"feed entry {entry.number} has no text")
        else:
            yield entry.article(origin)


# The readers, by file suffix: the one registry every engine and the web API read through.
# Formats read from bytes (a file, stdin, a URL, a request body) ...
_READERS: dict[str, Reader] = {
    suffix: reader
    for suffixes, reader in (
        (TEXT_SUFFIXES, read_text),
        (JSONL_SUFFIXES, read_jsonl),
        (JSON_SUFFIXES, read_json),
        (CSV_SUFFIXES, read_csv),
        (HTML_SUFFIXES, read_html),
        (FEED_SUFFIXES, read_feed),
    )
    for suffix in suffixes
}
# ... and formats read from the file itself, a piece at a time, so a large one never sits in
# memory whole (the Dask runner reads slices of them with the same readers).
_FILE_READERS: dict[str, Callable[[Path], Iterator[ReadResult]]] = {
    **dict.fromkeys(JSONL_SUFFIXES, _stream_jsonl),
    **dict.fromkeys(PARQUET_SUFFIXES, read_parquet),
}
