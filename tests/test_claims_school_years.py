"""A small figure right after "year", "grade" or "form" ("year seven pupils", "grade 5
students") names a school year, not how many pupils: it is no side against a count of
pupils. Two counts of pupils still disagree. The articles are invented and written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import disagreement_sides

DAY = dt.date(2026, 5, 4)
COUNTED = (
    "Health officials said two pupils at Alder School in Tarvin had been confirmed with the "
    "virus."
)


@pytest.mark.parametrize(
    "named",
    [
        "Five of those diagnosed with the virus are year seven pupils at Alder School in "
        "Tarvin, which has announced it will close.",
        "Those diagnosed with the virus are grade 9 pupils at Alder School in Tarvin, which "
        "has announced it will close.",
    ],
)
def test_a_school_year_is_no_count_of_pupils(named: str) -> None:
    assert disagreement_sides([COUNTED, named], DAY) == []


def test_two_counts_of_pupils_still_disagree() -> None:
    sides = disagreement_sides(
        [COUNTED, "Officials said seven pupils at Alder School in Tarvin had the virus."], DAY
    )
    assert sides == [["seven pupils", "two pupils"]]
