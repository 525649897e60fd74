"""A day a running total is reckoned at ("As of Tuesday, ... had spewed") bounds what it
totals: the spill went on over the days before, so two reports reckoning it on two days do
not date one event twice. A day the event itself is told on still disagrees with another.
The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

THURSDAY = dt.date(2026, 7, 16)


def test_totals_reckoned_on_two_days_do_not_date_the_spill_twice() -> None:
    sides = disagreement_sides(
        [
            "As of Tuesday, the 84th day of the disaster, between 90 million and 178 million "
            "gallons of oil had spewed into the Gulf of Korvan since the Halder rig exploded.",
            "As of Wednesday, the 85th day of the disaster, between 92 million and 182 million "
            "gallons of oil had spewed into the Gulf of Korvan since the Halder rig exploded.",
        ],
        THURSDAY,
        kind="date",
    )
    assert sides == []


def test_two_days_given_for_the_spill_itself_still_disagree() -> None:
    sides = disagreement_sides(
        [
            "Oil first spewed into the Gulf of Korvan from the Halder rig on Tuesday, the "
            "coast guard said.",
            "Oil first spewed into the Gulf of Korvan from the Halder rig on Wednesday, "
            "according to the operator.",
        ],
        THURSDAY,
        kind="date",
    )
    assert sides == [["Tuesday (2026-07-14)", "Wednesday (2026-07-15)"]]
