"""A count of years from the telling ("42 years ago") is rounded: it tells its year give or
take one, so two such counts a year apart ("42 years ago", "41 years ago") date one event
alike, while counts four years apart still disagree. The articles are invented and written
for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

PUBLISHED = dt.date(2025, 1, 6)


def test_counts_of_years_a_year_apart_do_not_disagree() -> None:
    assert (
        disagreement_sides(
            [
                "Veterans of the uprising that brought Marek Velan to power 42 years ago "
                "gathered in Ostrel on Sunday.",
                "The rally was the largest since the uprising that brought Marek Velan to "
                "power 41 years ago.",
            ],
            PUBLISHED,
            "date",
        )
        == []
    )


def test_counts_of_years_further_apart_disagree() -> None:
    assert disagreement_sides(
        [
            "Veterans of the uprising that brought Marek Velan to power 45 years ago "
            "gathered in Ostrel on Sunday.",
            "The rally was the largest since the uprising that brought Marek Velan to "
            "power 41 years ago.",
        ],
        PUBLISHED,
        "date",
    ) != []
