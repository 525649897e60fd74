"""In a conflict going on for weeks, a toll whose clause names its day ("24 people were
killed on Wednesday") is that day's toll: a later day's smaller toll is not the toll of an
earlier day fallen, so the two are no disagreement. A later report giving the same day's
toll lower, or a lower toll naming no day, still disagrees: the dead do not come back. So
does a disaster's toll told of the day it struck, told lower the next day: the later report
counts the same dead, though it names no day. A day's toll beside a count ten times larger
that names no day is a total over the story's days, not that day's toll told otherwise, and
so is one twice as large told as the toll so far ("have been killed"). The articles are
invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import dated_disagreement_sides, number_claims

SUNDAY = dt.date(2026, 3, 15)
WEDNESDAY = dt.date(2026, 3, 18)
SUNDAY_TOLL = (
    "Troops shelled towns across the province of Tamra for a third week. "
    "At least 28 people died in violence across Tamra on Sunday , activists said."
)


def _sides(later: str) -> list[list[str]]:
    return dated_disagreement_sides([(SUNDAY_TOLL, SUNDAY), (later, WEDNESDAY)])


def test_tolls_of_two_named_days_are_no_disagreement() -> None:
    later = (
        "Troops shelled towns across the province of Tamra again. "
        "Across Tamra , 24 people were killed on Wednesday , said activists."
    )
    assert _sides(later) == []


def test_the_same_day_s_toll_told_lower_still_disagrees() -> None:
    later = (
        "Troops shelled towns across the province of Tamra again. "
        "Across Tamra , 24 people were killed on Sunday , said activists."
    )
    assert _sides(later) == [["24 people", "At least 28 people"]]


def test_a_lower_toll_naming_no_day_still_disagrees() -> None:
    later = (
        "Troops shelled towns across the province of Tamra again. "
        "Across Tamra , 24 people were killed , said activists."
    )
    assert _sides(later) == [["24 people", "At least 28 people"]]


def test_the_day_of_a_statement_is_no_day_of_the_toll() -> None:
    later = (
        "Troops shelled towns across the province of Tamra again. "
        "Activists said on Wednesday that 24 people were killed across Tamra."
    )
    assert _sides(later) == [["24 people", "At least 28 people"]]


def test_a_disaster_s_toll_told_lower_the_next_day_still_disagrees() -> None:
    monday, tuesday = dt.date(2026, 3, 16), dt.date(2026, 3, 17)
    struck = (
        "A strong earthquake struck the hill town of Velm on Monday. At least 20 people were "
        "killed in Velm on Monday , the governor said."
    )
    counted = (
        "Rescuers searched the rubble of Velm for a second day. The earthquake killed 15 "
        "people in Velm , the interior ministry said."
    )
    found, _revised = number_claims([(struck, monday), (counted, tuesday)])
    assert [sorted(side.value for side in c.sides) for c in found] == [
        ["15 people", "At least 20 people"]
    ]


def test_a_day_s_toll_is_not_set_beside_a_total_ten_times_larger() -> None:
    day = "Activists said 33 people died in Tamra on Thursday, including 21 in Vell."
    total = "The government puts the number of civilians killed in Tamra at 2,493."
    assert dated_disagreement_sides([(day, WEDNESDAY), (total, WEDNESDAY)]) == []


def test_a_day_s_toll_told_a_little_higher_without_its_day_still_disagrees() -> None:
    day = "Activists said 33 people died in Tamra on Thursday, including 21 in Vell."
    other = "The government said 45 people were killed in Tamra."
    assert dated_disagreement_sides([(day, WEDNESDAY), (other, WEDNESDAY)]) == [
        ["33 people", "45 people"]
    ]


def test_a_day_s_toll_beside_an_impression_of_the_whole_is_no_disagreement() -> None:
    # "Many hundreds" dead over the uprising is read at the middle of its order (some 600),
    # more than ten times Monday's 24: a total, not Monday's toll told otherwise.
    found, _revised = number_claims(
        [
            ("The Tarvin Observatory for Human Rights said 24 people were killed across "
             "Corvania on Monday, including 10 in Hama.", dt.date(2011, 8, 3)),
            ("The Security Council expresses its grave concern at the deteriorating "
             "situation in Corvania, and expresses profound regret at the death of many "
             "hundreds of people.", dt.date(2011, 8, 3)),
        ]
    )  # fmt: skip
    assert found == []


@pytest.mark.parametrize(
    "so_far",
    [
        "Rights groups say more than 90 people have been killed in Tamra .",
        "The protests have left more than 90 people dead in Tamra , rights groups say .",
        "More than 90 people have died in Tamra , rights groups say .",
    ],
)
def test_a_day_s_toll_is_not_set_beside_the_toll_so_far(so_far: str) -> None:
    day = "Activists said 33 people died in Tamra on Thursday, including 21 in Vell."
    assert dated_disagreement_sides([(day, WEDNESDAY), (so_far, WEDNESDAY)]) == []


def test_a_toll_so_far_near_the_day_s_toll_still_disagrees() -> None:
    day = "Activists said 33 people died in Tamra on Thursday, including 21 in Vell."
    so_far = "Rights groups say 45 people have been killed in Tamra ."
    assert dated_disagreement_sides([(day, WEDNESDAY), (so_far, WEDNESDAY)]) == [
        ["33 people", "45 people"]
    ]
