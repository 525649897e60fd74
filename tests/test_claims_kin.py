"""A count of a person's family is that person's: "his three children" in a sentence about
one man is not set beside "Dr Halloran had two children" unless the two sentences name
someone in common. Two counts of one named man's children still disagree, and children
killed or hurt are counted as any toll is. The articles are invented and written for these
tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

DAY = dt.date(2026, 11, 8)
HALLORAN = (
    "According to public records cited by the Harbor Times, Dr Halloran had two children with "
    "his wife, but also fathered several children with different women."
)


def test_another_man_s_children_are_not_a_count_of_his() -> None:
    sides = disagreement_sides(
        [
            HALLORAN,
            "Once the concerts at Dublin 's Point arena had come to an end Ray Tolliver was "
            "planning to take the show on a world tour and use the proceeds to build a clinic "
            "for poor children, headed by Dr Sean Halloran . \nHe also intended to spend more "
            "time with his three children - Ria , Tomas and Prince Tomas II , known as Benny - "
            "whom he was raising alone .",
        ],
        DAY,
    )
    assert sides == []


def test_two_counts_of_one_named_man_s_children_disagree() -> None:
    sides = disagreement_sides(
        [HALLORAN, "Dr Halloran had three children with his wife, his lawyer said."], DAY
    )
    assert sides == [["three children", "two children"]]


def test_children_killed_are_a_toll_whoever_is_named() -> None:
    sides = disagreement_sides(
        [
            "Police said 12 children were killed when the school roof collapsed on Monday.",
            "The mayor said 19 children were killed when the school roof collapsed on Monday.",
        ],
        DAY,
    )
    assert len(sides) == 1
