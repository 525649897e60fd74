"""Scale benchmark: the pipeline on generated corpora of 50k-200k articles, 1 and 2 workers.

Why: a newsroom's archive is millions of articles. Before pointing storyline at a cluster a
person needs to know how its cost grows with the corpus and what another worker buys, so
this measures wall time (per phase) and peak memory on a LocalCluster and projects, from
those figures alone, what 10 million articles would need.

Each measurement runs in a fresh process (this script calling itself with ``--one``), so one
run's memory never inflates the next. Peak memory and CPU time are sampled every 0.2 s over
the whole process tree (client and scheduler in the parent, a nanny and a process per
worker) and for the client alone, which holds the articles and their copy features for
the cross-article stages.

    python benchmarks/scale.py                        # 50k, 100k, 200k; 1 and 2 workers
    python benchmarks/scale.py --sizes 20000 --workers 2 --local 20000
    python benchmarks/scale.py --json scale.json      # also write the figures as JSON
    python benchmarks/scale.py --report a.json b.json # one table from separate runs
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from storyline import pipeline
from storyline.distributed import connect, run_distributed
from storyline.models import Article
from storyline.readers import read_paths
from storyline.testing import write_jsonl

SEED = 2024
TARGET = 10_000_000
GIB = 1024**3


class Monitor:
    """Peak resident memory and CPU time of this process and of its process tree, sampled.

    It samples the machine's load too: other work on the machine slows every figure, and the
    mean load during a run says how much there was (this run's own workers count in it).
    CPU seconds are what a run costs whatever the load; the children's CPU (workers and
    their nannies) is kept as a series so that each phase can be charged its share.
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.me = psutil.Process()
        self.tree = self.client = 0
        self.loads: list[float] = []
        self.children_cpu: dict[int, float] = {}
        self.series: list[tuple[float, float]] = []  # (perf_counter, children's CPU so far)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            client = self.me.memory_info().rss
            total = client
            for child in self.me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                    times = child.cpu_times()
                except psutil.NoSuchProcess:
                    continue
                self.children_cpu[child.pid] = times.user + times.system
            self.series.append((time.perf_counter(), sum(self.children_cpu.values())))
            self.loads.append(os.getloadavg()[0])
            self.client = max(self.client, client)
            self.tree = max(self.tree, total)
            self._stop.wait(self.interval)

    def children_between(self, start: float, end: float) -> float:
        """CPU seconds the child processes used between two ``perf_counter`` readings."""

        def at(moment: float) -> float:
            before = [cpu for when, cpu in self.series if when <= moment]
            return before[-1] if before else 0.0

        return at(end) - at(start)

    def __enter__(self) -> Monitor:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def corpus(data: Path, size: int) -> tuple[Path, float]:
    """The generated corpus of ``size`` articles as one JSONL file (made once, then reused)."""
    path = data / f"synthetic-{size}-seed{SEED}.jsonl"
    if path.exists():
        return path, 0.0
    data.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    write_jsonl(partial, size, seed=SEED)
    partial.rename(path)
    return path, time.perf_counter() - started


def measure_one(path: Path, engine: str, workers: int, partition_size: int) -> dict[str, Any]:
    """One run, in this process: wall and CPU seconds per phase, peak memory, load."""
    timings: dict[str, float] = {}
    client_cpu = time.process_time()
    with Monitor() as monitor:
        started = time.perf_counter()
        if engine == "local":
            articles = [r for r in read_paths([str(path)]) if isinstance(r, Article)]
            timings["read"] = time.perf_counter() - started
            result = pipeline.run(articles)
        else:
            with connect(n_workers=workers) as client:
                timings["cluster start"] = time.perf_counter() - started
                result = run_distributed(
                    [str(path)], client=client, partition_size=partition_size, timings=timings
                )
        wall = time.perf_counter() - started
    client_cpu = time.process_time() - client_cpu
    phases = {k: v for k, v in timings.items() if not k.endswith(" cpu")}
    worker_cpu: dict[str, float] = {}
    moment = started
    for phase, seconds in phases.items():
        worker_cpu[phase] = monitor.children_between(moment, moment + seconds)
        moment += seconds
    return {
        "load": round(sum(monitor.loads) / max(1, len(monitor.loads)), 1),
        "articles": len(result.articles),
        "stories": len(result.stories),
        "wall_s": round(wall, 1),
        "phases_s": {k: round(v, 1) for k, v in phases.items()},
        "client_cpu_s": {
            k[: -len(" cpu")]: round(v, 1) for k, v in timings.items() if k.endswith(" cpu")
        },
        "worker_cpu_s": {k: round(v, 1) for k, v in worker_cpu.items()},
        "cpu_s": round(client_cpu + sum(monitor.children_cpu.values()), 1),
        "client_cpu_total_s": round(client_cpu, 1),
        "peak_tree_gib": round(monitor.tree / GIB, 2),
        "peak_client_gib": round(monitor.client / GIB, 2),
    }


