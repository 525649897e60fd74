"""The year in brackets after a numbered document is the document's own year.

"The ceasefire set out in resolution 212 (1994)" and "the terms of the ceasefire contained in
resolution 212 (1995)" give one resolution two years, whatever verbs the sentences use; two
resolutions of other numbers are two documents. The articles are invented and written for
these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

PUBLISHED = dt.date(2025, 6, 3)


def test_one_resolution_given_two_years_disagrees() -> None:
    assert disagreement_sides(
        [
            "The war in Ostrel was brought to an end by the ceasefire set out by the Council "
            "in resolution 212 (1994).",
            "Any force used must aim to enforce the terms of the ceasefire contained in "
            "resolution 212 (1995) and later resolutions.",
        ],
        PUBLISHED,
        "date",
    ) == [["1994 (1994-01-01 to 1994-12-31)", "1995 (1995-01-01 to 1995-12-31)"]]


def test_resolutions_of_two_numbers_are_two_documents() -> None:
    assert (
        disagreement_sides(
            [
                "The war in Ostrel was brought to an end by the ceasefire set out by the "
                "Council in resolution 212 (1994).",
                "Any force used must aim to enforce the terms of the ceasefire contained in "
                "resolution 218 (1995) and later resolutions.",
            ],
            PUBLISHED,
            "date",
        )
        == []
    )
