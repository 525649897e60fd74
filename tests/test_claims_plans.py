"""A mission's plan dated by two of its stages, and what happened dated stage by stage.

"is planned to orbit Mars in 2027" and "will launch in October 2026" date one plan, the
capsule's mission, twice; "launched on Monday" and "orbited on Thursday" are two stages of
what happened, each on its own day. The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance


def dates(*texts: tuple[str, dt.date]) -> list[Contradiction]:
    documents = [
        analyse_text(text, published, f"plan-{i}") for i, (text, published) in enumerate(texts)
    ]
    return [c for c in story_claims(documents, Provenance())[1] if c.kind == "date"]


ORBIT = (
    "Engineers at Tallis Works are fitting the heat shield of the Kestrel capsule, built by "
    "the Varna agency and planned to orbit Mars uncrewed in 2027.",
    dt.date(2026, 1, 2),
)
LAUNCH = (
    "The Kestrel capsule, carried by a heavy rocket, will launch from a newly refitted pad at "
    "Sorel Point in October 2026.",
    dt.date(2026, 1, 3),
)


def test_a_plan_told_by_its_orbit_and_by_its_launch_is_one_plan_dated_twice() -> None:
    found = dates(ORBIT, LAUNCH)
    assert [sorted(side.value for side in c.sides) for c in found] == [
        ["2027 (2027-01-01 to 2027-12-31)", "October 2026 (2026-10-01 to 2026-10-31)"]
    ]


def test_a_launch_and_an_orbit_that_happened_are_two_stages_on_their_own_days() -> None:
    found = dates(
        ("The Kestrel capsule launched from Sorel Point on Monday.", dt.date(2026, 10, 9)),
        ("The Kestrel capsule orbited Mars for the first time on Wednesday.", dt.date(2026, 10, 9)),
    )
    assert found == []
