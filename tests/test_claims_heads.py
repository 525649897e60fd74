"""Figures of one counted thing written with and without the noun before its head.

"some 1,600 police officers" and "about 300 officers" count the same officers: the head of
a compound ("officers") is what is counted, the noun before it ("police") says which. The
articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Provenance

PUBLISHED = dt.date(2025, 1, 2)


def test_police_officers_and_officers_guarding_one_square_disagree() -> None:
    texts = [
        "About 300 officers guarded Harbour Square in Velport on New Year's Eve, the city "
        "said, and the night passed without trouble.",
        "Some 1,600 police officers guarded Harbour Square in Velport on New Year's Eve, "
        "according to the interior ministry.",
    ]
    documents = [analyse_text(t, PUBLISHED, f"square-{i}") for i, t in enumerate(texts)]
    found = [c for c in story_claims(documents, Provenance())[1] if c.kind == "number"]
    assert [sorted(side.value for side in c.sides) for c in found] == [
        ["About 300 officers", "Some 1,600 police officers"]
    ]
