"""The example corpus run through `storyline timeline` as a new user would: the disagreements
planted in it are found, and the figures that changed as time passed come out as revisions,
never as disagreements (truth: tests/data/examples_truth.json)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from helpers import EXAMPLES, ROOT, run_storyline

TRUTH = json.loads((ROOT / "tests" / "data" / "examples_truth.json").read_text(encoding="utf-8"))
KINDS = {"figure": "number", "date": "date"}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    db = tmp_path_factory.mktemp("store") / "storyline.db"
    done = run_storyline("timeline", str(EXAMPLES), "--format", "json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    found: list[dict[str, Any]] = json.loads(done.stdout)["stories"]
    return found


def carried(side: dict[str, Any], claims: dict[str, str]) -> set[str]:
    """The planted claims (as the truth words them) whose words a side's sentence quotes."""
    sentence = side["sentence"].casefold()
    return {claim for claim in claims.values() if _surface(claim) in sentence}


def _surface(claim: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", claim).casefold()


@pytest.mark.parametrize("planted", TRUTH["disagreements"], ids=lambda d: d["kind"])
def test_each_planted_disagreement_is_found(
    stories: list[dict[str, Any]], planted: dict[str, Any]
) -> None:
    """Two sides of one reported disagreement quote two different planted values."""
    claims = planted["claims"]
    found = [
        c
        for story in stories
        for c in story["contradictions"]
        if c["kind"] == KINDS[planted["kind"]]
        and any(
            a and b and a.isdisjoint(b)
            for i, first in enumerate(c["sides"])
            for second in c["sides"][i + 1 :]
            for a, b in [(carried(first, claims), carried(second, claims))]
        )
    ]
    assert len(found) == 1, [c["about"] for s in stories for c in s["contradictions"]]


@pytest.mark.parametrize("changed", TRUTH["not_contradictions"], ids=lambda d: d["about"])
def test_figures_that_changed_are_revisions_not_disagreements(
    stories: list[dict[str, Any]], changed: dict[str, Any]
) -> None:
    values = [v.casefold() for v in changed["values"].values()]

    def quoted(item: dict[str, Any]) -> set[str]:
        return {v for v in values if item["value"].casefold().startswith(v)}

    for story in stories:
        for c in story["contradictions"]:
            assert len(set().union(*(quoted(side) for side in c["sides"]))) < 2, c["about"]
    revised = [
        r
        for story in stories
        for r in story["revisions"]
        if set().union(*(quoted(v) for v in r["values"])) == set(values)
    ]
    assert len(revised) == 1
    steps = [v for v in revised[0]["values"] if quoted(v)]
    # in the order they were reported, each with the day it held
    assert [v["as_of"] for v in steps] == sorted(v["as_of"] for v in steps)
    assert [next(iter(quoted(v))) for v in steps] == values
    # first told on the day the truth gives, by the article that told it then
    assert steps[0]["as_of"] == min(changed["values"])
