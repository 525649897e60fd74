"""A figure told as a mark that would tell something if reached ("stays over 8,000 psi that
would probably mean the well was intact", "between 6,000 lb and 8,000 lb per square inch
would indicate") is what a reading is judged by, not a reading: it is no side against the
pressure read or against another mark. Two pressures read still disagree. The articles are
invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import disagreement_sides

FRIDAY = dt.date(2026, 7, 17)
READ = (
    "Pressure readings on the Halder well cap after 24 hours were about 6,700 pounds per "
    "square inch and rising slowly, below the 7,500 psi that would clearly show the well was "
    "not leaking, Admiral Tane said."
)


@pytest.mark.parametrize(
    "mark",
    [
        "Pressure on the Halder well cap of between 6,000 lb and 8,000 lb per square inch "
        "would indicate that the well is holding together.",
        "If the pressure on the Halder well cap continues rising and stays over 8,000 psi "
        "that would probably mean the well was intact, Mr Wells said.",
    ],
)
def test_a_mark_is_no_reading(mark: str) -> None:
    assert disagreement_sides([READ, mark], FRIDAY) == []


def test_two_readings_still_disagree() -> None:
    sides = disagreement_sides(
        [
            READ,
            "Pressure readings on the Halder well cap after 24 hours were about 9,200 pounds "
            "per square inch, the company said.",
        ],
        FRIDAY,
    )
    assert len(sides) == 1
