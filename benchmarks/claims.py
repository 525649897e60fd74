"""Contradiction detection on labelled pairs, and the claims stage's speed on generated stories.

Usage: ``python benchmarks/claims.py [PAIRS.jsonl] [--articles N] [--sizes A,B,...]``
(default: the labelled set shipped with the package, the same one ``storyline eval claims``
scores, 2,000 generated articles, and single stories of 250, 1,000 and 2,000 articles). It
prints the scores overall and per kind (number, date) and lists each pair the detector got
wrong with what it reported, so a change to the rules can be judged on its errors, not only
on a figure. Then it generates ``N`` articles (``--articles 0`` skips this), analyses and
clusters them, and times the claims stage alone (claims, number and date contradictions and
revisions of every story, the story's events found beforehand as the pipeline finds them
once for the timeline) in CPU seconds; and it times the stage on one story of each size, so
a change can also be judged on its cost: the stage runs on every story of a store, and its
cost per article must stay flat as a story grows, not grow with the story's size.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from storyline import claims, dedup, events, pipeline
from storyline.evaluation.claims import evaluate, format_table
from storyline.models import Document, Provenance
from storyline.testing import generate_articles, to_article


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, help="labelled pairs (JSON Lines)")
    parser.add_argument("--articles", type=int, default=2000, help="generated articles to time")
    parser.add_argument(
        "--sizes", default="250,1000,2000", help="sizes of single stories to time ('' skips)"
    )
    args = parser.parse_args(argv)
    result = evaluate(args.pairs)
    sys.stdout.write(format_table(result))
    for item in result["items"]:
        if item["gold"] != item["predicted"] and item["found"]:
            found = "; ".join(f"{f['kind']}: {f['about']}" for f in item["found"])
            sys.stdout.write(f"  {item['id']} reported {found}\n")
    if args.articles > 0:
        sys.stdout.write(throughput(args.articles) + "\n")
    for size in (int(n) for n in args.sizes.split(",") if n.strip()):
        sys.stdout.write(one_story(size) + "\n")
    return 0


def throughput(count: int, seed: int = 7) -> str:
    """The claims stage's CPU time over every story of ``count`` generated articles."""
    documents = [pipeline.analyse(to_article(r)) for r in generate_articles(count, seed=seed)]
    provenance, stories = pipeline.link(documents)
    by_id = {d.id: d for d in documents}
    spent = 0.0
    largest = 0
    for story in stories:
        members = [by_id[i] for i in story.article_ids if i in by_id]
        largest = max(largest, len(members))
        spent += _claims_time(members, provenance)
    return (
        f"claims stage: {count} generated articles in {len(stories)} stories (largest "
        f"{largest}): {spent:.2f} CPU-s, {count / max(spent, 1e-9):,.0f} articles/s "
        f"(load average {os.getloadavg()[0]:.1f})"
    )


def one_story(size: int, seed: int = 7) -> str:
    """The claims stage's CPU time on one generated story of ``size`` articles."""
    articles = generate_articles(size, seed=seed, stories=1)
    documents = [pipeline.analyse(to_article(r)) for r in articles]
    spent = _claims_time(documents, dedup.build_provenance(documents))
    return (
        f"one story of {size} articles: {spent:.2f} CPU-s, {1000 * spent / size:.2f} ms per "
        f"article (load average {os.getloadavg()[0]:.1f})"
    )


def _claims_time(members: list[Document], provenance: Provenance) -> float:
    """CPU seconds of the claims stage on one story, its events found beforehand."""
    found = events.story_events(members, provenance)
    start = time.process_time()
    claims.story_claims(members, provenance, found)
    return time.process_time() - start


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
