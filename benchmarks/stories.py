"""Scale benchmark for the cross-article stages: near-duplicates, shared passages, stories.

A generated corpus (storyline.testing: realistic lengths, many interleaved stories, wire
reprints) is held in memory, then each stage is timed alone; one process per corpus size, so
peak RSS is that size's own. Cost should grow close to linearly with the number of articles.

    python benchmarks/stories.py --sizes 10000,30000,100000 [--passages] [--json]

``--passages`` also times shared-passage detection; its sentences are split beforehand (a
per-article stage, timed apart as ``split``). Story quality on the corpus's own labels
(pairwise and BCubed F1) is printed as a sanity check, not as a benchmark of record: the
synthetic stories of one kind share templates, which real stories do not. Wall and CPU
seconds are both reported, and the machine's load average: on a shared machine wall time
says more about the neighbours than about storyline.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

from storyline import dedup
from storyline.evaluation.clusters import scores
from storyline.models import Document
from storyline.sentences import split_sentences
from storyline.stories import StoryClusterer
from storyline.testing import generate_articles, to_article


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(n: int, seed: int, passages: bool) -> dict:
    """Time each stage on ``n`` generated articles, in this process."""
    articles, gold = [], {}
    for record in generate_articles(n, seed=seed):
        articles.append(to_article(record))
        gold[record["id"]] = record["story"]
    megabytes = sum(len(a.text.encode()) for a in articles) / 1e6
    row: dict = {"articles": n, "text_mb": round(megabytes, 1), "load": os.getloadavg()[0]}
    start, cpu = time.perf_counter(), time.process_time()
    duplicates = dedup.find_duplicates(articles)
    row["dedup_s"] = round(time.perf_counter() - start, 1)
    row["dedup_cpu_s"] = round(time.process_time() - cpu, 1)
    row["dedup_articles_per_s"] = round(n / max(row["dedup_s"], 1e-9))
    row["duplicates"] = len(duplicates)
    if passages:
        start = time.perf_counter()
        documents = [Document(article=a, sentences=split_sentences(a)) for a in articles]
        row["split_s"] = round(time.perf_counter() - start, 1)
        start = time.perf_counter()
        shared = dedup.find_shared_passages(documents, duplicate_of=duplicates)
        row["passages_s"] = round(time.perf_counter() - start, 1)
        row["shared_passages"] = len(shared)
        del documents
    start, cpu = time.perf_counter(), time.process_time()
    clusterer = StoryClusterer()
    clusterer.add_many(articles)
    row["stories_s"] = round(time.perf_counter() - start, 1)
    row["stories_cpu_s"] = round(time.process_time() - cpu, 1)
    row["stories_articles_per_s"] = round(n / max(row["stories_s"], 1e-9))
    found = clusterer.stories()
    row["stories"] = len(found)
    row["gold_stories"] = len(set(gold.values()))
    predicted = {a: story.id for story in found for a in story.article_ids}
    quality = scores(gold, predicted)
    row["bcubed_f1"] = round(quality["bcubed_f1"], 3)
    row["pairwise_f1"] = round(quality["pairwise_f1"], 3)
    row["peak_rss_mb"] = round(_peak_rss_mb())
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--passages", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process's size
    options = parser.parse_args()
    if options.one is not None:
        print(json.dumps(run_one(options.one, options.seed, options.passages)))
        return
    rows = []
    for size in (int(s) for s in options.sizes.split(",")):
        command = [sys.executable, __file__, "--one", str(size), "--seed", str(options.seed)]
        if options.passages:
            command.append("--passages")
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
        if not options.json:
            print(json.dumps(rows[-1]), flush=True)
    if options.json:
        print(json.dumps({"cpus": os.cpu_count(), "runs": rows}, indent=2))


if __name__ == "__main__":
    main()
