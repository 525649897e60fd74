"""Readers: turn files, directories, globs, URLs and stdin into Articles.

Each reader yields either an ``Article`` or an ``InputError`` for the piece it could not read,
so one bad line or file never stops a batch: the caller stores what was read and reports the
rest in one line each (an ``InputWarning`` says something of an article that was read, such
as a date it could not read). Every file, and every record in it, is its own unit of failure:
whatever a parser raises on one input (nesting too deep for it, a document it cannot parse)
becomes that input's one line. Readers stream (a JSONL file is read line by line), so memory
does not grow with the size of the input.

Text is decoded by ``storyline.decoding`` (UTF-8, a declared or detected encoding, or
``--encoding``); records (JSON, JSONL, CSV, Parquet) are read by ``storyline.records``,
which knows the field names of the common exporters.
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
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from storyline import decoding
from storyline.errors import InputError, InputWarning
from storyline.models import Article
from storyline.records import FieldMap, describe, flatten, pick, text_of
from storyline.records import records as unwrap_records
from storyline.text import MAX_ANALYSED_CHARS


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: an encoding to use instead of detecting one (``--encoding``),
    and the record fields to read each article field from (``--field``)."""

    encoding: str | None = None
    fields: FieldMap = field(default_factory=FieldMap)


DEFAULT_OPTIONS = ReadOptions()
ReadResult = Article | InputError
Reader = Callable[[bytes, str, ReadOptions], Iterator[ReadResult]]

_DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\S+)[ \t]*(?:\r?\n)?")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORDS = re.compile(r"\w")  # a text without a letter or digit is no article
_GLOB_CHARS = re.compile(r"[*?\[]")
# A page whose main text is shorter than this is navigation or a stub, not an article.
MIN_HTML_WORDS = 5
# A record with a title and no text is a headline-only article when its title has this many
# words ({"title": "x"} is a stub, not news).
MIN_HEADLINE_WORDS = 3
_SKIPPED_NAMES = re.compile(r"^(README|LICENSE|LICENCE|CHANGELOG|NOTICE)\b", re.IGNORECASE)
# A file read whole (all formats but JSON Lines and Parquet) may be this big at most.
MAX_FILE_BYTES = 1 << 30

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


