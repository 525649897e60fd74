"""The ``storyline`` command: a thin layer over the library.

Every command reads its inputs through ``storyline.readers``, keeps them in the store, and
calls the same pipeline functions the web app calls. Errors in inputs are printed one line
each as ``storyline: PATH[:LINE]: reason`` on stderr; the exit status is 1 if any input
failed and 2 for usage errors, and a person never sees a traceback.
"""

from __future__ import annotations

import json
import os
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
from storyline.errors import InputError, StorylineError, UsageError
from storyline.models import Article
from storyline.readers import read_paths
from storyline.store import DEFAULT_DB, IngestReport, Store

if TYPE_CHECKING:
    from distributed import Client

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn a pile of news articles into dated, source-attributed story timelines.",
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(no_args_is_help=True, help="Score storyline on the benchmark data sets.")
app.add_typer(eval_app, name="eval")

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite store.", envvar="STORYLINE_DB")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")]


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
    """Counts the failures a command reported, to choose its exit status."""

    failed = 0


def report(error: InputError) -> None:
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
) -> IngestReport:
    """Read and store, streaming; the id of every article read is appended to ``ids``."""
    with progress_bar("ingest", None, quiet) as advance:
        if client is not None:
            from storyline.distributed import ingest_distributed

            return ingest_distributed(
                store, paths, client, on_error=report, ids=ids, progress=advance
            )

        def counted() -> Iterator[Article]:
            for article in _articles(read_paths(paths)):
                if ids is not None:
                    ids.append(article.id)
                advance()
                yield article

        return store.add_articles(counted())


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
) -> None:
    """Read articles into the store and fold them into its stories.

    Re-ingesting the same content changes nothing. ``--no-stories`` skips the story update
    for bulk loads; the next ``storyline stories`` or ``timeline`` catches up.
    """
    from storyline.catalog import update_stories

    with engine_client(engine, scheduler) as client, Store(db) as store:
        outcome = ingest_paths(store, paths, quiet, client=client)
        stories_known = None if no_stories else len(update_stories(store).stories())
    stdout.print(f"new {outcome.new}, already stored {outcome.existing}, failed {RunState.failed}")
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

    with Store(db) as store:
        clusterer = update_stories(store)
        outlets = store.sources()
    rows = clusterer.summaries()
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
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
) -> None:
    """List the stored articles."""
    with Store(db) as store:
        rows = store.articles()[:limit] if limit else store.articles()
    if output_format is TableFormat.json:
        from storyline.output import article_dict

        print(json.dumps([article_dict(a, None) for a in rows], ensure_ascii=False, indent=2))
        return
    table = Table("id", "published", "outlet", "title / origin")
    for a in rows:
        when = a.published.isoformat() if a.published else "-"
        table.add_row(
            a.id, when + ("*" if a.published_inferred else ""), a.outlet or "-", a.title or a.origin
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
    max_dates: Annotated[int | None, typer.Option(help="Dates per story at most.")] = None,
    sentences_per_date: Annotated[int, typer.Option(help="Summary sentences per date.")] = 1,
    story: Annotated[str | None, typer.Option(help="Only this story (id or id prefix).")] = None,
    since: Annotated[str | None, typer.Option(help="Entries on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Entries on or before YYYY-MM-DD.")] = None,
    quiet: QuietOption = False,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
) -> None:
    """Ingest PATHs and print every story's timeline, with evidence and disagreements.

    With ``--out NAME.parquet`` the result is written as Parquet tables in that directory.
    """
    since_day, until_day = _parse_day(since, "--since"), _parse_day(until, "--until")
    from storyline import output, pipeline
    from storyline.catalog import update_stories

    options = pipeline.TimelineOptions(
        max_dates=max_dates,
        sentences_per_date=sentences_per_date,
        story=story,
        since=since_day,
        until=until_day,
    )
    with engine_client(engine, scheduler) as client, Store(db) as store:
        known = None  # PATHs given: cluster them afresh; none: the store's own stories
        if paths:
            ids: list[str] = []
            ingest_paths(store, paths, quiet, ids, client)
            chosen = store.articles(dict.fromkeys(ids))
        else:
            known = update_stories(store).stories()
            chosen = store.articles()
        with progress_bar("analyse", len(chosen), quiet) as advance:
            if client is None:
                result = pipeline.run(chosen, options, story_list=known, progress=advance)
            else:
                from storyline.distributed import run_distributed

                result = run_distributed(
                    chosen, options, client=client, story_list=known, progress=advance
                )
        store.update_articles(result.articles)
    if out is not None and out.suffix == ".parquet":
        from storyline.distributed import write_parquet

        write_parquet(result, out)
        if not quiet:
            stderr.print(f"wrote {out}")
        return
    rendered = output.RENDERERS[output_format.value](result)
    if out is None:
        sys.stdout.write(rendered)
    else:
        out.write_text(rendered, encoding="utf-8")
        if not quiet:
            stderr.print(f"wrote {out}")


@app.command()
def dates(
    source: Annotated[str, typer.Argument(help="A text file, or - for stdin.")],
    dct: Annotated[
        str | None, typer.Option("--dct", help="Reference date YYYY-MM-DD (publication date).")
    ] = None,
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.table,
) -> None:
    """Show how a text's time expressions were read: offsets, text, type, value."""
    from storyline import timex

    reference = _parse_day(dct, "--dct")
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid UTF-8 (byte at offset {exc.start})") from None
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
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
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

    interval = parse_every(every)
    settings = FollowSettings(tuple(follow_sources), interval) if follow_sources else None
    serve_app(db, host, port, token, settings)


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


@eval_app.command("timex")
def eval_timex(
    directory: Annotated[Path, typer.Argument(help="Directory of TimeML .tml files.")],
    output_format: FormatOption = TableFormat.table,
) -> None:
    """TempEval-3 extent, value and type scores of the temporal tagger."""
    from storyline.evaluation import timex as timex_eval

    print_scores(timex_eval.evaluate(_existing_dir(directory)), output_format, "time expressions")


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
) -> None:
    """Story clustering scores: pairwise and BCubed precision, recall, F1."""
    from storyline.evaluation import clusters

    if not path.exists():
        raise InputError(str(path), "no such file or directory")
    print_scores(clusters.evaluate(path, form=form.value), output_format, "stories")


@eval_app.command("claims")
def eval_claims(
    path: Annotated[
        Path | None, typer.Argument(help="Labelled pairs (JSONL); default: the shipped set.")
    ] = None,
    output_format: FormatOption = TableFormat.table,
) -> None:
    """Contradiction detection scores on labelled sentence pairs."""
    from storyline.evaluation import claims

    if path is not None and not path.exists():
        raise InputError(str(path), "no such file or directory")
    print_scores(claims.evaluate(path), output_format, "contradictions")


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
