"""Counts of one rescue told by two sources in different words.

"Some 122 people have been saved, according to the US government" and "132 people have been
rescued since the earthquake, the UN says" count the same people: "according to" names who
says it, not where they were saved; "since the earthquake" keeps the count over the whole of
the one incident, as a count with no stretch does; and "some 122", a count someone made,
allows less than an estimate such as "some 120". The articles are invented and written for
these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides, number_claims

PUBLISHED = dt.date(2025, 2, 14)


def test_count_according_to_a_government_is_not_placed_in_its_country() -> None:
    assert disagreement_sides(
        [
            "Some 300 people have been saved by rescue teams, according to the US government.",
            "Rescue teams in Vessa have saved 150 people from the rubble, the UN said.",
        ],
        PUBLISHED,
    ) == [["150 people", "Some 300 people"]]


def test_count_since_the_earthquake_is_the_whole_count() -> None:
    assert disagreement_sides(
        [
            "Rescue teams in Vessa have saved 150 people from the rubble, the UN said.",
            "The Red Cross says 90 people have been rescued in Vessa since the earthquake "
            "struck a week ago.",
        ],
        PUBLISHED,
    ) == [["150 people", "90 people"]]


def test_count_since_protests_began_stays_apart_from_one_day() -> None:
    assert (
        disagreement_sides(
            [
                "Police in Vessa arrested 40 people on Tuesday, the interior ministry said.",
                "Some 900 people have been arrested in Vessa since the protests began in "
                "March, the interior ministry said.",
            ],
            PUBLISHED,
        )
        == []
    )


def test_hedged_exact_count_is_narrower_than_a_hedged_round_one() -> None:
    made = [
        "Some 122 people have been saved from the rubble in Vessa, the interior ministry said.",
        "Rescue teams have saved 132 people from the rubble in Vessa, the UN said.",
    ]
    estimated = [
        "Some 120 people have been saved from the rubble in Vessa, the interior ministry said.",
        "Rescue teams have saved 130 people from the rubble in Vessa, the UN said.",
    ]
    assert disagreement_sides(made, PUBLISHED) == [["132 people", "Some 122 people"]]
    assert disagreement_sides(estimated, PUBLISHED) == []


def test_a_rescue_told_as_pulled_alive_is_a_count_of_the_rescued() -> None:
    assert disagreement_sides(
        [
            "Rescuers in Vessa pulled 12 people alive from the rubble of the market, the UN said.",
            "Rescue teams in Vessa have saved 40 people from the rubble of the market, the Red "
            "Cross said.",
        ],
        PUBLISHED,
    ) == [["12 people", "40 people"]]


def test_the_rescued_so_far_only_grow_and_a_day_s_rescue_is_no_fall() -> None:
    # The count of the rescued rises as the UN tells it; "two people have been rescued" a
    # day after "130 people" is that day's rescue, not the count fallen from 130 to two.
    _found, revised = number_claims(
        [
            ("Rescue teams have saved 130 people from the rubble in Vessa, the UN said.",
             dt.date(2025, 2, 12)),
            ("Two people have been rescued in Vessa after ten days under the rubble.",
             dt.date(2025, 2, 13)),
            ("Rescue teams have saved 132 people from the rubble in Vessa, the UN said.",
             dt.date(2025, 2, 14)),
        ]
    )  # fmt: skip
    assert [[v.value for v in r.values] for r in revised] == [["130 people", "132 people"]]


def test_an_aside_naming_who_they_are_leaves_the_count_its_own_verb() -> None:
    # "were pulled alive" is the two people's verb, past the aside naming them: they are
    # the rescued another source counts as four.
    assert disagreement_sides(
        [
            "Two people, an 84-year-old woman and a 21-year-old man, were pulled alive from "
            "the rubble of the market in Vessa on Friday.",
            "Rescuers pulled four people alive from the rubble of the market in Vessa on "
            "Friday, the UN said.",
        ],
        PUBLISHED,
    ) == [["Two people", "four people"]]


def test_an_aside_telling_who_said_it_or_when_is_no_part_of_the_count() -> None:
    # ", a local official said," and ", a hospital official said," tell who gives the
    # count: the verb after them is another clause's, so 12 are still the killed and 300
    # the injured, no count of the rescued
    assert disagreement_sides(
        [
            "Troops killed 12 people in Kell, a local official said, as 40 others were injured.",
            "Troops killed 30 people in Kell on Friday, the UN said.",
        ],
        PUBLISHED,
    ) == [["12 people", "30 people"]]
    assert disagreement_sides(
        [
            "On Friday the quake in Vessa injured 300 people, a hospital official said, while "
            "others were pulled alive from the rubble.",
            "Rescuers in Vessa pulled 40 people alive from the rubble on Friday, the UN said.",
        ],
        PUBLISHED,
    ) == []


def test_people_pulled_from_the_rubble_are_not_told_as_rescued() -> None:
    # pulled from the rubble, dead or alive: no count of the rescued, unless told alive
    assert disagreement_sides(
        [
            "At least 40 people were pulled from the rubble of the market in Vessa on Friday.",
            "Rescuers in Vessa pulled 12 people alive from the rubble of the market on Friday.",
        ],
        PUBLISHED,
    ) == []

