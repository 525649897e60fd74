"""Temporal tagger: speed and memory on news text, accuracy on TimeML, dating undated articles.

Usage: ``python benchmarks/timex.py [--articles N] [--skip-eval]``. It tags the T17 news
articles of ../shared/datasets/tls/t17 against their publication dates on one core and prints
MB/s, expressions/s and the peak RSS after each quarter of the documents (memory must stay
flat as documents are added); then the TempEval-3 measures on the development and test halves
of each corpus of ../shared/datasets/timex; then how well publication dates are recovered when
the T17 dates are hidden (exact, within 1 and 7 days), from the text alone and with the dates
of the topic's other articles; and the time a pile that came with no dates takes to date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

from storyline import pipeline
from storyline.evaluation import dates
from storyline.evaluation.timex import evaluate
from storyline.models import Article
from storyline.timex import tag

SHARED = Path(__file__).resolve().parents[2] / "shared"
T17 = SHARED / "datasets" / "tls" / "t17"
TIMEX = SHARED / "datasets" / "timex"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _articles(limit: int | None) -> list[tuple[str, dt.date]]:
    articles = []
    for path in sorted(T17.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                articles.append((record["text"], dt.date.fromisoformat(record["time"])))
    return articles[:limit]


def speed(limit: int | None) -> None:
    articles = _articles(limit)
    size = sum(len(text.encode("utf-8")) for text, _ in articles)
    checkpoints = {len(articles) * q // 4 for q in (1, 2, 3, 4)}
    found = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for i, (text, published) in enumerate(articles, 1):
        found += len(tag(text, published))
        if i in checkpoints:
            print(f"  after {i:>5} documents: peak RSS {_peak_rss_mb():7.1f} MB")
    # CPU time of this one process: the per-core rate, whatever else the machine is doing.
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    print(
        f"tagged {len(articles)} articles, {size / 1e6:.2f} MB, {found} expressions: "
        f"{size / 1e6 / cpu:.2f} MB/s and {found / cpu:,.0f} expressions/s per core "
        f"({cpu:.1f} s CPU, {wall:.1f} s wall), peak RSS {_peak_rss_mb():.1f} MB"
    )


def accuracy() -> None:
    for corpus in sorted(p for p in TIMEX.iterdir() if p.is_dir()):
        for split in ("dev", "test"):
            start = time.perf_counter()
            overall = evaluate(corpus, split=split)["overall"]
            seconds = time.perf_counter() - start
            cells = " ".join(
                f"{key}={overall[key]:.3f}"
                for key in ("strict_f1", "relaxed_f1", "value_f1", "type_f1")
            )
            print(
                f"{corpus.name:<10} {split:<5} {cells} gold={overall['gold']} "
                f"system={overall['system']} ({overall['documents']} documents, {seconds:.1f} s)"
            )


def dating(limit: int | None) -> None:
    result = dates.evaluate(T17, per_topic=limit)["overall"]
    for label, prefix in (("text alone", "text_alone_"), ("text + the collection's dates", "")):
        print(
            f"T17 dates hidden ({label}): {result['articles']} articles, answered "
            f"{result[prefix + 'answered']:.1%}, exact {result[prefix + 'exact']:.1%}, "
            f"within 1 day {result[prefix + 'within_1_day']:.1%} "
            f"({result[prefix + 'within_1_day_when_answered']:.1%} of those answered), "
            f"within 7 days {result[prefix + 'within_7_days']:.1%}"
        )


def undated_pile(limit: int | None) -> None:
    """Dating a pile that came with no dates (``pipeline.date_undated`` anchored on the
    articles that date themselves), timed on growing shares of the T17 articles: the time
    per article must stay flat."""
    articles = _articles(limit or 2000)
    for share in (4, 2, 1):
        documents = [
            pipeline.analyse(Article.from_text(text, f"a{i}"))
            for i, (text, _) in enumerate(articles[: len(articles) // share])
        ]
        if not documents:
            continue
        cpu = time.process_time()
        pipeline.date_undated(documents)
        cpu = time.process_time() - cpu
        right = sum(
            1
            for document, (_, day) in zip(documents, articles, strict=False)
            if document.article.published is not None
            and abs((document.article.published - day).days) <= 1
        )
        print(
            f"no dates given, {len(documents)} articles: dated in {cpu:.1f} s of CPU "
            f"({cpu / len(documents) * 1000:.1f} ms an article), {right / len(documents):.1%} "
            "within a day"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--skip-eval", action="store_true", help="speed only")
    args = parser.parse_args(argv)
    if not T17.is_dir():
        print(f"no data at {T17}", file=sys.stderr)
        return 1
    speed(args.articles)
    undated_pile(args.articles)
    if not args.skip_eval:
        accuracy()
        dating(None if args.articles is None else max(1, args.articles // 9))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
