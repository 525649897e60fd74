"""A bare figure that is the subject of its own verb counts what that verb tells: in "200,000
people were killed and two million made homeless", the two million are the homeless, not
the dead, so they are set beside another count of the homeless. In "has infected 1,000
people and killed around 150", the 1,000 are the infected: the verb after "and" is the
150's. "50,000 Orlanders who live and work in Tamra" are counted as living there, not as
trying to leave, when the two counts share no word but names.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

DAY = dt.date(2026, 1, 23)
TOLL_AND_HOMELESS = (
    "As many as 20,000 people were killed and two million made homeless by the earthquake "
    "that struck Morvane on 12 January."
)
INFECTED_THEN_KILLED = (
    "Doctors say the new flu , which has infected an estimated 1,000 people and killed around "
    "150 in Morvane , is spreading."
)


def test_a_count_made_homeless_is_set_beside_another_count_of_the_homeless() -> None:
    homeless = "An estimated 1.2 million people were left homeless by the earthquake in Morvane."
    assert dated_disagreement_sides([(TOLL_AND_HOMELESS, DAY), (homeless, DAY)]) == [
        ["An estimated 1.2 million people", "two million"]
    ]


def test_a_count_thought_to_be_homeless_is_read_as_the_homeless() -> None:
    thought = (
        "The toll from the earthquake in Morvane is estimated at 20,000, with around two "
        "million thought to be homeless."
    )
    homeless = "An estimated 900,000 people were left homeless by the earthquake in Morvane."
    assert dated_disagreement_sides([(thought, DAY), (homeless, DAY)]) == [
        ["An estimated 900,000 people", "around two million"]
    ]


def test_a_count_of_the_infected_is_no_toll_though_a_toll_follows_it() -> None:
    toll = "The new flu , which has killed up to 160 people in Morvane , is spreading."
    assert dated_disagreement_sides([(INFECTED_THEN_KILLED, DAY), (toll, DAY)]) == []


def test_a_toll_told_after_another_count_is_still_a_toll() -> None:
    toll = "The new flu , which has killed at least 400 people in Morvane , is spreading."
    assert dated_disagreement_sides([(INFECTED_THEN_KILLED, DAY), (toll, DAY)]) == [
        ["around 150", "at least 400 people"]
    ]


def test_a_count_told_by_its_own_relative_clause_is_of_what_that_clause_tells() -> None:
    leaving = "About 2,600 Orlanders are still trying to get out of Tamra tonight ."
    living = "There are some 50,000 Orlanders who live and work in Tamra , officials say ."
    assert dated_disagreement_sides([(leaving, DAY), (living, DAY)]) == []
