"""A day written right after an event noun is the noun's day.

"Washington was studying a speech early Monday by Dorvan Kessel" dates the speech, not the
studying; "a speech delivered Sunday by Dorvan Kessel" dates it too, so the two reports
disagree on the day of one speech. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

PUBLISHED = dt.date(2025, 5, 13)  # a Tuesday


def test_speech_dated_after_the_noun_disagrees_with_speech_delivered_another_day() -> None:
    assert disagreement_sides(
        [
            "Diplomats in Arlo were studying a speech early Monday by Dorvan Kessel, the "
            "president's son, which warned of civil war.",
            "Diplomats in Arlo were studying a speech delivered Sunday by Dorvan Kessel, the "
            "president's son, which warned of civil war.",
        ],
        PUBLISHED,
        "date",
    ) == [["Sunday (2025-05-11)", "early Monday (2025-05-12)"]]


def test_speeches_of_two_people_on_two_days_are_two_speeches() -> None:
    assert (
        disagreement_sides(
            [
                "Diplomats in Arlo were studying a speech early Monday by Dorvan Kessel, the "
                "president's son.",
                "Diplomats in Arlo were studying a speech delivered Sunday by Mara Vell, the "
                "opposition leader.",
            ],
            PUBLISHED,
            "date",
        )
        == []
    )


def test_a_day_after_a_verb_and_its_auxiliary_is_that_verb_s_not_a_later_noun_s() -> None:
    # The day men "were sought" is not the day of the slaying the sentence names after it.
    assert (
        disagreement_sides(
            [
                "The activist wanted for questioning in last month's shooting death of a "
                "doctor in Carvel may have fled abroad, a newspaper reported.",
                "Police released one of two men who were sought last week for questioning "
                "in connection with the sniper slaying of a doctor in Carvel.",
            ],
            PUBLISHED,
            "date",
        )
        == []
    )


def test_a_warning_by_one_named_person_is_not_another_s_warning() -> None:
    assert (
        disagreement_sides(
            [
                "May 12 - Foreign Minister Anna Holt is warning that Dorvia could descend "
                "into civil war if Marshal Oren Vask refuses to quit.",
                "Rebels repulsed an offensive by Marshal Oren Vask's forces on Tuesday as the "
                "defiant leader warned of a bloodbath.",
            ],
            PUBLISHED,
            "date",
        )
        == []
    )


def test_a_capitalised_first_word_is_no_named_doer() -> None:
    # "Gunmen" opens the sentence: no one named does the attacking, so the two attacks on one
    # station, dated a week apart, are one attack dated twice.
    assert disagreement_sides(
        [
            "Gunmen attacked the Harwood police station early on Sunday, killing two officers.",
            "The attack on the police station in Harwood took place on May 4.",
        ],
        PUBLISHED,
        "date",
    ) == [["May 4 (2025-05-04)", "Sunday (2025-05-11)"]]
