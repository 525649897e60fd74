"""`storyline eval claims` on a gold of disagreements per story: found, real, revisions apart."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.evaluation.disagreements import is_gold

from helpers import run_storyline

GOLD_FIGURE = {
    "kind": "number",
    "about": "people treated for burns on the day the fire crossed the river",
    "sides": [
        {"value": "at least 40", "articles": ["a.txt"], "match": ["At least 40 people"]},
        {"value": "nearly 25", "articles": ["b.txt"], "match": ["Nearly 25 people"]},
    ],
}


def side(sentence: str) -> dict[str, object]:
    return {"value": "", "articles": [], "sentence": sentence}


def test_a_reported_disagreement_is_a_gold_one_when_two_sides_quote_two_gold_sides() -> None:
    forty = side("At least 40 people were treated for burns.")
    twenty_five = side("Nearly 25 people were treated for burns, officials said.")
    other = side("Six homes burned.")
    assert is_gold({"sides": [forty, twenty_five]}, GOLD_FIGURE)
    assert is_gold({"sides": [other, twenty_five, forty]}, GOLD_FIGURE)
    assert not is_gold({"sides": [forty, other]}, GOLD_FIGURE)
    # two sides quoting the same gold side are not that disagreement
    assert not is_gold({"sides": [forty, side("At least 40 people were hurt.")]}, GOLD_FIGURE)
    # case, accents and dashes are folded as for the story gold's events
    assert is_gold({"sides": [side("AT LEAST 40 PEOPLE"), twenty_five]}, GOLD_FIGURE)


def test_eval_claims_scores_the_story_gold_beside_the_labelled_pairs(tmp_path: Path) -> None:
    pile = tmp_path / "pile"
    pile.mkdir()
    texts = {
        "a.txt": (
            "2025-10-11",
            "At least 40 people were treated for burns on Friday after the fire crossed the "
            "Dunmore River, the health service said. About 140 cargo ships were waiting at "
            "anchor off Port Sallow.",
        ),
        "b.txt": (
            "2025-10-11",
            "Nearly 25 people were treated for burns on Friday after the blaze crossed the "
            "Dunmore River, officials said.",
        ),
        "c.txt": (
            "2025-10-18",
            "More than 300 cargo ships were waiting at anchor off Port Sallow as the fire "
            "near the Dunmore River burned on.",
        ),
    }
    for name, (day, text) in texts.items():
        (pile / name).write_text(f" date {day}\n{text}\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    story = {
        "name": "fire",
        "split": "dev",
        "corpus": {"kind": "folder", "path": "../pile"},
        "articles": list(texts),
        "events": [],
        "disagreements": [
            GOLD_FIGURE,
            {
                "kind": "date",
                "about": "a disagreement the pile does not hold",
                "sides": [
                    {"value": "x", "articles": ["a.txt"], "match": ["no such words"]},
                    {"value": "y", "articles": ["b.txt"], "match": ["nor these"]},
                ],
            },
        ],
        "revisions": [
            {
                "about": "ships at anchor",
                "values": [
                    {"value": "140", "as_of": "2025-10-11", "match": ["About 140 cargo ships"]},
                    {"value": "300+", "as_of": "2025-10-18", "match": ["More than 300 cargo"]},
                ],
            }
        ],
    }
    (gold / "fire.json").write_text(json.dumps(story), encoding="utf-8")
    done = run_storyline(
        "eval", "claims", "--gold", str(gold), "--shared", str(tmp_path), "--format", "json"
    )
    assert done.returncode == 0, done.stderr
    overall = json.loads(done.stdout)["overall"]
    assert {"precision", "recall", "f1", "pairs"} <= overall.keys()
    assert overall["pairs"] >= 60
    assert (overall["dev_found_count"], overall["dev_gold_disagreements"]) == (1, 2)
    assert overall["dev_found"] == 0.5
    assert (overall["dev_real_count"], overall["dev_reported"]) == (1, 1)
    assert overall["dev_revisions_found"] == 1.0
    assert (overall["dev_revisions_real_count"], overall["dev_revisions_reported"]) == (1, 1)
    assert overall["dev_revisions_as_disagreements"] == 0


def test_a_gold_folder_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    done = run_storyline("eval", "claims", "--gold", str(tmp_path / "nothing"))
    assert done.returncode != 0
    assert str(tmp_path / "nothing") in done.stderr
    assert "Traceback" not in done.stderr
