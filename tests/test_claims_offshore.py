"""Where a story's site lies off a coast, told at two distances by two outlets.

In a large story the words of "off the coast" are in most articles and no longer tell one
figure's subject from another's, so the coast a distance is told off says what it measures.
The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

SANK = "The rig went down on Thursday about 40 miles off the Kessan coast."
DRILLING = (
    "The crew was finishing the well about 55 miles off the Kessan coast when the platform "
    "exploded, the company said."
)
COVERAGE = [
    "Boats laid booms off the coast on Friday to keep the oil from the beaches.",
    "Fishing was halted off the coast of Kessan on Saturday, the ministry said.",
    "Crews sprayed dispersants off the coast as the slick spread on Sunday.",
    "Officials in Kessan said the cleanup could take months.",
    "The company said it would pay for the cleanup.",
    "Shares in the company fell on Monday as the cleanup began.",
]


def test_one_site_told_at_two_distances_off_one_coast_disagrees() -> None:
    found = disagreement_sides([SANK, DRILLING, *COVERAGE], dt.date(2025, 4, 23))
    assert found == [["about 40 miles", "about 55 miles"]]


def test_distances_off_two_coasts_are_two_measures() -> None:
    other = DRILLING.replace("Kessan coast", "coast of Velport")
    assert disagreement_sides([SANK, other, *COVERAGE], dt.date(2025, 4, 23)) == []


def test_a_distance_from_the_site_is_not_the_site_s_distance_off_the_coast() -> None:
    skimmer = (
        "The skimmer was sent to a spot 14 miles northwest of the rig site off the Kessan "
        "coast."
    )
    assert disagreement_sides([SANK, skimmer, *COVERAGE], dt.date(2025, 4, 23)) == []
