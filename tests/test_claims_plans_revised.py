"""Plans revised: a figure told as what is to come ("will seek up to five warrants") and told
again on a later day with another figure ("will request three") is the plan as it now
stands, listed as a revision with when each was told, not two sources disagreeing; told
otherwise on one day, it is a disagreement.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import number_claims

D = dt.date


def test_a_plan_told_again_days_later_with_another_figure_is_a_revision() -> None:
    found, revised = number_claims(
        [
            ("The north harbour at Velmar will close 12 berths for dredging, according "
             "to the port authority.", D(2024, 3, 4)),
            ("The north harbour at Velmar will close eight berths for dredging, according "
             "to the port authority.", D(2024, 3, 7)),
        ]
    )  # fmt: skip
    assert not found
    assert [[(v.value, v.as_of) for v in r.values] for r in revised] == [
        [("12 berths", "from 2024-03-04"), ("eight berths", "from 2024-03-07")]
    ]


def test_a_plan_told_days_later_on_another_body_s_word_is_a_disagreement() -> None:
    found, revised = number_claims(
        [
            ("The north harbour at Velmar will close 12 berths for dredging, according "
             "to the port authority.", D(2024, 3, 4)),
            ("The north harbour at Velmar will close eight berths for dredging, according "
             "to the dockers' union.", D(2024, 3, 7)),
        ]
    )  # fmt: skip
    assert not revised
    assert [sorted(s.value for s in c.sides) for c in found] == [["12 berths", "eight berths"]]


def test_a_plan_told_otherwise_by_two_sources_on_one_day_is_a_disagreement() -> None:
    found, revised = number_claims(
        [
            ("The north harbour at Velmar will close 12 berths for dredging, according "
             "to shipping agents.", D(2024, 3, 4)),
            ("The north harbour at Velmar will close eight berths for dredging, according "
             "to a union official.", D(2024, 3, 4)),
        ]
    )  # fmt: skip
    assert not revised
    assert [sorted(s.value for s in c.sides) for c in found] == [["12 berths", "eight berths"]]


def test_a_plan_with_an_adverb_after_its_would_is_still_a_plan() -> None:
    found, revised = number_claims(
        [
            ("The prosecutor of the Arlan tribunal said he would initially ask for up to "
             "five arrest warrants over the shelling of Dorvik.", D(2023, 5, 2)),
            ("The prosecutor of the Arlan tribunal said he would ask for three arrest "
             "warrants over the shelling of Dorvik.", D(2023, 5, 4)),
        ]
    )  # fmt: skip
    assert not found
    assert [[v.value for v in r.values] for r in revised] == [
        ["up to five arrest warrants", "three arrest warrants"]
    ]
