"""The trigger index must not lose what a full scan of every rule would find."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.timex.patterns import RULES
from storyline.timex.tagger import candidates

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seeds-niger"

TEXTS = [
    "On Monday, Sept. 16, 2024, at about 10:35 a.m. (0735 GMT) Friday the talks ended.",
    "Profit rose in this year's third quarter from the year-earlier period; fiscal 1989.",
    "In the late 1980s and the '90s, every other week, twice a year, for the past decade.",
    "The 16th of September 2024, 9/16/2024, 16.09.2024, 2024-09-16T10:30 and Q3 2024.",
    "Later that day, the next morning, last Thanksgiving and New Year's Eve 1999.",
    "Jan . 25 , 2011 and Jan 25 2011 ; nineteen ninety-six ; the year two thousand.",
    "It took no more than sixty days, about 5 1/2 hours and a couple of years ago.",
    "early next week, mid-afternoon yesterday, this past spring, the 20th century.",
]


def _full_scan(text: str) -> set[tuple[str, int, int]]:
    return {
        (rule.name, m.start(), m.end())
        for rule in RULES
        for m in rule.regex.finditer(text)
        if m.end() > m.start()
    }


def _texts() -> list[str]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    return TEXTS + [path.read_text(encoding="utf-8") for path in seeds]


@pytest.mark.parametrize("text", _texts())
def test_every_full_scan_match_is_a_candidate(text: str) -> None:
    found = {(c.rule, c.start, c.end) for c in candidates(text)}
    assert _full_scan(text) <= found
