"""Figures that measure something else than they seem to: a gap between two things, or a
distance named as one point of an orbit.

"3 million miles closer to Earth than on its last visit" tells how much nearer one thing
came than before, and "an average of 67 million miles" is not the nearest distance: set
beside the distance itself, neither is a disagreement. The articles are invented and written
for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

PUBLISHED = dt.date(2025, 3, 5)


def _number_disagreements(texts: list[str]) -> list[list[str]]:
    documents = [analyse_text(t, PUBLISHED, f"doc-{i}") for i, t in enumerate(texts)]
    found = [c for c in story_claims(documents, Provenance())[1] if c.kind == "number"]
    return [sorted(side.value for side in c.sides) for c in found]


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
