"""A figure the text dates a year or more before the story's news is history: it is set
beside no figure of the story, dated or not.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

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
