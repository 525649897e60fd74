"""A length told as a thing's extent ("70 miles (110 km) of Tarvin's coastline", "a 22-mile
plume of oil") is that thing's, not how far off the coast the well lies: the two are other
measures, never sides of one disagreement. Two extents of the coastline fouled still
disagree. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import disagreement_sides

DAY = dt.date(2026, 5, 30)
WELL = (
    "There is a risk a weak spot in the blowout preventer that sits on top of the well could "
    "breach under the pressure, causing a new leak at the site 50 miles (80 km) off the "
    "Tarvin coast."
)


@pytest.mark.parametrize(
    "extent",
    [
        "The thick crude has already fouled more than 70 miles (110 km) of Tarvin's "
        "coastline, putting the fishing industry at risk.",
        "The thick crude has already fouled more than 110km -LRB- 70 miles -RRB- of Tarvin 's "
        "coastline , putting the fishing industry at risk .",
        "A thick, 22-mile plume of oil found by researchers off the Halder well site was "
        "nearing an underwater canyon off the Tarvin coast.",
    ],
)
def test_an_extent_is_not_how_far_off_the_coast_the_well_is(extent: str) -> None:
    assert disagreement_sides([WELL, extent], DAY) == []


def test_two_extents_of_the_fouled_coastline_disagree() -> None:
    sides = disagreement_sides(
        [
            "The coast guard reported that around 105 miles of Tarvin coastline have been "
            "fouled by the Halder spill.",
            "State officials said 150 miles of Tarvin coastline have been fouled by the "
            "Halder spill.",
        ],
        DAY,
    )
    assert sides == [["150 miles", "around 105 miles"]]
