"""The ``storyline`` command: a thin layer over the library.

Every command reads its inputs through ``storyline.readers``, keeps them in the store, and
calls the same pipeline functions the web app calls. Errors in inputs are printed one line
each as ``storyline: PATH[:LINE]: reason`` on stderr; the exit status is 1 if any input
failed and 2 for usage errors, and a person never sees a traceback.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline import __version__
from storyline.errors import InputError, InputWarning, StorylineError, UsageError
from storyline.models import Article, Story
from storyline.readers import DEFAULT_OPTIONS, ReadOptions, read_paths
from storyline.store import DEFAULT_DB, IngestReport, Store

if TYPE_CHECKING:
    from distributed import Client

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn a pile of news articles into dated, source-attributed story timelines.",
    pretty_exceptions_enable=False,
    context_settings=HELP_OPTIONS,
)
eval_app = typer.Typer(
    no_args_is_help=True,
    help="Score storyline on the benchmark data sets.",
    context_settings=HELP_OPTIONS,
)
app.add_typer(eval_app, name="eval")


def _version(value: bool) -> None:
    if value:
        print(f"storyline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn a pile of news articles into dated, source-attributed story timelines."""

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite store.", envvar="STORYLINE_DB")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding", help="Read inputs in this encoding (default: detected; UTF-8 first)."
    ),
]
FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="NAME=FIELD: read the article's NAME (text, title, published, outlet, url, id)"
        " from this record field (a dotted path for nested ones); repeatable.",
    ),
]


def read_options(encoding: str | None, fields: list[str] | None) -> ReadOptions:
    """What ``--encoding`` and ``--field`` ask of the readers (usage errors for bad ones)."""
    from storyline.decoding import codec
    from storyline.records import FieldMap

    return ReadOptions(
        encoding=codec(encoding) if encoding else None, fields=FieldMap.parse(fields or [])
    )


def open_store(db: Path) -> Store:
    """The store a reading command reads: it must exist (a mistyped --db is not a new one)."""
    return Store(db, create=False)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


EngineOption = Annotated[
    Engine, typer.Option("--engine", help="Run here, or on a Dask cluster (docs/cluster.md).")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Dask scheduler address; none = a LocalCluster on this machine.",
        envvar="STORYLINE_SCHEDULER",
    ),
]


@contextmanager
def engine_client(engine: Engine, scheduler: str | None) -> Iterator[Client | None]:
    """A Dask client for ``--engine dask``, None for the local engine."""
    if engine is Engine.local:
        if scheduler is not None:
            raise UsageError("--scheduler needs --engine dask")
        yield None
        return
    from storyline.distributed import connect

    with connect(scheduler) as client:
        yield client


class TimelineFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


class TableFormat(StrEnum):
    table = "table"
    json = "json"


class RunState:
    """Counts the failures (and warnings) a command reported, to choose its exit status."""

    failed = 0
    warned = 0


def report(error: InputError) -> None:
    """Say what went wrong with an input in one line; a warning does not fail the run."""
    if isinstance(error, InputWarning):
        RunState.warned += 1
    else:
        RunState.failed += 1
    stderr.print(f"storyline: {error}", markup=False)


@contextmanager
def progress_bar(label: str, total: int | None, quiet: bool) -> Iterator[Callable[..., None]]:
    """A rich progress bar on a terminal; nothing when piped or quiet."""
    if quiet or not sys.stderr.isatty():
        yield lambda n=1: None
        return
    columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n=1: bar.advance(task, n)


def _articles(results: Iterable[Article | InputError]) -> Iterator[Article]:
    for result in results:
        if isinstance(result, InputError):
            report(result)
        else:
            yield result


def ingest_paths(
    store: Store,
    paths: list[str],
    quiet: bool,
    ids: list[str] | None = None,
    client: Client | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
) -> IngestReport:
    """Read and store, streaming; the store id of every article read is appended to ``ids``."""
    with progress_bar("ingest", None, quiet) as advance:
        if client is not None:
            from storyline.distributed import ingest_distributed

            return ingest_distributed(
                store, paths, client, on_error=report, ids=ids, progress=advance, options=options
            )

        def counted() -> Iterator[Article]:
            for article in _articles(read_paths(paths, options)):
                advance()
                yield article

        return store.add_articles(counted(), ids=ids)


