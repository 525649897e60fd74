"""A day told for an event as meant or foreseen ("expects the well to be completely sealed
on Saturday", "was due to meet advisers on Friday", "is to be sealed on Saturday", "its next
attempt, beginning Monday or Tuesday") is a plan's, even when the day is not after the
report: it is not set beside the day the event is told done. Two days told for the event
done still disagree. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import disagreement_sides

SATURDAY = dt.date(2026, 9, 19)
SEALED_IN_JULY = (
    "Oil has not leaked into the sea from the Halder well since engineers sealed it on "
    "15 July with a cap."
)


@pytest.mark.parametrize(
    "plan",
    [
        "Halder expects the well to be completely sealed on Saturday, the company said.",
        "The Halder well was due to be sealed on Saturday, the company said.",
        "Engineers planned to begin sealing the Halder well on Saturday.",
        "The Halder well is to be sealed on Saturday, the company said.",
        "Halder hopes to get the well sealed on Saturday, the company said.",
    ],
)
def test_a_plan_day_is_not_set_beside_the_day_it_was_done(plan: str) -> None:
    assert disagreement_sides([SEALED_IN_JULY, plan], SATURDAY, kind="date") == []


def test_two_days_told_done_still_disagree() -> None:
    sides = disagreement_sides(
        [SEALED_IN_JULY, "Engineers sealed the Halder well on Saturday, the company said."],
        SATURDAY,
        kind="date",
    )
    assert sides == [["15 July (2026-07-15)", "Saturday (2026-09-19)"]]


def test_a_day_a_schedule_opens_on_is_a_plan_s() -> None:
    sides = disagreement_sides(
        [
            "Halder gets started with its next attempt to cap the well , beginning Monday or "
            "Tuesday .",
            "On Wednesday Halder began its next attempt to cap the well .",
        ],
        dt.date(2010, 5, 24),
        kind="date",
        days=3,
    )
    assert sides == []
