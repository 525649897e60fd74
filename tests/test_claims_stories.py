"""Claims across whole articles: several outlets, many figures, a few real disagreements.

The stories are invented and written for these tests. Each has figures that agree, figures
that changed between reports, increments, unrelated numbers, and a few planted conflicts;
only the planted ones may come out as contradictions.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims import find_contradictions, find_date_contradictions, group_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

D = dt.date

STORIES: dict[str, list[tuple[str, dt.date]]] = {
    "dam": [
        (
            "The Tarsa dam in Dorvia's Kessan province collapsed on Monday after days of heavy "
            'rain, flooding at least 12 villages downstream. At least 45 people were killed and '
            'more than 3,000 residents were forced from their homes, the provincial governor said'
            ' on Tuesday. The dam, built in 1987, held about 40 million cubic metres of water. '
            'Rescue teams have pulled 60 survivors from the mud. The government has released $15 '
            'million in emergency aid. The nearest city, Ostrel, lies about 120 kilometres '
            'downstream.',
            D(2025, 6, 4),
        ),
        (
            'Rescuers in Kessan province were still searching for the missing on Wednesday, two '
            'days after the Tarsa dam gave way on June 2. The death toll has risen to 71, with 30'
            ' people still missing, according to the interior ministry. Roughly 3,200 people have'
            ' been displaced. Officials said the dam held some 40 million cubic metres of water '
            'when it burst. The government pledged $15 million in emergency aid, and the World '
            'Bank offered another $50 million. Ostrel, about 75 miles from the dam, was spared.',
            D(2025, 6, 5),
        ),
        (
            'The Tarsa dam collapsed on May 28, according to local residents, who said warnings '
            'had been ignored for weeks. Some 20 people were killed, the residents said, far '
            'fewer than the figure given by officials. Nearly 3,000 people have fled to the city '
            'of Ostrel, which lies 300 kilometres from the dam.',
            D(2025, 6, 5),
        ),
    ],
    "mission": [
        (
            'The UN peacekeeping mission in Mirene will withdraw its 12,000 troops by the end of '
            'the year, the Security Council decided on Friday. The mission, which began in 2014, '
            'has cost more than $1 billion a year. About 3,500 of the peacekeepers are based in '
            'the eastern town of Kalo, where fighting has displaced 200,000 people since January.',
            D(2025, 2, 10),
        ),
        (
            'Only about 2,000 UN peacekeepers remain in Mirene, most of them at the airport in '
            'the capital, Vessa. The last peacekeepers left Kalo on August 30. The withdrawal, '
            'ordered in February, is due to be completed by December 31.',
            D(2025, 9, 15),
        ),
        (
            'The UN pulled its last troops out of Kalo in mid-July, a mission spokesman said on '
            "Monday. Around 2,100 peacekeepers are still in Mirene. The mission's budget was "
            'roughly $1.2 billion last year.',
            D(2025, 9, 16),
        ),
    ],
}


def found(name: str) -> list[Contradiction]:
    documents = [
        analyse_text(text, day, f"{name}-{i}") for i, (text, day) in enumerate(STORIES[name])
    ]
    provenance = Provenance()
    claims = group_claims(documents, provenance)
    return find_contradictions(claims, documents, provenance) + find_date_contradictions(
        documents, provenance
    )


def test_dam_story_reports_the_toll_the_distance_and_the_date() -> None:
    by_about = {c.about: c for c in found("dam")}
    assert set(by_about) == {
        "people killed in Kessan",
        "kilometers (Ostrel)",
        "date of 'collapsed' (Tarsa)",
    }
    toll = [side.value for side in by_about["people killed in Kessan"].sides]
    assert toll[0] == "Some 20 people"  # lower than an earlier toll, and than the same day's
    distance = {side.value for side in by_about["kilometers (Ostrel)"].sides}
    assert "300 kilometres" in distance
    dates = [side.value for side in by_about["date of 'collapsed' (Tarsa)"].sides]
    assert dates == ["May 28 (2025-05-28)", "Monday (2025-06-02)"]


@pytest.mark.parametrize("name", ["dam", "mission"])
def test_agreeing_and_changing_figures_are_not_contradictions(name: str) -> None:
    figures = {side.value for c in found(name) if c.kind == "number" for side in c.sides}
    agreeing = {
        "$15 million", "Roughly 3,200 people", "about 2,000 UN peacekeepers",
        "Around 2,100 peacekeepers", "12,000 troops", "roughly $1.2 billion",
    }  # fmt: skip
    assert not figures & agreeing


def test_mission_story_reports_only_the_withdrawal_date() -> None:
    [date] = found("mission")
    assert date.kind == "date"
    assert [side.value for side in date.sides] == [
        "mid-July (2025-07-10 to 2025-07-22)",
        "August 30 (2025-08-30)",
    ]
