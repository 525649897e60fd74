"""A count whose noun a capitalised word narrows ("seven European countries", "four Irish
people") counts some of what the bare noun counts: it is not set beside a count without it,
while two counts narrowed alike still disagree. The articles are invented and written for
these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import dated_disagreement_sides

DAY = dt.date(2009, 4, 28)


def test_a_narrowed_count_is_not_set_beside_the_whole() -> None:
    narrowed = "The agency said seven European countries had reported cases of the Varna flu."
    whole = "The agency said 15 countries had reported cases of the Varna flu."
    assert dated_disagreement_sides([(narrowed, DAY), (whole, DAY)]) == []


def test_two_counts_narrowed_alike_still_disagree() -> None:
    one = "The agency said seven European countries had reported cases of the Varna flu."
    other = "Officials said nine European countries had reported cases of the Varna flu."
    assert dated_disagreement_sides([(one, DAY), (other, DAY)]) == [
        ["nine European countries", "seven European countries"]
    ]
