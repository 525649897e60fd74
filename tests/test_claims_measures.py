"""Figures that measure something else than they seem to: a gap between two things, a
distance named as one point of an orbit, an average over many.

"3 million miles closer to Earth than on its last visit" tells how much nearer one thing
came than before, "an average of 67 million miles" is not the nearest distance, and profits
up "4 percent on average" across grocers is not one grocer's growth: set beside the figure
itself, none is a disagreement. The articles are invented and written
for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

PUBLISHED = dt.date(2025, 3, 5)


def _number_disagreements(texts: list[str]) -> list[list[str]]:
    return disagreement_sides(texts, PUBLISHED)


def test_a_distance_told_as_a_gap_is_no_figure_for_the_distance() -> None:
    texts = [
        "Comet Harrow passed 3 million miles (4.8 million km) closer to Earth than it did on "
        "its last visit, astronomers at the Lindqvist Observatory said on Tuesday.",
        "Comet Harrow passed 28 million miles from Earth on Tuesday, according to the "
        "Lindqvist Observatory.",
        "Comet Harrow came within 41 million miles of Earth on Tuesday, the Lindqvist "
        "Observatory said.",
    ]
    assert _number_disagreements(texts) == [["28 million miles", "41 million miles"]]


def test_distances_named_as_different_points_of_one_orbit_are_different_measures() -> None:
    texts = [
        "The Orla probe reached a perihelion distance of 27 million miles from the Sun on "
        "Friday, the Venn Space Agency said.",
        "The Orla probe came to a perihelion distance of 31 million miles from the Sun on "
        "Friday, according to the Venn Space Agency.",
        "The Orla probe keeps an average of 67 million miles from the Sun, the Venn Space "
        "Agency said on Friday.",
    ]
    assert _number_disagreements(texts) == [["27 million miles", "31 million miles"]]


def test_an_average_over_many_is_not_the_figure_of_one_of_them() -> None:
    texts = [
        "Grocers in Varn will see profits grow by 4 percent on average next year, analysts "
        "at Pell Bank wrote on Monday.",
        "Holt Foods, the largest grocer in Varn, will see profits grow by 11 percent next "
        "year, analysts at Pell Bank wrote on Monday.",
        "Holt Foods will see profits grow by 7 percent next year, according to analysts at "
        "Pell Bank.",
    ]
    assert _number_disagreements(texts) == [["11 percent", "7 percent"]]


def test_a_depth_below_the_seabed_is_not_a_depth_below_the_surface() -> None:
    # The relief well's depth told from two levels is two measures; told from one level,
    # 2.5 miles (13,200 feet) and 17,000 feet disagree.
    seabed = (
        "Engineers said on Friday the Harl relief well met the damaged well nearly 2.5 miles "
        "below the sea floor."
    )
    surface = (
        "The coast guard said on Friday the Harl relief well met the damaged well nearly "
        "18,000 feet below the ocean surface."
    )
    assert _number_disagreements([seabed, surface]) == []
    floor = surface.replace("18,000", "17,000").replace("ocean surface", "seabed")
    assert _number_disagreements([seabed, floor]) == [["nearly 17,000 feet", "nearly 2.5 miles"]]


def test_nautical_miles_are_converted_as_nautical_miles() -> None:
    # 215 nautical miles are 398 km, as the coast guard's conversion has it; read as
    # statute miles they would be 346 km, and the two reports would disagree.
    texts = [
        "The Orla tanker sank 215 nautical miles off the Varn coast on Monday, the navy said.",
        "The Orla tanker sank about 398 km off the Varn coast on Monday, the coast guard "
        "said.",
    ]
    assert _number_disagreements(texts) == []
    farther = texts[1].replace("398 km", "450 km")
    assert _number_disagreements([texts[0], farther]) == [["215 nautical miles", "about 450 km"]]
