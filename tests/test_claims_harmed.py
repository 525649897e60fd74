"""Tolls told by the adjective of the harmed: "left 25 dead", "40 wounded".

"Clashes that left 25 dead earlier in the day" counts the dead as surely as "25 people were
killed": the adjective is what is counted, whatever words follow it, so the figure stands
beside the other tolls of its place and day. The articles are invented and written for these
tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

PUBLISHED = dt.date(2025, 3, 9)


def test_dead_followed_by_other_words_disagrees_with_people_killed() -> None:
    assert disagreement_sides(
        [
            "Fresh clashes in Marrow left 25 dead earlier in the day, a doctor at the city's "
            "main hospital said.",
            "Sixty people were killed in clashes in Marrow on Sunday, a doctor at the city's "
            "main hospital said.",
        ],
        PUBLISHED,
    ) == [["25 dead", "Sixty people"]]


def test_wounded_are_not_read_as_the_dead() -> None:
    assert (
        disagreement_sides(
            [
                "Fresh clashes in Marrow left 25 wounded earlier in the day, a doctor at the "
                "city's main hospital said.",
                "Sixty people were killed in clashes in Marrow on Sunday, a doctor at the city's "
                "main hospital said.",
            ],
            PUBLISHED,
        )
        == []
    )


def test_same_dead_in_other_words_agree() -> None:
    assert (
        disagreement_sides(
            [
                "Fresh clashes in Marrow left 25 dead on Sunday, a doctor at the city's main "
                "hospital said.",
                "Twenty-five people were killed in clashes in Marrow on Sunday, a doctor said.",
            ],
            PUBLISHED,
        )
        == []
    )
