"""The same pile in any order gives the same stories, in one batch or in many ingests.

Tolerance (see storyline.stories): in one batch the order of input does not matter at all;
in several ingests that reach back in time the stories are identical while the pile is
within REWIND_LIMIT articles (the ingest reads the earlier articles back and places them
again). Beyond it, only the latest REWIND_LIMIT are placed again; in the worst case (the
whole pile shuffled and given in pieces, a mixed pile of synthetic articles, feed items and
headlines, with the limit at a fifth of the pile) the stories agree with one batch to a
BCubed F1 of 0.85 and more, which the last test holds to 0.8.
"""

from __future__ import annotations

import json
import random

import pytest

from storyline import stories
from storyline.evaluation.clusters import scores
from storyline.models import Article
from storyline.stories import StoryClusterer, cluster
from storyline.testing import generate_articles, in_pieces, to_article


def _corpus(n: int, form: str = "full") -> list[Article]:
    return [to_article(r) for r in generate_articles(n, seed=5, form=form)]


def _labels(found: list) -> dict[str, str]:
    return {a: s.id for s in found for a in s.article_ids}


def _in_pieces(articles: list[Article], pieces: int, *, read_back: bool) -> dict[str, str]:
    return _labels(in_pieces(articles, pieces, read_back=read_back))


def test_the_order_of_input_does_not_matter_in_one_batch() -> None:
    articles = _corpus(400, "mixed")
    batch = _labels(cluster(articles))
    for seed in range(3):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        assert _labels(cluster(shuffled)) == batch


def test_a_later_batch_gives_the_same_stories_as_one_batch() -> None:
    dated = sorted((a for a in _corpus(500) if a.published), key=lambda a: (a.published, a.id))
    batch = _labels(cluster(dated))
    clusterer = StoryClusterer()
    clusterer.add_many(dated[:300])
    clusterer = StoryClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
    clusterer.add_many(dated[300:])  # later articles only: nothing to read back
    assert _labels(clusterer.stories()) == batch


@pytest.mark.parametrize("form", ["full", "mixed"])
def test_shuffled_ingests_give_the_stories_of_one_batch(form: str) -> None:
    articles = _corpus(300, form)
    batch = _labels(cluster(articles))
    for seed in range(3):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        assert _in_pieces(shuffled, 2 + seed, read_back=True) == batch


def test_beyond_the_limit_shuffled_ingests_agree_within_tolerance(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = _corpus(500, "mixed")
    batch = _labels(cluster(articles))
    monkeypatch.setattr(stories, "REWIND_LIMIT", 100)
    shuffled = articles[:]
    random.Random(1).shuffle(shuffled)
    pieced = _in_pieces(shuffled, 2, read_back=True)
    assert pieced != batch  # beyond the limit the order shows
    assert scores(batch, pieced)["bcubed_f1"] >= 0.8
    alone = _in_pieces(shuffled, 2, read_back=False)
    assert scores(batch, pieced)["bcubed_f1"] > scores(batch, alone)["bcubed_f1"]
