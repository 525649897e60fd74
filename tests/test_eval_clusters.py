"""Cluster scores: the measures on hand-checked cases, the loader, and giveme5w1h."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.evaluation.clusters import HELD_OUT, SPLITS, as_form, evaluate, load, scores
from storyline.models import Article

from helpers import SHARED, need_shared

KEYS = {
    "pairwise_p", "pairwise_r", "pairwise_f1", "bcubed_p", "bcubed_r", "bcubed_f1",
    "clusters", "gold_clusters", "articles",
}


def test_perfect_and_all_in_one() -> None:
    gold = {"a": "1", "b": "1", "c": "2", "d": "3"}
    assert scores(gold, gold)["pairwise_f1"] == 1.0 and scores(gold, gold)["bcubed_f1"] == 1.0
    lumped = scores(gold, dict.fromkeys(gold, "x"))
    assert lumped["pairwise_p"] == pytest.approx(1 / 6)  # one right pair of six
    assert lumped["pairwise_r"] == 1.0
    # BCubed precision: a and b see 2 of 4 right, c and d 1 of 4 each
    assert lumped["bcubed_p"] == pytest.approx((0.5 + 0.5 + 0.25 + 0.25) / 4)
    assert lumped["bcubed_r"] == 1.0
    assert lumped["clusters"] == 1 and lumped["gold_clusters"] == 3


def test_singletons_have_no_pairs_but_full_bcubed_precision() -> None:
    gold = {"a": "1", "b": "1"}
    split = scores(gold, {"a": "x", "b": "y"})
    assert split["pairwise_p"] == 1.0 and split["pairwise_r"] == 0.0
    assert split["bcubed_p"] == 1.0 and split["bcubed_r"] == 0.5


def _labelled(directory: Path, rows: list[dict]) -> Path:
    """A JSON Lines file of labelled article records."""
    path = directory / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def test_jsonl_layout_and_the_spec_keys(tmp_path: Path) -> None:
    rows = [
        {"id": "f1", "title": "Wildfire near Aldholm", "story": "fire",
         "text": "A wildfire broke out above Aldholm, crews from Dungate said.",
         "published": "2025-05-01"},
        {"id": "f2", "title": "Aldholm fire spreads", "story": "fire",
         "text": "The wildfire above Aldholm spread overnight, crews from Dungate said.",
         "published": "2025-05-02"},
        {"id": "v1", "title": "Tessaly votes", "story": "vote",
         "text": "Voters in Tessaly chose a parliament as the People's Alliance campaigned.",
         "published": "2025-05-02"},
        {"id": "x", "title": "Unlabelled", "text": "No label here."},
    ]
    result = evaluate(_labelled(tmp_path, rows))
    assert set(result["overall"]) >= KEYS
    assert result["overall"]["articles"] == 3
    assert result["overall"]["bcubed_f1"] == 1.0
    assert result["items"]["fire"] == {"articles": 2, "found_in": [2]}


def test_forms_of_the_same_articles(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "story": "1", "title": "Dam bursts above Marden",
         "description": "The Marden dam burst at dawn.",
         "text": "The Marden dam burst at dawn. Water reached the town by noon. Many fled."},
        {"id": "b", "story": "1", "title": "Marden floods",
         "text": "Floods swept Marden. The dam had burst. Rescuers came. More rain fell."},
    ]
    path = _labelled(tmp_path, rows)
    full = {a.id: a.text for a in load(path)[0]}
    assert full == {r["id"]: r["text"] for r in rows}
    assert {a.text for a in load(path, "headline")[0]} == {""}
    feed = {a.id: a.text for a in load(path, "feed")[0]}
    assert feed["a"] == "The Marden dam burst at dawn."  # the description
    assert feed["b"] == "Floods swept Marden. The dam had burst."  # the first two sentences
    mixed = {a.id: a.text for a in load(path, "mixed")[0]}
    assert all(mixed[i] in (full[i], feed[i], "") for i in mixed)
    assert {a.id for a in load(path, split="dev")[0]} == set()  # story 1 is odd: test
    assert {a.id for a in load(path, split="test")[0]} == {"a", "b"}
    with pytest.raises(ValueError, match="no form"):
        load(path, "tweet")


def test_a_form_is_fixed_by_the_article_not_the_run() -> None:
    article = Article(id="x1", origin="t", title="Dam bursts", text="The dam burst. Many fled.")
    assert as_form(article, "mixed") == as_form(replace(article), "mixed")
    forms = {as_form(replace(article, id=f"x{i}"), "mixed").text for i in range(30)}
    assert forms == {"", "The dam burst. Many fled."}  # a feed item is its two sentences here


def test_held_out_events_are_scored_only_on_their_own(tmp_path: Path) -> None:
    """giveme5w1h's events from HELD_OUT on are in no split but ``held-out``; the others
    are in dev or test by their EventId's parity, and both in ``all``."""
    for number, event in enumerate((58, 59, HELD_OUT, HELD_OUT + 1)):
        record = {"dId": f"d{number}", "title": f"Event {event}", "text": "Some news.",
                  "newsCluster": {"EventId": event}}
        (tmp_path / f"d{number}.json").write_text(json.dumps(record), encoding="utf-8")
    events = {split: sorted(set(load(tmp_path, split=split)[1].values())) for split in SPLITS}
    assert events == {"dev": ["58"], "test": ["59"], "all": ["58", "59"],
                      "held-out": [str(HELD_OUT), str(HELD_OUT + 1)]}
    with pytest.raises(ValueError, match="no split"):
        load(tmp_path, split="train")


def _giveme5w1h(form: str) -> dict:
    """giveme5w1h's dev and test events in one pile (not the held-out ones)."""
    path = need_shared(SHARED / "datasets" / "clusters" / "giveme5w1h")
    result = evaluate(path, form=form, split="all")["overall"]
    assert result["articles"] == 227 and result["gold_clusters"] == 51
    return result


@pytest.mark.shared
def test_giveme5w1h() -> None:
    result = _giveme5w1h("full")
    # the bar is 0.93 (docs/benchmarks.md): this holds the full texts above it
    assert result["bcubed_f1"] >= 0.94
    assert result["bcubed_p"] >= 0.95


@pytest.mark.shared
def test_giveme5w1h_headlines_feed_items_and_mixed() -> None:
    """A headline alone, a feed item, or any of the three in one pile must find its story.

    The issue's bars are headlines 0.90 and mixed 0.92 (docs/benchmarks.md); these hold
    the figures near those measured there.
    """
    assert _giveme5w1h("headline")["bcubed_f1"] >= 0.90
    assert _giveme5w1h("feed")["bcubed_f1"] >= 0.90
    assert _giveme5w1h("mixed")["bcubed_f1"] >= 0.90
