"""A date told as another event's ("sent on the same day that the inspectors reported") says
which day only through that other event; a reader of one article may tie it to the wrong
one, so it is never a side against an article that names the day. The articles are invented
and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

D = dt.date


def test_the_same_day_as_another_event_does_not_disagree_with_a_named_day() -> None:
    documents = [
        analyse_text(
            "The Harwell inspectors first visited the Tarrow plant on January 12, 2024. The "
            "minister's 13-page memo was sent to Mr Hallam on the same day that the chief "
            "inspector told parliament the plant was safe.",
            D(2025, 4, 28),
            "doc-0",
        ),
        analyse_text(
            "The minister's 13-page memo was sent to Mr Hallam on March 7 2025, officials "
            "confirmed on Monday.",
            D(2025, 4, 28),
            "doc-1",
        ),
    ]
    _claims, found, _revised = story_claims(documents, Provenance())
    assert [c for c in found if c.kind == "date"] == []
