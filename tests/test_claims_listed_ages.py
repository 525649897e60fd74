"""A bare number between a name's comma and another comma or a dash is the person's age: a
list of the rescued with their ages ("Marta Cole , 84 - saved after 10 days") counts no one,
so none of its numbers is set beside a count of the rescued. The articles are invented and
written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

DAY = dt.date(2026, 1, 28)
RESCUED = "Rescue teams in Morvane have rescued 130 people since the earthquake."


def test_a_list_of_the_rescued_with_their_ages_counts_no_one() -> None:
    listed = (
        "Pela Varo , early 30s - rescued after 12 days Tomas Adler , 24 , found after 11 "
        "days Ilse Varga , 21 - rescued after 10 days Marta Cole , 84 - saved after 10 days "
        "in Morvane ."
    )
    assert dated_disagreement_sides([(listed, DAY), (RESCUED, DAY)]) == []


def test_a_count_of_the_rescued_still_disagrees() -> None:
    other = "Rescue teams in Morvane have rescued 84 people since the earthquake."
    assert dated_disagreement_sides([(other, DAY), (RESCUED, DAY)]) == [
        ["130 people", "84 people"]
    ]