def measure(path: Path, engine: str, workers: int, partition_size: int) -> dict[str, Any]:
    """One run in a fresh process, so memory figures are not inflated by earlier runs."""
    command = [sys.executable, __file__, "--one", str(path), engine, str(workers)]
    command += ["--partition-size", str(partition_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"run failed: {' '.join(command)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def growth(points: list[tuple[int, float]]) -> float | None:
    """Exponent b of cost = a * n**b fitted through the first and last measured points."""
    if len(points) < 2 or points[0][1] <= 0:
        return None
    (n0, c0), (n1, c1) = points[0], points[-1]
    return math.log(c1 / c0) / math.log(n1 / n0)


def projection(rows: list[dict[str, Any]]) -> list[str]:
    """What 10 million articles would need, extrapolated from the measured rows only.

    The worker phases (analyse, stories) are charged in the workers' CPU seconds, which the
    machine's load does not inflate; they are per article and per story (the generated
    corpora keep a story's size whatever their size), so they are projected linearly, and
    divided by the workers of a cluster that gives each its own core. The client's work
    (link, and gathering results and scheduling tasks in the other phases) is what more
    workers do not shorten: its growth is fitted over the sizes measured and projected.
    Client memory is projected from its slope between the smallest and largest size, the
    cost of one more article (the interpreter and the scheduler are paid once).
    """
    dask = sorted((r for r in rows if r["engine"] == "dask"), key=lambda r: r["size"])
    if not dask:
        return []
    n = dask[-1]["size"]
    top = [r for r in dask if r["size"] == n]
    lines = []
    for phase in ("analyse", "stories"):
        cost = min(r["worker_cpu_s"][phase] / n for r in top)
        hours = cost * TARGET / 3600
        lines.append(
            f"- {phase} (workers): {cost * 1000:.1f} ms of worker CPU per article at {n:,}"
            f" -> {hours:,.0f} CPU-hours for {TARGET:,}, about {hours / 100:,.1f} h"
            " on 100 single-thread workers with a core each"
        )
    sizes = sorted({r["size"] for r in dask})

    def fitted(name: str, cost: Any) -> str:
        points = [(size, min(cost(r) for r in dask if r["size"] == size)) for size in sizes]
        exponent = growth(points)
        seconds = points[-1][1] * (TARGET / n) ** (exponent if exponent is not None else 1.0)
        shown = f"n^{exponent:.2f}" if exponent is not None else "n (assumed)"
        return (
            f"- {name} (client): {points[-1][1]:,.0f} CPU-s at {n:,}, grows as {shown} over"
            f" the sizes measured -> about {seconds / 3600:,.1f} h for {TARGET:,},"
            " whatever the workers"
        )

    lines.append(fitted("link", lambda r: r["client_cpu_s"]["link"]))
    lines.append(fitted("all client work", lambda r: r["client_cpu_total_s"]))
    memory = [
        (size, min(r["peak_client_gib"] for r in dask if r["size"] == size)) for size in sizes
    ]
    (n0, m0), (n1, m1) = memory[0], memory[-1]
    slope = (m1 - m0) / (n1 - n0) if n1 > n0 else m1 / n1
    lines.append(
        f"- client memory: {m1} GiB at {n1:,} articles, {slope * GIB / 1024:.1f} KiB per"
        f" further article -> about {m1 + slope * (TARGET - n1):,.0f} GiB for {TARGET:,}"
    )
    return lines


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| articles | stories found | engine | workers | wall s | analyse s | link s | stories s "
        "| CPU s, all processes | client CPU s, link | worker CPU s, analyse / stories "
        "| peak memory, all processes GiB | peak memory, client GiB | load |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        phases, client, workers = r["phases_s"], r["client_cpu_s"], r["worker_cpu_s"]
        lines.append(
            f"| {r['size']:,} | {r['stories']} | {r['engine']} | {r['workers'] or '-'} "
            f"| {r['wall_s']} "
            f"| {phases.get('analyse', '-')} | {phases.get('link', '-')} "
            f"| {phases.get('stories', '-')} | {r['cpu_s']} | {client.get('link', '-')} "
            f"| {workers.get('analyse', '-')} / {workers.get('stories', '-')} "
            f"| {r['peak_tree_gib']} | {r['peak_client_gib']} | {r['load']} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 100_000, 200_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--one-worker-up-to",
        type=int,
        default=None,
        help="Skip 1-worker runs above this size (they take twice as long).",
    )
    parser.add_argument(
        "--local", type=int, nargs="*", default=[], help="Sizes to also run locally."
    )
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument(
        "--data", type=Path, default=Path(tempfile.gettempdir()) / "storyline-scale"
    )
    parser.add_argument("--json", type=Path, default=None, help="Write the figures here too.")
    parser.add_argument(
        "--report",
        type=Path,
        nargs="+",
        default=None,
        help="Only print the table and projection of the rows in these --json files "
        "(runs made one at a time, so a long run that is cut short loses only itself).",
    )
    parser.add_argument("--one", nargs=3, metavar=("PATH", "ENGINE", "WORKERS"), help="Internal.")
    args = parser.parse_args()

    if args.one:
        path, engine, workers = args.one
        print(json.dumps(measure_one(Path(path), engine, int(workers), args.partition_size)))
        return

    if args.report:
        rows = [row for file in args.report for row in json.loads(file.read_text())["rows"]]
        rows.sort(key=lambda r: (r["size"], r["engine"], -r["workers"]))
        print(
            "\n".join([*table(rows), "", f"Projection to {TARGET:,} articles:", *projection(rows)])
        )
        return

    rows = []
    for size in sorted(args.sizes):
        path, generated = corpus(args.data, size)
        if generated:
            print(f"generated {size:,} articles in {generated:.0f} s", file=sys.stderr)
        runs = [("local", 0)] if size in args.local else []
        runs += [
            ("dask", w)
            for w in args.workers
            if w != 1 or args.one_worker_up_to is None or size <= args.one_worker_up_to
        ]
        for engine, workers in runs:
            row = {"size": size, "engine": engine, "workers": workers}
            row |= measure(path, engine, workers, args.partition_size)
            print(json.dumps(row), file=sys.stderr)
            rows.append(row)
    report = [*table(rows), "", f"Projection to {TARGET:,} articles:", *projection(rows)]
    print("\n".join(report))
    if args.json is not None:
        args.json.write_text(json.dumps({"rows": rows, "report": report}, indent=2) + "\n")


if __name__ == "__main__":
    main()
