"""Incremental ingest agrees with clustering everything at once.

Tolerance (see storyline.stories): when the later batch only has later articles the stories
are identical; when half the corpus arrives later and interleaved in time with the first half
(the worst case), they still agree to a pairwise F1 of 0.85 and a BCubed F1 of 0.9.
"""

from __future__ import annotations

import json
import random
from datetime import date

from storyline.evaluation.clusters import scores
from storyline.models import Article
from storyline.stories import StoryClusterer, cluster
from storyline.testing import generate_articles, to_article


def _corpus(n: int) -> list[Article]:
    return [to_article(r) for r in generate_articles(n, seed=5)]


def _labels(stories: list) -> dict[str, str]:
    return {a: s.id for s in stories for a in s.article_ids}


def _in_two_ingests(first: list[Article], second: list[Article]) -> dict[str, str]:
    clusterer = StoryClusterer()
    clusterer.add_many(first)
    saved = json.dumps(clusterer.to_state())  # as the store keeps it between ingests
    resumed = StoryClusterer.from_state(json.loads(saved))
    resumed.add_many(second)
    return _labels(resumed.stories())


def test_a_later_batch_gives_the_same_stories_as_one_batch() -> None:
    articles = sorted(_corpus(500), key=lambda a: (a.published or date.max, a.id))
    batch = _labels(cluster(articles))
    incremental = _in_two_ingests(articles[:300], articles[300:])
    assert incremental == batch


def test_a_batch_reaching_back_in_time_agrees_within_tolerance() -> None:
    articles = _corpus(500)
    random.Random(1).shuffle(articles)
    batch = _labels(cluster(articles))
    incremental = _in_two_ingests(articles[:250], articles[250:])
    agreement = scores(batch, incremental)
    assert agreement["pairwise_f1"] >= 0.85
    assert agreement["bcubed_f1"] >= 0.9
