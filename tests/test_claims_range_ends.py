"""The two ends of a range told each with its unit ("between 35,000 barrels (1.47 million
gallons) and 60,000 barrels a day") are one range, not two figures: "the estimated upper
limit of 60,000 barrels" elsewhere lies within it, so the low end is no side against it. A
figure outside the range still disagrees with it. The articles are invented and written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import disagreement_sides

DAY = dt.date(2026, 7, 16)
UPPER = (
    "The new cap would be far more effective at funnelling the oil to vessels on the surface "
    "with a capacity of up to 80,000 barrels a day, well above the estimated upper limit of "
    "60,000 barrels that has been spewing."
)


@pytest.mark.parametrize(
    "estimate",
    [
        "Estimates had put the spill rate at between 35,000 barrels (1.47 million gallons) and "
        "60,000 barrels (2.5 million gallons) a day.",
        "Estimates had put the spill rate at between 35,000 barrels -LRB- 1.47 million gallons "
        "-RRB- and 60,000 barrels -LRB- 2.5 million gallons -RRB- a day .",
    ],
)
def test_a_range_end_is_no_side_against_a_figure_within_the_range(estimate: str) -> None:
    assert disagreement_sides([estimate, UPPER], DAY) == []


def test_a_figure_outside_the_range_still_disagrees() -> None:
    sides = disagreement_sides(
        [
            "Estimates had put the spill rate at between 35,000 barrels (1.47 million gallons) "
            "and 60,000 barrels (2.5 million gallons) a day.",
            "Officials said the well was spilling 20,000 barrels a day.",
        ],
        DAY,
    )
    assert len(sides) == 1
