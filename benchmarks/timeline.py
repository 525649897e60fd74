"""Speed of the timeline path on Timeline17: seconds per topic, time tagging included.

For each topic: read its articles, split sentences and tag time expressions (the per-article
work), find copies (provenance), then build the timeline of every reference-timeline task
under the news-tls protocol. Seconds per stage and per topic, articles per second and the
process's peak RSS are printed, with the CPU seconds and the load average beside the wall
clock (on a shared machine wall time says more about the neighbours); the goal is all of
T17 (19 tasks) in under 60 s, against DATEWISE's ~16 s per topic after separate HeidelTime tagging.

    python benchmarks/timeline.py [--dir ../shared/datasets/tls/t17] [--topics mj,egypt] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from storyline import dedup
from storyline.evaluation import tls

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "tls" / "t17"


def run_topic(topic_dir: Path) -> dict[str, object]:
    """Time one topic's stages; the timelines themselves are not scored here."""
    started = time.perf_counter()
    cpu_started = time.process_time()
    articles = tls.read_articles(topic_dir / "articles.jsonl")
    read = time.perf_counter()
    documents = [tls.analyse(a) for a in articles]
    analysed = time.perf_counter()
    provenance = dedup.build_provenance(documents)
    linked = time.perf_counter()
    tasks = tls.read_reference_timelines(topic_dir / "timelines.jsonl", topic_dir.name)
    for task in tasks:
        clipped = [d for d in documents if task.start <= d.article.published <= task.end]  # type: ignore[operator]
        tls.storyline_system(clipped, provenance, task)
    finished = time.perf_counter()
    return {
        "topic": topic_dir.name,
        "articles": len(articles),
        "megabytes": sum(len(a.text.encode("utf-8")) for a in articles) / 1e6,
        "tasks": len(tasks),
        "read_seconds": read - started,
        "analyse_seconds": analysed - read,
        "provenance_seconds": linked - analysed,
        "timeline_seconds": finished - linked,
        "seconds": finished - started,
        "cpu_seconds": time.process_time() - cpu_started,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--topics", help="comma-separated topic names (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    if not args.dir.is_dir():
        sys.exit(f"no dataset at {args.dir}")
    topics = args.topics.split(",") if args.topics else None
    rows = [run_topic(d) for d in tls.topic_directories(args.dir, topics)]
    total = sum(float(r["seconds"]) for r in rows)  # type: ignore[arg-type]
    cpu = sum(float(r["cpu_seconds"]) for r in rows)  # type: ignore[arg-type]
    articles = sum(int(r["articles"]) for r in rows)  # type: ignore[call-overload]
    summary = {
        "topics": len(rows),
        "tasks": sum(int(r["tasks"]) for r in rows),  # type: ignore[call-overload]
        "articles": articles,
        "seconds": total,
        "cpu_seconds": cpu,
        "load_average": os.getloadavg()[0],
        "articles_per_second": articles / total if total else 0.0,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if args.json:
        print(json.dumps({"overall": summary, "items": rows}, indent=2))
        return
    print(
        f"{'topic':8} {'articles':>8} {'MB':>6} {'tasks':>5} {'analyse':>8} "
        f"{'copies':>7} {'timelines':>9} {'total s':>8} {'CPU s':>6}"
    )
    for r in rows:
        print(
            f"{r['topic']:8} {r['articles']:>8} {r['megabytes']:>6.2f} {r['tasks']:>5} "
            f"{r['analyse_seconds']:>8.1f} {r['provenance_seconds']:>7.1f} "
            f"{r['timeline_seconds']:>9.1f} {r['seconds']:>8.1f} {r['cpu_seconds']:>6.1f}"
        )
    print(
        f"all: {summary['tasks']} tasks, {articles} articles in {total:.1f} s "
        f"({summary['articles_per_second']:.0f} articles/s), {cpu:.1f} CPU s, "
        f"load {summary['load_average']:.1f}, "
        f"peak RSS {summary['peak_rss_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
