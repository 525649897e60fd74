"""A figure the text dates a year or more before the story's news is history: it is set
beside no figure of the story, dated or not; nor is a doing dated then set beside one dated
in the weeks before the story, which tell its news.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

from helpers import disagreement_sides

D = dt.date


def test_a_spill_of_a_war_decades_ago_is_not_set_beside_this_year_s_leak() -> None:
    documents = [
        analyse_text(text, day, f"doc-{i}")
        for i, (text, day) in enumerate(
            [
                ("Only the deliberate release of an estimated nine million barrels of oil "
                 "into the bay by retreating troops during the war in 1983 was larger.",
                 D(2021, 6, 3)),
                ("About 3.2 million barrels escaped into the bay from the Varna platform, "
                 "according to the new estimate.", D(2021, 6, 2)),
                ("The figures show that the roughly 600,000 barrels of oil that the operator "
                 "managed to collect are a small part of the spill.", D(2021, 6, 2)),
            ]
        )
    ]  # fmt: skip
    _claims, found, _revised = story_claims(documents, Provenance())
    assert [c for c in found if c.kind == "number"] == []


@pytest.mark.parametrize(
    "lately",
    [
        "Maro Tilde has been running ads all last week and this week attacking his rival.",
        "Maro Tilde sponsored a bill on port tolls earlier this month.",
    ],
)
def test_a_doing_of_years_ago_is_not_set_beside_one_of_the_last_weeks(lately: str) -> None:
    # "last week", "earlier this month" began before the story's first news but tell what
    # led to it; the senator's run of 2000 and his bill of 2005 are his history
    history = (
        "Maro Tilde ran against Kell in the primaries in 2000."
        if "running" in lately
        else "Maro Tilde sponsored a bill on port tolls in 2005."
    )
    assert disagreement_sides([history, lately], D(2008, 9, 24), kind="date") == []


def test_a_date_a_year_off_still_disagrees_with_one_of_the_months_before() -> None:
    # neither date lies in the weeks before the story: one outlet may date its subject wrong
    sides = disagreement_sides(
        [
            "The new port law in Carvel came into force last year.",
            "Carvel's new port law came into force in February 2022.",
        ],
        D(2025, 4, 1),
        kind="date",
    )
    assert [[value.split(" (")[0] for value in side] for side in sides] == [
        ["February 2022", "last year"]
    ]
