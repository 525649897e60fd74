"""Where a count is told of: a place named past a few words ("in the old river town of Vell"),
a place a day is told right after ("in Tamra Monday": Tamra, not a place called "Tamra
Monday"), and "there" for the place its sentence named before ("killed in Tamra, bringing
the death toll there to 31"), and the place told after two figures joined by "and" ("13 have
died and 75 were injured in Vell": both in Vell). A capitalised adverb a headline glued
before a sentence leaves ("... the oil leak Initially , Korvane tried") is no place. Tolls of
two towns are two counts, not one count told two ways; the same town's toll told otherwise
still disagrees. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

MONDAY = dt.date(2026, 8, 17)
VELL = (
    "Activists said five people were killed and 15 wounded in the old river town of Vell , "
    "when troops opened fire on a march ."
)


def test_a_town_named_past_a_few_words_is_where_its_toll_is() -> None:
    other = "Activists said 30 people were killed in Tamra , when troops shelled the market ."
    assert disagreement_sides([VELL, other], MONDAY) == []


def test_the_same_town_s_toll_told_otherwise_still_disagrees() -> None:
    other = "A medic said 30 people were killed in Vell , when troops opened fire on a march ."
    assert disagreement_sides([VELL, other], MONDAY) == [["30 people", "five people"]]


def test_there_is_the_place_named_before_in_its_sentence() -> None:
    other = (
        "A local group said three people were killed in Tamra on Monday by shellfire from "
        "the hills above the river , bringing the death toll there to 31 ."
    )
    assert disagreement_sides([VELL, other], MONDAY) == []


def test_a_day_told_after_a_town_is_no_part_of_its_name() -> None:
    other = "A medic said 30 people were killed in Vell Monday , when troops opened fire ."
    assert disagreement_sides([VELL, other], MONDAY) == [["30 people", "five people"]]


def test_two_figures_joined_by_and_share_the_place_told_after_them() -> None:
    national = (
        "Six people have died in the protests in Corvania this week , according to the "
        "Corvanian Interior Ministry ."
    )
    town = (
        "But a broadcaster reported Friday that 13 have died and 75 were injured in Vell , "
        "south of Tamra , citing medical sources ."
    )
    assert disagreement_sides([national, town], MONDAY) == []


def test_a_capitalised_adverb_after_a_glued_headline_is_no_place() -> None:
    first = (
        "A 98-tonne concrete-and-steel funnel lowered 5,000 ft to the seabed had been "
        "Korvane 's best hope to contain the main leak ."
    )
    second = (
        "Efforts to cap the oil leak Initially , Korvane tried to lower a 125-tonne "
        "concrete-and-steel funnel over the main leak on the sea floor ."
    )
    assert disagreement_sides([first, second], MONDAY) == [["125-tonne", "98-tonne"]]