def summary_line(outcome: IngestReport) -> str:
    """``new N, already stored N[ (N updated)], failed N[, warnings N]``."""
    existing = f"already stored {outcome.existing}"
    if outcome.updated:
        existing += f" ({outcome.updated} updated)"
    line = f"new {outcome.new}, {existing}, failed {RunState.failed}"
    return line + (f", warnings {RunState.warned}" if RunState.warned else "")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs or -.")],
    db: DbOption = Path(DEFAULT_DB),
    quiet: QuietOption = False,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    no_stories: Annotated[
        bool, typer.Option("--no-stories", help="Skip the story update.")
    ] = False,
    encoding: EncodingOption = None,
    field: FieldOption = None,
) -> None:
    """Read articles into the store and fold them into its stories.

    Every article is kept: re-ingesting an input changes nothing but the fields it fills in,
    and another outlet's copy of a stored text is stored too, marked as a duplicate
    (docs/input.md). ``--no-stories`` skips the story update for bulk loads; the next
    ``storyline stories`` or ``timeline`` catches up.
    """
    from storyline.catalog import update_stories

    options = read_options(encoding, field)
    with engine_client(engine, scheduler) as client, Store(db) as store:
        outcome = ingest_paths(store, paths, quiet, client=client, options=options)
        stories_known = None if no_stories else len(update_stories(store).first_members())
    stdout.print(summary_line(outcome))
    if stories_known is not None:
        stdout.print(f"stories {stories_known}")


SourcesArgument = Annotated[
    list[str],
    typer.Argument(help="Feed URLs, files listing feed URLs one a line, or OPML files."),
]
EveryOption = Annotated[
    str, typer.Option("--every", help="Time between polls: 30s, 15m, 2h.", show_default=True)
]


@app.command()
def follow(
    sources: SourcesArgument,
    db: DbOption = Path(DEFAULT_DB),
    every: EveryOption = "15m",
    once: Annotated[
        bool, typer.Option("--once", help="Poll each source once and exit (for cron).")
    ] = False,
    delay: Annotated[
        float, typer.Option(min=0.0, help="Seconds between two requests to one host.")
    ] = 1.0,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds a request may take, its answer included.")
    ] = 20.0,
) -> None:
    """Poll RSS/Atom feeds, fetch the pages their items link to, fold them into the stories.

    Each poll prints one line: sources polled, not modified, failed, new items, stories
    changed. Without ``--once`` it polls every ``--every`` until SIGINT or SIGTERM, and
    stops between items.
    """
    import signal
    import threading

    from storyline.follow import Follower, Politeness, parse_every

    interval = parse_every(every)
    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        if stop.is_set():  # asked twice: stop now
            raise KeyboardInterrupt
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    with Store(db) as store:
        follower = Follower(
            store,
            sources,
            policy=Politeness(delay=delay, timeout=timeout),
            stop=stop,
            on_error=report,
            on_notice=lambda notice: stderr.print(f"storyline: {notice}", markup=False),
        )
        follower.run(
            None if once else interval,
            lambda summary: stdout.print(summary.line(), markup=False),
        )


@app.command()
def stories(
    db: DbOption = Path(DEFAULT_DB),
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """List the stories in the store: title, why its articles are one story, first and last
    date, articles and outlets."""
    from storyline.catalog import update_stories

    with open_store(db) as store:
        clusterer = update_stories(store)
        outlets = store.sources()
    rows = clusterer.summaries()
    if not rows:
        stderr.print(f"storyline: {db} holds no articles", markup=False)
    for row, story in zip(rows, clusterer.stories(), strict=True):
        row["outlets"] = len({outlets[i] for i in story.article_ids if i in outlets})
    if output_format is TableFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("id", "title (and why it is one story)", "first", "last", "articles", "outlets")
    for row in rows:
        table.add_row(
            row["id"],
            f"{escape(row['title'])}\n[dim]{escape(row['why'])}[/dim]" if row["why"]
            else escape(row["title"]),
            row["first"] or "-",
            row["last"] or "-",
            str(row["articles"]),
            str(row["outlets"]),
        )
    stdout.print(table)


@app.command()
def articles(
    db: DbOption = Path(DEFAULT_DB),
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many.")] = None,
) -> None:
    """List the stored articles (a copy of another outlet's text shows the id of the first
    stored copy under "copy of")."""
    with open_store(db) as store:
        rows = store.articles_page(limit) if limit else store.articles()
    if not rows:
        stderr.print(f"storyline: {db} holds no articles", markup=False)
    if output_format is TableFormat.json:
        from storyline.output import article_dict

        dicts = [article_dict(a, a.duplicate_of) for a in rows]
        print(json.dumps(dicts, ensure_ascii=False, indent=2))
        return
    table = Table("id", "published", "outlet", "title / origin", "copy of")
    for a in rows:
        when = a.published.isoformat() if a.published else "-"
        table.add_row(
            a.id,
            when + ("*" if a.published_inferred else ""),
            a.outlet or "-",
            a.title or a.origin,
            a.duplicate_of or "",
        )
    stdout.print(table)


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} wants a date as YYYY-MM-DD, not {value!r}") from None


