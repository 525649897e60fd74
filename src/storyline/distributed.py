"""The Dask runner: the same pipeline on a ``dask.distributed`` cluster, with the same output.

It is a thin layer on purpose. The stages are plain functions (``pipeline.analyse``,
``pipeline.link``, ``pipeline.finish_story``), so the cluster only decides *where* they run,
never *what* they compute; that is what keeps ``--engine dask`` identical to ``--engine local``.

What runs where:

- the client lists the input files and cuts them into partitions (groups of files, line ranges
  of JSONL shards, row groups of Parquet files); it runs the stages that need every document
  at once (near-duplicates, shared copy, story clustering: ``pipeline.link``) on what they
  read of a document: the article and its copy features (MinHash signature, sentence keys);
  and it alone writes the SQLite store, which has one writer.
- the workers read and analyse partitions as far as the client needs (reading, cleaning,
  outlet, wire, publication date, sentences, copy features) and send back only the articles
  and their copy features; then they finish stories (time expressions, quantities, timeline,
  claims, contradictions), partitioned by story, analysing each story's articles again
  without the copy features. Analysing twice costs less than shipping every analysed
  document to the client and back, and it keeps the client's memory to the articles.

Order is deterministic: partitions are numbered when planned and their results are put back in
that order, whatever order the workers finish in. A task's inputs travel inside the task (file
slices are a few numbers; articles from the store are small batches), never only in a worker's
memory, so when a worker dies the scheduler reruns its tasks elsewhere and the result is the
same.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from storyline import identity, pipeline, readers
from storyline.errors import InputError, InputWarning, StorylineError
from storyline.models import Article, Document, Provenance, Result, Story
from storyline.readers import (
    DEFAULT_OPTIONS,
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    ReadOptions,
    ReadResult,
    local_files,
    read_file,
    read_jsonl,
    read_paths,
)
from storyline.store import IngestReport, Store

if TYPE_CHECKING:
    from distributed import Client

# Articles per partition: big enough that a task's overhead (a few ms) is lost in its work,
# small enough that a lost worker costs little to redo and memory per task stays modest.
DEFAULT_PARTITION_SIZE = 1000
# Partitions in flight per worker thread: enough to keep every thread busy while the client
# collects results, few enough that neither side holds much more than it is working on.
_IN_FLIGHT_PER_THREAD = 2
# Partitions per worker thread a run aims for at least: tasks differ in cost, and with only
# one or two each, one slow task leaves the other workers idle at the end.
_TASKS_PER_THREAD = 4
# Inputs are cut into units of at most this many articles, then packed into partitions, so
# a small input can still be spread over every worker.
_UNIT = 100

_ALL = pipeline.TimelineOptions()  # every story, every date

Progress = Callable[[int], None]
ErrorSink = Callable[[InputError], None]
T = TypeVar("T")


# ---- units of input: planned on the client, read on a worker --------------------------------


@dataclass(frozen=True, slots=True)
class InMemory:
    """Articles the client already holds (from the store, stdin or a URL)."""

    articles: tuple[Article, ...]

    @property
    def size(self) -> int:
        return len(self.articles)

    def read(self) -> Iterator[ReadResult]:
        return iter(self.articles)


@dataclass(frozen=True, slots=True)
class WholeFile:
    """A file read whole by ``readers.read_file`` (text, HTML, JSON, CSV, feeds)."""

    path: str
    options: ReadOptions = DEFAULT_OPTIONS

    @property
    def size(self) -> int:
        return 1

    def read(self) -> Iterator[ReadResult]:
        return read_file(Path(self.path), self.options)


@dataclass(frozen=True, slots=True)
class JsonlSlice:
    """``count`` lines of a JSON Lines shard from byte ``offset``, first line ``first_line``."""

    path: str
    offset: int
    first_line: int
    count: int
    options: ReadOptions = DEFAULT_OPTIONS

    @property
    def size(self) -> int:
        return self.count

    def read(self) -> Iterator[ReadResult]:
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            lines = islice(handle, self.count)
            yield from readers.guarded(
                read_jsonl(lines, self.path, self.options, first_line=self.first_line), self.path
            )


@dataclass(frozen=True, slots=True)
class ParquetSlice:
    """Row groups of a Parquet file (None: the whole file), first row numbered ``first_row``."""

    path: str
    row_groups: tuple[int, ...] | None
    first_row: int
    count: int
    options: ReadOptions = DEFAULT_OPTIONS

    @property
    def size(self) -> int:
        return self.count

    def read(self) -> Iterator[ReadResult]:
        return readers.read_parquet(
            self.path, self.options, row_groups=self.row_groups, first_row=self.first_row
        )


@dataclass(frozen=True, slots=True)
class Failed:
    """An input that failed while planning, kept in its place so errors come out in order.

    Also the form an ``InputError`` travels in: exceptions with their own constructor
    arguments do not survive pickling, plain dataclasses do.
    """

    origin: str
    reason: str
    line: int | None = None
    warning: bool = False

    @classmethod
    def of(cls, error: InputError) -> Failed:
        return cls(error.origin, error.reason, error.line, isinstance(error, InputWarning))

    @property
    def size(self) -> int:
        return 0

    def read(self) -> Iterator[ReadResult]:
        yield self.error()

    def error(self) -> InputError:
        kind = InputWarning if self.warning else InputError
        return kind(self.origin, self.reason, self.line)


Unit = InMemory | WholeFile | JsonlSlice | ParquetSlice | Failed
Partition = tuple[Unit, ...]


def plan(
    sources: Iterable[str | Article],
    partition_size: int,
    threads: int = 1,
    options: ReadOptions = DEFAULT_OPTIONS,
) -> list[Partition]:
    """Cut the inputs into partitions of about ``partition_size`` articles, in input order.

    A small input is cut finer, so that each of ``threads`` worker threads gets several
    partitions. Paths are listed the way ``readers.read_paths`` lists them, so the articles
    come out in the same order as with the local engine. Stdin and URLs are read here, on
    the client: a worker cannot see this process's stdin, and fetching once is politer.
    """
    units = list(_units(sources, min(partition_size, _UNIT), options))
    target = _balanced(partition_size, sum(unit.size for unit in units), threads)
    partitions: list[Partition] = []
    current: list[Unit] = []
    filled = 0
    for unit in units:
        current.append(unit)
        filled += unit.size
        if filled >= target:
            partitions.append(tuple(current))
            current, filled = [], 0
    if current:
        partitions.append(tuple(current))
    return partitions


def _balanced(partition_size: int, articles: int, threads: int) -> int:
    """Articles per partition: as asked, or fewer when that would leave threads idle."""
    return max(1, min(partition_size, -(-articles // (_TASKS_PER_THREAD * threads))))


def _units(
    sources: Iterable[str | Article], unit_size: int, options: ReadOptions
) -> Iterator[Unit]:
    """The units of the inputs; articles held here go out in chunks of ``unit_size``."""
    held: list[Article] = []
    for item in _items(sources, unit_size, options):
        if isinstance(item, Article):
            held.append(item)
        if held and (not isinstance(item, Article) or len(held) == unit_size):
            yield InMemory(tuple(held))
            held = []
        if not isinstance(item, Article):
            yield item
    if held:
        yield InMemory(tuple(held))


def _items(
    sources: Iterable[str | Article], unit_size: int, options: ReadOptions
) -> Iterator[Article | Unit]:
    for source in sources:
        if isinstance(source, Article):
            yield source
        elif source == "-" or source.startswith(("http://", "https://")):
            yield from map(_portable, read_paths([source], options))
        else:
            for file in local_files(source):
                if isinstance(file, InputError):
                    yield Failed.of(file)
                else:
                    yield from _file_units(file, unit_size, options)


def _file_units(path: Path, unit_size: int, options: ReadOptions) -> Iterator[Unit]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_slices(path, unit_size, options)
    elif suffix in PARQUET_SUFFIXES:
        yield from _parquet_slices(path, unit_size, options)
    else:
        yield WholeFile(str(path), options)


def _jsonl_slices(path: Path, lines: int, options: ReadOptions) -> Iterator[Unit]:
    """Line ranges of a shard, found by one sequential scan for line ends (no parsing).

    A file the JSONL reader rejects whole (unreadable, empty, binary) is left to it, so the
    error reads the same as with the local engine.
    """
    try:
        handle = path.open("rb")
    except OSError:
        yield WholeFile(str(path), options)
        return
    with handle:
        head = handle.read(8192)
        if not head.strip() or b"\x00" in head:
            yield WholeFile(str(path), options)
            return
        handle.seek(0)
        offset, first_line = 0, 1
        while chunk := list(islice(handle, lines)):
            yield JsonlSlice(str(path), offset, first_line, len(chunk), options)
            offset += sum(map(len, chunk))
            first_line += len(chunk)


def _parquet_slices(path: Path, rows: int, options: ReadOptions) -> Iterator[Unit]:
    """Consecutive row groups of about ``rows`` rows; Parquet files cannot be cut finer cheaply."""
    sizes = readers.parquet_row_groups(path)
    if sizes is None:
        yield ParquetSlice(str(path), None, 1, 1, options)  # the reader says why, on a worker
        return
    groups: list[int] = []
    first_row = filled = 0
    for group, size in enumerate(sizes):
        groups.append(group)
        filled += size
        if filled >= rows:
            yield ParquetSlice(str(path), tuple(groups), first_row + 1, filled, options)
            first_row += filled
            groups, filled = [], 0
    if groups:
        yield ParquetSlice(str(path), tuple(groups), first_row + 1, filled, options)


# ---- what the workers run --------------------------------------------------------------------


def _portable(result: ReadResult) -> Article | Failed:
    return Failed.of(result) if isinstance(result, InputError) else result


def _read_partition(partition: Partition) -> list[Article | Failed]:
    """Read one partition (on a worker): the articles and the failures, in input order."""
    return [_portable(result) for unit in partition for result in unit.read()]


def _analyse_partition(partition: Partition) -> list[Document | Failed]:
    """Read and analyse one partition (on a worker): the per-article stages.

    What goes back to the client is what the cross-article stages read: each article (with
    its outlet, wire and date as analysis found them, with how surely its text dated it) and
    its copy features.
    """
    reduced: list[Document | Failed] = []
    for item in _read_partition(partition):
        if isinstance(item, Failed):
            reduced.append(item)
            continue
        document = pipeline.analyse(item, pipeline.without(*pipeline.DATED))
        reduced.append(
            Document(
                article=document.article,
                copies=document.copies,
                text_date=document.text_date,
            )
        )
    return reduced


def _finish_stories(
    payload: tuple[list[Story], list[Article]],
    *,
    provenance: Provenance,
    options: pipeline.TimelineOptions,
) -> list[Story]:
    """Finish a group of stories (on a worker) from their own articles, analysed here."""
    stories, articles = payload
    documents = {a.id: pipeline.analyse(a, pipeline.without("copies")) for a in articles}
    return [
        pipeline.finish_story(
            story, [documents[i] for i in story.article_ids if i in documents], provenance, options
        )
        for story in stories
    ]


# ---- the client side ---------------------------------------------------------------------------


@contextmanager
def connect(scheduler: str | None = None, *, n_workers: int = 2) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a LocalCluster started here for the run.

    The LocalCluster uses processes with one thread each: the stages are pure Python, so
    threads would share one interpreter lock and not run in parallel. It listens on the
    loopback interface only and has no dashboard.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise StorylineError(
            "--engine dask needs dask.distributed: pip install 'storyline[dask]'"
        ) from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=30)
        except OSError as exc:
            raise StorylineError(
                f"cannot reach the Dask scheduler at {scheduler} ({exc})"
            ) from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # The scheduler serves health checks over HTTP even without a dashboard: keep
            # that on the loopback too, on a free port rather than a fixed one another
            # cluster may hold.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@contextmanager
def _use(client: Client | None, scheduler: str | None, n_workers: int) -> Iterator[Client]:
    if client is not None:
        yield client
    else:
        with connect(scheduler, n_workers=n_workers) as own:
            yield own


class _Clock:
    """Wall time between laps, and this process's CPU time, recorded into a caller's dict.

    The CPU time is the client's own (``NAME cpu``): on a shared machine wall time says as
    much about the neighbours as about the run, and the client's CPU is what no number of
    workers shortens.
    """

    def __init__(self, into: dict[str, float] | None) -> None:
        self.into = into
        self.last = time.perf_counter()
        self.last_cpu = time.process_time()

    def lap(self, name: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        if self.into is not None:
            self.into[name] = now - self.last
            self.into[f"{name} cpu"] = cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu


def _report(part: list[T | Failed], on_error: ErrorSink | None) -> list[T]:
    """The results of a partition, its failures handed to ``on_error`` in input order."""
    kept: list[T] = []
    for item in part:
        if not isinstance(item, Failed):
            kept.append(item)
        elif on_error is not None:
            on_error(item.error())
    return kept


def _threads(client: Client) -> int:
    return max(1, sum(client.nthreads().values()))


def _ordered_map(
    client: Client,
    function: Callable[..., list[T]],
    payloads: Sequence[Any],
    label: str,
    **shared: Any,
) -> Iterator[list[T]]:
    """``function`` over ``payloads`` on the cluster, results in payload order.

    At most a window of tasks is in flight or waiting to be handed back, so memory stays
    bounded however large the run; each result is fetched as soon as it is done, so a worker
    that dies afterwards costs nothing. Keys carry a run id: Dask treats equal keys as equal
    results, and two runs over different inputs must never share one.
    """
    from distributed import as_completed

    run = uuid.uuid4().hex[:12]
    window = _IN_FLIGHT_PER_THREAD * _threads(client)
    queue = iter(range(len(payloads)))
    done = as_completed()
    index_of: dict[Hashable, int] = {}
    ready: dict[int, list[T]] = {}
    next_index = 0

    def top_up() -> None:
        while len(index_of) + len(ready) < window:
            index = next(queue, None)
            if index is None:
                return
            future = client.submit(
                function, payloads[index], key=f"storyline-{label}-{run}-{index}", **shared
            )
            index_of[future.key] = index
            done.add(future)

    top_up()
    for future in done:
        ready[index_of.pop(future.key)] = future.result()
        future.release()
        while next_index in ready:
            yield ready.pop(next_index)
            next_index += 1
        top_up()


def run_distributed(
    sources: Iterable[str | Article],
    options: pipeline.TimelineOptions = _ALL,
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    client: Client | None = None,
    story_list: list[Story] | None = None,
    on_error: ErrorSink | None = None,
    progress: Progress | None = None,
    timings: dict[str, float] | None = None,
) -> Result:
    """``pipeline.run`` on a Dask cluster: the same ``Result`` for the same articles.

    ``sources`` are paths (files, directories, globs, JSONL shards, Parquet files, URLs, ``-``)
    read on the workers, or articles already in memory (from the store), or both. Inputs that
    cannot be read go to ``on_error``; ``story_list`` are stories already known (the
    store's), as for ``pipeline.run``; ``progress`` is told how many articles each finished
    partition held. Without ``client`` or ``scheduler`` a LocalCluster of ``n_workers``
    processes is started for the run. ``timings``, when given, receives the wall seconds of
    each phase (``analyse``, ``link``, ``stories``): where a run spends its time decides
    what more workers can buy, and the scale benchmark reports it (with the client's CPU
seconds of each, under ``PHASE cpu``).
    """
    clock = _Clock(timings)
    with _use(client, scheduler, n_workers) as active:
        documents: list[Document] = []
        partitions = plan(sources, partition_size, _threads(active))
        for part in _ordered_map(active, _analyse_partition, partitions, "analyse"):
            done = _report(part, on_error)
            documents.extend(done)
            if progress is not None:
                progress(len(done))
        clock.lap("analyse")
        # Copies of one text from several sources kept apart, as ``pipeline.run`` keeps them.
        distinct = identity.distinct(d.article for d in documents)
        documents = [replace(documents[i], article=article) for i, article in distinct]
        provenance, found = pipeline.link(documents, options, story_list=story_list)
        clock.lap("link")
        articles = [d.article for d in documents]
        del documents
        finished = _finish(active, found, articles, provenance, options, partition_size)
        clock.lap("stories")
    return Result(articles=articles, provenance=provenance, stories=finished)


def _finish(
    client: Client,
    found: list[Story],
    articles: list[Article],
    provenance: Provenance,
    options: pipeline.TimelineOptions,
    partition_size: int,
) -> list[Story]:
    """Stories finished on the workers, in groups of about ``partition_size`` articles
    (fewer when that would leave worker threads idle).

    The provenance every story needs is sent to each worker once, not with every task.
    """
    by_id = {a.id: a for a in articles}
    target = _balanced(partition_size, sum(len(s.article_ids) for s in found), _threads(client))
    groups: list[list[Story]] = [[]]
    filled = 0
    for story in found:
        if filled >= target:
            groups.append([])
            filled = 0
        groups[-1].append(story)
        filled += len(story.article_ids)
    payloads = []
    for group in filter(None, groups):
        members = dict.fromkeys(i for story in group for i in story.article_ids if i in by_id)
        payloads.append((group, [by_id[i] for i in members]))
    shared = client.scatter(provenance, broadcast=True, hash=False)
    finished: list[Story] = []
    for part in _ordered_map(
        client, _finish_stories, payloads, "stories", provenance=shared, options=options
    ):
        finished.extend(part)
    return finished


def ingest_distributed(
    store: Store,
    sources: Iterable[str],
    client: Client,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_error: ErrorSink | None = None,
    ids: list[str] | None = None,
    progress: Progress | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
) -> IngestReport:
    """Read inputs on the workers and store them from here, a partition at a time.

    The workers do the reading and cleaning; the client is the store's only writer (SQLite
    has one) and writes partitions in input order, so articles get the same store positions
    and ids as with the local engine. The store id of every article read is appended to
    ``ids``.
    """
    report = IngestReport()
    partitions = plan(sources, partition_size, _threads(client), options)
    for part in _ordered_map(client, _read_partition, partitions, "read"):
        articles = _report(part, on_error)
        report.merge(store.add_articles(articles, ids=ids))
        if progress is not None:
            progress(len(articles))
    return report


# Tables of the Parquet output, and the key of each story's rows in the JSON contract.
_STORY_TABLES = {
    "events": "timeline",
    "claims": "claims",
    "contradictions": "contradictions",
    "revisions": "revisions",
    "accounts": "accounts",
}


def write_parquet(result: Result, directory: str | Path) -> list[Path]:
    """The output contract as Parquet tables in ``directory``, one file per kind of row.

    For runs whose JSON document would be too big to open: ``articles``, ``stories``,
    ``events`` (timeline entries), ``claims``, ``contradictions``, ``revisions``,
    ``accounts`` and ``shared_copy``. Rows
    that belong to a story carry its id (``story``) and their place in it (``position``);
    nested fields (evidence, mentions, sides) stay lists of structs, so every field of the
    JSON contract is there and a query engine can read one table without the rest.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from storyline.output import result_dict

    document = result_dict(result)
    tables: dict[str, list[dict[str, Any]]] = {
        "articles": document["articles"],
        "stories": [],
        **{name: [] for name in _STORY_TABLES},
        "shared_copy": document["shared_copy"],
    }
    for story in document["stories"]:
        tables["stories"].append(
            {"id": story["id"], "title": story["title"], "articles": story["articles"]}
        )
        for name, key in _STORY_TABLES.items():
            tables[name].extend(
                {"story": story["id"], "position": position, **row}
                for position, row in enumerate(story[key])
            )
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    metadata = {"storyline_version": document["storyline_version"]}
    written = []
    for name, rows in tables.items():
        table = pa.Table.from_pylist(rows).replace_schema_metadata(metadata)
        pq.write_table(table, target / f"{name}.parquet")
        written.append(target / f"{name}.parquet")
    return written