def read_paths(
    paths: Iterable[str], options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[ReadResult]:
    """Read every article from files, directories (recursively), globs, URLs or ``-``."""
    for raw in paths:
        if raw == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", options=options)
        elif raw.startswith(("http://", "https://")):
            yield from read_url(raw, options)
        else:
            yield from _read_local(raw, options)


def _read_local(raw: str, options: ReadOptions) -> Iterator[ReadResult]:
    for file in local_files(raw):
        if isinstance(file, InputError):
            yield file
        else:
            yield from read_file(file, options)


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


def _walk(directory: Path) -> Iterator[Path | InputError]:
    """Article files below a directory, in a stable order; hidden files and docs skipped,
    and the files of other types named in one warning per directory."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        skipped = []
        for name in sorted(files):
            if name.startswith(".") or _SKIPPED_NAMES.match(name):
                continue
            if Path(name).suffix.lower() in KNOWN_SUFFIXES:
                yield Path(root) / name
            else:
                skipped.append(name)
        if skipped:
            shown = ", ".join(skipped[:5]) + (", …" if len(skipped) > 5 else "")
            yield InputWarning(
                root, f"skipped {len(skipped)} file(s) of unknown type: {shown}"
            )


def read_file(path: Path, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[ReadResult]:
    """Read one file, choosing the reader by extension and, failing that, by content.

    Both engines read every file through here (the Dask runner on its workers, by slices of
    the same readers for JSON Lines and Parquet), so a file reads alike on both.
    """
    origin = str(path)
    suffix = path.suffix.lower()
    streamed = _FILE_READERS.get(suffix)
    try:
        if streamed is not None:
            yield from guarded(streamed(path, options), origin)
            return
        if path.stat().st_size > MAX_FILE_BYTES:
            yield InputError(origin, f"over {MAX_FILE_BYTES >> 20} MB: split it, or use JSON Lines")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, origin, suffix=suffix, options=options)


def guarded(results: Iterator[ReadResult], origin: str) -> Iterator[ReadResult]:
    """The results of reading one input, with whatever a parser raises on it as its one line.

    Parsers have limits of their own (nesting depth, node sizes, memory) and bugs; an input
    that trips one is reported, and the batch goes on with the next input. An article too
    long to be analysed whole is said so here, once, as it is read.
    """
    try:
        for result in results:
            if isinstance(result, Article) and len(result.text) > MAX_ANALYSED_CHARS:
                yield InputWarning(
                    result.origin,
                    f"{len(result.text) / 1e6:.1f} million characters: stored whole, analysed"
                    f" on its first {MAX_ANALYSED_CHARS / 1e6:.1f} million",
                )
            yield result
    except RecursionError:
        yield InputError(origin, "nested too deeply to read")
    except MemoryError:
        yield InputError(origin, "too large to read in memory")
    except Exception as exc:  # a parser's own failure on this input, never the batch's
        detail = (str(exc).strip().splitlines() or [""])[0][:200]
        yield InputError(origin, f"cannot be read ({type(exc).__name__}: {detail})")


def _stream_jsonl(path: Path, options: ReadOptions) -> Iterator[ReadResult]:
    """JSON Lines straight from the file, so a large shard never sits in memory whole.

    A file in UTF-16 or UTF-32 (a byte-order mark) cannot be cut into lines as bytes: it is
    decoded whole, as the other formats are.
    """
    origin = str(path)
    with path.open("rb") as handle:
        head = handle.read(8192)
        if not head.strip():
            yield InputError(origin, "empty file")
            return
        marked = decoding.bom(head)
        if (marked is not None and marked[0] != "utf-8") or b"\x00" in head:
            handle.seek(0)
            yield from read_bytes(handle.read(), origin, ".jsonl", options)
            return
        handle.seek(0)
        yield from read_jsonl(handle, origin, options=options)


def read_parquet(
    path: str | Path,
    options: ReadOptions = DEFAULT_OPTIONS,
    *,
    row_groups: Sequence[int] | None = None,
    first_row: int = 1,
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
                yield from read_record(record, origin, number, options)
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


# What a server's Content-Type says a body is: the reader of that suffix reads it.
CONTENT_TYPES = {
    "application/json": ".json",
    "application/feed+json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/plain": ".txt",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/csv": ".csv",
    "text/tab-separated-values": ".tsv",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
}


def read_url(url: str, options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[ReadResult]:
    """Read what a URL serves: the format from its Content-Type, else its path's suffix,
    else its content; the charset its Content-Type names, unless ``--encoding`` says."""
    import urllib.error
    import urllib.parse
    import urllib.request
    from email.message import Message

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            data = response.read()
            header = Message()
            header["content-type"] = response.headers.get("content-type", "")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        yield InputError(url, f"cannot fetch: {getattr(exc, 'reason', exc)}")
        return
    kind = header.get_content_type()
    suffix = Path(urllib.parse.urlparse(url).path).suffix.lower()
    if suffix not in BYTES_SUFFIXES:
        suffix = CONTENT_TYPES.get(kind, "")
    charset = header.get_param("charset")
    yield from read_bytes(
        data, url, suffix, options, hint=charset if isinstance(charset, str) else None
    )


def read_bytes(
    data: bytes,
    origin: str,
    suffix: str = "",
    options: ReadOptions = DEFAULT_OPTIONS,
    *,
    hint: str | None = None,
) -> Iterator[ReadResult]:
    """Read articles from raw bytes: the format comes from ``suffix`` or is sniffed;
    ``hint`` is a charset the transport named (an HTTP header)."""
    if not data.strip():
        yield InputError(origin, "empty file")
        return
    reader = _READERS.get(suffix) or _sniff(data)
    if reader is not read_feed or options.encoding is not None or hint is not None:
        # Feeds decode themselves (by their XML declaration) unless the encoding is known.
        text = decoding.decode(data, origin, options.encoding, hint or decoding.declared(data))
        if isinstance(text, InputError):
            yield text
            return
        # The readers get UTF-8, and read it as such.
        data, options = text.encode("utf-8"), replace(options, encoding="utf-8")
    yield from guarded(reader(data, origin, options), origin)


def _sniff(data: bytes) -> Reader:
    head = data[:2048]
    marked = decoding.bom(head)
    if marked is not None and marked[0] != "utf-8":
        head = head[marked[1] :].decode(marked[0], errors="ignore").encode("utf-8")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return read_feed if (b"<rss" in head or b"<feed" in head or b"<rdf" in head) else read_html
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return read_html
    if head.startswith(b"["):
        return read_json
    if head.startswith(b"{"):
        return read_jsonl
    if _csv_header(head.split(b"\n", 1)[0]):
        return read_csv
    return read_text


def _csv_header(line: bytes) -> bool:
    """Whether a first line is a CSV/TSV header naming a text field."""
    from storyline.records import ALIASES, key

    names = re.split(rb"[,\t]", line)
    known = set(ALIASES["text"]) | set(ALIASES["title"])
    return len(names) > 1 and any(key(n.decode("utf-8", "ignore").strip(' "')) in known
                                  for n in names)


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
    if isinstance(value, bool):
        raise ValueError(f"unreadable date {value!r}")
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value / 1000 if value > 1e11 else value).date()
        except (OverflowError, OSError, ValueError):
            raise ValueError(f"unreadable date {value!r}") from None
    text = str(value).strip()[:100]
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


def _dated(
    value: object, origin: str, line: int | None, problems: list[InputError]
) -> date | None:
    """A date, or None with a warning in ``problems`` when the value cannot be one: the
    article is kept, undated (its date is then inferred from its text)."""
    try:
        return parse_date(value)
    except ValueError as exc:
        problems.append(InputWarning(origin, f"{exc}: stored without a date", line=line))
        return None


def read_text(data: bytes, origin: str, options: ReadOptions = DEFAULT_OPTIONS
              ) -> Iterator[ReadResult]:
    """Plain text; an optional first line `` date YYYY-MM-DD`` gives the publication date."""
    text = data.decode("utf-8")
    published = None
    problems: list[InputError] = []
    header = _DATE_HEADER.match(text)
    if header:
        published = _dated(header.group(1), origin, 1, problems)
        text = text[header.end() :]
    yield from problems
    body = text.strip()
    if not _WORDS.search(body):
        yield InputError(origin, "no article text")
        return
    yield Article.from_text(body, origin, published=published)


def read_record(
    record: object, origin: str, line: int | None = None, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[ReadResult]:
    """An article from a JSON/CSV/Parquet record, by the field names of ``storyline.records``
    (or ``options.fields``); a warning first when its date cannot be read.

    A record with a title of ``MIN_HEADLINE_WORDS`` or more and no text is a headline-only
    article (GDELT's lists, headline feeds): its text is its title.
    """
    if not isinstance(record, Mapping):
        yield InputError(origin, "expected a JSON object per article", line=line)
        return
    flat = flatten(record)
    fields = options.fields
    title = _line(pick(flat, "title", fields))
    text = text_of(pick(flat, "text", fields))
    if not text and title and len(title.split()) >= MIN_HEADLINE_WORDS:
        text = title  # a headline-only record
    if not text or not _WORDS.search(text):
        yield InputError(
            origin,
            f"record has no article text (its fields: {describe(record)};"
            " --field text=NAME names the text field)",
            line=line,
        )
        return
    problems: list[InputError] = []
    published = _dated(pick(flat, "published", fields), origin, line, problems)
    yield from problems
    url = _line(pick(flat, "url", fields))
    url = url if url and "://" in url else None
    record_id = _line(pick(flat, "id", fields))
    if url:
        where = url
    elif record_id:
        where = f"{origin}#{record_id}"
    else:
        where = f"{origin}:{line}" if line is not None else origin
    yield Article.from_text(
        text,
        where,
        title=title,
        outlet=_line(pick(flat, "outlet", fields)),
        url=url,
        published=published,
    )


def _line(value: Any) -> str | None:
    """A metadata value as one line of text, None when empty."""
    if value is None or isinstance(value, Mapping | list):
        return None
    text = " ".join(str(value).split())
    return text[:1000] or None


def read_jsonl(
    data: bytes | Iterable[bytes],
    origin: str,
    options: ReadOptions = DEFAULT_OPTIONS,
    *,
    first_line: int = 1,
) -> Iterator[ReadResult]:
    """JSON Lines: one article object per line (the news-tls ``articles.jsonl`` layout).

    ``first_line`` is the number of the first line given, so a reader of a slice of a large
    file (the Dask runner) names lines as a reader of the whole file would. Each line is its
    own unit: one that cannot be decoded or parsed is reported, and the next is read.
    """
    lines = io.BytesIO(data) if isinstance(data, bytes) else data
    decode = decoding.LineDecoder(origin, options.encoding)
    for number, raw in enumerate(lines, start=first_line):
        if not raw.strip():
            continue
        line = decode(raw, number)
        if isinstance(line, InputError):
            yield line
            continue
        record = _parse_json(line, origin, number)
        if isinstance(record, InputError):
            yield record
            continue
        yield from read_record(record, origin, number, options)


def _parse_json(text: str, origin: str, line: int | None) -> Any:
    """A parsed JSON value, or the one-line error saying why the text is not one."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(origin, f"malformed JSON ({exc.msg})", line=exc.lineno if line is None
                          else line)
    except RecursionError:
        return InputError(origin, "JSON nested too deeply to read", line=line)


def read_json(data: bytes, origin: str, options: ReadOptions = DEFAULT_OPTIONS
              ) -> Iterator[ReadResult]:
    """A JSON array of articles, one article object, or a document that wraps a list of
    them (``{"articles": [...]}``: see ``storyline.records.records``)."""
    text = data.decode("utf-8")
    document = _parse_json(text, origin, None)
    if isinstance(document, InputError):
        if text.lstrip().startswith("{") and "nested" not in document.reason:
            yield from read_jsonl(data, origin, options)  # JSON Lines saved as .json
        else:
            yield document
        return
    found = unwrap_records(document)
    for number, record in enumerate(found, start=1):
        for result in read_record(record, origin, None, options):
            if isinstance(result, InputError) and len(found) > 1:
                kind = InputWarning if isinstance(result, InputWarning) else InputError
                result = kind(origin, f"item {number}: {result.reason}")
            yield result


def read_csv(data: bytes, origin: str, options: ReadOptions = DEFAULT_OPTIONS
             ) -> Iterator[ReadResult]:
    """CSV (or TSV) with a header row naming the fields."""
    from storyline.records import ALIASES, key

    text = data.decode("utf-8")
    csv.field_size_limit(1 << 30)
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        names = {key(name) for name in reader.fieldnames or []}
    except csv.Error as exc:
        yield InputError(origin, f"malformed CSV ({exc})", line=1)
        return
    wanted = set(ALIASES["text"]) | set(ALIASES["title"])
    chosen = options.fields.get("text")
    if not names & wanted and not (chosen and chosen[0] in names):
        yield InputError(
            origin, "CSV header has no text column (expected 'text', 'body', 'content', ...;"
            " or name it with --field text=NAME)", line=1
        )
        return
    try:
        for row in reader:
            record = {(k or ""): v for k, v in row.items() if isinstance(k, str)}
            yield from read_record(record, origin, reader.line_num, options)
    except csv.Error as exc:
        yield InputError(origin, f"malformed CSV ({exc})", line=reader.line_num)


def read_html(data: bytes, origin: str, options: ReadOptions = DEFAULT_OPTIONS
              ) -> Iterator[ReadResult]:
    """An HTML page: main text by trafilatura, publication date by htmldate."""
    import trafilatura
    from htmldate import find_date

    text = data.decode("utf-8")
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
    such an item, while ``storyline.follow`` fetches the page it links to. ``problems`` are
    what could not be read of it (a date), reported as warnings.
    """

    number: int  # its place in the feed, from 1
    guid: str | None  # the feed's own id for the item (RSS guid, Atom id)
    link: str | None
    title: str | None
    text: str
    published: date | None
    outlet: str | None  # the feed's title
    problems: tuple[str, ...] = ()

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


def feed_entries(
    data: bytes, origin: str, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[FeedEntry | InputError]:
    """The items of an RSS or Atom feed, each with its full content when the feed gives it,
    its paragraphs kept apart. A feed read from a URL has its relative links resolved
    against that URL.
    """
    import feedparser

    from storyline.records import html_text

    # Bytes this module decoded are UTF-8 whatever the feed's XML declaration says.
    utf8 = {"content-type": "application/xml; charset=utf-8"} if options.encoding else None
    feed = feedparser.parse(data, response_headers=utf8)
    if feed.bozo and not feed.entries:
        yield InputError(origin, f"not a readable RSS/Atom feed ({feed.bozo_exception})")
        return
    outlet = feed.feed.get("title") or None
    base = origin if origin.startswith(("http://", "https://")) else ""
    for number, entry in enumerate(feed.entries, start=1):
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        published, problems = _entry_date(entry, origin)
        yield FeedEntry(
            number=number,
            guid=entry.get("id") or None,
            link=urljoin(base, entry.link) if entry.get("link") else None,
            title=entry.get("title") or None,
            text=html_text(html) if html and html.strip() else "",
            published=published,
            outlet=outlet,
            problems=problems,
        )


def _entry_date(entry: Any, origin: str) -> tuple[date | None, tuple[str, ...]]:
    """A feed entry's date, and what made it unreadable when it is."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        try:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday), ()
        except ValueError:
            pass
    given = entry.get("published") or entry.get("updated")
    if not given:
        return None, ()
    problems: list[InputError] = []
    published = _dated(given, origin, None, problems)
    return published, tuple(problem.reason for problem in problems)


def read_feed(
    data: bytes, origin: str, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[ReadResult]:
    """An RSS or Atom feed: one article per entry, the entry's full content when given; an
    entry date that cannot be read is reported."""
    for entry in feed_entries(data, origin, options):
        if isinstance(entry, InputError):
            yield entry
            continue
        for problem in entry.problems:
            yield InputWarning(origin, f"feed entry {entry.number}: {problem}")
        if not _WORDS.search(entry.text):
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
_FILE_READERS: dict[str, Callable[[Path, ReadOptions], Iterator[ReadResult]]] = {
    **dict.fromkeys(JSONL_SUFFIXES, _stream_jsonl),
    **dict.fromkeys(PARQUET_SUFFIXES, read_parquet),
}
