"""Figures an editor would not set side by side as sources disagreeing: a figure its own
text tells as since replaced, a count of those who refused to do a thing, two days' market
moves, shares of two stretches of time, a change beside a share of a whole, a toll told by
the order it has reached, a toll that seems to fall tenfold, what was siphoned off beside
what leaks, a figure its sentence calls an exaggeration, and a side whose only
disagreement was with a figure set aside as of another thing. Each test beside one of these
shows the figures still disagree when they are one fact told two ways.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import number_claims

D = dt.date


def _sides(texts: list[tuple[str, dt.date]]) -> list[list[str]]:
    found, _revised = number_claims(texts)
    return [sorted(side.value for side in c.sides) for c in found]


_LEAKING = ("Some 5,000 barrels a day were leaking from the Corvo well, the coast guard said.",
            D(2021, 5, 20))  # fmt: skip


def test_a_figure_told_as_first_estimated_is_not_set_against_the_day_s() -> None:
    assert not _sides(
        [
            ("The operator originally estimated that 1,000 barrels a day were leaking from "
             "the Corvo well, but days later the coast guard raised its estimate.", D(2021, 5, 20)),
            _LEAKING,
        ]
    )  # fmt: skip


def test_a_figure_told_of_the_story_s_early_days_is_not_set_against_the_day_s() -> None:
    early = (
        "Early in the spill , the coast guard issued an estimate of 1,000 barrels a day "
        "leaking from the Corvo well , but a panel of scientists now puts it far higher ."
    )
    assert not _sides([(early, D(2021, 5, 20)), _LEAKING])
    # "early on Monday" is a time of the day, not the story's early days
    monday = "Early on Monday , some 1,000 barrels a day were leaking from the Corvo well ."
    assert _sides([(monday, D(2021, 5, 20)), _LEAKING])


def test_the_same_figure_told_as_the_operator_s_estimate_still_disagrees() -> None:
    assert _sides(
        [
            ("The operator estimated that 1,000 barrels a day were leaking from the Corvo "
             "well.", D(2021, 5, 20)),
            _LEAKING,
        ]
    ) == [["1,000 barrels", "Some 5,000 barrels"]]  # fmt: skip


def test_those_who_refused_to_leave_are_no_count_of_those_who_fled() -> None:
    assert not _sides(
        [
            ("The rebels said 4,000 civilians had refused to leave their homes in Oreth.",
             D(2012, 3, 1)),
            ("Some 100,000 civilians have fled their homes in Oreth to escape the siege.",
             D(2012, 3, 1)),
        ]
    )  # fmt: skip


_FELL_3 = "Varco's shares fell nearly 3 percent in London as investors waited for news."
_FELL_4 = "Varco's shares fell more than 4 percent in London."


def test_market_moves_told_on_days_apart_are_two_days_moves() -> None:
    assert not _sides([(_FELL_3, D(2010, 5, 24)), (_FELL_4, D(2010, 5, 21))])


def test_market_moves_told_on_one_day_still_disagree() -> None:
    assert _sides([(_FELL_3, D(2010, 5, 21)), (_FELL_4, D(2010, 5, 21))]) == [
        ["more than 4 percent", "nearly 3 percent"]
    ]


def test_growth_in_a_quarter_and_growth_in_its_year_are_two_figures() -> None:
    assert not _sides(
        [
            ("Norland's economy shrank by 0.5 percent in the fourth quarter of 2010, the "
             "statistics office said.", D(2011, 1, 25)),
            ("Norland's economy grew by 3.4 % in 2010, the statistics office said.",
             D(2011, 1, 27)),
        ]
    )  # fmt: skip


def test_growth_in_one_year_told_two_ways_still_disagrees() -> None:
    assert _sides(
        [
            ("Norland's economy grew by 2.1 percent in 2010, the statistics office said.",
             D(2011, 1, 25)),
            ("Norland's economy grew by 3.4 % in 2010, the central bank said.", D(2011, 1, 27)),
        ]
    ) == [["2.1 percent", "3.4 %"]]  # fmt: skip


def test_a_change_is_not_a_share_another_verb_tells() -> None:
    assert not _sides(
        [
            ("Norland's economy grew by 3.4 % in 2010, the statistics office said.",
             D(2011, 1, 27)),
            ("The budget speech in Norland was 80 percent devoted to the economy, aides said.",
             D(2011, 1, 27)),
        ]
    )  # fmt: skip


def test_a_toll_told_by_the_order_it_reached_allows_a_larger_count() -> None:
    assert not _sides(
        [
            ("The quake in Corvia has killed many thousands of people, officials said.",
             D(2010, 1, 27)),
            ("The quake in Corvia killed as many as 200,000 people, officials said.",
             D(2010, 1, 27)),
        ]
    )  # fmt: skip


def test_a_count_below_the_order_a_toll_reached_still_disagrees() -> None:
    assert _sides(
        [
            ("Tens of thousands of people were killed by the quake in Corvia, officials said.",
             D(2010, 1, 27)),
            ("The quake in Corvia killed 8,000 people, officials said.", D(2010, 1, 27)),
        ]
    ) == [["8,000 people", "Tens of thousands of people"]]  # fmt: skip


def test_a_side_whose_only_disagreement_was_set_aside_is_not_shown() -> None:
    """33 on Thursday disagrees only with a running total, which is set aside as of another
    thing (more than ten times the day's tolls): Wednesday's nine and 39 are what is left."""
    assert _sides(
        [
            ("More than 7,500 people have been killed in Varnia, activists say. The Local "
             "Committees say 33 people died on Thursday in Varnia.", D(2012, 3, 1)),
            ("The army says 2,493 people have been killed in Varnia.", D(2012, 3, 1)),
            ("Nine people were killed on Wednesday in Varnia, the monitoring group said.",
             D(2012, 3, 7)),
            ("Opposition groups said 39 people were killed in Varnia on Wednesday.",
             D(2012, 3, 7)),
        ]
    ) == [["39 people", "Nine people"]]  # fmt: skip


def test_a_toll_that_seems_to_fall_tenfold_is_a_count_of_something_else() -> None:
    assert not _sides(
        [
            ("The security forces have killed over 800 people in Ravel, the activist said.",
             D(2011, 1, 25)),
            ("Nile TV reported Friday that 13 people have died in Ravel, citing medical "
             "sources.", D(2011, 1, 28)),
        ]
    )  # fmt: skip


def test_a_toll_that_falls_by_less_still_disagrees() -> None:
    assert _sides(
        [
            ("The security forces have killed over 80 people in Ravel, the activist said.",
             D(2011, 1, 25)),
            ("Nile TV reported Friday that 13 people have died in Ravel, citing medical "
             "sources.", D(2011, 1, 28)),
        ]
    ) == [["13 people", "over 80 people"]]  # fmt: skip


def test_what_is_siphoned_off_is_not_what_is_leaking() -> None:
    assert not _sides(
        [
            ("Norco is still trying to recoup its costs by siphoning off `` 3000 barrels/day "
             "'' from the Corvo well.", D(2010, 5, 20)),
            ("Norco had stuck by its first estimate that some 5,000 barrels, or 210,000 "
             "gallons, a day of oil was leaking from the Corvo well.", D(2010, 5, 20)),
        ]
    )  # fmt: skip


def test_an_impression_of_hundreds_is_set_aside_beside_a_day_s_tolls() -> None:
    """"Hundreds" allows any larger count, yet stands where most tolls told so lie (some
    600), beyond ten times the day's tolls it is grouped with: a count of another thing."""
    assert _sides(
        [
            ("Nine people were killed on Wednesday in Varnia, the monitoring group said.",
             D(2012, 3, 7)),
            ("Opposition groups said 39 people were killed in Varnia on Wednesday.",
             D(2012, 3, 7)),
            ("Hundreds of people have been killed in Varnia in weeks of shelling, the Red "
             "Cross said.", D(2012, 3, 7)),
        ]
    ) == [["39 people", "Nine people"]]  # fmt: skip


def test_a_figure_its_sentence_calls_an_exaggeration_is_not_reported() -> None:
    assert not _sides(
        [
            ("He said reports of hundreds killed in Ravel were an exaggeration.", D(2011, 2, 20)),
            ("Officials said 80 people were killed in Ravel.", D(2011, 2, 20)),
        ]
    )  # fmt: skip


def test_a_figure_reported_beside_its_denial_still_disagrees() -> None:
    assert _sides(
        [
            ("He said hundreds were killed in Ravel, though officials denied it.",
             D(2011, 2, 20)),
            ("Officials said 80 people were killed in Ravel.", D(2011, 2, 20)),
        ]
    ) == [["80 people", "hundreds"]]  # fmt: skip
