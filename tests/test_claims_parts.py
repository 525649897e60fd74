"""Figures of the parts of one thing are not sources disagreeing about it: a sentence that
gives two figures tells them apart, and two shares that make up the whole are its parts.

The articles are invented and written for these tests.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims import story_claims
from storyline.evaluation.claims import analyse_text
from storyline.models import Contradiction, Provenance

D = dt.date


def _found(texts: list[tuple[str, dt.date]]) -> list[Contradiction]:
    documents = [analyse_text(t, day, f"doc-{i}") for i, (t, day) in enumerate(texts)]
    _claims, found, _revised = story_claims(documents, Provenance())
    return [c for c in found if c.kind == "number"]


def test_a_figure_the_other_sentence_also_gives_is_the_other_thing_it_counts() -> None:
    assert not _found(
        [
            ("An estimated 3.6 million barrels of oil leaked into the bay from the Varna "
             "platform, with only 500,000 barrels being collected.", D(2021, 6, 4)),
            ("The new figures show that the roughly 500,000 barrels of oil that the operator "
             "managed to collect from the Varna platform were a small part.", D(2021, 6, 4)),
        ]
    )  # fmt: skip


def test_two_shares_that_make_up_the_whole_are_its_parts() -> None:
    assert not _found(
        [
            ("Scientists at the agency found that 31 % of the spilled oil was still in the "
             "water off the Varna platform.", D(2021, 6, 9)),
            ("The agency found that an estimated 69 percent of the spilled oil has been "
             "burned, skimmed or dispersed off the Varna platform.", D(2021, 6, 9)),
        ]
    )  # fmt: skip


def test_two_shares_of_one_part_told_differently_still_disagree() -> None:
    found = _found(
        [
            ("Scientists at the agency found that 31 % of the oil from the Varna platform "
             "was still in the water.", D(2021, 6, 9)),
            ("Independent scientists found that 55 % of the oil from the Varna platform "
             "was still in the water.", D(2021, 6, 9)),
        ]
    )  # fmt: skip
    assert [sorted(s.value for s in c.sides) for c in found] == [["31 %", "55 %"]]
