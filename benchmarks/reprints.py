"""Wire-copy benchmark (BENCHMARKS.md section 3): recall and precision of reprint pairs.

No labelled wire-copy set is available, so the synthetic corpus makes one: a share of its
articles are reprints of wire stories (trimmed, re-headlined, paragraphs dropped or swapped,
an outlet's own lead and credit added) with ``reprint_of`` saying of what. Gold groups are an
original with all its reprints; the pairs inside a group are the positives, and articles of
the same story written independently (same templates, same names) are the hard negatives.

    python benchmarks/reprints.py [--articles 5000] [--seed 7] [--sweep] [--json]

``--sweep`` re-runs over shingle sizes and thresholds, which is how the defaults in
``storyline.dedup`` were chosen.
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import product

from storyline import dedup
from storyline.evaluation.clusters import scores
from storyline.models import Article
from storyline.testing import generate_articles, to_article


def corpus(n: int, seed: int) -> tuple[list[Article], dict[str, str]]:
    """Synthetic articles and their gold copy groups (an original and its reprints)."""
    articles, gold = [], {}
    for record in generate_articles(n, seed=seed):
        articles.append(to_article(record))
        gold[record["id"]] = record["reprint_of"] or record["id"]
    return articles, gold


def measure(articles: list[Article], gold: dict[str, str]) -> dict[str, float]:
    """Pair precision/recall/F1 of ``find_duplicates`` against the gold groups, and speed."""
    start = time.perf_counter()
    found = dedup.find_duplicates(articles)
    seconds = time.perf_counter() - start
    predicted = {a.id: found.get(a.id, a.id) for a in articles}
    result = scores(gold, predicted)
    return {
        "pair_precision": round(result["pairwise_p"], 4),
        "pair_recall": round(result["pairwise_r"], 4),
        "pair_f1": round(result["pairwise_f1"], 4),
        "reprints": sum(1 for a in articles if gold[a.id] != a.id),
        "flagged": len(found),
        "articles_per_second": round(len(articles) / seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sweep", action="store_true", help="try other settings too")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    articles, gold = corpus(options.articles, options.seed)
    rows = [{"setting": "default", **measure(articles, gold)}]
    if options.sweep:
        for size, jaccard, containment in product((2, 3, 5), (0.45, 0.6, 0.8), (0.6, 0.8, 1.1)):
            dedup.SHINGLE_WORDS, dedup.MIN_JACCARD, dedup.MIN_CONTAINMENT = (
                size,
                jaccard,
                containment,
            )
            setting = f"{size}-grams J>={jaccard} C>={containment}"
            rows.append({"setting": setting, **measure(articles, gold)})
    if options.json:
        print(json.dumps(rows, indent=2))
        return
    for row in rows:
        print(
            f"{row['setting']:<28} P {row['pair_precision']:.3f} R {row['pair_recall']:.3f} "
            f"F1 {row['pair_f1']:.3f}  reprints {row['reprints']} flagged {row['flagged']}  "
            f"{row['articles_per_second']:.0f} articles/s"
        )


if __name__ == "__main__":
    main()