@app.command()
def timeline(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Inputs to ingest first; none = the whole store.")
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    output_format: Annotated[TimelineFormat, typer.Option("--format")] = TimelineFormat.text,
    out: Annotated[Path | None, typer.Option("--out", help="Write here, not stdout.")] = None,
    max_dates: Annotated[
        int | None,
        typer.Option(
            min=1, help="Show the best events of this many dates (default: every key event)."
        ),
    ] = None,
    per_date: Annotated[
        int | None, typer.Option(min=1, help="Entries per date at most.")
    ] = None,
    story: Annotated[str | None, typer.Option(help="Only this story (id or id prefix).")] = None,
    since: Annotated[str | None, typer.Option(help="Entries on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Entries on or before YYYY-MM-DD.")] = None,
    quiet: QuietOption = False,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    encoding: EncodingOption = None,
    field: FieldOption = None,
) -> None:
    """Ingest PATHs and print every story's timeline, with evidence and disagreements.

    With ``--out NAME.parquet`` the result is written as Parquet tables in that directory.
    """
    since_day, until_day = _parse_day(since, "--since"), _parse_day(until, "--until")
    if since_day and until_day and since_day > until_day:
        raise UsageError(f"--since {since} is after --until {until}: no entry can match")
    _check_writable(out)
    reading = read_options(encoding, field)
    from storyline import output, pipeline
    from storyline.catalog import update_stories

    options = pipeline.TimelineOptions(
        max_dates=max_dates,
        per_date=per_date,
        story=story,
        since=since_day,
        until=until_day,
    )
    with engine_client(engine, scheduler) as client, Store(db, create=bool(paths)) as store:
        known = None  # PATHs given: cluster them afresh; none: the store's own stories
        if paths:
            ids: list[str] = []
            ingest_paths(store, paths, quiet, ids, client, reading)
            chosen = store.articles(dict.fromkeys(ids))
        else:
            known = update_stories(store).stories()
            chosen = store.articles()
        if not chosen:
            raise StorylineError("no articles to make a timeline of" if paths else
                                 f"{db} holds no articles")
        if story is not None and known is not None:
            _pick_story(known, story)
        with progress_bar("analyse", len(chosen), quiet) as advance:
            if client is None:
                documents = []
                for article in chosen:
                    documents.append(pipeline.analyse(article))
                    advance()
            else:
                from storyline.distributed import run_distributed

                result = run_distributed(
                    chosen, options, client=client, story_list=known, progress=advance
                )
        if client is None:
            with progress_bar("stories", None, quiet) as advance:
                result = pipeline.assemble(documents, options, story_list=known, progress=advance)
        store.update_articles(result.articles)
    if story is not None:
        _pick_story(result.stories, story)
    if out is not None and out.suffix == ".parquet":
        from storyline.distributed import write_parquet

        write_parquet(result, out)
        if not quiet:
            stderr.print(f"wrote {out}")
        return
    rendered = output.RENDERERS[output_format.value](result)
    if out is None:
        sys.stdout.write(rendered)
        return
    try:
        out.write_text(rendered, encoding="utf-8")
    except OSError as exc:
        raise InputError(str(out), f"cannot write: {exc.strerror or exc}") from None
    if not quiet:
        stderr.print(f"wrote {out}")


def _check_writable(out: Path | None) -> None:
    """Refuse an ``--out`` that cannot be written before any work is done for it."""
    if out is None:
        return
    folder = out.parent
    if not folder.is_dir():
        raise UsageError(f"--out {out}: no directory {folder}")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise UsageError(f"--out {out}: not writable")
    if out.is_dir() and out.suffix != ".parquet":
        raise UsageError(f"--out {out}: a directory, not a file")


