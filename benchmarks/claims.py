"""Contradiction detection on labelled pairs, and the claims stage's speed on generated stories.

Usage: ``python benchmarks/claims.py [PAIRS.jsonl] [--articles N]`` (default: the labelled set
shipped with the package, the same one ``storyline eval claims`` scores, and 2,000 generated
articles). It prints the scores overall and per kind (number, date) and lists each pair the
detector got wrong with what it reported, so a change to the rules can be judged on its
errors, not only on a figure. Then it generates ``N`` articles (``--articles 0`` skips this),
analyses and clusters them, and times the claims stage alone (claims, number and date
contradictions of every story) in CPU seconds, so a change can also be judged on its cost:
the stage runs on every story of a store, and its cost must grow with the articles, not with
the square of a story's size.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from storyline import claims, pipeline
from storyline.evaluation.claims import evaluate, format_table
from storyline.testing import generate_articles, to_article


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, help="labelled pairs (JSON Lines)")
    parser.add_argument("--articles", type=int, default=2000, help="generated articles to time")
    args = parser.parse_args(argv)
    result = evaluate(args.pairs)
    sys.stdout.write(format_table(result))
    for item in result["items"]:
        if item["gold"] != item["predicted"] and item["found"]:
            found = "; ".join(f"{f['kind']}: {f['about']}" for f in item["found"])
            sys.stdout.write(f"  {item['id']} reported {found}\n")
    if args.articles > 0:
        sys.stdout.write(throughput(args.articles) + "\n")
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
        start = time.process_time()
        claims.story_claims(members, provenance)
        spent += time.process_time() - start
    return (
        f"claims stage: {count} generated articles in {len(stories)} stories (largest "
        f"{largest}): {spent:.2f} CPU-s, {count / max(spent, 1e-9):,.0f} articles/s "
        f"(load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
