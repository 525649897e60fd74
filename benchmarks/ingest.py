"""Ingest speed: articles/s, MB/s and peak memory for JSONL and plain-text inputs.

Wall-clock rates depend on what else the machine runs; the rates per CPU second of the
ingesting process are the one-core figure that does not (SQLite's writes are in-process).

Generates N articles (default 20,000) with ``storyline.testing``, then times reading and
storing them into a fresh SQLite store, each format in its own process so the peak RSS
figure belongs to that format alone. Run: ``python benchmarks/ingest.py [-n 20000]``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import tempfile
import time
from pathlib import Path

from storyline.models import Article
from storyline.readers import read_paths
from storyline.store import Store
from storyline.testing import write_jsonl, write_text_files


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ingest(source: Path, db: Path, queue: multiprocessing.Queue) -> None:
    """Read and store everything under ``source``; report (articles, seconds, peak MB)."""
    baseline = peak_rss_mb()
    start, cpu_start = time.perf_counter(), time.process_time()
    with Store(db) as store:
        articles = (r for r in read_paths([str(source)]) if isinstance(r, Article))
        report = store.add_articles(articles)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    queue.put((report.new + report.existing, seconds, cpu, peak_rss_mb(), baseline))


def measure(label: str, source: Path, workdir: Path) -> None:
    size_mb = sum(p.stat().st_size for p in source.rglob("*") if p.is_file()) / 1e6
    if source.is_file():
        size_mb = source.stat().st_size / 1e6
    queue: multiprocessing.Queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=ingest, args=(source, workdir / f"{label}.db", queue))
    proc.start()
    count, seconds, cpu, peak, baseline = queue.get()
    proc.join()
    print(
        f"{label:<6} {count:>8,} articles  {size_mb:8.1f} MB  {seconds:7.2f} s  "
        f"{count / seconds:9,.0f} articles/s  {size_mb / seconds:6.2f} MB/s  "
        f"(per CPU second: {count / cpu:,.0f} articles, {size_mb / cpu:.2f} MB)  "
        f"peak RSS {peak:6.0f} MB (imports {baseline:.0f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20_000, help="articles to generate")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"generating {args.n:,} articles ...")
        write_jsonl(work / "corpus.jsonl", args.n, seed=1)
        write_text_files(work / "text", args.n, seed=1)
        measure("jsonl", work / "corpus.jsonl", work)
        measure("text", work / "text", work)


if __name__ == "__main__":
    main()