def _pick_story(found: list[Story], wanted: str) -> None:
    """Fail with a line naming the story asked for when ``--story`` matches none."""
    if not any(s.id == wanted or s.id.startswith(wanted) for s in found):
        raise StorylineError(f"no story {wanted!r} (`storyline stories` lists them)")


@app.command()
def dates(
    source: Annotated[str, typer.Argument(help="A text file, or - for stdin.")],
    dct: Annotated[
        str | None, typer.Option("--dct", help="Reference date YYYY-MM-DD (publication date).")
    ] = None,
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
    encoding: EncodingOption = None,
) -> None:
    """Show how a text's time expressions were read: offsets, text, type, value."""
    from storyline import timex
    from storyline.decoding import codec, decode

    reference = _parse_day(dct, "--dct")
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    text = decode(data, source, codec(encoding) if encoding else None)
    if isinstance(text, InputError):
        raise text
    found = timex.tag(text, reference)
    rows: list[dict[str, Any]] = [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        for t in found
    ]
    if output_format is TableFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("start", "end", "text", "type", "value")
    for row in rows:
        table.add_row(str(row["start"]), str(row["end"]), row["text"], row["type"], row["value"])
    stdout.print(table)


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Bearer token for writes; without it writes work only on a loopback address.",
            envvar="STORYLINE_TOKEN",
        ),
    ] = None,
    follow_sources: Annotated[
        list[str] | None,
        typer.Option(
            "--follow",
            help="Follow this source while serving, as `storyline follow` does (repeatable).",
        ),
    ] = None,
    every: EveryOption = "15m",
) -> None:
    """Serve the stories as web pages and a JSON API (docs at /docs)."""
    from storyline.follow import FollowSettings, parse_every
    from storyline.web import serve as serve_app

    if not db.exists():
        stderr.print(f"storyline: {db}: no such store, starting a new one", markup=False)
    interval = parse_every(every)
    settings = FollowSettings(tuple(follow_sources), interval) if follow_sources else None
    serve_app(db, host, port, token, settings)


