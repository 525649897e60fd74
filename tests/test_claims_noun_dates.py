"""A day written right after an event noun is the noun's day.

"Washington was studying a speech early Monday by Dorvan Kessel" dates the speech, not the
studying; "a speech delivered Sunday by Dorvan Kessel" dates it too, so the two reports
disagree on the day of one speech. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import disagreement_sides

PUBLISHED = dt.date(2025, 5, 13)  # a Tuesday


def test_speech_dated_after_the_noun_disagrees_with_speech_delivered_another_day() -> None:
    assert disagreement_sides(
        [
            "Diplomats in Arlo were studying a speech early Monday by Dorvan Kessel, the "
            "president's son, which warned of civil war.",
            "Diplomats in Arlo were studying a speech delivered Sunday by Dorvan Kessel, the "
            "president's son, which warned of civil war.",
        ],
        PUBLISHED,
        "date",
    ) == [["Sunday (2025-05-11)", "early Monday (2025-05-12)"]]


def test_speeches_of_two_people_on_two_days_are_two_speeches() -> None:
    assert (
        disagreement_sides(
            [
                "Diplomats in Arlo were studying a speech early Monday by Dorvan Kessel, the "
                "president's son.",
                "Diplomats in Arlo were studying a speech delivered Sunday by Mara Vell, the "
                "opposition leader.",
            ],
            PUBLISHED,
            "date",
        )
        == []
    )
