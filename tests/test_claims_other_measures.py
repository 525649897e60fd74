"""Figures of one story that measure other things are not set side by side.

Sources disagree only about one fact; most figures a story's articles give beside each other
are of other things: oil collected and oil gushing, a distance from a harbour and the length
of a beach, one side's dead ("from our side") and all the dead, what an amount could reach
next week, what a corrected article once said. A conversion in brackets, printed or spelt
out as a tokenised archive writes it ("-LRB- 1.7 million gallons -RRB-"), is read past, so
the words after it still say what the figure measures. Dates work alike: a day of a daily
rate is no day of one event, and the day a doing began and the day it ended are two moments.
Figures and dates of one thing still disagree. The articles are invented and written for
these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import story_disagreements

D = dt.date
DAY = D(2025, 6, 12)


def _number_sides(*texts: str) -> list[list[str]]:
    found = story_disagreements([(text, DAY) for text in texts])
    return [sorted(side.value for side in c.sides) for c in found if c.kind == "number"]


def test_a_rate_after_a_tokenised_conversion_is_still_a_rate() -> None:
    # "a day" follows the bracketed gallons: the 40,000 are a daily flow, not a stock of oil
    assert (
        _number_sides(
            "Some 11,000 barrels of oil were being trapped by the dome over the Kelso well , "
            "the company said .",
            "As much as 40,000 barrels -LRB- 1.7 million gallons -RRB- of oil a day were "
            "gushing from the Kelso well , scientists said .",
        )
        == []
    )


def test_two_daily_flows_after_tokenised_conversions_still_disagree() -> None:
    assert _number_sides(
        "About 40,000 barrels -LRB- 1.7 million gallons -RRB- of oil a day are gushing from "
        "the Kelso well , government scientists said .",
        "About 12,000 barrels -LRB- 504,000 gallons -RRB- of oil a day are gushing from the "
        "Kelso well , the company said .",
    ) == [["About 12,000 barrels", "About 40,000 barrels"]]


def test_oil_being_collected_is_not_the_oil_gushing() -> None:
    assert (
        _number_sides(
            "The company said the dome was collecting about 15,000 barrels of oil a day from "
            "the Kelso well .",
            "As much as 40,000 barrels of oil a day are gushing from the Kelso well , "
            "scientists said .",
        )
        == []
    )


def test_a_count_after_a_verb_of_counting_is_the_thing_counted() -> None:
    # "totalling" says how the spill is counted, not what was done to the oil
    assert _number_sides(
        "Halcyon said the Kelso spill was now totalling about 60,000 barrels of oil .",
        "Some 40,000 barrels of oil have leaked from the Kelso well so far , officials said .",
    ) == [["Some 40,000 barrels", "about 60,000 barrels"]]


def test_the_amount_captured_is_not_the_amount_lost() -> None:
    assert (
        _number_sides(
            "In a statement , the company put the amount being captured at 466,200 gallons .",
            "Government estimates put the total amount of oil lost at 23.7 million gallons .",
        )
        == []
    )


def test_what_an_amount_could_reach_next_week_is_no_report_of_it() -> None:
    assert (
        _number_sides(
            "Some 798,000 gallons of oil were captured by the Kelso dome , officials said .",
            "The amount of oil captured by the Kelso dome could nearly double by next week to "
            "roughly 1.17 million gallons , officials said .",
        )
        == []
    )


def test_a_stretch_of_beach_is_not_a_distance_from_a_harbour() -> None:
    # both sentences happen to say "stretch": the beach's length is still no distance
    assert (
        _number_sides(
            "Officials in Brora posted signs warning bathers off a six-mile -LRB- 10-kilometer "
            "-RRB- stretch of oil-fouled beaches .",
            "One of the slicks is as close as 3 miles south of Brora Harbour , next to a "
            "stretch of dunes , officials said .",
        )
        == []
    )


def test_one_side_s_dead_are_not_all_the_dead() -> None:
    assert (
        _number_sides(
            "The minister said 700 people were killed on the side of the army since March .",
            "The United Nations says 2,200 people have been killed since March .",
        )
        == []
    )


def test_a_speaker_s_own_side_s_dead_are_not_all_the_dead() -> None:
    assert (
        _number_sides(
            "`` Two people were killed from our side and many more injured , '' a rebel "
            "spokesman in Vell said .",
            "At least 15 people died in Vell , according to one doctor .",
        )
        == []
    )


def test_all_the_dead_told_differently_still_disagree() -> None:
    assert _number_sides(
        "The minister said 1,400 people were killed since March .",
        "The United Nations says 2,200 people have been killed since March .",
    ) == [["1,400 people", "2,200 people"]]


def test_what_a_corrected_article_once_said_is_no_figure_of_the_story() -> None:
    assert (
        _number_sides(
            "This article was amended on 6 May . The original said that the Kelso well was "
            "spewing 5,000 gallons of oil a day into the bay . This has been corrected .",
            "The Kelso well has been spewing at least 210,000 gallons of oil a day into the "
            "bay , officials said .",
        )
        == []
    )


def test_a_day_of_a_daily_collection_is_no_date_of_one_event() -> None:
    # last week's daily rate and Wednesday's tally are two days of one doing, not one event
    found = story_disagreements(
        [
            (
                "Halcyon has said the Kelso dome was collecting about 15,000 barrels of oil a "
                "day last week .",
                DAY,
            ),
            (
                "Halcyon said the Kelso dome collected 15,800 barrels of oil on Wednesday .",
                DAY,
            ),
        ]
    )
    assert [c for c in found if c.kind == "date"] == []


def test_a_gap_after_a_tokenised_conversion_is_no_distance() -> None:
    # "30 miles (48 km) closer than": how much nearer one terminal is, not how far it lies
    assert (
        _number_sides(
            "The new Kelso terminal lies 30 miles -LRB- 48 km -RRB- closer to shore than the "
            "old Kelso terminal , engineers said .",
            "The new Kelso terminal lies 80 miles -LRB- 129 km -RRB- from shore , engineers "
            "said .",
        )
        == []
    )


def test_distances_off_two_coasts_after_tokenised_conversions_are_two_places() -> None:
    assert (
        _number_sides(
            "The Kelso rig sank 50 miles -LRB- 80 km -RRB- off the Brora coast , the company "
            "said .",
            "Tar balls from the Kelso rig washed up 14 miles -LRB- 22 km -RRB- off the Dunnet "
            "coast , officials said .",
        )
        == []
    )


def _date_sides(*texts: str) -> list[list[str]]:
    found = story_disagreements([(text, DAY) for text in texts])
    return [sorted(side.value for side in c.sides) for c in found if c.kind == "date"]


def test_the_day_a_doing_began_and_the_day_it_ended_are_two_moments() -> None:
    assert (
        _date_sides(
            "Halcyon began pumping mud into the Kelso well on Monday , the company said .",
            "Halcyon finished pumping cement into the Kelso well on Wednesday , officials said .",
        )
        == []
    )


def test_the_day_a_doing_began_told_differently_still_disagrees() -> None:
    assert _date_sides(
        "Halcyon began pumping mud into the Kelso well on Monday , the company said .",
        "Halcyon began pumping mud into the Kelso well on Wednesday , officials said .",
    ) == [["Monday (2025-06-09)", "Wednesday (2025-06-11)"]]


def test_the_ends_of_one_estimate_are_not_two_sources_disagreeing() -> None:
    # One company paper gave a low-ball estimate and a worst case: two figures of it, not
    # outlets telling one rate differently. The worst case told twice is one figure.
    assert (
        _number_sides(
            "The company document showed a low-ball estimate of 55,000 barrels of oil a "
            "day leaking from the Harlan well.",
            "The company estimated the worst possible leak from the Harlan well at 100,000 "
            "barrels of oil a day.",
        )
        == []
    )


def test_two_outlets_estimates_of_one_case_still_disagree() -> None:
    assert _number_sides(
        "Engineers put the worst-case leak from the Harlan well at 100,000 barrels of oil a "
        "day.",
        "Regulators put the worst-case leak from the Harlan well at 60,000 barrels of oil a "
        "day.",
    ) == [["100,000 barrels", "60,000 barrels"]]
