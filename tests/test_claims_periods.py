"""Counts of different stretches or days are different counts: missiles fired in the past
24 hours are some of all those fired, and the dead of Wednesday's fighting are not the dead of
Thursday's.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

FRIDAY = dt.date(2011, 3, 25)


def test_a_count_of_the_past_24_hours_is_not_the_running_total() -> None:
    assert (
        disagreement_sides(
            [
                "A spokesman said the coalition had fired six cruise missiles at air "
                "defences around Ostrel in the past 24 hours.",
                "Of the 175 cruise missiles fired at air defences around Ostrel, 168 came "
                "from American ships, the spokesman said.",
            ],
            FRIDAY,
        )
        == []
    )


def test_the_dead_of_two_named_days_are_two_tolls() -> None:
    assert (
        disagreement_sides(
            [
                "Six people were killed Thursday by snipers on the rooftops of Ostrel, "
                "doctors said.",
                "Doctors said nine people were killed Wednesday in fighting near the northern "
                "gate of Ostrel.",
            ],
            FRIDAY,
        )
        == []
    )


def test_the_dead_of_one_day_told_differently_still_disagree() -> None:
    assert disagreement_sides(
        [
            "Six people were killed Thursday by snipers on the rooftops of Ostrel, doctors "
            "said.",
            "Doctors said 14 people were killed Thursday by snipers on the rooftops of "
            "Ostrel.",
        ],
        FRIDAY,
    ) == [["14 people", "Six people"]]


def test_an_outlier_beyond_tenfold_leaves_the_one_toll_it_was_caught_with() -> None:
    assert disagreement_sides(
        [
            "Officials said 40 people were killed Thursday in the clashes in Ostrel.",
            "Activists said 65 people were killed Thursday in the clashes in Ostrel.",
            "A reader wrote that 900 people were killed Thursday in the clashes in Ostrel.",
        ],
        FRIDAY,
    ) == [["40 people", "65 people"]]
