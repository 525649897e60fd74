"""Figures and dates that tell another thing than the one a disagreement is about.

Two distances from one city are of two places when each names its own ("Misrata, 200 km
east of the capital", "Ras Lanuf, 660 km east of the capital"); the same place told at two
distances still disagrees. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

DAY = dt.date(2026, 3, 14)


def test_two_towns_distances_from_one_capital_are_two_distances() -> None:
    sides = disagreement_sides(
        [
            "Government troops shelled the rebel-held port of Marsana , 200 km east of the "
            "capital Tolvar , on Saturday , residents said .",
            "Rebels said they held the oil town of Kefra , a dusty crossroads , 660 km east "
            "of the capital Tolvar , after government troops withdrew on Saturday .",
        ],
        DAY,
    )
    assert sides == []


def test_one_towns_distance_told_two_ways_still_disagrees() -> None:
    sides = disagreement_sides(
        [
            "Government troops shelled the rebel-held port of Marsana , 200 km east of the "
            "capital Tolvar , on Saturday , residents said .",
            "Residents of Marsana , 260 km east of the capital Tolvar , said government "
            "troops shelled the port on Saturday .",
        ],
        DAY,
    )
    assert len(sides) == 1
