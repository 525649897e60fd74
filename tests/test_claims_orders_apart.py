"""Figures two orders of magnitude apart are two things, however alike their sentences.

An outbreak's toll beside the toll of a pandemic decades ago, told in the same words
("killed ... people"), is not a disagreement: sources that count one thing differ by a
share of it, at worst tenfold. A toll that grows a hundredfold over weeks is a revision,
which this leaves alone. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

DAY = dt.date(2026, 3, 14)


def test_an_outbreak_toll_is_not_set_beside_a_past_pandemic_toll() -> None:
    sides = disagreement_sides(
        [
            "A new strain of flu has killed 81 people in Corvania, the health ministry said "
            "on Saturday.",
            "Doctors fear the outbreak could spread. The last flu pandemic killed an "
            "estimated 1 million people, the health ministry said on Saturday.",
        ],
        DAY,
    )
    assert sides == []


def test_a_police_count_and_a_witness_count_still_disagree() -> None:
    sides = disagreement_sides(
        [
            "Police said 14 people were arrested during the protests in Dalmor on Saturday.",
            "Witnesses said hundreds of people were arrested during the protests in Dalmor on "
            "Saturday.",
        ],
        DAY,
    )
    assert len(sides) == 1
