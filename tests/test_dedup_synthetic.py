"""Synthetic wire reprints (BENCHMARKS.md section 3): found with recall and precision >= 0.95."""

from __future__ import annotations

from storyline.dedup import find_duplicates
from storyline.evaluation.clusters import scores
from storyline.testing import generate_articles, to_article


def test_reprint_pairs_recall_and_precision() -> None:
    articles, gold = [], {}
    for r in generate_articles(1500, seed=21):
        articles.append(to_article(r))
        gold[r["id"]] = r["reprint_of"] or r["id"]
    assert sum(1 for a in articles if gold[a.id] != a.id) > 150  # enough reprints to judge
    found = find_duplicates(articles)
    result = scores(gold, {a.id: found.get(a.id, a.id) for a in articles})
    assert result["pairwise_r"] >= 0.95
    assert result["pairwise_p"] >= 0.95
    # every duplicate points to an article published no later than itself
    by_id = {a.id: a for a in articles}
    for copy, original in found.items():
        if by_id[copy].published and by_id[original].published:
            assert by_id[original].published <= by_id[copy].published
