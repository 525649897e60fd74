"""Counts told as none, and percentages that compare two things.

"No one was injured" is a count of the hurt, 0, and a reader sets it against "two people
were injured" in another outlet's report of the same fire; "no one else", "no one on the
ground" and "none of the crew" count only some of them and are no figure for the whole. A
toll of none that later grows is a revision, not a disagreement. "14 percent bigger" in one
report and "7 percent bigger" in another, days apart, is one comparison told two ways: the
size of a thing does not move between reports as prices and tolls do. The articles are
invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.models import Contradiction

from helpers import number_claims

D = dt.date


def _sides(found: list[Contradiction]) -> list[list[str]]:
    return [sorted(side.value for side in c.sides) for c in found]


def test_no_one_hurt_disagrees_with_two_hurt_in_the_same_fire() -> None:
    found, revised = number_claims(
        [
            ("A storage shed caught fire at the Brellin marina on Saturday night and two people "
             "were injured, the harbour police said.", D(2025, 5, 4)),
            ("Fire crews put out a blaze in a storage shed at the Brellin marina on Saturday "
             "night. The marina's owner said in a statement that no one was injured.",
             D(2025, 5, 4)),
        ]
    )  # fmt: skip
    assert _sides(found) == [["no one", "two people"]]
    assert not revised


def test_no_injuries_reported_is_a_count_of_none() -> None:
    found, _revised = number_claims(
        [
            ("Three people were hurt when a tram left the rails in central Ossary on Monday "
             "morning, the city transport authority said.", D(2025, 9, 2)),
            ("A tram left the rails in central Ossary on Monday morning. No injuries were "
             "reported, according to the tram operator.", D(2025, 9, 2)),
        ]
    )  # fmt: skip
    assert _sides(found) == [["No injuries", "Three people"]]


def test_a_none_told_of_some_of_the_people_is_no_count_of_all() -> None:
    found, _revised = number_claims(
        [
            ("Two people were injured when a cargo plane skidded off the runway at Tellaby "
             "airport on Sunday, the airport said.", D(2025, 11, 3)),
            ("A cargo plane skidded off the runway at Tellaby airport on Sunday. No one on the "
             "ground was hurt, the airport said.", D(2025, 11, 3)),
            ("A cargo plane skidded off the runway at Tellaby airport on Sunday and two of its "
             "crew were hurt. No one else was injured, the airport said.", D(2025, 11, 3)),
            ("A cargo plane skidded off the runway at Tellaby airport on Sunday. None of the "
             "passengers were hurt, the airport said.", D(2025, 11, 3)),
            ("A cargo plane skidded off the runway at Tellaby airport on Sunday. No one was "
             "hurt at the cargo terminal, the airport said.", D(2025, 11, 3)),
        ]
    )  # fmt: skip
    assert found == []


def test_a_running_tally_of_none_is_no_count_of_one_incident() -> None:
    found, _revised = number_claims(
        [
            ("A car bomb exploded in central Ossary on Tuesday, injuring three people, state "
             "television reported.", D(2025, 4, 22)),
            ("Monitors from the Varn mission have patrolled Ossary for a month. \"Until now we "
             "are lucky no one has been injured,\" their spokeswoman said on Tuesday.",
             D(2025, 4, 22)),
            ("Health officials in Ossary tracked the outbreak on Tuesday. There have been no "
             "deaths, they said.", D(2025, 4, 22)),
        ]
    )  # fmt: skip
    assert found == []


def test_a_toll_of_none_that_grows_later_is_a_revision() -> None:
    found, revised = number_claims(
        [
            ("Flood water swept through the village of Marrow on Tuesday. No one was killed, "
             "the district council said.", D(2025, 3, 12)),
            ("The floods in Marrow have killed four people, the district council said on "
             "Friday, after bodies were found downstream.", D(2025, 3, 15)),
        ]
    )  # fmt: skip
    assert found == []
    assert [[v.value for v in r.values] for r in revised] == [["No one", "four people"]]


def test_a_size_compared_in_percent_is_told_two_ways_not_revised() -> None:
    found, revised = number_claims(
        [
            ("This weekend's full moon looks 14 percent bigger and 30 percent brighter, the "
             "Halden Planetarium said.", D(2025, 8, 5)),
            ("This weekend's full moon looks 7 percent bigger and 30 percent brighter, "
             "astronomers said.", D(2025, 8, 9)),
        ]
    )  # fmt: skip
    assert _sides(found) == [["14 percent", "7 percent"]]
    assert not revised


def test_a_price_compared_in_percent_may_move_between_reports() -> None:
    found, _revised = number_claims(
        [
            ("Bread prices in Varn are 14 percent higher, the statistics office said.",
             D(2025, 8, 5)),
            ("Bread prices in Varn are 7 percent higher, the statistics office said.",
             D(2025, 9, 5)),
            ("Holt Foods now expects a 20 percent larger loss, its chief executive says.",
             D(2025, 8, 5)),
            ("Holt Foods now expects a 12 percent larger loss, its chief executive says.",
             D(2025, 9, 5)),
        ]
    )  # fmt: skip
    assert found == []


def test_a_quake_magnitude_told_two_ways_is_a_disagreement() -> None:
    found, revised = number_claims(
        [
            ("A magnitude 6.8 earthquake struck off the coast of Tarn province on Sunday "
             "morning, the Tarn Seismology Institute said.", D(2025, 4, 6)),
            ("The 7.0-magnitude quake hit near the port of Essel on Sunday, killing at least "
             "12 people, the Global Quake Survey said.", D(2025, 4, 7)),
            ("Rescuers searched the rubble in Essel after Sunday's earthquake, which measured "
             "7 on the Richter scale.", D(2025, 4, 7)),
            ("It was the strongest quake in Tarn since a magnitude 8.1 quake in 2014, the "
             "Global Quake Survey said.", D(2025, 4, 7)),
        ]
    )  # fmt: skip
    assert _sides(found) == [["7.0-magnitude", "magnitude 6.8"]]
    assert not revised


def test_aftershocks_and_earlier_quakes_are_other_quakes() -> None:
    found, _revised = number_claims(
        [
            ("A magnitude 7.0 earthquake struck Tarn province on Sunday, the Tarn Seismology "
             "Institute said.", D(2025, 4, 6)),
            ("It was the strongest quake in Tarn since a magnitude 7.3 quake in 2014, the "
             "Global Quake Survey said.", D(2025, 4, 7)),
            ("A magnitude 6.7 aftershock hit Tarn an hour after the first quake, the Global "
             "Quake Survey said.", D(2025, 4, 7)),
            ("The quake in Tarn was followed by two aftershocks of magnitude 6.6 and 5.6, the "
             "institute said.", D(2025, 4, 7)),
            ("A magnitude 6.1 tremor shook Tarn again on Friday, five days after the "
             "earthquake that killed 40 people.", D(2025, 4, 11)),
        ]
    )  # fmt: skip
    assert found == []


def test_a_star_magnitude_is_no_quake_magnitude() -> None:
    found, _revised = number_claims(
        [
            ("Jupiter shines at magnitude 2.1 before dawn this week, the Halden Planetarium "
             "said.", D(2025, 1, 6)),
            ("Jupiter shines at magnitude 2.4 before dawn this week, astronomers said.",
             D(2025, 1, 7)),
        ]
    )  # fmt: skip
    assert found == []
