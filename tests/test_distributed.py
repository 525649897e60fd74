"""The Dask runner gives the local engine's output, on a real LocalCluster, even when a worker dies.

One cluster (2 worker processes, 1 thread each, loopback only) serves the whole module: it
takes seconds to start. Partitions are kept small so every run spreads over many tasks and
both workers, which is what the equality tests need to mean anything.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from distributed import Client
from distributed.diagnostics.plugin import WorkerPlugin

from storyline import output, pipeline
from storyline.distributed import (
    Failed,
    JsonlSlice,
    ParquetSlice,
    _analyse_partition,
    connect,
    ingest_distributed,
    plan,
    run_distributed,
    write_parquet,
)
from storyline.errors import InputError
from storyline.models import Article, Document
from storyline.readers import read_parquet, read_paths
from storyline.store import Store
from storyline.testing import generate_articles

from helpers import EXAMPLES, run_storyline

SMALL = 7  # articles per partition in these tests: many partitions from a small corpus
GENERATED = 90  # articles in the generated corpus


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with connect(n_workers=2) as shared:
        yield shared


def local(paths: list[str], options: pipeline.TimelineOptions | None = None) -> dict[str, Any]:
    """The reference: the local engine over what the readers read."""
    articles = [r for r in read_paths(paths) if isinstance(r, Article)]
    return output.result_dict(pipeline.run(articles, options or pipeline.TimelineOptions()))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A generated corpus as three JSONL shards, one with a malformed line in it."""
    records = list(generate_articles(GENERATED, seed=8))
    folder = tmp_path_factory.mktemp("generated")
    shards = [folder / f"shard-{n}.jsonl" for n in range(3)]
    for n, shard in enumerate(shards):
        lines = [json.dumps(r) for r in records[n::3]]
        if n == 1:
            lines.insert(5, "{not json")
        shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder)]


@pytest.fixture(scope="module")
def expected(generated: list[str]) -> dict[str, Any]:
    """The local engine's output for the generated corpus, computed once."""
    return local(generated)


def test_plan_cuts_jsonl_into_line_ranges_that_read_like_the_whole_file(tmp_path: Path) -> None:
    shard = tmp_path / "a.jsonl"
    rows = [json.dumps({"id": n, "text": f"Article number {n}."}) for n in range(1, 26)]
    rows[12] = "{broken"
    shard.write_text("\n".join(rows) + "\n", encoding="utf-8")

    partitions = plan([str(shard)], 10)

    slices = [unit for part in partitions for unit in part]
    assert [(s.first_line, s.count) for s in slices if isinstance(s, JsonlSlice)] == [
        (1, 10),
        (11, 10),
        (21, 5),
    ]
    whole = [str(r) if isinstance(r, InputError) else r for r in read_paths([str(shard)])]
    cut = [str(r) if isinstance(r, InputError) else r for s in slices for r in s.read()]
    assert cut == whole
    assert f"{shard}:13: malformed JSON" in " ".join(str(r) for r in cut)


def test_plan_keeps_failures_in_place_and_in_memory_articles_in_chunks(tmp_path: Path) -> None:
    articles = [Article.from_text(f"Story {n} text.", "mem") for n in range(5)]

    partitions = plan([*articles[:3], str(tmp_path / "missing"), *articles[3:]], 2)

    units = [unit for part in partitions for unit in part]
    assert [u.size for u in units] == [2, 1, 0, 2]
    assert isinstance(units[2], Failed)
    assert str(units[2].error()) == f"{tmp_path / 'missing'}: no such file or directory"


def test_parquet_rows_read_like_jsonl_fields_and_slices_by_row_group(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    rows = [
        {"id": str(n), "text": f"Parquet article {n}.", "published": f"2024-05-{n + 1:02d}"}
        for n in range(10)
    ]
    rows[6]["text"] = ""
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=3)

    whole = list(read_parquet(path))
    slices = [u for part in plan([str(path)], 4) for u in part]

    assert all(isinstance(u, ParquetSlice) for u in slices)
    assert [u.row_groups for u in slices] == [(0, 1), (2, 3)]
    cut = [r for s in slices for r in s.read()]
    assert [str(r) if isinstance(r, InputError) else r for r in cut] == [
        str(r) if isinstance(r, InputError) else r for r in whole
    ]
    assert str(whole[6]) == (
        f"{path}:7: record has no article text (its fields: id, text, published;"
        " --field text=NAME names the text field)"
    )
    assert whole[0].published.isoformat() == "2024-05-01"
    assert next(read_parquet(tmp_path / "nope.parquet")).reason.startswith(
        "not a readable Parquet file"
    )


