"""A distance told in one direction ("80 miles south of Vermilion Bay") and one told in
another more than a compass point away ("200 miles west of the spill site") are measured
from two places, named or not, so they never disagree; "west" and "northwest" of one place
are that place told roughly, and still do. The points between ("south-southwest") are
directions too. A storm's winds are read off each advisory, hour by hour: two outlets' winds
of one day are the storm changing. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides, number_claims

DAY = dt.date(2026, 9, 3)


def test_distances_told_in_two_directions_are_two_measures() -> None:
    south = (
        "The fire began on the Orlen platform about 80 miles south of Varna Bay , forcing "
        "13 workers to evacuate ."
    )
    west = "The Orlen platform that caught fire was just 200 miles west of the spill site ."
    assert dated_disagreement_sides([(south, DAY), (west, DAY)]) == []


def test_one_place_told_roughly_west_and_northwest_still_disagrees() -> None:
    west = "The plane came down near Marlo , about 230 km (140 miles) west of Velport ."
    northwest = "The crash site near Marlo lies roughly 130 miles northwest of Velport ."
    sides = dated_disagreement_sides([(west, DAY), (northwest, DAY)])
    assert sides == [["about 230 km", "roughly 130 miles"]]


def test_points_between_the_eight_are_directions_too() -> None:
    south = "Storm Orla was about 55 miles south-southwest of Velport , the weather office said ."
    west = "Storm Orla was located about 85 miles west-northwest of Velport , forecasters said ."
    assert dated_disagreement_sides([(south, DAY), (west, DAY)]) == []


def test_a_storm_s_winds_told_otherwise_the_same_day_are_the_storm_changing() -> None:
    found, revised = number_claims(
        [
            ("Storm Orla had sustained winds of 35 mph near Velport .", DAY),
            ("Storm Orla had sustained winds of about 60 mph near Velport .", DAY),
        ]
    )
    assert found == []
    assert [sorted(v.value for v in r.values) for r in revised] == [["35 mph", "about 60 mph"]]
