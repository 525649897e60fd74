"""An act announced on one day and told as done on another: one event dated twice.

"announced his retirement on Tuesday" dates the retirement, which happens once; "issued a
statement on Monday", "said on Tuesday" and "estimated on Monday that" date statements,
which recur. The articles are
invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

PUBLISHED = dt.date(2025, 1, 3)

ANNOUNCED = (
    "Quarterback Dane Holloway of the Vipers announced his retirement on Tuesday after 15 "
    "seasons, saying his shoulder would not take another year."
)
DONE = (
    "Dane Holloway retired on Monday, ending a 15-year career with the Vipers that brought "
    "the club two league titles."
)


def dates(*texts: str) -> list[Contradiction]:
    documents = [analyse_text(text, PUBLISHED, f"act-{i}") for i, text in enumerate(texts)]
    return [c for c in story_claims(documents, Provenance())[1] if c.kind == "date"]


def test_an_announced_retirement_and_a_retirement_a_day_apart_disagree() -> None:
    found = dates(ANNOUNCED, DONE)
    assert len(found) == 1
    assert sorted(side.value for side in found[0].sides) == [
        "Monday (2024-12-30)",
        "Tuesday (2024-12-31)",
    ]


@pytest.mark.parametrize(
    "verb_phrase",
    ["confirmed the announcement", "said"],
)
def test_statements_on_two_days_are_not_one_event(verb_phrase: str) -> None:
    first = f"The Vipers {verb_phrase} on Tuesday that Dane Holloway would not play again."
    second = f"The Vipers {verb_phrase} on Monday that Dane Holloway would not play again."
    assert dates(first, second) == []


def test_two_estimates_dated_apart_are_two_statements_not_one_event_dated_twice() -> None:
    found = dates(
        "Analysts at Marlow Bank estimated on Dec. 30 that the Tessin dam would need two "
        "years of repairs. The Tessin dam cracked on Dec. 20 after heavy rain.",
        "Kara Holm, an engineer with the Tessin water board, said in a note on Thursday that "
        "she had estimated the Tessin dam would need repairs for a decade. The Tessin dam "
        "cracked on Dec. 26 after heavy rain.",
    )
    assert [sorted(side.value for side in c.sides) for c in found] == [
        ["Dec. 20 (2024-12-20)", "Dec. 26 (2024-12-26)"]
    ]