def test_the_local_engine_gives_one_output_whatever_the_process(generated: list[str]) -> None:
    """Engine equality rests on this: workers hash strings with another seed than the client.

    Anything a stage orders by iterating a set (or by ``hash``) comes out in a different
    order in another process, and the two engines would then differ for that reason alone.
    """
    script = (
        "import hashlib, json, sys\n"
        "from storyline import output, pipeline\n"
        "from storyline.models import Article\n"
        "from storyline.readers import read_parquet, read_paths\n"
        "articles = [r for r in read_paths(sys.argv[1:]) if isinstance(r, Article)]\n"
        "document = output.result_dict(pipeline.run(articles))\n"
        "print(hashlib.sha256(json.dumps(document).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script, *generated],
            env=dict(os.environ, PYTHONHASHSEED=seed),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_example_corpus_gives_the_same_output_on_both_engines(client: Client) -> None:
    errors: list[str] = []
    result = run_distributed(
        [str(EXAMPLES)],
        client=client,
        partition_size=SMALL,
        on_error=lambda e: errors.append(str(e)),
    )
    assert output.result_dict(result) == local([str(EXAMPLES)])
    assert result.stories


def test_generated_corpus_gives_the_same_output_on_both_engines(
    client: Client, generated: list[str]
) -> None:
    errors: list[str] = []
    options = pipeline.TimelineOptions(max_dates=5, per_date=2)

    result = run_distributed(
        generated,
        options,
        client=client,
        partition_size=SMALL,
        on_error=lambda e: errors.append(str(e)),
    )

    assert output.result_dict(result) == local(generated, options)
    assert len(result.articles) == GENERATED
    shard = Path(generated[0]) / "shard-1.jsonl"
    expected = "malformed JSON (Expecting property name enclosed in double quotes)"
    assert errors == [f"{shard}:6: {expected}"]


def test_articles_in_memory_give_the_same_output(
    client: Client, generated: list[str], expected: dict[str, Any]
) -> None:
    articles = [r for r in read_paths(generated) if isinstance(r, Article)]
    result = run_distributed(articles, client=client, partition_size=SMALL)
    assert output.result_dict(result) == expected


def test_an_article_dated_by_its_collection_is_resolved_against_that_date(
    client: Client, generated: list[str]
) -> None:
    """The client dates it without resolving; the worker finishing its story resolves it."""
    articles = [r for r in read_paths(generated) if isinstance(r, Article)]
    undated = Article.from_text(
        "The harbour council voted on Monday, Feb. 5, to close the swing bridge for repairs, "
        "officials said on Tuesday. Work on the bridge begins on Feb. 12 and lasts six weeks.",
        "undated.txt",
    )
    articles.append(undated)
    reference = output.result_dict(pipeline.run(copy.deepcopy(articles)))
    result = run_distributed(articles, client=client, partition_size=SMALL)

    assert output.result_dict(result) == reference
    dated = next(a for a in result.articles if a.id == undated.id)
    assert dated.published_inferred and dated.published is not None
    story = next(s for s in result.stories if undated.id in s.article_ids)
    assert any(e.date.startswith(f"{dated.published.year}-02") for e in story.timeline)


def test_analyse_tasks_send_the_client_articles_and_copy_features_only() -> None:
    (partition,) = plan([str(EXAMPLES)], partition_size=1000)
    reduced = [d for d in _analyse_partition(partition) if isinstance(d, Document)]
    assert len(reduced) > 30
    assert all(d.copies is not None and d.copies.size for d in reduced)
    assert not any(d.sentences or d.time_expressions or d.quantities for d in reduced)


class KillOnce(WorkerPlugin):
    """Kills its worker's process when the worker starts the chosen partition of a phase.

    A flag file makes it happen once in the whole cluster: the nanny restarts the worker,
    the plugin is installed on the new one too, and must then leave it alone.
    """

    def __init__(self, flag: str, partition: int, phase: str) -> None:
        self.flag = flag
        self.partition = partition
        self.phase = phase

    def transition(self, key: object, start: str, finish: str, **kwargs: object) -> None:
        name = str(key)
        if finish != "executing" or not name.endswith(f"-{self.partition}"):
            return
        if f"-{self.phase}-" not in name:
            return
        try:
            os.close(os.open(self.flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
        os._exit(1)


@pytest.mark.parametrize(("phase", "partition"), [("analyse", 6), ("stories", 1)])
def test_a_worker_killed_mid_run_changes_nothing(
    client: Client,
    generated: list[str],
    expected: dict[str, Any],
    tmp_path: Path,
    phase: str,
    partition: int,
) -> None:
    flag = tmp_path / "killed"
    before = set(client.run(os.getpid).values())
    client.register_plugin(KillOnce(str(flag), partition, phase), name="kill-once")
    try:
        result = run_distributed(generated, client=client, partition_size=SMALL)
    finally:
        client.unregister_worker_plugin("kill-once")
    client.wait_for_workers(2)

    assert flag.exists()  # a worker did die, in the middle of the phase's partitions
    assert set(client.run(os.getpid).values()) != before
    assert output.result_dict(result) == expected


def test_ingest_stores_what_the_local_ingest_stores(
    client: Client, generated: list[str], tmp_path: Path
) -> None:
    errors: list[str] = []
    ids: list[str] = []
    with Store(tmp_path / "dask.db") as store:
        report = ingest_distributed(
            store,
            generated,
            client,
            partition_size=SMALL,
            ids=ids,
            on_error=lambda e: errors.append(str(e)),
        )
        stored = store.articles()
    with Store(tmp_path / "local.db") as store:
        store.add_articles(r for r in read_paths(generated) if isinstance(r, Article))
        expected = store.articles()

    assert stored == expected
    assert ids == [a.id for a in expected]
    assert (report.new, report.existing, len(errors)) == (GENERATED, 0, 1)


def test_parquet_ingests_alike_on_both_engines(client: Client, tmp_path: Path) -> None:
    """A Parquet file, named or found in a directory, is read by the same reader on both."""
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [
        {"id": str(n), "text": f"Parquet article {n} about the Esk flood.", "title": f"T{n}"}
        for n in range(5)
    ]
    pq.write_table(pa.Table.from_pylist(rows), folder / "articles.parquet", row_group_size=2)
    for source in (str(folder / "articles.parquet"), str(folder)):
        with Store(tmp_path / "dask.db") as store:
            ingest_distributed(store, [source], client, partition_size=SMALL)
            on_dask = store.articles()
        (tmp_path / "dask.db").unlink()
        local_read = [r for r in read_paths([source]) if isinstance(r, Article)]
        assert [a.title for a in on_dask] == [f"T{n}" for n in range(5)]
        assert on_dask == local_read


def test_parquet_without_pyarrow_is_one_error_naming_the_extra(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist([{"text": "One article."}]), path)
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"  # as when the dask extra is missing
        "from pathlib import Path\n"
        "from storyline.readers import read_file\n"
        f"print(*read_file(Path({str(path)!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"{path}: reading Parquet needs pyarrow: pip install 'storyline[dask]'"
    )


def test_parquet_output_holds_the_json_contract(tmp_path: Path) -> None:
    articles = [r for r in read_paths([str(EXAMPLES)]) if isinstance(r, Article)]
    result = pipeline.run(articles)
    document = output.result_dict(result)

    write_parquet(result, tmp_path / "out")

    def rows(name: str) -> list[dict[str, object]]:
        return pq.read_table(tmp_path / "out" / f"{name}.parquet").to_pylist()

    assert rows("articles") == document["articles"]
    assert [s["id"] for s in rows("stories")] == [s["id"] for s in document["stories"]]
    events = rows("events")
    assert [{k: v for k, v in e.items() if k not in ("story", "position")} for e in events] == [
        entry for story in document["stories"] for entry in story["timeline"]
    ]
    revised = [r for story in document["stories"] for r in story["revisions"]]
    assert revised  # the examples' ships at anchor and evacuees
    assert [
        {k: v for k, v in r.items() if k not in ("story", "position")} for r in rows("revisions")
    ] == revised
    meta = pq.read_schema(tmp_path / "out" / "articles.parquet").metadata
    assert meta[b"storyline_version"] == document["storyline_version"].encode()


def test_cli_ingest_and_timeline_of_the_store_match_the_local_engine(tmp_path: Path) -> None:
    """Through the command: ingest on the cluster, then the store's timeline (its stories)."""
    printed = {}
    for engine in ("dask", "local"):
        db = str(tmp_path / f"{engine}.db")
        ingested = run_storyline("ingest", str(EXAMPLES), "--engine", engine, "--db", db)
        assert ingested.returncode == 0, ingested.stderr
        shown = run_storyline(
            "timeline", "--format", "json", "--quiet", "--engine", engine, "--db", db
        )
        assert shown.returncode == 0, shown.stderr
        with Store(db) as store:
            stored = store.articles()
        printed[engine] = (ingested.stdout, stored, json.loads(shown.stdout))
    assert printed["dask"] == printed["local"]
