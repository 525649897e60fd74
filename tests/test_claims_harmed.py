"""Tolls told by the adjective of the harmed: "left 25 dead", "40 wounded".

"Clashes that left 25 dead earlier in the day" counts the dead as surely as "25 people were
killed": the adjective is what is counted, whatever words follow it, so the figure stands
beside the other tolls of its place and day. The articles are invented and written for these
tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

PUBLISHED = dt.date(2025, 3, 9)


def _numbers(texts: list[str]) -> list[list[str]]:
    documents = [analyse_text(t, PUBLISHED, f"toll-{i}") for i, t in enumerate(texts)]
    found = [c for c in story_claims(documents, Provenance())[1] if c.kind == "number"]
    return [sorted(side.value for side in c.sides) for c in found]


def test_dead_followed_by_other_words_disagrees_with_people_killed() -> None:
    assert _numbers(
        [
            "Fresh clashes in Marrow left 25 dead earlier in the day, a doctor at the city's "
            "main hospital said.",
            "Sixty people were killed in clashes in Marrow on Sunday, a doctor at the city's "
            "main hospital said.",
        ]
    ) == [["25 dead", "Sixty people"]]


def test_wounded_are_not_read_as_the_dead() -> None:
    assert (
        _numbers(
            [
                "Fresh clashes in Marrow left 25 wounded earlier in the day, a doctor at the "
                "city's main hospital said.",
                "Sixty people were killed in clashes in Marrow on Sunday, a doctor at the city's "
                "main hospital said.",
            ]
        )
        == []
    )


def test_same_dead_in_other_words_agree() -> None:
    assert (
        _numbers(
            [
                "Fresh clashes in Marrow left 25 dead on Sunday, a doctor at the city's main "
                "hospital said.",
                "Twenty-five people were killed in clashes in Marrow on Sunday, a doctor said.",
            ]
        )
        == []
    )
