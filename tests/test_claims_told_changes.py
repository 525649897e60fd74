"""Figures whose wording ties them to another: a change told in one clause, a second
figure after "and" with its own verb.

"The leak has risen from early estimates of 8,000 barrels per day to as much as 30,000" tells
a revision by itself: the old figure held before the report and is listed as such, first,
never set beside the day's other reports. In "infecting more than 2,700 people and killing
14" the 2,700 are the infected, not the dead. The articles are invented and written for these
tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import number_claims

D = dt.date


def test_a_change_told_in_one_clause_is_a_revision_with_the_old_figure_first() -> None:
    found, revised = number_claims(
        [
            ("Campaigners accused the operator of understating the leak at the Kessary "
             "refinery, which has risen from early estimates of 8,000 barrels per day to as "
             "much as 30,000.", D(2025, 3, 5)),
            ("The Kessary refinery's operator said on Tuesday it was fitting a new valve to "
             "the ruptured pipeline.", D(2025, 3, 4)),
        ]
    )  # fmt: skip
    assert not found
    assert len(revised) == 1
    values = revised[0].values
    assert [v.value for v in values] == ["8,000 barrels", "30,000"]
    assert values[0].as_of == "before 2025-03-04"
    assert values[1].as_of == "2025-03-05"


def test_the_old_figure_of_a_told_change_is_no_side_against_the_day_s_news() -> None:
    found, _revised = number_claims(
        [
            ("The coastguard said on Thursday that the passengers injured in the ferry fire "
             "had risen from 12 people to 19 people.", D(2025, 6, 12)),
            ("Nineteen people were injured when fire broke out on a ferry off Marrow Point, "
             "the coastguard said on Thursday.", D(2025, 6, 12)),
        ]
    )  # fmt: skip
    assert not found


def test_a_figure_s_history_recited_in_one_breath_is_no_side_against_the_last() -> None:
    found, revised = number_claims(
        [
            ("The senator said on Sunday: \"First they said it was 1,000 barrels a day, then "
             "they said it was 5,000 barrels a day, now we are up to 60,000 barrels a day "
             "from the Varna well.\"", D(2025, 6, 15)),
            ("The Varna well is leaking up to 60,000 barrels a day, the senator said on "
             "Sunday.", D(2025, 6, 15)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [
        ["1,000 barrels", "5,000 barrels", "up to 60,000 barrels"]
    ]


def test_two_outlets_figures_told_after_then_still_disagree() -> None:
    # "then" joins two outlets' figures for the day, not a figure and the one that replaced it
    found, _revised = number_claims(
        [
            ("The Varna well is leaking 5,000 barrels a day, the company said on Sunday, and "
             "then the coastguard put it at 60,000 barrels a day.", D(2025, 6, 15)),
            ("The Varna well is leaking 5,000 barrels a day, the company said on Sunday.",
             D(2025, 6, 15)),
        ]
    )  # fmt: skip
    assert found


def test_the_infected_are_not_counted_with_the_dead_after_and() -> None:
    found, _revised = number_claims(
        [
            ("The fever has spread to nine provinces, infecting more than 2,700 people and "
             "killing 14, the health ministry said on Friday.", D(2025, 8, 1)),
            ("Fourteen people have died of the fever, the health ministry said on Friday.",
             D(2025, 8, 1)),
        ]
    )  # fmt: skip
    assert not found


def test_steps_of_a_plan_told_with_then_are_no_revision() -> None:
    _found, revised = number_claims(
        [
            ("Mud will be pumped into the Varna well at a gentle rate of one barrel a minute, "
             "then two barrels a minute, then three, as engineers watch the pressure.",
             D(2025, 6, 15)),
        ]
    )  # fmt: skip
    assert revised == []
