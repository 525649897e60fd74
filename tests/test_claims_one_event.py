"""Claims disagree only about one event: tallies of one day's happening are set beside each
other when they are of the same day, and the dead of two days' fighting are two tolls; one
speech that two outlets date on two days is one date disagreement.

The texts are written for these tests; each runs through the real per-article stages and the
events stage before the claims stage reads it.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

D = dt.date


def disagreements(*articles: tuple[str, dt.date]) -> list[Contradiction]:
    documents = [analyse_text(text, day, f"article-{i}") for i, (text, day) in enumerate(articles)]
    _claims, contradictions, _revisions = story_claims(documents, Provenance())
    return contradictions


def test_the_dead_of_two_days_told_by_two_outlets_are_two_tolls() -> None:
    found = disagreements(
        (
            "Six people were killed on Thursday by snipers in the port of Dunmore, a doctor said.",
            D(2025, 3, 7),
        ),
        (
            "Nine people were killed on Wednesday in fighting near the northern gate of "
            "Dunmore, a nurse said.",
            D(2025, 3, 7),
        ),
    )
    assert found == []


def test_the_dead_of_one_day_told_differently_still_disagree() -> None:
    [disagreement] = disagreements(
        (
            "Six people were killed on Thursday by snipers in the port of Dunmore, a doctor said.",
            D(2025, 3, 7),
        ),
        (
            "Eleven people were killed on Thursday by snipers in Dunmore, a nurse said.",
            D(2025, 3, 7),
        ),
    )
    assert {side.value for side in disagreement.sides} == {"Six people", "Eleven people"}


def test_a_toll_told_with_an_aside_naming_some_of_the_dead_keeps_its_verb() -> None:
    # "including 20 children" sits between the figure and "died": the figure is still the
    # dead of the floods, and so set beside the other outlet's dead
    [disagreement] = disagreements(
        (
            "At least 60 people, including 20 children, died in the floods in Parrow on "
            "Monday, officials said.",
            D(2025, 3, 4),
        ),
        ("The floods in Parrow killed 25 people on Monday, the mayor said.", D(2025, 3, 4)),
    )
    assert {side.value for side in disagreement.sides} == {"At least 60 people", "25 people"}
    assert disagreement.about.startswith("people killed")


def test_one_speech_dated_on_two_days_is_reported_once() -> None:
    found = disagreements(
        (
            "Officials in Dorra were studying a speech delivered Sunday by Saif Orlan, the "
            "governor's son, which warned of civil war.",
            D(2025, 3, 11),
        ),
        (
            "Officials in Dorra were studying a speech early Monday by Saif Orlan, the "
            "governor's son, which warned of civil war.",
            D(2025, 3, 11),
        ),
    )
    [disagreement] = found
    assert [side.value for side in disagreement.sides] == [
        "Sunday (2025-03-09)",
        "early Monday (2025-03-10)",
    ]
