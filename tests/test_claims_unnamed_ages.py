"""Ages of a person the articles do not name, told in nearly the same words.

Two outlets retelling one rescue ("A 23-year-old man has been pulled alive from the rubble
of a collapsed hotel ...", "A 24-year-old man has been rescued alive from the rubble of a
collapsed hotel ...") tell one man's age two ways; two men described in a few words ("a
30-year-old man was killed") are two men. The articles are invented and written for these
tests.
"""

from __future__ import annotations

import datetime as dt

from helpers import story_disagreements


def _ages(texts: list[tuple[str, dt.date]]) -> list[list[str]]:
    found = [c for c in story_disagreements(texts) if c.about.startswith("age")]
    return [sorted(side.value for side in c.sides) for c in found]


def test_one_rescue_retold_with_two_ages_disagrees() -> None:
    assert _ages(
        [
            (
                "A 23-year-old man has been pulled alive from the rubble of a collapsed hotel "
                "in the old town of Vessa, nine days after the earthquake.",
                dt.date(2025, 4, 20),
            ),
            (
                "Rescuers heard him knocking. A 24-year-old man has been rescued alive from the "
                "rubble of a collapsed hotel in the old town of Vessa, nine days after the "
                "earthquake.",
                dt.date(2025, 4, 21),
            ),
        ]
    ) == [["23-year-old man", "24-year-old man"]]


def test_two_people_told_in_few_words_are_two_people() -> None:
    assert (
        _ages(
            [
                ("A 23-year-old man was killed in Vessa on Sunday.", dt.date(2025, 4, 20)),
                ("A 30-year-old man was killed in Vessa on Sunday.", dt.date(2025, 4, 20)),
            ]
        )
        == []
    )


def test_same_age_told_twice_agrees() -> None:
    assert (
        _ages(
            [
                (
                    "A 23-year-old man has been pulled alive from the rubble of a collapsed "
                    "hotel in the old town of Vessa, nine days after the earthquake.",
                    dt.date(2025, 4, 20),
                ),
                (
                    "A 23-year-old man has been rescued alive from the rubble of a collapsed "
                    "hotel in the old town of Vessa, nine days after the earthquake.",
                    dt.date(2025, 4, 21),
                ),
            ]
        )
        == []
    )