@app.command()
def rm(
    ids: Annotated[
        list[str] | None, typer.Argument(help="Article ids (or unique id prefixes).")
    ] = None,
    query: Annotated[
        str | None,
        typer.Option("--query", help="Every article whose title or text has all these words."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be removed, remove nothing.")
    ] = False,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Remove articles from the store; their stories are computed again without them.

    A removed article's copies stay (the first of them becomes the original of the rest).
    """
    from storyline.catalog import remove_articles, update_stories

    if not ids and query is None:
        raise UsageError("name the articles to remove: IDs, or --query WORDS")
    with open_store(db) as store:
        chosen = [_article_id(store, wanted) for wanted in ids or []]
        if query is not None:
            chosen += _matching(store, query)
        if dry_run:
            for article in store.articles(chosen):
                stdout.print(f"{article.id}  {article.title or article.origin}", markup=False)
            stdout.print(f"would remove {len(set(chosen))}")
            return
        removed = remove_articles(store, chosen)
        known = len(update_stories(store).first_members())
    stdout.print(f"removed {len(removed)}")
    stdout.print(f"stories {known}")


@app.command("set")
def set_fields(
    article: Annotated[str, typer.Argument(help="Article id (or a unique id prefix).")],
    title: Annotated[str | None, typer.Option(help="Headline; '' clears it.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Publisher; '' clears it.")] = None,
    url: Annotated[str | None, typer.Option(help="Address; '' clears it.")] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date YYYY-MM-DD; '' clears it (it is inferred again)."),
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Correct a stored article's title, outlet, URL or publication date; its story is
    computed again with the new values."""
    from dataclasses import replace

    from storyline.catalog import update_stories

    changes: dict[str, Any] = {
        name: value or None
        for name, value in (("title", title), ("outlet", outlet), ("url", url))
        if value is not None
    }
    if published is not None:
        changes["published"] = _parse_day(published, "--published") if published else None
        changes["published_inferred"] = False
    if not changes:
        raise UsageError("nothing to set: give --title, --outlet, --url or --published")
    with open_store(db) as store:
        stored = store.get_article(_article_id(store, article))
        assert stored is not None  # _article_id found it
        store.set_fields(replace(stored, **changes))
        update_stories(store)
    named = sorted(changes.keys() - {"published_inferred"})
    stdout.print(f"updated {stored.id}: {', '.join(named)}")


def _article_id(store: Store, wanted: str) -> str:
    """The id of the stored article ``wanted`` names (an id or a unique prefix of one)."""
    found = store.resolve_id(wanted)
    if not found:
        raise StorylineError(f"no article {wanted!r} (`storyline articles` lists them)")
    if len(found) > 1:
        raise UsageError(f"{wanted!r} is the start of several article ids: give more of it")
    return found[0]


def _matching(store: Store, query: str) -> list[str]:
    from storyline.web.search import fts_query

    match = fts_query(query)
    if match is None:
        raise UsageError("--query needs words")
    return store.matching(match)


def print_scores(scores: dict, output_format: TableFormat, title: str) -> None:
    """An evaluation's metrics: JSON for machines, or a table of the overall figures."""
    if output_format is TableFormat.json:
        print(json.dumps(scores, ensure_ascii=False, indent=2))
        return
    table = Table(title=title, show_header=True)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in scores["overall"].items():
        table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    stdout.print(table)


FormatOption = Annotated[TableFormat, typer.Option("--format")]


class SplitChoice(StrEnum):
    dev = "dev"
    test = "test"
    all = "all"


SplitOption = Annotated[
    SplitChoice,
    typer.Option(help="Which half: dev (rules are tuned on it), test (only scored) or all."),
]


@eval_app.command("timex")
def eval_timex(
    directory: Annotated[Path, typer.Argument(help="Directory of TimeML .tml files.")],
    output_format: FormatOption = TableFormat.table,
    split: SplitOption = SplitChoice.all,
) -> None:
    """TempEval-3 extent, value and type scores of the temporal tagger."""
    from storyline.evaluation import timex as timex_eval

    scores = timex_eval.evaluate(_existing_dir(directory), split=split.value)
    print_scores(scores, output_format, f"time expressions ({split.value})")


@eval_app.command("dates")
def eval_dates(
    directory: Annotated[Path, typer.Argument(help="Dated articles in the news-tls layout.")],
    output_format: FormatOption = TableFormat.table,
    split: SplitOption = SplitChoice.all,
) -> None:
    """Publication dates inferred back from the text, the articles' own dates hidden."""
    from storyline.evaluation import dates as dates_eval

    scores = dates_eval.evaluate(_existing_dir(directory), split=split.value)
    print_scores(scores, output_format, f"publication dates ({split.value})")


@eval_app.command("tls")
def eval_tls(
    directory: Annotated[Path, typer.Argument(help="A dataset in the news-tls layout.")],
    output_format: FormatOption = TableFormat.table,
    topics: Annotated[
        str | None, typer.Option(help="Only these topics, comma-separated (e.g. egypt,mj).")
    ] = None,
    rouge: Annotated[
        str, typer.Option(help="Tokenisation: 'perl' (as ROUGE-1.5.5) or 'reimpl' (as tilse).")
    ] = "perl",
) -> None:
    """Timeline summarisation scores (news-tls protocol): alignment ROUGE, Date-F1."""
    from storyline import text
    from storyline.evaluation import tls

    tokenisers = {"perl": text.rouge_tokens, "reimpl": text.reimpl_tokens}
    if rouge not in tokenisers:
        raise UsageError(f"--rouge is 'perl' or 'reimpl', not {rouge!r}")
    chosen = [t.strip() for t in topics.split(",") if t.strip()] if topics else None
    scores = tls.evaluate(_existing_dir(directory), chosen, tokeniser=tokenisers[rouge])
    print_scores(scores, output_format, "timelines")


class ArticleForm(StrEnum):
    """How the labelled articles are given to the clusterer (see evaluation.clusters)."""

    full = "full"
    headline = "headline"
    feed = "feed"
    mixed = "mixed"


class ClusterSplit(StrEnum):
    """The gold stories ``eval clusters`` scores (see evaluation.clusters.in_split)."""

    dev = "dev"
    test = "test"
    all = "all"
    held_out = "held-out"


@eval_app.command("clusters")
def eval_clusters(
    path: Annotated[Path, typer.Argument(help="Labelled articles (giveme5w1h layout).")],
    form: Annotated[
        ArticleForm,
        typer.Option(
            help="full texts, headlines alone, feed items (headline and description) or a"
            " mixed pile of the three."
        ),
    ] = ArticleForm.full,
    output_format: FormatOption = TableFormat.table,
    split: Annotated[
        ClusterSplit,
        typer.Option(
            help="Gold stories scored: dev (settings are chosen on it), test, all (the two;"
            " the default) or held-out (giveme5w1h's events 60 and above, never in the"
            " others: scored once, when settings are fixed)."
        ),
    ] = ClusterSplit.all,
) -> None:
    """Story clustering scores: pairwise and BCubed precision, recall, F1."""
    from storyline.evaluation import clusters

    if not path.exists():
        raise InputError(str(path), "no such file or directory")
    scores = clusters.evaluate(path, form=form.value, split=split.value)
    print_scores(scores, output_format, f"stories ({split.value})")


DEFAULT_GOLD = Path("gold/stories")
GoldSplitOption = Annotated[
    str, typer.Option(help="The gold stories of one split (dev, test, examples) or all.")
]
SharedOption = Annotated[
    Path, typer.Option(help="The shared data folder the gold stories' corpora live in.")
]


@eval_app.command("claims")
def eval_claims(
    path: Annotated[
        Path | None, typer.Argument(help="Labelled pairs (JSONL); default: the shipped set.")
    ] = None,
    output_format: FormatOption = TableFormat.table,
    gold: Annotated[
        Path,
        typer.Option(
            help="Folder of gold stories whose disagreements are scored too (skipped when the "
            "default folder or the shared data is not there)."
        ),
    ] = DEFAULT_GOLD,
    split: GoldSplitOption = "all",
    shared: SharedOption = Path("../shared"),
) -> None:
    """Contradiction detection scores on labelled sentence pairs, and disagreements found
    and real on the gold stories (per split, beside the pairs' figures)."""
    from storyline.evaluation import claims, disagreements
    from storyline.evaluation import stories as stories_eval

    if path is not None and not path.exists():
        raise InputError(str(path), "no such file or directory")
    scores = claims.evaluate(path)
    if gold != DEFAULT_GOLD or (gold.is_dir() and shared.is_dir()):
        found = disagreements.evaluate(
            _existing_dir(gold), stories_eval.storyline, shared=shared, split=split
        )
        scores["overall"].update(disagreements.flat(found))
        scores["stories"] = found
    print_scores(scores, output_format, "contradictions")


@eval_app.command("stories")
def eval_stories(
    directory: Annotated[Path, typer.Argument(help="Folder of gold stories (JSON).")],
    output_format: FormatOption = TableFormat.table,
    split: GoldSplitOption = "all",
    shared: SharedOption = Path("../shared"),
    without_dates: Annotated[
        bool,
        typer.Option(
            "--without-dates",
            help="Give storyline every article without its publication date (lead-3 keeps "
            "them).",
        ),
    ] = False,
) -> None:
    """Story timelines against an editor's key events: events found, entries on target,
    beside the lead-3 baseline."""
    from storyline.evaluation import stories as stories_eval

    system: stories_eval.System = stories_eval.storyline
    if without_dates:
        system = stories_eval.without_dates(system)
    scores = stories_eval.evaluate(_existing_dir(directory), system, shared=shared, split=split)
    print_scores(scores, output_format, "story timelines")


def _existing_dir(directory: Path) -> Path:
    if not directory.is_dir():
        raise InputError(str(directory), "not a directory")
    return directory


def main() -> None:
    """Entry point: run the app, turning storyline errors into one line and a status."""
    try:
        app()  # standalone: Click reports its own usage errors (exit 2) and calls sys.exit
    except SystemExit as exc:
        if exc.code in (0, None) and RunState.failed:
            sys.exit(1)
        raise
    except UsageError as exc:
        stderr.print(f"storyline: {exc}", markup=False)
        sys.exit(2)
    except StorylineError as exc:
        stderr.print(f"storyline: {exc}", markup=False)
        sys.exit(1)
    except sqlite3.DatabaseError as exc:  # a store damaged after it was opened
        stderr.print(
            f"storyline: the store cannot be read ({exc}): restore it from a copy, or ingest"
            " into a new one",
            markup=False,
        )
        sys.exit(1)
    except KeyboardInterrupt:
        stderr.print("storyline: interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug, not bad input: still one line unless asked for more
        if os.environ.get("STORYLINE_DEBUG"):
            raise
        stderr.print(f"storyline: internal error: {exc!r} (STORYLINE_DEBUG=1 shows more)")
        sys.exit(70)


if __name__ == "__main__":
    main()

__all__ = ["__version__", "app", "main"]
