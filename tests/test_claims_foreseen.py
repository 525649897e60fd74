"""A total told as what will have come about ("95 million gallons will have entered the
Gulf" if the leak goes on) is foreseen, not counted: it is no side against the oil spilled
so far. A total told as spilled still disagrees. The articles are invented and written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import disagreement_sides

DAY = dt.date(2026, 5, 30)
SO_FAR = (
    "Estimates are that about 18 million to 40 million gallons of oil have been dumped into "
    "the Gulf of Korvan since the explosion."
)


@pytest.mark.parametrize(
    "foreseen",
    [
        "If it continues at that rate until a relief well is completed , up to 2.275 m "
        "barrels -LRB- or 95.5 m US gallons -RRB- will have entered the Gulf of Korvan .",
        "If the leak goes on at that rate until August, 95 million gallons of oil will have "
        "been dumped into the Gulf of Korvan.",
    ],
)
def test_a_total_foreseen_is_no_count(foreseen: str) -> None:
    assert disagreement_sides([SO_FAR, foreseen], DAY) == []


def test_a_total_told_spilled_still_disagrees() -> None:
    sides = disagreement_sides(
        [
            SO_FAR,
            "Officials now say 95 million gallons of oil have been dumped into the Gulf of "
            "Korvan since the explosion.",
        ],
        DAY,
    )
    assert sides == [["95 million gallons", "about 18 million to 40 million gallons"]]
